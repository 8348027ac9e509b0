"""Consistency and class satisfiability under HermiT, through owlready2.

owlready2 reads N-Triples but not Turtle, so the merged graph is written to a
temporary N-Triples file first.  HermiT needs a Java runtime; without one the
caller gets :class:`EnvironmentProblem` (exit 2), never a traceback.

HermiT knows only the OWL 2 datatype map, which lacks ``xsd:gYear`` and
``xsd:date``; it runs with ``--ignoreUnsupportedDatatypes``, so axioms on
those datatypes are not reasoned over (SHACL checks their lexical forms).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EnvironmentProblem


@dataclass
class ReasonerResult:
    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    explanation: str = ""


def find_java() -> str:
    """Path of the ``java`` executable (``$JAVA_HOME/bin/java`` first), or raise EnvironmentProblem."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    java = shutil.which("java")
    if not java:
        raise EnvironmentProblem("no Java runtime found: HermiT needs Java 17 or newer "
                                 "(on Debian: apt-get install openjdk-17-jre-headless)")
    return java


def run_hermit(ntriples: bytes) -> ReasonerResult:
    """Classify the graph given as N-Triples with HermiT."""
    java = find_java()
    import owlready2

    owlready2.JAVA_EXE = java
    with tempfile.TemporaryDirectory(prefix="srkg-hermit-") as tmp, _temp_files_in(tmp):
        path = Path(tmp) / "merged.nt"
        path.write_bytes(ntriples)
        world = owlready2.World()
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            onto = world.get_ontology(path.as_uri()).load(format="ntriples")
            try:
                with onto:
                    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                                   ignore_unsupported_datatypes=True)
            except owlready2.OwlReadyInconsistentOntologyError as err:
                return ReasonerResult(False, [], _first_line(str(err)))
            except owlready2.OwlReadyJavaError as err:
                raise EnvironmentProblem(f"HermiT could not run: {_first_line(str(err))}") from None
            except FileNotFoundError:
                raise EnvironmentProblem(f"Java runtime {java!r} could not be started") from None
        unsat = sorted(c.iri for c in world.inconsistent_classes() if hasattr(c, "iri"))
        world.close()
        return ReasonerResult(True, unsat)


@contextlib.contextmanager
def _temp_files_in(folder: str):
    """owlready2 writes the ontology for HermiT to a temporary file of its own (delete=False); made
    inside ``folder``, it goes with the folder even when Ctrl-C cuts the run short."""
    saved = tempfile.tempdir
    tempfile.tempdir = folder
    try:
        yield
    finally:
        tempfile.tempdir = saved


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:300]
    return "(no message)"
