"""Reading RDF files: fast (pyoxigraph) with precise syntax errors.

Every reader here turns a syntax error into :class:`RDFSyntaxError` naming
``file:line:column``, and a missing, empty or non-UTF-8 file into
:class:`InputError`.  rdflib is imported only by the functions that return an
rdflib ``Graph``, so commands that need only pyoxigraph start fast.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import pyoxigraph as ox

from ..errors import InputError, RDFSyntaxError
from ..paths import RDF_SUFFIXES

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

MAX_FILE_BYTES = 512 * 1024 * 1024

_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
    "json-ld": getattr(ox.RdfFormat, "JSON_LD", None),
}
FORMAT_NAMES = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
                "nquads": "nquads", "trig": "trig", "xml": "xml", "rdfxml": "xml", "rdf/xml": "xml",
                "json-ld": "json-ld", "jsonld": "json-ld"}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def guess_format(path: Path | str, fmt: str | None = None) -> str:
    """Our format name for ``path`` (``fmt`` wins); InputError when unknown."""
    if fmt:
        try:
            return FORMAT_NAMES[fmt.lower()]
        except KeyError:
            raise InputError(f"unknown RDF format {fmt!r}; use one of: turtle, nt, nquads, trig, xml, json-ld") from None
    suffix = Path(path).suffix.lower()
    if suffix not in RDF_SUFFIXES:
        raise InputError(f"{path}: unknown RDF file type {suffix or '(no suffix)'!r}; "
                         f"use one of {', '.join(sorted(RDF_SUFFIXES))} or give the format")
    return RDF_SUFFIXES[suffix]


def check_readable(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> Path:
    """Raise InputError unless ``path`` is a readable, non-empty file of bounded size."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if not p.is_file():
        raise InputError(f"{p}: not a regular file")
    size = p.stat().st_size
    if size == 0:
        raise InputError(f"{p}: file is empty")
    if size > max_bytes:
        raise InputError(f"{p}: file is {size / 2**20:.0f} MiB, over the limit of {max_bytes / 2**20:.0f} MiB")
    if not os.access(p, os.R_OK):
        raise InputError(f"{p}: permission denied")
    return p


def _syntax_error(path: Path, err: SyntaxError) -> RDFSyntaxError:
    msg = str(getattr(err, "msg", None) or err)
    # pyoxigraph: "Parser error between line 3 column 11 and line 4 column 1: detail"
    detail = msg.split(": ", 1)[1] if msg.startswith("Parser error") and ": " in msg else msg
    return RDFSyntaxError(str(path), getattr(err, "lineno", None), getattr(err, "offset", None), detail)


@contextlib.contextmanager
def parse_errors(path: Path) -> Iterator[None]:
    """Turn what pyoxigraph raises while reading ``path`` into one-line SrkgErrors."""
    try:
        yield
    except SyntaxError as err:
        raise _syntax_error(path, err) from None
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (byte {err.start})") from None
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: cannot read: {' '.join(str(err).split())}") from None


def iter_quads(path: Path | str, fmt: str | None = None, *, max_bytes: int = MAX_FILE_BYTES) -> Iterator[ox.Quad]:
    """Parse one file with pyoxigraph, yielding quads; errors become SrkgErrors."""
    p = check_readable(path, max_bytes=max_bytes)
    name = guess_format(p, fmt)
    ox_fmt = _OX_FORMATS.get(name)
    if ox_fmt is None:
        raise InputError(f"{p}: format {name} is not supported by this pyoxigraph")
    try:
        with p.open("rb") as fh:
            head = fh.read(4096)
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # not just a multi-byte character cut at the boundary
            raise InputError(f"{p}: not UTF-8 text (byte {err.start})") from None
    with parse_errors(p):
        yield from ox.parse(path=str(p), format=ox_fmt, base_iri=p.resolve().as_uri())


def load_store(paths: Iterable[Path | str], store: ox.Store | None = None,
               graph: ox.NamedNode | ox.DefaultGraph | None = None) -> ox.Store:
    """Load files into a pyoxigraph Store (in memory unless given), all into ``graph``."""
    store = store if store is not None else ox.Store()
    target = graph if graph is not None else ox.DefaultGraph()
    for p in paths:
        quads = [ox.Quad(q.subject, q.predicate, q.object, target) for q in iter_quads(p)]
        store.extend(quads)
    return store


def to_rdflib(term):
    """Convert a pyoxigraph term to the equal rdflib term."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise InputError(f"unsupported RDF term {term!r}")


def load_graph(paths: Iterable[Path | str], graph: "rdflib.Graph | None" = None) -> "rdflib.Graph":
    """Parse files (fast, with pyoxigraph) into one rdflib Graph."""
    import rdflib

    g = graph if graph is not None else rdflib.Graph()
    conv = to_rdflib
    for p in paths:
        g.addN((conv(q.subject), conv(q.predicate), conv(q.object), g) for q in iter_quads(p))
    return g


def bind_prefixes(g: "rdflib.Graph") -> "rdflib.Graph":
    """Bind the project's prefixes for readable serialisations."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


PREFIXES = {
    "srkg": "https://w3id.org/srkg/ontology#",
    "sr": "https://w3id.org/srkg/id/",
    "srsh": "https://w3id.org/srkg/shapes#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "bibo": "http://purl.org/ontology/bibo/",
    "fabio": "http://purl.org/spar/fabio/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "time": "http://www.w3.org/2006/time#",
    "cito": "http://purl.org/spar/cito/",
    "c4o": "http://purl.org/spar/c4o/",
    "biro": "http://purl.org/spar/biro/",
    "vann": "http://purl.org/vocab/vann/",
    "sh": "http://www.w3.org/ns/shacl#",
}
SRKG = PREFIXES["srkg"]
SR = PREFIXES["sr"]


def shorten(iri: str) -> str:
    """``https://w3id.org/srkg/id/Russia`` -> ``sr:Russia`` (longest namespace wins)."""
    best = None
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and (best is None or len(ns) > len(best[1])):
            best = (prefix, ns)
    return f"{best[0]}:{iri[len(best[1]):]}" if best else f"<{iri}>"
