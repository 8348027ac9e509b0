"""A small SPARQL lexer: enough to find parameters, the query form and the WHERE group,
and to bind parameters as one typed ``VALUES`` row (:func:`with_values`).

Shared by the embedded store (:mod:`srkg.sparql.queries`) and remote endpoints
(:mod:`srkg.remote.endpoint`).
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Mapping

from ..errors import SparqlSyntaxError, UsageError
from .results import Row, Table, Term

__all__ = ["Token", "sparql_syntax_error", "tokens", "query_form", "where_brace", "with_values", "list_columns", "SparqlSyntaxError"]


# ---------------------------------------------------------------------------
# A small SPARQL lexer: enough to find parameters, the query form and the WHERE group
# ---------------------------------------------------------------------------
_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<pname>(?:[A-Za-z][\w.\-]*)?:(?:[\w:%\-]|\.(?=[\w:%\-]))*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<other>.)
""", re.X | re.S)


Token = namedtuple("Token", "kind text start")


def sparql_syntax_error(where: str, err: Exception) -> SparqlSyntaxError:
    """The one-line error for a query that pyoxigraph could not parse (``where``: its file or name)."""
    first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return SparqlSyntaxError(f"{where}: SPARQL syntax error: {first}")


_token_cache: dict[str, list] = {}


def tokens(text: str) -> list[Token]:
    """The tokens of a query, without whitespace and comments (memoized per text)."""
    hit = _token_cache.get(text)
    if hit is not None:
        return hit
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        out.append(Token(kind, m.group(), m.start()))
    if len(_token_cache) > 256:
        _token_cache.clear()
    _token_cache[text] = out
    return out


_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}



def query_form(text: str) -> str:
    """``select``, ``ask``, ``construct`` or ``describe``; SparqlSyntaxError if none.

    >>> query_form("PREFIX a: <urn:a#> # SELECT in a comment\\nASK { ?s ?p ?o }")
    'ask'
    """
    for t in tokens(text):
        if t.kind == "word" and t.text.upper() in _FORMS:
            return _FORMS[t.text.upper()]
    raise SparqlSyntaxError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")


def where_brace(text: str) -> int:
    """Offset just after the ``{`` that opens the query's WHERE group (for a VALUES row).

    >>> q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    >>> q[:where_brace(q)]
    'CONSTRUCT { ?s ?p ?o } WHERE {'
    """
    toks = tokens(text)
    form = None
    for i, t in enumerate(toks):
        if form is None:
            if t.kind == "word" and t.text.upper() in _FORMS:
                form = _FORMS[t.text.upper()]
                if form == "construct" and i + 1 < len(toks) and toks[i + 1].kind == "open":
                    depth, j = 0, i + 1
                    while j < len(toks):  # skip the template
                        depth += {"open": 1, "close": -1}.get(toks[j].kind, 0)
                        if depth == 0:
                            break
                        j += 1
                    skip_to = j
                    for t2 in toks[skip_to + 1:]:
                        if t2.kind == "open":
                            return t2.start + 1
                    break
                if form == "construct":  # CONSTRUCT WHERE { ... }: only triple patterns allowed
                    raise UsageError("a short-form CONSTRUCT WHERE query cannot take parameters")
            continue
        if t.kind == "open":
            return t.start + 1
    raise SparqlSyntaxError("the query has no WHERE group")


def with_values(query: str, bindings: Mapping[str, "Term"]) -> str:
    """The query with one typed VALUES row for ``bindings`` opening its WHERE group.

    This is how parameters are bound, on the embedded store and on endpoints alike:
    each value is an escaped RDF term (:meth:`Term.n3`), never raw text.
    (pyoxigraph 0.5's ``substitutions=`` only accepts projected variables and
    does not apply them inside FILTERs, so it cannot bind a parameter.)

    >>> with_values("SELECT ?x WHERE { ?x ?p ?_v_iri }", {"_v_iri": Term("iri", "urn:a")})
    'SELECT ?x WHERE { VALUES (?_v_iri) { (<urn:a>) }  ?x ?p ?_v_iri }'
    """
    if not bindings:
        return query
    names = sorted(bindings)
    row = " ".join(bindings[n].n3() for n in names)
    values = "VALUES (" + " ".join("?" + n for n in names) + ") { (" + row + ") } "
    at = where_brace(query)
    return query[:at] + " " + values + query[at:]


def list_columns(text: str) -> frozenset[str]:
    """Projected variables computed as ``GROUP_CONCAT(...; separator=" ")``: space-separated lists.

    SPARQL fixes no order inside GROUP_CONCAT, and two stores (even two Oxigraph stores)
    concatenate in different orders, so :func:`select` sorts the items of these columns.

    >>> sorted(list_columns('SELECT ?a (GROUP_CONCAT(STR(?x); separator=" ") AS ?xs) WHERE { ?a ?p ?x } GROUP BY ?a'))
    ['xs']
    """
    toks = tokens(text)
    out = set()
    start = next((i for i, t in enumerate(toks) if t.kind == "word" and t.text.upper() == "SELECT"), None)
    if start is None:
        return frozenset()
    depth, expr = 0, []
    for t in toks[start + 1:]:
        if t.kind == "open" or (t.kind == "word" and t.text.upper() == "WHERE" and depth == 0):
            break
        if t.text == "(":
            depth += 1
        if depth > 0:
            expr.append(t)
        if t.text == ")":
            depth -= 1
            if depth == 0:
                words = [x.text.upper() for x in expr if x.kind == "word"]
                strings = [x.text for x in expr if x.kind == "string"]
                if "GROUP_CONCAT" in words and any(s in ('" "', "' '") for s in strings):
                    names = [x.text[1:] for i, x in enumerate(expr[:-1])
                             if x.kind == "var" and i > 0 and expr[i - 1].kind == "word" and expr[i - 1].text.upper() == "AS"]
                    out.update(names)
                expr = []
    return frozenset(out)


def sorted_lists(table: "Table", columns: frozenset[str]) -> "Table":
    if not columns:
        return table
    rows = []
    for r in table.rows:
        vals = dict(r)
        for c in columns:
            v = vals.get(c)
            if v is not None and v.kind == "literal":
                vals[c] = Term("literal", " ".join(sorted(v.value.split())), v.datatype, v.language)
        rows.append(Row(vals))
    return Table(table.variables, tuple(rows))
