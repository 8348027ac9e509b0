"""``srkg check``: the quality gate over the ontology and the instance data.

>>> from srkg.quality.check import Finding, summarize
>>> summarize([Finding("WARN", "domain-missing", "srkg:a", "m")])
(0, 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import paths
from ..errors import InputError
from ..sources import SourceTexts
from .evidence import EvidenceCheck, verify_evidence
from .findings import ERROR, INFO, WARN, Finding
from ..rdf.reader import load_graph, shorten

__all__ = ["CheckResult", "EvidenceCheck", "Finding", "run_check", "summarize", "verify_evidence", "run_violation_queries"]

@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    triples: int = 0
    reasoner: str = "not run"
    evidence: str = "not run"

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.level == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.level == WARN)


def summarize(findings: list[Finding]) -> tuple[int, int]:
    """(errors, warnings) in a list of findings."""
    return (sum(f.level == ERROR for f in findings), sum(f.level == WARN for f in findings))


def run_violation_queries(store, files: list[Path]) -> list[Finding]:
    """Each ``queries/checks/*-violation.rq`` must return zero rows."""
    found = []
    for f in files:
        name = f.name[: -len(paths.VIOLATION_SUFFIX)]
        try:
            rows = list(store.query(f.read_text(encoding="utf-8")))
        except SyntaxError as err:
            found.append(Finding(ERROR, "violation-query-syntax", f.name, str(err).splitlines()[0]))
            continue
        for row in rows[:20]:
            values = ", ".join(shorten(v.value) if hasattr(v, "value") and not hasattr(v, "language") else str(v)
                               for v in row if v is not None)
            found.append(Finding(ERROR, "violation:" + name, values or "(row)", f"{f.name} returned this row"))
        if len(rows) > 20:
            found.append(Finding(ERROR, "violation:" + name, f.name, f"... and {len(rows) - 20} more rows"))
    return found


def shapes_findings(shape_files: list[Path]) -> list[Finding]:
    """The shapes compiled exactly as ``srkg validate`` compiles them: a refusal is an error."""
    from ..errors import UnsupportedShape
    from ..shacl.validate import load_shapes

    if not shape_files:
        return []
    try:
        load_shapes(shape_files)
    except UnsupportedShape as err:
        return [Finding(ERROR, "shapes-unsupported", "(shapes)", f"srkg validate cannot run these shapes with "
                                                                  f"its compiled engine: {err}")]
    return []


def run_check(root: Path | None = None, *, source=None,
              reasoner: bool = True, progress: Callable[[str], None] | None = None) -> CheckResult:
    """Run the whole gate over the data folder ``root`` (default: the project's own).

    ``source`` is a source text or folder of texts, or a list of them (default:
    ``$SRKG_SOURCES``, else ``$SRKG_SOURCE``); each evidence is verified against
    the text of its own ``oa:hasSource`` (see :mod:`srkg.sources`).

    Raises RDFSyntaxError or InputError (exit 2) when a file does not parse, and
    EnvironmentProblem when HermiT is wanted but no Java runtime is found.
    """
    from rdflib import Graph

    from .ontology_report import ontology_report, pitfalls

    say = progress or (lambda msg: None)
    result = CheckResult()
    texts = SourceTexts.find(source)  # bad source locations fail before any parsing
    onto_files = paths.ontology_files(root)
    inst_files = paths.instance_files(root)
    shape_files = paths.shapes_files(root)
    if not onto_files:
        raise InputError(f"no ontology files found under {paths.ontology_dir(root)}")
    result.files = len(onto_files) + len(inst_files) + len(shape_files)

    say(f"parsing {result.files} files")
    for f in shape_files:  # shapes must parse too, even though they are not part of the OWL graph
        load_graph([f])
    result.findings += shapes_findings(shape_files)
    onto = load_graph(onto_files)
    merged = Graph()
    merged += onto  # a copy of the parsed ontology, not a second parse of its files
    load_graph(inst_files, graph=merged)
    result.triples = len(merged)

    say("ontology report and pitfalls")
    result.findings += ontology_report(onto)
    result.findings += pitfalls(merged)

    say("violation queries")
    from ..rdf.reader import load_store
    store = load_store(onto_files + inst_files)
    from ..sparql.queries import catalogue
    vfiles = [q.path for q in catalogue(root, kind="check")]  # the one catalogue (headers read)
    result.findings += run_violation_queries(store, vfiles)

    if texts:
        say("evidence against the source texts")
        from ..sources import article_of_renditions, registry

        ev = verify_evidence(merged, texts, renditions=registry(merged, articles=article_of_renditions(root)))
        result.findings += ev.findings
        result.evidence = ev.summary()
    else:
        result.evidence = f"skipped (no --source and no ${paths.SOURCES_ENV} or ${paths.SOURCE_ENV})"
        result.findings.append(Finding(INFO, "evidence-skipped", "(evidence)",
                                       "source texts not given: quotes and offsets were not verified"))

    if reasoner:
        say("HermiT: consistency and satisfiability")
        from .reasoner import run_hermit
        nt = merged.serialize(format="nt", encoding="utf-8")
        res = run_hermit(nt)
        if not res.consistent:
            result.findings.append(Finding(ERROR, "inconsistent", "(ontology + instances)",
                                           f"HermiT finds the graph inconsistent: {res.explanation}"))
            result.reasoner = "HermiT: INCONSISTENT"
        else:
            for iri in res.unsatisfiable:
                result.findings.append(Finding(ERROR, "unsatisfiable-class", shorten(iri), "class is unsatisfiable under HermiT"))
            result.reasoner = f"HermiT: consistent, {len(res.unsatisfiable)} unsatisfiable classes"
    else:
        result.reasoner = "skipped (--no-reasoner)"
    result.findings.sort(key=lambda f: ({ERROR: 0, WARN: 1, INFO: 2}[f.level], f.code, f.subject))
    return result
