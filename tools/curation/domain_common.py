"""Helpers shared by the domain-layer curation scripts (``domain_*.py``).

They write Turtle by hand, in a stable order, and compute every evidence
offset with :func:`srkg.evidence.locate`; a quote that is not in the source
(or not where the ``near`` context says) raises, so a bad quote can never
reach a ``.ttl`` file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from srkg.evidence import locate
from srkg.sources import article_text

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_ID = "bossuyt-kaczmarek-2021"  # the article folder; its source.ttl names the text rendition
DEFAULT_SOURCES = ROOT.parent / "shared" / "source"  # a folder; the registry says which file is the text
RENDITION, TEXT = article_text(ARTICLE_ID, None if os.environ.get("SRKG_SOURCES") or os.environ.get("SRKG_SOURCE")
                               else [DEFAULT_SOURCES], root=ROOT)
REFERENCES_AT = TEXT.index("\nReferences\n")
TEXT_NODE = RENDITION.short
MAX_QUOTE = 300
CLAIM_CLASSES = {"srkg:Characterization", "srkg:Finding", "srkg:Argument"}

PREFIXES = """@prefix srkg:    <https://w3id.org/srkg/ontology#> .
@prefix sr:      <https://w3id.org/srkg/id/> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix oa:      <http://www.w3.org/ns/oa#> .
@prefix time:    <http://www.w3.org/2006/time#> .
"""


def _escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))


def en(s: str) -> str:
    """An English-tagged literal."""
    return f'"{_escape(s)}"@en'


def plain(s: str) -> str:
    """A plain (xsd:string) literal."""
    return f'"{_escape(s)}"'


def gyear(y: int | str) -> str:
    return f'"{y}"^^xsd:gYear'


@dataclass(frozen=True)
class Q:
    """A quote to locate: ``exact`` itself, found inside the unique ``near`` passage if given."""

    exact: str
    near: str | None = None
    occurrence: int | None = None  # None: the quote must be unique in the text


def _true_form(typed: str) -> str:
    """The source's own spelling of a quote typed with straight quotes.

    Straight ' and " in ``typed`` also match the typographic forms the source
    uses in places; the source's substring is returned, so evidence always
    holds the text exactly as printed.  Returns ``typed`` when nothing matches.
    """
    if typed in TEXT:
        return typed
    pattern = "".join("['’‘]" if c == "'" else '["“”]' if c == '"' else re.escape(c) for c in typed)
    forms = {m.group(0) for m in re.finditer(pattern, TEXT)}
    if len(forms) == 1:
        return forms.pop()
    return typed


def find(q: Q | str):
    """The selector of a quote; raises ValueError unless it is found unambiguously."""
    if isinstance(q, str):
        q = Q(q)
    q = Q(_true_form(q.exact), _true_form(q.near) if q.near else None, q.occurrence)
    if len(q.exact) > MAX_QUOTE:
        raise ValueError(f"quote longer than {MAX_QUOTE} characters: {q.exact[:60]!r}")
    if q.near is not None:
        if q.exact not in q.near:
            raise ValueError(f"quote {q.exact[:40]!r} is not inside its context {q.near[:40]!r}")
        n = TEXT.count(q.near)
        if n != 1:
            raise ValueError(f"context found {n} times, not once: {q.near[:60]!r}")
        at = TEXT.index(q.near)
        sel = locate(TEXT, q.exact, after=at)
        if sel.end > at + len(q.near):
            raise ValueError(f"quote {q.exact[:40]!r} not found inside its context")
        return sel
    if q.occurrence is None and TEXT.count(q.exact) != 1:
        raise ValueError(f"quote found {TEXT.count(q.exact)} times; give near= or occurrence=: {q.exact[:60]!r}")
    return locate(TEXT, q.exact, occurrence=q.occurrence or 1)


def evidence_node(iri: str, label: str, q: Q | str) -> str:
    try:
        sel = find(q)
    except ValueError as err:
        raise ValueError(f"{iri}: {err}") from None
    return (f"{iri} a oa:SpecificResource ;\n"
            f"    rdfs:label {en(label)} ;\n"
            f"    oa:hasSource {TEXT_NODE} ;\n"
            f"    oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact {plain(sel.exact)} ;\n"
            f"                     oa:prefix {plain(sel.prefix)} ; oa:suffix {plain(sel.suffix)} ] ,\n"
            f"                   [ a oa:TextPositionSelector ; oa:start {sel.start} ; oa:end {sel.end} ] .\n")


@dataclass
class Node:
    """One individual: IRI, types, label, (predicate, objects) pairs and its evidence quotes."""

    iri: str
    types: list[str]
    label: str
    props: list[tuple[str, list[str]]] = field(default_factory=list)
    evidence: list[Q | str] = field(default_factory=list)
    comment: str | None = None

    def turtle(self) -> str:
        local = self.iri.split(":", 1)[1]
        lines = [f"{self.iri} a {' , '.join(self.types)} ;", f"    rdfs:label {en(self.label)} ;"]
        if self.comment:
            lines.append(f"    rdfs:comment {en(self.comment)} ;")
        for pred, objs in self.props:
            objs = [o for o in objs if o]
            if objs:
                lines.append(f"    {pred} {' , '.join(objs)} ;")
        ev_iris = [f"sr:ev-{local}" + ("" if i == 0 else f"-{i + 1}") for i in range(len(self.evidence))]
        if ev_iris:
            lines.append(f"    srkg:hasEvidence {' , '.join(ev_iris)} ;")
            if any(t in CLAIM_CLASSES for t in self.types):
                # the first quote of a claim is the one that carries it (the sentence with its citation)
                lines.append(f"    srkg:primaryEvidence {ev_iris[0]} ;")
        lines[-1] = lines[-1][:-2] + " ."
        out = "\n".join(lines) + "\n"
        for i, (ev, q) in enumerate(zip(ev_iris, self.evidence)):
            out += evidence_node(ev, f"evidence {i + 1} for: {self.label}", q)
        return out


def write(relpath: str, header: str, nodes: list[Node], extra: str = "") -> Path:
    """Write ``nodes`` to ``ROOT/relpath`` after the prefixes and a comment header."""
    iris = [n.iri for n in nodes]
    dup = {i for i in iris if iris.count(i) > 1}
    if dup:
        raise ValueError(f"IRIs defined twice in {relpath}: {sorted(dup)}")
    labels = [n.label for n in nodes]
    dupl = {lab for lab in labels if labels.count(lab) > 1}
    if dupl:
        raise ValueError(f"labels used twice in {relpath}: {sorted(dupl)}")
    path = Path(os.environ.get("SRKG_CURATION_OUT") or ROOT) / relpath  # tests regenerate into a temp folder
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join("# " + line + "\n" if line else "#\n" for line in header.strip().splitlines())
    text = PREFIXES + "\n" + body + "# Generated by tools/curation/" + "domain_*.py; edit the script, not this file.\n\n"
    parts, errors = [], []
    for n in nodes:
        try:
            parts.append(n.turtle())
        except ValueError as err:
            errors.append(str(err))
    if errors:
        raise ValueError(f"{len(errors)} quotes not found in {relpath}:\n  " + "\n  ".join(errors))
    text += "\n".join(parts) + extra
    path.write_text(text, encoding="utf-8")
    import rdflib  # parse-check what we wrote

    rdflib.Graph().parse(path, format="turtle")
    return path


def instant(year: int | str, expr: str | None = None) -> str:
    e = f" ; srkg:timeExpression {plain(expr)}" if expr else ""
    return f"[ a time:Instant ; time:inXSDgYear {gyear(year)}{e} ]"


def undated(expr: str) -> str:
    """A time the article names only in words, with no year: an instant holding the words alone."""
    return f"[ a time:Instant ; srkg:timeExpression {plain(expr)} ]"


def year_month(ym: str, expr: str) -> str:
    return f'[ a time:Instant ; time:inXSDgYearMonth "{ym}"^^xsd:gYearMonth ; srkg:timeExpression {plain(expr)} ]'


def interval(begin: int | None, end: int | None, expr: str) -> str:
    parts = ["a time:Interval", f"srkg:timeExpression {plain(expr)}"]
    if begin is not None:
        parts.append(f"time:hasBeginning [ a time:Instant ; time:inXSDgYear {gyear(begin)} ]")
    if end is not None:
        parts.append(f"time:hasEnd [ a time:Instant ; time:inXSDgYear {gyear(end)} ]")
    return "[ " + " ;\n        ".join(parts) + " ]"
