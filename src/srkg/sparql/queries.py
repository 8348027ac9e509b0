"""Stored SPARQL queries: the catalogue under ``queries/`` and three verbs to run them.

Each ``queries/<name>.rq`` answers one research question.  It starts with a
``#+ `` YAML header in the grlc decorator syntax (``summary``, ``description``,
``tags``, ``enumerate``, ``defaults``) plus ``params``, our own decorator that
lists every parameter with its type, description and an example value (grlc
ignores keys it does not know).  Parameters follow grlc's (BASIL's) variable
convention: ``?_name`` is required, ``?__name`` optional, and a suffix gives
the type: ``?_type_iri`` an IRI, ``?_from_integer`` an integer, ``?_text`` a
plain string, ``?_label_en`` a string tagged ``@en``.

Values are *bound*, never pasted into the query text as raw strings: each is
checked against its type, turned into an escaped RDF term, and sent as one
typed ``VALUES`` row opening the WHERE group (:func:`with_values`), the same
on the embedded store and on a remote endpoint (:mod:`srkg.remote.endpoint`), so
both give the same rows; rdflib takes the same terms as ``initBindings``.  An IRI value is checked before it
is bound, and prefixed names such as ``sr:Russia`` are expanded.

One verb per result shape, each with a fixed return type:

>>> t = select("characterizations-by-type", type="sr:Alliance")
>>> sorted({(row.work.short, row.type.short) for row in t})
[('sr:Blank2020', 'sr:Alliance'), ('sr:Blank2020', 'sr:DeFactoAlliance'), ('sr:Lukin2021', 'sr:Alliance')]
>>> ask("is-characterized-as", work="sr:Cox2016", type="sr:Alliance")
False

>>> parse_value("sr:Russia", "iri")
Term(kind='iri', value='https://w3id.org/srkg/id/Russia', datatype=None, language=None)
>>> parse_value("> } DROP ALL {", "iri")
Traceback (most recent call last):
...
srkg.errors.UsageError: not an IRI: '> } DROP ALL {' (give a full IRI or a prefixed name such as sr:Russia)
"""

from __future__ import annotations

import os
import re
from collections import namedtuple
from collections.abc import Mapping
from pathlib import Path

from .. import paths
from ..errors import InputError, UsageError
from .results import XSD, XSD_STRING, Row, Table, Term, Triple, from_oxigraph, serialize, triple_key
from .syntax import (SparqlSyntaxError, Token, list_columns, query_form, sorted_lists, sparql_syntax_error, tokens,
                     where_brace, with_values)

__all__ = [
    "Term", "Row", "Table", "Param", "StoredQuery", "catalogue", "names", "get", "from_file",
    "select", "ask", "construct", "parse_value", "bind", "PREFIXES", "SparqlSyntaxError",
    "Triple", "Token", "tokens", "query_form", "where_brace", "with_values", "list_columns",
    "from_oxigraph", "serialize", "XSD", "XSD_STRING",
]

from ..rdf.reader import PREFIXES  # noqa: E402  (one table of prefixes for the whole project)
RDF_LANGSTRING = PREFIXES["rdf"] + "langString"
MAX_VALUE_CHARS = 2000
RESERVED = frozenset({"endpoint", "root", "store", "timeout", "name", "scope"})
_PARAM_VAR = re.compile(r"^(?P<opt>__?)(?P<name>[A-Za-z0-9]+)(?:_(?P<type>[A-Za-z0-9]+))?(?:_(?P<dt>[A-Za-z0-9]+))?$")
_TYPES = {"iri", "integer", "decimal", "boolean", "string", "literal", "number"}


# ---------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------
class Param(namedtuple("Param", "name var type required description example enum", defaults=("", None, ()))):
    """One parameter of a stored query, read from its variable name and its header.

    ``var`` is the SPARQL variable without '?', e.g. ``_type_iri``; ``type`` is ``iri``,
    ``integer``, ``decimal``, ``boolean``, ``string``, ``lang:xx`` or ``datatype:<iri>``.
    """

    __slots__ = ()

    def describe(self) -> str:
        kind = self.type.replace("lang:", "string@").replace("datatype:", "")
        s = f"{self.name} ({kind}{', required' if self.required else ', optional'})"
        return s + (f", e.g. {self.example}" if self.example else "")


