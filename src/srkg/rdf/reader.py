"""Reading RDF: the one reader, with the one mapping of parser errors to SrkgErrors.

Every file or body of RDF the project reads goes through here (the embedded store,
``srkg check``, ``srkg validate``, ``srkg load``, ``srkg build``): a syntax error becomes
:class:`RDFSyntaxError` naming ``file:line:column``, and a missing, empty, unreadable or
non-UTF-8 file an :class:`InputError`.  Formats come from :mod:`srkg.rdf.formats`.
rdflib is imported only by the functions that return an rdflib ``Graph``, so commands
that need only pyoxigraph start fast.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import pyoxigraph as ox

from ..errors import InputError, RDFSyntaxError
from .formats import RdfFormat, by_name, for_path

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

MAX_FILE_BYTES = 512 * 1024 * 1024
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def guess_format(path: Path | str, fmt: str | None = None) -> str:
    """Our format name for ``path`` (``fmt`` wins); InputError/UsageError when unknown."""
    return for_path(path, fmt).name


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


BOM = b"\xef\xbb\xbf"


def check_utf8_head(path: Path) -> None:
    """InputError unless the first 4 KiB of ``path`` are UTF-8 (a character cut at the end is fine;
    a UTF-8 byte order mark is accepted and skipped by the readers here), and unless an XML file
    declares no entities (``<!ENTITY``: a "billion laughs" file of 1 KB expands to gigabytes)."""
    with path.open("rb") as fh:
        head = fh.read(4096)
        if head.startswith(BOM):
            head = head[len(BOM):]
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as err:
            if err.start < len(head) - 4:  # not just a multi-byte character cut at the boundary
                raise InputError(f"{path}: not UTF-8 text (byte {err.start})") from None
        if head.lstrip().startswith((b"<?xml", b"<!DOCTYPE", b"<!--")) and b"<!DOCTYPE" in head:
            fh.seek(0)
            prolog = fh.read(1 << 20)
            root = prolog.find(b"<rdf:RDF")
            if b"<!ENTITY" in (prolog if root < 0 else prolog[:root]):
                raise InputError(f"{path}: XML entity declarations (<!ENTITY ...>) are refused: they can expand "
                                 "a small file into gigabytes; write the values out")


def _has_bom(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(BOM)) == BOM


def syntax_error(where: Path | str, err: Exception) -> RDFSyntaxError:
    """The one-line RDFSyntaxError for what a parser raised while reading ``where``."""
    msg = str(getattr(err, "msg", None) or err)
    # pyoxigraph: "Parser error between line 3 column 11 and line 4 column 1: detail"
    detail = msg.split(": ", 1)[1] if msg.startswith("Parser error") and ": " in msg else msg
    return RDFSyntaxError(str(where), getattr(err, "lineno", None), getattr(err, "offset", None),
                          detail.splitlines()[0] if detail.strip() else "invalid RDF")


@contextlib.contextmanager
def parse_errors(where: Path | str) -> Iterator[None]:
    """Turn what a parser raises while reading ``where`` into one-line SrkgErrors (the one mapping)."""
    try:
        yield
    except SyntaxError as err:
        raise syntax_error(where, err) from None
    except UnicodeDecodeError as err:
        raise InputError(f"{where}: not UTF-8 text (byte {err.start})") from None
    except (OSError, ValueError) as err:
        raise InputError(f"{where}: cannot read: {' '.join(str(err).split())}") from None


def base_iri(path: Path | str) -> str:
    """``file://`` IRI of a path (the base of its relative IRIs), without urllib for plain ASCII paths."""
    a = os.path.abspath(path)
    if all(c.isascii() and (c.isalnum() or c in "/._-+~") for c in a):
        return "file://" + a
    return Path(a).as_uri()


def iter_quads(path: Path | str, fmt: str | None = None, *, max_bytes: int = MAX_FILE_BYTES,
               **options) -> Iterator[ox.Quad]:
    """Parse one file with pyoxigraph, yielding quads; errors become SrkgErrors.

    ``options`` go to ``pyoxigraph.parse`` (``rename_blank_nodes``, ``without_named_graphs``).
    """
    p = check_readable(path, max_bytes=max_bytes)
    f = for_path(p, fmt)
    check_utf8_head(p)
    with parse_errors(p):
        if _has_bom(p):  # pyoxigraph reads a BOM as a character: start after it
            with p.open("rb") as fh:
                fh.seek(len(BOM))
                yield from ox.parse(input=fh, format=f.ox, base_iri=base_iri(p), **options)
            return
        # path= lets pyoxigraph read the file in chunks itself (twice as fast as a Python reader)
        yield from ox.parse(path=str(p), format=f.ox, base_iri=base_iri(p), **options)


def parse_data(data: bytes | str, fmt: str | RdfFormat = "turtle", *, where: str = "<data>") -> list[ox.Quad]:
    """Parse RDF given as bytes or text (``fmt`` a format name or an :class:`RdfFormat`)."""
    f = fmt if isinstance(fmt, RdfFormat) else by_name(fmt)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with parse_errors(where):
        return list(ox.parse(raw, format=f.ox))


def load_file(store: ox.Store, path: Path | str, fmt: str | None = None, *,
              graph: ox.NamedNode | ox.DefaultGraph | None = None, bulk: bool = False,
              max_bytes: int | None = None) -> None:
    """Parse one file into ``store`` (in Rust, fast); all its triples into ``graph`` when given.

    A TriG or N-Quads file's named graphs are all put into ``graph`` too.  ``max_bytes`` (when
    given) checks the file first as :func:`check_readable` does.
    """
    p = Path(path)
    if max_bytes is not None:
        check_readable(p, max_bytes=max_bytes)
    check_utf8_head(p)
    f = for_path(p, fmt)
    if graph is not None and f.datasets or _has_bom(p):
        store.extend(ox.Quad(q.subject, q.predicate, q.object, graph if graph is not None else q.graph_name)
                     for q in iter_quads(p, fmt, max_bytes=2 ** 62))
        return
    kw = {"to_graph": graph} if graph is not None else {}
    with parse_errors(p):
        if bulk:
            store.bulk_load(path=str(p), format=f.ox, base_iri=base_iri(p), **kw)
        else:
            store.load(path=str(p), format=f.ox, base_iri=base_iri(p), **kw)


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


def graph_from_data(data: bytes | str, fmt: str = "turtle", *, where: str = "<data>") -> "rdflib.Graph":
    """RDF given as bytes or text, parsed (fast, with pyoxigraph) into an rdflib Graph."""
    import rdflib

    g = rdflib.Graph()
    g.addN((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), g) for q in parse_data(data, fmt, where=where))
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
