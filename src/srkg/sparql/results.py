"""Query results, the same whichever engine answered: terms, rows, tables and triples.

The embedded store (:mod:`srkg.sparql.queries`) and a remote endpoint
(:mod:`srkg.remote.endpoint`) both return these types, so both import them from here
and neither imports the other at module level.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Iterator, Mapping, Sequence

from ..errors import UsageError
from ..rdf.reader import PREFIXES, shorten

__all__ = ["Term", "Row", "Table", "Triple", "from_oxigraph", "triple_key", "serialize", "parse_json_results",
           "XSD", "XSD_STRING"]

XSD = PREFIXES["xsd"]
XSD_STRING = XSD + "string"
#: the formats a CONSTRUCT answer can be written in (names of :mod:`srkg.rdf.formats`)
GRAPH_FORMATS = ("turtle", "nt", "json-ld")


# ---------------------------------------------------------------------------
# Terms, rows and tables: the engine-neutral result types
# ---------------------------------------------------------------------------
class Term(namedtuple("Term", "kind value datatype language", defaults=(None, None))):
    """An RDF term as a query returns it, the same whichever engine answered.

    ``kind`` is ``"iri"``, ``"bnode"`` or ``"literal"``; plain strings carry no
    datatype (``xsd:string`` is dropped) and language-tagged strings only their
    language.

    >>> Term("literal", "5", XSD + "integer").python()
    5
    >>> Term("iri", "https://w3id.org/srkg/id/Russia").short
    'sr:Russia'
    """

    __slots__ = ()

    def __str__(self) -> str:
        return self.value

    @property
    def short(self) -> str:
        """The IRI as a prefixed name where a project prefix fits; literals as their value."""
        if self.kind != "iri":
            return self.value if self.kind == "literal" else f"_:{self.value}"
        return shorten(self.value)

    def python(self):
        """The value as Python: int, float, bool or str."""
        if self.kind == "literal" and self.datatype and self.datatype.startswith(XSD):
            local = self.datatype[len(XSD):]
            try:
                if local in _INT_TYPES:
                    return int(self.value)
                if local in ("decimal", "double", "float"):
                    return float(self.value)
                if local == "boolean":
                    return self.value in ("true", "1")
            except ValueError:
                return self.value
        return self.value

    def n3(self) -> str:
        """The term in SPARQL/N-Triples syntax, escaped (used for VALUES rows)."""
        if self.kind == "iri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            raise UsageError("a blank node cannot be bound as a parameter")
        body = '"' + _escape(self.value) + '"'
        if self.language:
            return f"{body}@{self.language}"
        if self.datatype and self.datatype != XSD_STRING:
            return f"{body}^^<{self.datatype}>"
        return body


_INT_TYPES = {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
              "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
              "unsignedByte", "gYear"}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _escape(s: str) -> str:
    return "".join(_ESCAPES.get(c, c if ord(c) >= 0x20 else f"\\u{ord(c):04X}") for c in s)


class Row(Mapping[str, "Term | None"]):
    """One solution: a mapping from variable name to :class:`Term` (None when unbound).

    Also readable as attributes: ``row.work``.
    """

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Term | None]) -> None:
        object.__setattr__(self, "_values", dict(values))

    def __getitem__(self, key: str) -> Term | None:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __getattr__(self, key: str) -> Term | None:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(key) from None

    def __repr__(self) -> str:
        return "Row(" + ", ".join(f"{k}={v.short if v else None}" for k, v in self._values.items()) + ")"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and self._values == other._values

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values.items(), key=lambda kv: kv[0])))


class Table:
    """The result of a SELECT: the projected variables, in order, and the rows."""

    __slots__ = ("variables", "rows")

    def __init__(self, variables: Sequence[str], rows: Sequence[Row]) -> None:
        self.variables: tuple[str, ...] = tuple(variables)
        self.rows: tuple[Row, ...] = tuple(rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Table) and (self.variables, self.rows) == (other.variables, other.rows)

    def __repr__(self) -> str:
        return f"Table(variables={self.variables!r}, rows={self.rows!r})"

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Term | None]:
        """The values of one variable, row by row."""
        if name not in self.variables:
            raise KeyError(f"no variable {name!r}; the table has {', '.join(self.variables)}")
        return [r[name] for r in self.rows]


Triple = tuple[Term, Term, Term]


def _ox_term(t: Term):
    import pyoxigraph as ox

    if t.kind == "iri":
        return ox.NamedNode(t.value)
    if t.language:
        return ox.Literal(t.value, language=t.language)
    if t.datatype:
        return ox.Literal(t.value, datatype=ox.NamedNode(t.datatype))
    return ox.Literal(t.value)


def from_oxigraph(term) -> Term | None:
    """A pyoxigraph term as a :class:`Term`."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Term("literal", term.value, None, term.language)
        dt = term.datatype.value
        return Term("literal", term.value, None if dt == XSD_STRING else dt)
    return Term("literal", str(term))


def triple_key(t: Triple):
    return tuple((x.kind, x.value, x.datatype or "", x.language or "") for x in t)


def serialize(triples: Sequence[Triple], fmt: str = "turtle") -> str:
    """Triples as Turtle, N-Triples or JSON-LD (written by pyoxigraph, with the project prefixes)."""
    import pyoxigraph as ox

    from ..rdf.formats import by_name

    try:
        f = by_name(fmt, among=GRAPH_FORMATS).ox
    except UsageError:
        raise UsageError(f"cannot write triples as {fmt!r}; use turtle, nt or jsonld") from None

    def conv(t: Term):
        return ox.BlankNode(t.value) if t.kind == "bnode" else _ox_term(t)

    data = [ox.Triple(conv(s), conv(p), conv(o)) for s, p, o in triples]
    kw = {"prefixes": PREFIXES} if f in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD) else {}
    try:
        out = ox.serialize(data, format=f, **kw)
    except TypeError:  # an older pyoxigraph without prefixes for this format
        out = ox.serialize(data, format=f)
    return out.decode("utf-8")


def _term(b: Mapping) -> Term:
    kind = b.get("type")
    value = b.get("value")
    if not isinstance(value, str):
        raise ValueError("binding without a string value")
    if kind == "uri":
        return Term("iri", value)
    if kind == "bnode":
        return Term("bnode", value)
    if kind in ("literal", "typed-literal"):
        lang = b.get("xml:lang")
        if lang:
            return Term("literal", value, None, lang)
        dt = b.get("datatype")
        return Term("literal", value, None if dt in (None, XSD_STRING) else dt)
    if kind == "triple":
        raise ValueError("RDF-star triples are not supported in results")
    raise ValueError(f"unknown binding type {kind!r}")


def parse_json_results(data: bytes | str) -> Table | bool:
    """SPARQL 1.1 JSON results as a :class:`Table` (SELECT) or a bool (ASK); ValueError if garbage.

    >>> parse_json_results('{"head": {}, "boolean": true}')
    True
    >>> t = parse_json_results('{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri", "value": "urn:a"}}]}}')
    >>> t.rows[0].x.value
    'urn:a'
    """
    doc = json.loads(data)
    if not isinstance(doc, dict):
        raise ValueError("not a JSON object")
    if "boolean" in doc:
        if not isinstance(doc["boolean"], bool):
            raise ValueError("'boolean' is not true or false")
        return doc["boolean"]
    variables = tuple(doc["head"]["vars"])
    rows = []
    for b in doc["results"]["bindings"]:
        rows.append(Row({v: (_term(b[v]) if v in b else None) for v in variables}))
    return Table(variables, tuple(rows))
