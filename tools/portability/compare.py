"""Every stored query, with its examples, as cases to run on several SPARQL engines and compare.

A *case* is one stored query (``queries/*.rq``, ``queries/checks/*.rq``,
``queries/figures/*.rq``) with one set of parameter values, bound the way the
project binds them everywhere (one typed ``VALUES`` row, :func:`srkg.sparql.queries.with_values`),
so every engine gets the very same text.  The values come from the query's header:
its required parameters' examples, then each optional parameter's example alone,
the header's ``defaults`` and each ``enumerate`` value.

An *answer* is engine-neutral: a SELECT's variables and rows (terms as
:class:`srkg.sparql.queries.Term`, items of space-separated ``GROUP_CONCAT`` lists
sorted, as :func:`srkg.sparql.queries.select` does), an ASK's boolean, or a
CONSTRUCT's set of triples.  :func:`differences` says how two answers differ: other
variables, rows present on one side only (as a multiset: a duplicate counts), or,
where the query orders its rows by projected variables, another order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from srkg import paths
from srkg.sparql import queries as Q

__all__ = ["Case", "Answer", "cases", "stored_queries", "oxigraph_answer", "answer_from_json", "answer_from_nt",
           "differences", "dump_ntriples"]


@dataclass(frozen=True)
class Case:
    id: str                 # e.g. "claims-about.2"
    query: Q.StoredQuery
    params: tuple           # ((name, value), ...)
    text: str               # the bound query text every engine runs

    @property
    def label(self) -> str:
        ps = ", ".join(f"{k}={v}" for k, v in self.params)
        return f"{self.query.name}({ps})"


@dataclass
class Answer:
    form: str
    variables: tuple = ()
    rows: list = field(default_factory=list)      # list of tuples of Term|None, in the engine's order
    boolean: bool | None = None
    triples: frozenset = frozenset()


def stored_queries(root: Path | None = None) -> list[Q.StoredQuery]:
    """The catalogue, the checks and the figure queries: every .rq the project ships."""
    out = list(Q.catalogue(root))
    qdir = paths.queries_dir(root)
    for sub in ("checks", "figures"):
        for p in sorted((qdir / sub).glob("*.rq")):
            sq = Q.from_file(p)
            sq.name = f"{sub}/{p.stem}"
            out.append(sq)
    return out


def _value_sets(q: Q.StoredQuery, extra: dict | None = None) -> list[dict]:
    header = q.header or {}
    examples = {p.name: p.example for p in q.params if p.example is not None}
    required = {p.name: examples.get(p.name) for p in q.params if p.required}
    base = {k: v for k, v in required.items() if v is not None}
    sets = [dict(base)]
    for p in q.params:
        if not p.required and p.name in examples:
            sets.append({**base, p.name: examples[p.name]})
    defaults = {}
    for item in header.get("defaults") or []:
        if isinstance(item, dict):
            defaults.update({str(k): str(v) for k, v in item.items()})
    if defaults:
        sets.append({**base, **defaults})
    for p in q.params:
        for v in p.enum:
            sets.append({**base, p.name: v})
    for s in (extra or {}).get(q.name, []):
        sets.append({**base, **s})
    seen, out = set(), []
    for s in sets:
        key = tuple(sorted(s.items()))
        if key not in seen and all(k in s for k in required):
            seen.add(key)
            out.append(s)
    return out


def cases(root: Path | None = None, extra: dict | None = None) -> list[Case]:
    """One case per stored query and set of example values (``extra``: name -> more value sets)."""
    out = []
    for q in stored_queries(root):
        seen = set()
        for values in _value_sets(q, extra):
            bound = Q.bind(q, values)
            key = tuple(sorted((k, v.n3()) for k, v in bound.items()))
            if key in seen:  # the same values written two ways (sr:X and its full IRI)
                continue
            seen.add(key)
            text = Q.with_values(q.text, bound)
            out.append(Case(f"{q.name.replace('/', '--')}.{len(seen) - 1}", q, tuple(sorted(values.items())), text))
    return out


# ---------------------------------------------------------------------------
# Answers
# ---------------------------------------------------------------------------
def _norm(t: Q.Term | None) -> Q.Term | None:
    if t is None:
        return None
    if t.kind == "literal" and t.language:
        return Q.Term("literal", t.value, None, t.language.lower())
    if t.kind == "literal" and t.datatype == Q.XSD_STRING:
        return Q.Term("literal", t.value)
    return t


def _table_answer(case: Case, variables, rows) -> Answer:
    lists = Q.list_columns(case.query.text)
    out = []
    for r in rows:
        vals = []
        for v in variables:
            t = _norm(r.get(v))
            if v in lists and t is not None and t.kind == "literal":
                t = Q.Term("literal", " ".join(sorted(t.value.split())), t.datatype, t.language)
            vals.append(t)
        out.append(tuple(vals))
    return Answer("select", tuple(variables), out)


def _triples_answer(triples) -> Answer:
    def key(t):
        return ("bnode", "") if t.kind == "bnode" else t  # blank node labels are the engine's own
    return Answer("construct", triples=frozenset(tuple(key(_norm(x)) for x in t) for t in triples))


def oxigraph_answer(store, case: Case) -> Answer:
    res = store.query(case.text)
    if case.query.form == "select":
        variables = tuple(v.value for v in res.variables)
        rows = [{v: Q.from_oxigraph(sol[v]) for v in variables} for sol in res]
        return _table_answer(case, variables, rows)
    if case.query.form == "ask":
        return Answer("ask", boolean=bool(res))
    return _triples_answer([(Q.from_oxigraph(t.subject), Q.from_oxigraph(t.predicate), Q.from_oxigraph(t.object))
                            for t in res])


def answer_from_json(case: Case, doc) -> Answer:
    """An answer from SPARQL 1.1 JSON results (a parsed document or its text)."""
    import json

    from srkg.remote.endpoint import parse_json_results

    res = parse_json_results(doc if isinstance(doc, (str, bytes)) else json.dumps(doc))
    if isinstance(res, bool):
        return Answer("ask", boolean=res)
    return _table_answer(case, res.variables, [dict(r) for r in res.rows])


def answer_from_nt(text: str) -> Answer:
    import pyoxigraph as ox

    triples = [(Q.from_oxigraph(t.subject), Q.from_oxigraph(t.predicate), Q.from_oxigraph(t.object))
               for t in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
    return _triples_answer(triples)


_ORDER = re.compile(r"\bORDER\s+BY\s+(?P<keys>.*?)(?:\bLIMIT\b|\bOFFSET\b|$)", re.I | re.S)
_KEY = re.compile(r"^(?:(?:ASC|DESC)\s*\(\s*\?(\w+)\s*\)|\?(\w+))$", re.I)


def order_keys(text: str) -> tuple[str, ...] | None:
    """The variables of the outermost ORDER BY, when every key is a plain variable; else None."""
    body = "\n".join(line.split("#", 1)[0] if not line.startswith("#+") else "" for line in text.splitlines())
    matches = list(_ORDER.finditer(body))
    if not matches:
        return None
    keys = []
    for k in re.findall(r"(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+|\S+", matches[-1].group("keys"), re.I):
        m = _KEY.match(k)
        if not m:
            return None
        keys.append(m.group(1) or m.group(2))
    return tuple(keys)


def _show(row, variables) -> str:
    return "{" + ", ".join(f"{v}={t.short if t is not None else '-'}" for v, t in zip(variables, row)) + "}"


def differences(case: Case, a: Answer, b: Answer, names=("oxigraph", "other"), limit: int = 6) -> list[str]:
    """How answer b differs from answer a (empty when they agree)."""
    if a.form != b.form:
        return [f"{names[0]} gave a {a.form} answer, {names[1]} a {b.form} one"]
    if a.form == "ask":
        return [] if a.boolean == b.boolean else [f"{names[0]} says {a.boolean}, {names[1]} says {b.boolean}"]
    if a.form == "construct":
        only_a, only_b = a.triples - b.triples, b.triples - a.triples
        out = [f"{len(a.triples)} vs {len(b.triples)} triples"] if only_a or only_b else []
        out += [f"only on {names[0]}: {tuple(x.short for x in t)}" for t in sorted(only_a, key=str)[:limit]]
        out += [f"only on {names[1]}: {tuple(x.short for x in t)}" for t in sorted(only_b, key=str)[:limit]]
        return out
    if a.variables != b.variables:
        return [f"variables {a.variables} vs {b.variables}"]
    ca, cb = Counter(a.rows), Counter(b.rows)
    if ca != cb:
        out = [f"{len(a.rows)} rows on {names[0]}, {len(b.rows)} on {names[1]}"]
        out += [f"only on {names[0]} (x{n}): {_show(r, a.variables)}" for r, n in list((ca - cb).items())[:limit]]
        out += [f"only on {names[1]} (x{n}): {_show(r, a.variables)}" for r, n in list((cb - ca).items())[:limit]]
        return out
    keys = order_keys(case.query.text)
    if keys and all(k in a.variables for k in keys):
        idx = [a.variables.index(k) for k in keys]
        sa = [tuple(r[i] for i in idx) for r in a.rows]
        sb = [tuple(r[i] for i in idx) for r in b.rows]
        if sa != sb:
            at = next(i for i, (x, y) in enumerate(zip(sa, sb)) if x != y)
            return [f"same rows, another order (ORDER BY {' '.join(keys)}): row {at + 1} is "
                    f"{_show(sa[at], keys)} on {names[0]}, {_show(sb[at], keys)} on {names[1]}"]
    return []


def dump_ntriples(store, path: Path) -> int:
    """Write the store's default graph as N-Triples; the number of triples."""
    import pyoxigraph as ox

    quads = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    data = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES)
    Path(path).write_bytes(data)
    return len(quads)
