"""Jena from Debian (``libapache-jena-java``): a working classpath, and many queries in one JVM.

Debian's Jena does not start with ``-cp '/usr/share/java/*'`` (see the project's peers
guide): that folder holds every SLF4J binding, and the shaded Xerces classes look for
their message files under a package that Debian moved.  :func:`classpath` builds one
from the package's dependency closure (``apt-cache depends --recurse``, ``dpkg -L``),
drops every ``slf4j*``/``log4j*`` jar but ``slf4j-api`` and ``slf4j-simple``, and puts
first a folder holding the Xerces ``.properties`` copied from ``jena-core.jar`` to
where the classes look for them.

:func:`run_many` starts one JVM (``JenaRunner.java``, run by Java's source launcher)
that loads the data once and answers every query: one JVM per query costs 1-2 s each.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNNER = HERE / "JenaRunner.java"
PACKAGE = "libapache-jena-java"
JAVA_DIR = Path("/usr/share/java")
_KEEP_LOGGING = {"slf4j-api.jar", "slf4j-simple.jar"}


class JenaMissing(RuntimeError):
    """Jena (or the Java compiler the runner needs) is not installed; the message says what is missing."""


def _dpkg_files(package: str) -> list[str]:
    out = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True)
    return out.stdout.splitlines() if out.returncode == 0 else []


def _closure(package: str) -> list[str]:
    out = subprocess.run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
                          "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", package],
                         capture_output=True, text=True)
    names = {line.strip() for line in out.stdout.splitlines() if line and not line.startswith(" ")}
    return sorted(n for n in names if not n.startswith("<")) or [package]


def installed() -> bool:
    """True when Debian's Jena is installed (its ARQ jar is there)."""
    return (JAVA_DIR / "jena-arq.jar").is_file()


def classpath(work: Path) -> str:
    """A classpath on which Debian's Jena starts; ``work`` receives the Xerces message files."""
    if not installed():
        raise JenaMissing(f"Jena is not installed (apt-get install {PACKAGE})")
    jars = set()
    for pkg in _closure(PACKAGE):
        for f in _dpkg_files(pkg):
            p = Path(f)
            if p.parent == JAVA_DIR and p.suffix == ".jar" and not any(c.isdigit() for c in p.stem.rsplit("-", 1)[-1][:1]):
                jars.add(p)
    if not jars:  # dpkg gave nothing (a non-Debian layout): the versionless jars of the folder
        jars = {p for p in JAVA_DIR.glob("*.jar") if not p.stem[-1:].isdigit()}
    kept = sorted(str(j) for j in jars
                  if not (j.name.startswith(("slf4j", "log4j")) or "-slf4j" in j.name) or j.name in _KEEP_LOGGING)
    for name in _KEEP_LOGGING:
        if (JAVA_DIR / name).is_file() and str(JAVA_DIR / name) not in kept:
            kept.append(str(JAVA_DIR / name))
    props = work / "xerces-props"
    prefix = "org/apache/jena/ext/xerces/"
    with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as z:
        for info in z.infolist():
            if info.filename.startswith(prefix) and info.filename.endswith(".properties"):
                target = props / "xerces" / info.filename[len(prefix):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(z.read(info))
    return ":".join([str(props)] + kept)


def java() -> str:
    exe = shutil.which("java")
    if not exe:
        raise JenaMissing("no java on PATH")
    return exe


def run_many(data: Path, queries: dict[str, str], work: Path, *, mode: str = "both",
             timeout: float = 300.0) -> dict[str, dict[str, dict]]:
    """Run each query (id -> SPARQL text) on Jena over ``data`` (N-Triples), in one JVM.

    Returns id -> engine ("mem", "tdb2") -> one of ``{"json": <SPARQL JSON results>}``,
    ``{"nt": <N-Triples text>}`` or ``{"error": <message>}``.
    """
    cp = classpath(work)
    jobs = work / "jobs"
    if jobs.exists():
        shutil.rmtree(jobs)
    jobs.mkdir(parents=True)
    for qid, text in queries.items():
        (jobs / f"{qid}.rq").write_text(text, encoding="utf-8")
    # a short-lived JVM: the C1 compiler only and the serial collector halve its CPU time (measured)
    proc = subprocess.run([java(), "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", cp, str(RUNNER),
                           str(data), str(jobs), mode],
                          capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        err = proc.stderr.strip().splitlines()
        if any("compiler" in line.lower() and "not" in line.lower() for line in err[:3]):
            raise JenaMissing("java cannot run a source file here (needs a JDK): " + err[0])
        raise RuntimeError(f"JenaRunner failed (exit {proc.returncode}): " + "\n".join(err[-15:]))
    engines = ["mem", "tdb2"] if mode == "both" else [mode]
    out: dict[str, dict[str, dict]] = {}
    for qid in queries:
        out[qid] = {}
        for eng in engines:
            err, srj, nt = (jobs / f"{qid}.{eng}.{ext}" for ext in ("err", "srj", "nt"))
            if err.is_file():
                out[qid][eng] = {"error": err.read_text(encoding="utf-8")}
            elif srj.is_file():
                out[qid][eng] = {"json": json.loads(srj.read_text(encoding="utf-8"))}
            elif nt.is_file():
                out[qid][eng] = {"nt": nt.read_text(encoding="utf-8")}
            else:
                out[qid][eng] = {"error": "no answer written"}
    return out
