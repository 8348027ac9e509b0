"""Which SPARQL-based constraints the compiled engine may run, decided on the parsed query.

SHACL runs ``sh:select`` once per focus node with ``$this`` pre-bound.  The
compiled engine instead runs the query once, joined with the focus nodes on
``?this``.  The two agree when ``$this`` is bound by every solution of the
query's pattern before any expression reads it; this module proves that on
rdflib's SPARQL algebra (a real parser, not a regular expression) and refuses
everything else, whatever it looks like:

* SERVICE (the validator must never reach the network), MINUS, VALUES,
  sub-queries, GRAPH, FROM, LIMIT/OFFSET, aggregates: refused;
* ``$shapesGraph``, ``$currentShape``, ``$PATH``, ``?failure``, ``BIND(... AS $this)``: refused;
* a FILTER or BIND that reads ``$this`` where its input may leave it unbound:
  refused (``BIND($this AS ?that)`` before ``$this`` is matched, a FILTER in a
  nested group that does not match ``$this`` itself);
* a query that does not project ``$this``: refused.

>>> check_select("PREFIX ex: <http://e/> SELECT $this WHERE { $this ex:p ?v FILTER (?v != $this) }")
['this']
>>> check_select("PREFIX ex: <http://e/> SELECT $this WHERE { BIND ($this AS ?that) ?that ex:p ?v . $this ex:q ?v }")
Traceback (most recent call last):
...
srkg.errors.UnsupportedShape: the query reads $this in BIND where it may be unbound (not compiled)
>>> check_select("SELECT $this WHERE { SERVICE <http://example.org/sparql> { $this ?p ?o } }")
Traceback (most recent call last):
...
srkg.errors.UnsupportedShape: the query uses SERVICE, which would send requests to the network (refused)
"""

from __future__ import annotations

from ..errors import UnsupportedShape

# names of rdflib parse/algebra nodes, and what they are to a reader
_REFUSED = {
    "ServiceGraphPattern": "SERVICE, which would send requests to the network (refused)",
    "Minus": "MINUS (not compiled)", "MinusGraphPattern": "MINUS (not compiled)",
    "SubSelect": "a sub-query (not compiled)", "ToMultiSet": "a sub-query or VALUES (not compiled)",
    "InlineData": "VALUES (not compiled)", "values": "VALUES (not compiled)",
    "Graph": "GRAPH (not compiled)", "GraphGraphPattern": "GRAPH (not compiled)",
    "Slice": "LIMIT/OFFSET (not compiled)", "Group": "GROUP BY or an aggregate (not compiled)",
    "AggregateJoin": "GROUP BY or an aggregate (not compiled)",
}
_PREBOUND_OTHER = {"shapesGraph", "currentShape", "PATH"}


def _walk(node):
    """Every CompValue, Variable and term below ``node`` (parse or algebra trees)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, CompValue):
            stack.extend(v for k, v in n.items() if k != "_vars")
        elif isinstance(n, dict):
            stack.extend(n.values())
        elif isinstance(n, (list, tuple, set)):
            stack.extend(n)


def _vars_in(node) -> set[str]:
    from rdflib import Variable

    return {str(n) for n in _walk(node) if isinstance(n, Variable)}


def _certain(node) -> set[str]:
    """Variables bound in every solution of the algebra node."""
    from rdflib import Variable

    name = getattr(node, "name", None)
    if name == "BGP":
        return {str(t) for tr in node["triples"] for t in tr if isinstance(t, Variable)}
    if name == "Join":
        return _certain(node["p1"]) | _certain(node["p2"])
    if name == "LeftJoin":
        return _certain(node["p1"])
    if name == "Union":
        return _certain(node["p1"]) & _certain(node["p2"])
    if name in ("Filter", "Extend", "Distinct", "Reduced", "OrderBy"):
        return _certain(node["p"])
    if name == "Project":
        return _certain(node["p"]) & {str(v) for v in node["PV"]}
    raise UnsupportedShape(f"the query uses {name or type(node).__name__} (not compiled)")


def _check_reads(node) -> None:
    """Every expression that reads $this has an input that always binds it."""
    name = getattr(node, "name", None)
    if name in ("Filter", "Extend", "LeftJoin"):
        if name == "LeftJoin":
            inputs = _certain(node["p1"]) | _certain(node["p2"])
        else:
            inputs = _certain(node["p"])
        expr = node.get("expr")
        if expr is not None and "this" in _vars_in(expr) and "this" not in inputs:
            what = {"Filter": "FILTER", "Extend": "BIND", "LeftJoin": "an OPTIONAL's FILTER"}[name]
            raise UnsupportedShape(f"the query reads $this in {what} where it may be unbound (not compiled)")
        if name == "Extend" and str(node["var"]) == "this":
            raise UnsupportedShape("the query binds $this with BIND (not allowed)")
    for key in ("p", "p1", "p2"):
        child = node.get(key) if hasattr(node, "get") else None
        if child is not None and hasattr(child, "name"):
            _check_reads(child)


def check_select(text: str) -> list[str]:
    """Parse ``text`` (prefixes included) and raise UnsupportedShape unless the engine runs it exactly.

    Returns the projected variable names.
    """
    from rdflib import Variable
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parsed = parseQuery(text)
    except Exception as err:  # pyparsing's ParseException and friends
        raise UnsupportedShape(f"the query does not parse: {' '.join(str(err).split())[:160]}") from None
    for n in _walk(parsed):  # the raw parse tree still holds what the algebra folds away
        name = getattr(n, "name", None)
        if name in _REFUSED:
            raise UnsupportedShape(f"the query uses {_REFUSED[name]}")
        if name and name.startswith("Aggregate_"):
            raise UnsupportedShape(f"the query uses {_REFUSED['Group']}")
    try:
        query = translateQuery(parsed)
    except Exception as err:
        raise UnsupportedShape(f"the query does not parse: {' '.join(str(err).split())[:160]}") from None
    alg = query.algebra
    if alg.name != "SelectQuery":
        raise UnsupportedShape("sh:select must hold a SELECT query")
    if alg.get("datasetClause"):
        raise UnsupportedShape("the query uses FROM (not compiled)")
    for n in _walk(alg):
        name = getattr(n, "name", None)
        if name in _REFUSED:
            raise UnsupportedShape(f"the query uses {_REFUSED[name]}")
        if isinstance(n, Variable) and str(n) in _PREBOUND_OTHER:
            raise UnsupportedShape(f"the query uses ${n} (not compiled)")
    projected = [str(v) for v in alg["PV"]]
    if "this" not in projected:
        raise UnsupportedShape("the query must select $this")
    if "failure" in projected:
        raise UnsupportedShape("the query selects ?failure (not compiled)")
    where = alg["p"]
    if "this" not in _certain(where):
        raise UnsupportedShape("the query does not match $this in every solution (not compiled)")
    _check_reads(where)
    return projected
