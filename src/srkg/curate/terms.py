"""Vocabulary terms and other named things of the graph, found by label or by IRI.

A sheet cell names a term the way a researcher would: its label ("strategic
partnership"), an alternative label, its prefixed IRI (``sr:StrategicPartnership``)
or its full IRI.  Labels match case-insensitively and with whitespace folded.
An unknown label gets the closest labels of the right kind ("did you mean ...?",
by :mod:`difflib`); a known term of the wrong kind is an error that says what
kind it is.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..errors import TermError
from ..rdf.reader import PREFIXES, SR, SRKG, load_store, shorten

RDFS, SKOS, RDF = PREFIXES["rdfs"], PREFIXES["skos"], PREFIXES["rdf"]
_LABELS = (RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel")


def norm_label(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).casefold()


@dataclass
class Terms:
    """Labels, types (with superclasses) and names of everything the graph describes."""

    by_label: dict[str, set[str]] = field(default_factory=dict)
    label_of: dict[str, str] = field(default_factory=dict)
    classes: dict[str, set[str]] = field(default_factory=dict)   # IRI -> its classes, closed upwards
    subjects: set[str] = field(default_factory=set)
    subjects_before_add: frozenset = frozenset()
    renditions: dict[str, list[str]] = field(default_factory=dict)   # work IRI -> its text renditions
    sup: dict[str, set[str]] = field(default_factory=dict)           # class -> direct superclasses
    props: dict[str, str] = field(default_factory=dict)              # property IRI -> "object" / "datatype"
    ranges: dict[str, str] = field(default_factory=dict)             # property IRI -> its named range

    @classmethod
    def from_files(cls, files: Iterable[Path]) -> "Terms":
        store = load_store(list(files))
        return cls.from_store(store)

    @classmethod
    def from_store(cls, store: ox.Store) -> "Terms":
        t = cls()
        sup: dict[str, set[str]] = t.sup
        for q in store.quads_for_pattern(None, ox.NamedNode(RDFS + "subClassOf"), None):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
                sup.setdefault(q.subject.value, set()).add(q.object.value)

        def closure(c: str) -> set[str]:
            seen, todo = set(), [c]
            while todo:
                x = todo.pop()
                if x not in seen:
                    seen.add(x)
                    todo.extend(sup.get(x, ()))
            return seen

        for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), None):
            if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
                t.classes.setdefault(q.subject.value, set()).update(closure(q.object.value))
        for pred in _LABELS:
            for q in store.quads_for_pattern(None, ox.NamedNode(pred), None):
                if not isinstance(q.subject, ox.NamedNode) or not isinstance(q.object, ox.Literal):
                    continue
                s = q.subject.value
                t.by_label.setdefault(norm_label(q.object.value), set()).add(s)
                if pred == RDFS + "label":
                    t.label_of.setdefault(s, q.object.value)
        for q in store.quads_for_pattern(None, None, None):
            if isinstance(q.subject, ox.NamedNode):
                t.subjects.add(q.subject.value)
        for q in store.quads_for_pattern(None, ox.NamedNode(SRKG + "renditionOf"), None):
            t.renditions.setdefault(q.object.value, []).append(q.subject.value)
        for v in t.renditions.values():
            v.sort()
        owl = "http://www.w3.org/2002/07/owl#"
        for kind in ("ObjectProperty", "DatatypeProperty"):
            for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), ox.NamedNode(owl + kind)):
                t.props[q.subject.value] = "object" if kind == "ObjectProperty" else "datatype"
        for q in store.quads_for_pattern(None, ox.NamedNode(RDFS + "range"), None):
            if isinstance(q.object, ox.NamedNode):
                t.ranges[q.subject.value] = q.object.value
        t.subjects_before_add = frozenset(t.subjects)
        return t

    def closure(self, c: str) -> set[str]:
        seen, todo = set(), [c]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(self.sup.get(x, ()))
        return seen

    def add(self, iri: str, label: str | None, classes: Iterable[str]) -> None:
        """Make a thing minted by this run (a work from the .bib) known too."""
        self.subjects.add(iri)
        self.classes.setdefault(iri, set()).update(classes)
        if label:
            self.by_label.setdefault(norm_label(label), set()).add(iri)
            self.label_of.setdefault(iri, label)

    def is_a(self, iri: str, kinds: Iterable[str]) -> bool:
        kinds = list(kinds)
        return not kinds or bool(self.classes.get(iri, set()) & set(kinds))

    def resolve(self, cell: str, kinds: Iterable[str] = (), what: str = "term") -> str:
        """The IRI of the thing ``cell`` names; raises TermError with a hint."""
        kinds = list(kinds)
        value = cell.strip()
        iri = expand(value)
        if iri is not None:
            if iri not in self.subjects:
                raise TermError(f"{shorten(iri)} is not defined in the graph{self._hint_iri(iri, kinds)}")
            if not self.is_a(iri, kinds):
                raise TermError(f"{shorten(iri)} is {self._kind(iri)}, not {_kinds(kinds)}")
            return iri
        found = self.by_label.get(norm_label(value), set())
        right = sorted(x for x in found if self.is_a(x, kinds))
        if len(right) == 1:
            return right[0]
        if len(right) > 1:
            raise TermError(f"label {value!r} names {len(right)} things ({', '.join(map(shorten, right))}); "
                            "give the IRI instead")
        if found:
            x = sorted(found)[0]
            raise TermError(f"{value!r} is {shorten(x)}, {self._kind(x)}, not {_kinds(kinds)}")
        labels = [lab for lab, iris in self.by_label.items() if any(self.is_a(x, kinds) for x in iris)]
        hits = difflib.get_close_matches(norm_label(value), labels, n=3, cutoff=0.6)
        hint = (": did you mean " + " or ".join(repr(self.label_of.get(sorted(self.by_label[h])[0], h)) for h in hits)
                + "?") if hits else ""
        return _raise(f"unknown {what} {value!r}{hint}")

    def _hint_iri(self, iri: str, kinds: list[str]) -> str:
        if not iri.startswith(SR):
            return ""
        local = iri[len(SR):].lower()
        known = {s[len(SR):].lower(): s for s in self.subjects if s.startswith(SR) and self.is_a(s, kinds)}
        hits = difflib.get_close_matches(local, list(known), n=2, cutoff=0.75)
        return (": did you mean " + " or ".join(shorten(known[h]) for h in hits) + "?") if hits else ""

    def _kind(self, iri: str) -> str:
        direct = sorted(c for c in self.classes.get(iri, set()) if c.startswith(SRKG))
        return "a " + "/".join(shorten(c) for c in direct[:3]) if direct else "not typed"


def _raise(msg: str):
    raise TermError(msg)


def _kinds(kinds: list[str]) -> str:
    return "a " + " or ".join(shorten(k) for k in kinds) if kinds else "a known thing"


_CURIE = re.compile(r"^([A-Za-z][\w-]*):([^\s/]*)$")


def expand(value: str) -> str | None:
    """``sr:Russia`` or ``<https://...>`` or ``https://...`` -> full IRI; a label -> None."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        return v[1:-1]
    if re.match(r"^https?://\S+$", v):
        return v
    m = _CURIE.match(v)
    if m and m.group(1) in PREFIXES:
        return PREFIXES[m.group(1)] + m.group(2)
    return None