def param_from_var(var: str) -> Param | None:
    """A :class:`Param` for a grlc-style variable name, None for an ordinary variable.

    >>> param_from_var("_type_iri")
    Param(name='type', var='_type_iri', type='iri', required=True, description='', example=None, enum=())
    >>> param_from_var("__from_integer").required
    False
    >>> param_from_var("work") is None
    True
    """
    m = _PARAM_VAR.match(var)
    if not m:
        return None
    t, dt = m.group("type"), m.group("dt")
    if t is None:
        kind = "string"
    elif dt is not None:
        ns = PREFIXES.get(t)
        if ns is None:
            raise SparqlSyntaxError(f"parameter ?{var}: unknown datatype prefix {t!r}")
        kind = f"datatype:{ns}{dt}"
    elif t in _TYPES:
        kind = {"literal": "string", "number": "decimal"}.get(t, t)
    elif len(t) == 2 and t.isalpha():
        kind = f"lang:{t.lower()}"
    else:
        kind = f"datatype:{XSD}{t}"
    return Param(name=m.group("name"), var=var, type=kind, required=m.group("opt") == "_")


def find_params(text: str) -> dict[str, Param]:
    """The parameters a query text uses, by name (from its variables, grlc-style)."""
    found: dict[str, Param] = {}
    for t in tokens(text):
        if t.kind != "var":
            continue
        p = param_from_var(t.text[1:])
        if p is None:
            continue
        old = found.get(p.name)
        if old is not None and old.var != p.var:
            raise SparqlSyntaxError(f"parameter {p.name!r} is spelt two ways: ?{old.var} and ?{p.var}")
        found[p.name] = p
    return found


_IRI_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\x00-\x20]*$")
_PNAME = re.compile(r"^(?P<prefix>[A-Za-z][A-Za-z0-9_\-]*):(?P<local>[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?)$")
_INT = re.compile(r"^[+-]?[0-9]+$")
_DEC = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")


def parse_value(value: str, kind: str, *, name: str = "") -> Term:
    """Check a parameter value against its type and turn it into a :class:`Term`.

    Raises UsageError (exit 2) for a value of the wrong shape.

    >>> parse_value("1990", "integer")
    Term(kind='literal', value='1990', datatype='http://www.w3.org/2001/XMLSchema#integer', language=None)
    >>> parse_value("ninety", "integer")
    Traceback (most recent call last):
    ...
    srkg.errors.UsageError: not an integer: 'ninety'
    """
    what = f"parameter {name}: " if name else ""
    if not isinstance(value, str):
        value = str(value)
    if len(value) > MAX_VALUE_CHARS:
        raise UsageError(f"{what}value is longer than {MAX_VALUE_CHARS} characters")
    if kind == "iri":
        # One rule: inside <...> a value is a full IRI, taken as written, whatever its scheme
        # (<foo:bar>, <javascript:...>: identifiers, never fetched); a prefixed name (sr:Russia)
        # is written without <...>, so <sr:X> is refused: sr is our prefix, not an IRI scheme.
        v = value.strip()
        if v.startswith("<") and v.endswith(">"):
            v = v[1:-1]
            if not _IRI_OK.match(v) or ":" not in v:
                raise UsageError(f"{what}not an IRI: {value!r} (inside <...> give a full IRI such as "
                                 "<https://w3id.org/srkg/id/Russia>)")
            scheme = v.split(":", 1)[0]
            if scheme in PREFIXES:
                raise UsageError(f"{what}{value!r} is a prefixed name inside <...>; write it without the "
                                 f"brackets ({v}), or give the full IRI")
            return Term("iri", v)
        m = _PNAME.match(v)
        if m and m.group("prefix") in PREFIXES:
            return Term("iri", PREFIXES[m.group("prefix")] + m.group("local"))
        if _IRI_OK.match(v) and (v.split(":", 1)[0].lower() in ("http", "https", "urn", "file", "mailto", "tag", "doi")
                                 or "//" in v):
            return Term("iri", v)
        if m:
            raise UsageError(f"{what}unknown prefix {m.group('prefix')!r} in {value!r}; known: {', '.join(sorted(PREFIXES))}")
        raise UsageError(f"{what}not an IRI: {value!r} (give a full IRI or a prefixed name such as sr:Russia)")
    if kind == "integer":
        if not _INT.match(value.strip()):
            raise UsageError(f"{what}not an integer: {value!r}")
        return Term("literal", str(int(value.strip())), XSD + "integer")
    if kind == "decimal":
        if not _DEC.match(value.strip()):
            raise UsageError(f"{what}not a number: {value!r}")
        return Term("literal", value.strip(), XSD + "decimal")
    if kind == "boolean":
        v = value.strip().lower()
        if v not in ("true", "false", "1", "0"):
            raise UsageError(f"{what}not a boolean (true or false): {value!r}")
        return Term("literal", "true" if v in ("true", "1") else "false", XSD + "boolean")
    if kind == "string":
        return Term("literal", value)
    if kind.startswith("lang:"):
        return Term("literal", value, None, kind[5:])
    if kind.startswith("datatype:"):
        dt = kind[len("datatype:"):]
        if dt == XSD + "gYear" and not re.match(r"^-?[0-9]{4,}$", value.strip()):
            raise UsageError(f"{what}not a year: {value!r}")
        return Term("literal", value.strip(), dt)
    raise UsageError(f"{what}unknown parameter type {kind!r}")


