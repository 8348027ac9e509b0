"""``srkg check``: the quality gate over the ontology and the instance data.

>>> from srkg.quality.check import Finding, summarize
>>> summarize([Finding("WARN", "domain-missing", "srkg:a", "m")])
(0, 1)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import paths
from ..errors import InputError
from ..evidence import Selector, read_source, sha256_of, verify_selector
from .findings import ERROR, INFO, WARN, Finding
from ..rdf.reader import load_graph, shorten

__all__ = ["CheckResult", "Finding", "run_check", "summarize", "verify_evidence", "run_violation_queries"]

OA = "http://www.w3.org/ns/oa#"
EVIDENCE_QUERY = """
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX srkg: <https://w3id.org/srkg/ontology#>
SELECT ?ev ?holder ?src ?exact ?prefix ?suffix ?start ?end WHERE {
  ?ev a oa:SpecificResource .
  OPTIONAL { ?holder srkg:hasEvidence ?ev }
  OPTIONAL { ?ev oa:hasSource ?src }
  OPTIONAL { ?ev oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?exact .
             OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix } }
  OPTIONAL { ?ev oa:hasSelector ?p . ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end . }
}
"""


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


def verify_evidence(graph, text: str, *, source_sha: str | None = None) -> tuple[list[Finding], int]:
    """Every quote at its offsets, every position holding its quote; returns (findings, selectors checked)."""
    from rdflib import URIRef

    found: list[Finding] = []
    seen = 0
    by_ev: dict = {}
    for row in graph.query(EVIDENCE_QUERY):
        by_ev.setdefault(row.ev, []).append(row)
    sha_prop = URIRef("https://w3id.org/srkg/ontology#sha256")
    for ev, rows in sorted(by_ev.items(), key=lambda kv: str(kv[0])):
        holder = next((r.holder for r in rows if r.holder is not None), None)
        name = shorten(str(holder)) if holder is not None else shorten(str(ev))
        src = next((r.src for r in rows if r.src is not None), None)
        if src is None:
            found.append(Finding(ERROR, "evidence-no-source", name, "evidence has no oa:hasSource"))
        elif source_sha:
            sha = graph.value(src, sha_prop)
            if sha is not None and str(sha) != source_sha:
                found.append(Finding(ERROR, "evidence-wrong-source", name,
                                     f"source {shorten(str(src))} has SHA-256 {str(sha)[:12]}…, the given text {source_sha[:12]}…"))
        quotes = {(str(r.exact), str(r.prefix or ""), str(r.suffix or "")) for r in rows if r.exact is not None}
        positions = {(int(r.start), int(r.end)) for r in rows if r.start is not None}
        if not quotes or not positions:
            found.append(Finding(ERROR, "evidence-incomplete", name, "evidence needs one TextQuoteSelector and one TextPositionSelector"))
            continue
        if len(quotes) > 1 or len(positions) > 1:
            found.append(Finding(ERROR, "evidence-ambiguous", name, "evidence has more than one quote or position selector"))
            continue
        (exact, prefix, suffix), (start, end) = quotes.pop(), positions.pop()
        seen += 1
        for problem in verify_selector(text, Selector(exact, start, end, prefix, suffix)):
            found.append(Finding(ERROR, "evidence-mismatch", name, problem))
    return found, seen


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


def run_check(root: Path | None = None, *, source: str | os.PathLike | None = None,
              reasoner: bool = True, progress: Callable[[str], None] | None = None) -> CheckResult:
    """Run the whole gate over the data folder ``root`` (default: the project's own).

    Raises RDFSyntaxError or InputError (exit 2) when a file does not parse, and
    EnvironmentProblem when HermiT is wanted but no Java runtime is found.
    """
    from rdflib import Graph

    from .ontology_report import ontology_report, pitfalls

    say = progress or (lambda msg: None)
    result = CheckResult()
    onto_files = paths.ontology_files(root)
    inst_files = paths.instance_files(root)
    shape_files = paths.shapes_files(root)
    if not onto_files:
        raise InputError(f"no ontology files found under {paths.ontology_dir(root)}")
    result.files = len(onto_files) + len(inst_files) + len(shape_files)

    say(f"parsing {result.files} files")
    for f in shape_files:  # shapes must parse too, even though they are not part of the OWL graph
        load_graph([f])
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

    source = source or os.environ.get(paths.SOURCE_ENV)
    if source:
        say("evidence against the source text")
        text = read_source(source)
        ev_findings, n = verify_evidence(merged, text, source_sha=sha256_of(source))
        result.findings += ev_findings
        result.evidence = f"{n} selectors verified against {Path(source).name}"
    else:
        result.evidence = f"skipped (no --source and no ${paths.SOURCE_ENV})"
        result.findings.append(Finding(INFO, "evidence-skipped", "(evidence)",
                                       "source text not given: quotes and offsets were not verified"))

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
