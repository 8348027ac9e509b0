"""The one registry of RDF formats: names, aliases, file suffixes, media types, parser handles.

Every module that maps a file suffix, a user's ``--format`` word or a Content-Type to an RDF
format asks this registry, so a format is added (or a suffix accepted) in one place.

>>> for_path("graph.ttl").name, for_path("x.jsonld").name, by_name("N-Triples").name
('turtle', 'json-ld', 'nt')
>>> by_media_type("text/turtle; charset=utf-8").name
'turtle'
>>> by_name("n4")
Traceback (most recent call last):
...
srkg.errors.UsageError: unknown RDF format 'n4'; use one of: turtle, nt, nquads, trig, xml, json-ld

Only the standard library is imported here; :attr:`RdfFormat.ox` imports pyoxigraph on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, UsageError

__all__ = ["RdfFormat", "FORMATS", "SUFFIXES", "by_name", "for_path", "by_media_type", "names"]


@dataclass(frozen=True)
class RdfFormat:
    """One RDF syntax.

    ``name`` is our canonical name (also rdflib's parser/serialiser name), ``suffixes`` the file
    suffixes read as this format (the first is the one written), ``aliases`` the other words a
    user may give for it.
    """

    name: str
    label: str
    suffixes: tuple[str, ...]
    media_types: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    datasets: bool = False  # holds named graphs (TriG, N-Quads)

    @property
    def suffix(self) -> str:
        """The suffix a file written in this format gets."""
        return self.suffixes[0]

    @property
    def media_type(self) -> str:
        return self.media_types[0]

    @property
    def ox(self):
        """The pyoxigraph ``RdfFormat``."""
        import pyoxigraph as ox

        return getattr(ox.RdfFormat, _OX_NAMES[self.name])


_OX_NAMES = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG", "xml": "RDF_XML",
             "json-ld": "JSON_LD"}

FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("turtle", "Turtle", (".ttl",), ("text/turtle", "application/x-turtle"), ("ttl",)),
    RdfFormat("nt", "N-Triples", (".nt",), ("application/n-triples", "text/plain"), ("ntriples", "n-triples")),
    RdfFormat("nquads", "N-Quads", (".nq",), ("application/n-quads",), ("n-quads", "nq"), datasets=True),
    RdfFormat("trig", "TriG", (".trig",), ("application/trig",), (), datasets=True),
    RdfFormat("xml", "RDF/XML", (".rdf", ".owl", ".xml"), ("application/rdf+xml",), ("rdfxml", "rdf/xml", "rdf")),
    RdfFormat("json-ld", "JSON-LD", (".jsonld", ".json"), ("application/ld+json",), ("jsonld",), datasets=True),
)}

#: file suffix -> canonical format name
SUFFIXES: dict[str, str] = {s: f.name for f in FORMATS.values() for s in f.suffixes}
_WORDS: dict[str, RdfFormat] = {w: f for f in FORMATS.values() for w in (f.name, *f.aliases)}


def names() -> tuple[str, ...]:
    return tuple(FORMATS)


def by_name(word: str, *, among: tuple[str, ...] | None = None) -> RdfFormat:
    """The format a user's word names (``ttl``, ``N-Triples``, ``jsonld``...); UsageError if none.

    ``among`` restricts the answer to some formats (e.g. those a command can write).
    """
    allowed = among or tuple(FORMATS)
    fmt = _WORDS.get(str(word).strip().lower())
    if fmt is None or fmt.name not in allowed:
        raise UsageError(f"unknown RDF format {word!r}; use one of: {', '.join(allowed)}")
    return fmt


def for_path(path: Path | str, fmt: str | None = None) -> RdfFormat:
    """The format of a file: ``fmt`` when given, else by its suffix; InputError when unknown."""
    if fmt:
        return by_name(fmt)
    suffix = Path(path).suffix.lower()
    name = SUFFIXES.get(suffix)
    if name is None:
        raise InputError(f"{path}: unknown RDF file type {suffix or '(no suffix)'!r}; "
                         f"use one of {', '.join(sorted(SUFFIXES))} or give the format")
    return FORMATS[name]


def by_media_type(content_type: str | None, default: str = "nt") -> RdfFormat:
    """The format a Content-Type header names (parameters ignored); ``default`` when it names none."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    for f in FORMATS.values():
        if media in f.media_types:
            return f
    return FORMATS[default]