# ---------------------------------------------------------------------------
# The catalogue
# ---------------------------------------------------------------------------
class StoredQuery:
    """A query file: its name (the file stem), text, form and parameters."""

    __slots__ = ("name", "path", "text", "form", "params", "summary", "description", "tags", "header", "kind")

    def __init__(self, name: str, path: Path | None, text: str, form: str, params: tuple[Param, ...],
                 summary: str = "", description: str = "", tags: tuple[str, ...] = (),
                 header: Mapping | None = None, kind: str = "stored") -> None:
        self.name, self.path, self.text, self.form, self.params = name, path, text, form, tuple(params)
        self.summary, self.description, self.tags = summary, description, tuple(tags)
        self.header = header if header is not None else {}
        self.kind = kind  # "stored", "check" or "figure" (see KINDS); "own" for a user's file or text

    def __repr__(self) -> str:
        return f"StoredQuery(name={self.name!r}, kind={self.kind!r}, form={self.form!r}, params={[p.name for p in self.params]!r})"

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


def header_text(text: str) -> str:
    """The ``#+ `` lines at the top of a query, as YAML (the marker removed)."""
    lines = []
    for line in text.splitlines():
        if line.startswith("#+"):
            body = line[2:]
            lines.append(body[1:] if body.startswith(" ") else body)
        elif lines and not line.strip():
            continue
        elif lines or line.strip():
            break
    return "\n".join(lines)


