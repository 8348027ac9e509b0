"""The findings of the quality gate, and the registry of their codes.

Every code ``srkg check`` can report is registered in :data:`CODES`, with the levels it is
reported at and what it means; a :class:`Finding` with an unregistered code (or at a level
its code does not allow) cannot be made.  The tests discover the codes from this registry
and hold a counter-example for each that makes it fire (``tests/test_check.py``).  The
``violation:<name>`` codes form one family, one code per ``queries/checks/<name>-violation.rq``.

>>> Finding(ERROR, "label-missing", "srkg:City", "has no rdfs:label").line()
'ERROR label-missing            srkg:City: has no rdfs:label'
>>> Finding(WARN, "no-such-code", "x", "m")
Traceback (most recent call last):
...
ValueError: unregistered finding code 'no-such-code' (add it to srkg.quality.findings.CODES)
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARN, INFO = "ERROR", "WARN", "INFO"
LEVELS = (ERROR, WARN, INFO)
VIOLATION_PREFIX = "violation:"


@dataclass(frozen=True)
class Code:
    """A finding code: the step that reports it, the levels it is reported at, what it means."""

    code: str
    step: str
    levels: tuple[str, ...]
    meaning: str


def _codes(step: str, *rows: tuple[str, tuple[str, ...], str]) -> list[Code]:
    return [Code(code, step, levels, meaning) for code, levels, meaning in rows]


_E, _W, _I, _EW = (ERROR,), (WARN,), (INFO,), (ERROR, WARN)

#: code -> :class:`Code`; the one list of what ``srkg check`` can report
CODES: dict[str, Code] = {c.code: c for c in [
    *_codes("ontology report",
            ("ontology-missing", _E, "no owl:Ontology is declared"),
            ("metadata-missing", _EW, "the ontology lacks a required (ERROR) or recommended (WARN) annotation"),
            ("version-iri", _E, "owl:versionIRI equals the ontology IRI"),
            ("label-missing", _E, "a class or property of ours has no rdfs:label"),
            ("label-whitespace", _E, "a label has leading or trailing white space, a newline or a tab"),
            ("label-multiple", _E, "a term has more than one label in one language"),
            ("label-duplicate", _E, "two terms share a label"),
            ("definition-multiple", _E, "a term has more than one skos:definition"),
            ("definition-duplicate", _E, "two terms share a definition"),
            ("definition-missing", _W, "a term has no skos:definition"),
            ("definition-lowercase", _W, "a definition does not begin with a capital letter"),
            ("domain-missing", _W, "a property has no rdfs:domain"),
            ("range-missing", _W, "a property has no rdfs:range"),
            ("superclass-missing", _W, "a class has no superclass")),
    *_codes("pitfalls",
            ("hierarchy-cycle", _E, "a cycle in the class hierarchy (OOPS! P06)"),
            ("inverse-self", _E, "a property declared inverse of itself (P25)"),
            ("inverse-symmetric", _E, "a symmetric property with an inverse declared (P26)"),
            ("multiple-domain", _E, "several rdfs:domain axioms, which intersect (P19)"),
            ("multiple-range", _E, "several rdfs:range axioms, which intersect (P19)"),
            ("undeclared-term", _E, "a term of ours used but not declared"),
            ("undeclared-external", _E, "an external term used but never declared (OWL 2 DL needs it)"),
            ("unconnected-class", _W, "a class connected to no other class or property"),
            ("no-disjointness", _E, "the ontology declares no disjointness axioms at all (P10)"),
            ("ontology-iri-extension", _E, "the ontology IRI ends in a file extension")),
    *_codes("shapes",
            ("shapes-unsupported", _E, "the SHACL shapes use a feature srkg validate's compiled engine does not run")),
    *_codes("violation queries",
            ("violation-query-syntax", _E, "a queries/checks/*-violation.rq does not parse")),
    *_codes("evidence",
            ("evidence-no-source", _E, "evidence has no oa:hasSource"),
            ("evidence-unknown-source", _E, "evidence's oa:hasSource is no text rendition of the sources registry"),
            ("evidence-wrong-source", _E, "the text given for a rendition (by file name) has another SHA-256 or "
                                          "length than the registry records: its evidence is not verified"),
            ("evidence-incomplete", _E, "evidence lacks its quote or its position selector"),
            ("evidence-ambiguous", _E, "evidence has more than one quote or position selector"),
            ("evidence-mismatch", _E, "a quote does not stand at its offsets in the source text"),
            ("evidence-skipped", _I, "no source text given: quotes and offsets were not verified"),
            ("source-text-absent", _W, "a rendition with evidence has no text among those given: its evidence "
                                       "is not verified"),
            ("source-text-unused", _W, "a text given by name is the text of no rendition of the registry")),
    *_codes("reasoner",
            ("inconsistent", _E, "HermiT finds the ontology and instances inconsistent"),
            ("unsatisfiable-class", _E, "HermiT finds a class unsatisfiable")),
]}


def registered(code: str) -> Code | None:
    """The registry entry for ``code`` (the ``violation:`` family included), or None."""
    if code.startswith(VIOLATION_PREFIX) and len(code) > len(VIOLATION_PREFIX):
        return Code(code, "violation queries", (ERROR,), "a violation query returned this row")
    return CODES.get(code)


@dataclass(frozen=True, order=True)
class Finding:
    """One line of ``srkg check`` output: level, a registered code, the subject and a message."""

    level: str
    code: str
    subject: str
    message: str

    def __post_init__(self) -> None:
        entry = registered(self.code)
        if entry is None:
            raise ValueError(f"unregistered finding code {self.code!r} (add it to srkg.quality.findings.CODES)")
        if self.level not in entry.levels:
            raise ValueError(f"finding code {self.code!r} is not reported at level {self.level}")

    def line(self) -> str:
        return f"{self.level:<5} {self.code:<24} {self.subject}: {self.message}"