def read_header(text: str, *, where: str = "query") -> dict:
    """Parse the YAML header (PyYAML is imported only here, so running a query does not need it)."""
    raw = header_text(text)
    if not raw.strip():
        return {}
    import yaml

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as err:
        first = str(err).splitlines()[0] if str(err) else "invalid YAML"
        raise InputError(f"{where}: the #+ header is not valid YAML: {first}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(f"{where}: the #+ header must be a YAML mapping")
    return data


def _make(name: str, path: Path | None, text: str, *, with_header: bool, kind: str = "stored") -> StoredQuery:
    where = str(path) if path else name
    form = query_form(text)
    found = find_params(text)
    header = read_header(text, where=where) if with_header else {}
    params = []
    declared = {}
    for item in header.get("params") or []:
        if isinstance(item, dict) and "name" in item:
            declared[str(item["name"])] = item
    enums = {}
    for item in header.get("enumerate") or []:
        if isinstance(item, dict):
            for k, v in item.items():
                enums[str(k)] = tuple(str(x) for x in (v or []))
    for pname, p in found.items():
        d = declared.get(pname, {})
        ex = d.get("example")
        params.append(Param(p.name, p.var, p.type, p.required, str(d.get("description", "") or ""),
                            None if ex is None else str(ex), enums.get(pname, ())))
    params.sort(key=lambda p: (not p.required, p.name))
    tags = header.get("tags") or ()
    return StoredQuery(name=name, path=path, text=text, form=form, params=tuple(params),
                       summary=str(header.get("summary", "") or "").strip(),
                       description=" ".join(str(header.get("description", "") or "").split()),
                       tags=tuple(str(t) for t in tags) if isinstance(tags, (list, tuple)) else (str(tags),),
                       header=header, kind=kind)


#: The kinds of query in the one catalogue: kind -> (its files, the suffix the name drops).
#: ``stored`` answer research questions (``queries/*.rq``, run by ``srkg query``); ``check`` must
#: return no rows (``queries/checks/*-violation.rq``, run by ``srkg check``); ``figure`` give the
#: data of a picture (``queries/figures/*.rq``, drawn by ``srkg build``).
KINDS = {
    "stored": (paths.query_files, paths.QUERY_SUFFIX),
    "check": (paths.violation_query_files, paths.VIOLATION_SUFFIX),
    "figure": (paths.figure_query_files, paths.QUERY_SUFFIX),
}


def _files(root: Path | None, kind: str = "stored") -> dict[str, Path]:
    try:
        files, suffix = KINDS[kind]
    except KeyError:
        raise UsageError(f"unknown kind of query {kind!r}; use one of {', '.join(KINDS)}") from None
    return {p.name[: -len(suffix)]: p for p in files(root)}


def names(root: Path | None = None, *, kind: str = "stored") -> list[str]:
    """The names of the queries of one kind (file stems, less ``-violation`` for checks), sorted."""
    return sorted(_files(root, kind))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (byte {err.start})") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None


def get(name: str, root: Path | None = None, *, with_header: bool = False, kind: str = "stored") -> StoredQuery:
    """The query of ``kind`` called ``name``; UsageError listing the closest names if there is none.

    The name is looked up among the catalogue's names only; it never becomes a path.
    """
    files = _files(root, kind)
    path = files.get(name) if isinstance(name, str) else None
    if path is None:
        import difflib

        close = difflib.get_close_matches(str(name), list(files), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else (
            "; see 'srkg query --list'" if kind == "stored" else f" under {paths.queries_dir(root)}")
        what = "stored query" if kind == "stored" else f"{kind} query"
        raise UsageError(f"no {what} named {str(name)[:80]!r}{hint}")
    text = _read(path)
    # the YAML header is read only when it matters for running: an enumerate list to enforce
    return _make(name, path, text, with_header=with_header or "#+ enumerate:" in text, kind=kind)


def catalogue(root: Path | None = None, *, kind: str | None = "stored") -> list[StoredQuery]:
    """Every query of ``kind`` (``None``: of every kind) with its header, sorted by kind and name."""
    out = []
    for k in (KINDS if kind is None else (kind,)):
        for n, p in sorted(_files(root, k).items()):
            out.append(_make(n, p, _read(p), with_header=True, kind=k))
    return out


def from_file(path: str | os.PathLike) -> StoredQuery:
    """A user's own query file, with or without a header."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    return _make(p.stem, p, _read(p), with_header=True, kind="own")


def from_text(text: str, name: str = "(query)") -> StoredQuery:
    """A query given as text (its parameters found from its variables)."""
    return _make(name, None, text, with_header=False, kind="own")


def bind(query: StoredQuery, values: Mapping) -> dict[str, Term]:
    """Check the values against the query's parameters: SPARQL variable -> Term.

    Unknown names, missing required parameters and values of the wrong type are UsageErrors.
    """
    by_name = {p.name: p for p in query.params}
    unknown = [k for k in values if k not in by_name]
    if unknown:
        known = ", ".join(sorted(by_name)) or "none"
        raise UsageError(f"query {query.name} has no parameter {unknown[0]!r} (parameters: {known})")
    out: dict[str, Term] = {}
    for p in query.params:
        v = values.get(p.name)
        if v is None or (isinstance(v, str) and v == "" and not p.required and p.type != "string"):
            if p.required:
                example = p.example or _example(query, p.name)
                ex = f", e.g. --param {p.name}={example}" if example else ""
                raise UsageError(f"query {query.name} needs parameter {p.name!r} ({p.type}){ex}")
            continue
        if isinstance(v, Term):
            out[p.var] = v
            continue
        if p.enum and p.type == "iri":
            t = parse_value(str(v), p.type, name=p.name)
            if t.value not in p.enum:
                raise UsageError(f"parameter {p.name}: {v!r} is not one of {', '.join(p.enum)}")
            out[p.var] = t
            continue
        out[p.var] = parse_value(str(v), p.type, name=p.name)
    return out


def _example(query: StoredQuery, name: str) -> str | None:
    """A parameter's example from the header, read only to word an error message."""
    try:
        for item in read_header(query.text).get("params") or []:
            if isinstance(item, dict) and str(item.get("name")) == name and item.get("example") is not None:
                return str(item["example"])
    except InputError:
        pass
    return None


# ---------------------------------------------------------------------------
# Running on the embedded store
# ---------------------------------------------------------------------------
def _resolve(q: "str | StoredQuery", root: Path | None) -> StoredQuery:
    return q if isinstance(q, StoredQuery) else get(q, root)


def _scope_store(scope: str | None, root: Path | None, store):
    """The embedded store to ask: ``store``, else one article's dataset (``scope``), else the whole graph."""
    from ..rdf.store import open_store

    if store is not None:
        if scope is not None:
            raise UsageError("give either a store or an article scope, not both")
        return store
    if scope is not None:
        return open_store(files=paths.article_scope_files(scope, root))
    return open_store(root)


def _endpoint(url: str, scope: str | None, root: Path | None, timeout: float):
    """An endpoint whose dataset is one article's graphs (``scope``), else the store's default graph."""
    from ..remote.endpoint import Endpoint

    graphs = paths.article_scope_graphs(scope, root) if scope is not None else ()
    return Endpoint(url, timeout=timeout, default_graphs=graphs)


def _run_embedded(query: StoredQuery, bound: dict[str, Term], root: Path | None, store, scope: str | None = None):
    st = _scope_store(scope, root, store)
    text = with_values(query.text, bound)
    try:
        return st.query(text)
    except SyntaxError as err:
        raise sparql_syntax_error(str(query.path) if query.path else query.name, err) from None
    except OSError as err:
        raise InputError(f"{query.name}: the store could not be read: {err}") from None


def _check_form(query: StoredQuery, want: str, verb: str) -> None:
    if query.form != want and not (want == "construct" and query.form == "describe"):
        raise UsageError(f"query {query.name} is a {query.form.upper()} query; use {_VERB[query.form]}() not {verb}()")


_VERB = {"select": "select", "ask": "ask", "construct": "construct", "describe": "construct"}


def select(query: "str | StoredQuery", /, *, endpoint: str | None = None, root: Path | None = None,
           store=None, timeout: float = 30.0, scope: str | None = None, **params: object) -> Table:
    """Run a SELECT query (a stored query's name, or a :class:`StoredQuery`) and return its :class:`Table`.

    Runs on the embedded store unless ``endpoint`` (a SPARQL 1.1 query URL) is given;
    the rows are the same either way (space-separated GROUP_CONCAT lists come sorted,
    see :func:`list_columns`).  ``scope`` (an article id, as its folder under
    ``instances/`` is named) answers from that article's data with the ontology
    and the vocabularies only: on the embedded store from those files, on an
    endpoint from their named graphs (the request's default-graph-uri), never by
    editing the query.  Raises UsageError for a bad name, parameter or article,
    EndpointError when the endpoint fails.
    """
    q = _resolve(query, root)
    _check_form(q, "select", "select")
    bound = bind(q, params)
    if endpoint:
        return sorted_lists(_endpoint(endpoint, scope, root, timeout).select(q.text, bound), list_columns(q.text))
    sols = _run_embedded(q, bound, root, store, scope)
    variables = tuple(v.value for v in sols.variables)
    rows = tuple(Row({name: from_oxigraph(sol[name]) for name in variables}) for sol in sols)
    return sorted_lists(Table(variables, rows), list_columns(q.text))


def ask(query: "str | StoredQuery", /, *, endpoint: str | None = None, root: Path | None = None,
        store=None, timeout: float = 30.0, scope: str | None = None, **params: object) -> bool:
    """Run an ASK query and return its answer."""
    q = _resolve(query, root)
    _check_form(q, "ask", "ask")
    bound = bind(q, params)
    if endpoint:
        return _endpoint(endpoint, scope, root, timeout).ask(q.text, bound)
    return bool(_run_embedded(q, bound, root, store, scope))


def construct(query: "str | StoredQuery", /, *, endpoint: str | None = None, root: Path | None = None,
              store=None, timeout: float = 30.0, scope: str | None = None, **params: object) -> list[Triple]:
    """Run a CONSTRUCT (or DESCRIBE) query and return its triples, sorted."""
    q = _resolve(query, root)
    _check_form(q, "construct", "construct")
    bound = bind(q, params)
    if endpoint:
        return _endpoint(endpoint, scope, root, timeout).construct(q.text, bound)
    triples = {(from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
               for t in _run_embedded(q, bound, root, store, scope)}
    return sorted(triples, key=triple_key)


def closest(name: str, root: Path | None = None) -> list[str]:
    """Up to three stored-query names close to ``name``."""
    import difflib

    return difflib.get_close_matches(name, names(root), n=3, cutoff=0.5)
