"""The query catalogue: headers, parameters, parsing under two engines, IRIs, engine agreement.

The one catalogue holds three kinds of query: stored (``queries/*.rq``), check
(``queries/checks/*-violation.rq``) and figure (``queries/figures/*.rq``).  Every query of
every kind must describe itself (grlc ``#+`` header), declare exactly the parameters its
variables use, parse under rdflib and pyoxigraph, run on the embedded store with its example
values, and use only ``srkg:``/``sr:`` IRIs that the ontology or the data define.  The stored
ones must also give the same rows under rdflib (``initBindings``) as on the embedded store
(typed ``VALUES``), and as a grlc server would.
"""

from __future__ import annotations

import re

import pytest

from srkg import paths

from srkg.sparql import queries
from srkg.sparql.queries import Term

STORED = queries.names()
KINDS = tuple(queries.KINDS)


def _key(q) -> str:
    return q.name if q.kind == "stored" else f"{q.kind}:{q.name}"


#: every query of every kind: the stored ones by name, the others as kind:name
ALL = STORED + [f"{k}:{n}" for k in KINDS if k != "stored" for n in queries.names(kind=k)]
SRKG = queries.PREFIXES["srkg"]
SR = queries.PREFIXES["sr"]


def test_catalogue_has_at_least_25_queries():
    assert len(STORED) >= 25, STORED


def test_the_catalogue_holds_every_kind():
    assert KINDS == ("stored", "check", "figure")
    for kind in KINDS:
        found = queries.catalogue(kind=kind)
        assert found and all(q.kind == kind for q in found), kind
    assert len(queries.catalogue(kind=None)) == len(ALL)
    assert queries.get("timeline", kind="figure").path.parent.name == "figures"
    assert queries.get("claim-without-evidence", kind="check").path.name == "claim-without-evidence-violation.rq"


@pytest.fixture(scope="module")
def catalogue():
    cat = {_key(q): q for q in queries.catalogue(kind=None)}
    assert cat, "no stored queries found"
    return cat


@pytest.fixture(scope="module")
def store():
    from srkg.rdf.store import open_store

    return open_store()


@pytest.fixture(scope="module")
def rdflib_graph():
    from srkg.rdf.reader import load_graph
    from srkg.rdf.store import data_files

    return load_graph(data_files())


@pytest.fixture(scope="module")
def defined_iris(store):
    """Every IRI that is the subject of a triple in the ontology or the data."""
    return {row["s"].value for row in store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }")}


def examples(q) -> dict[str, str]:
    return {p.name: p.example for p in q.params if p.example is not None}


@pytest.mark.parametrize("name", ALL)
def test_header_describes_the_query(name, catalogue):
    q = catalogue[name]
    assert q.summary and len(q.summary) < 160, "a one-line summary"
    assert q.description, "a description"
    assert q.tags, "at least one tag"
    assert isinstance(q.header.get("tags"), list), "tags as a YAML list (grlc)"
    declared = {str(d["name"]): d for d in q.header.get("params") or []}
    used = {p.name: p for p in q.params}
    assert set(declared) == set(used), "the header lists exactly the parameters the query uses"
    for pname, d in declared.items():
        p = used[pname]
        assert "_" not in pname, "no underscore inside a parameter name"
        assert pname not in queries.RESERVED
        assert d.get("type") == p.type, f"{pname}: header type {d.get('type')} but the variable ?{p.var} says {p.type}"
        assert bool(d.get("required")) == p.required, f"{pname}: required in the header must match ?_ / ?__"
        assert d.get("description"), f"{pname}: a description"
        assert d.get("example") is not None, f"{pname}: an example value"
        queries.parse_value(str(d["example"]), p.type, name=pname)  # the example is valid for its type
    for item in q.header.get("defaults") or []:
        (k, v), = item.items()
        assert k in used, f"defaults names an unknown parameter {k}"
    for item in q.header.get("enumerate") or []:
        (k, vs), = item.items()
        assert k in used and vs, f"enumerate names an unknown parameter {k}"


@pytest.mark.parametrize("name", ALL)
def test_parses_under_rdflib_and_pyoxigraph(name, catalogue):
    import pyoxigraph as ox
    from rdflib.plugins.sparql import prepareQuery

    q = catalogue[name]
    prepareQuery(q.text)
    ox.Store().query(q.text)  # parses (and runs on an empty store)
    bound = queries.bind(q, examples(q))
    ox.Store().query(queries.with_values(q.text, bound))  # still parses with its VALUES row


@pytest.mark.parametrize("name", ALL)
def test_no_select_star_and_no_parameter_inside_a_subquery(name, catalogue):
    q = catalogue[name]
    toks = queries.tokens(q.text)
    words = [t.text.upper() for t in toks if t.kind == "word"]
    # A sub-SELECT projects only what it names, so a parameter inside one would never meet the
    # VALUES row appended at the top level: parameters stay outside every sub-SELECT.
    params = {"?" + p.var for p in q.params} | {"$" + p.var for p in q.params}
    selects = [i for i, t in enumerate(toks) if t.kind == "word" and t.text.upper() == "SELECT"]
    for start in selects[1:]:
        depth, inside = 0, []
        for t in toks[start:]:
            if t.text == "{":
                depth += 1
            elif t.text == "}":
                depth -= 1
                if depth == 0:
                    break
            inside.append(t)
        used = sorted({t.text for t in inside if t.kind == "var" and t.text in params})
        assert not used, f"parameter {used} inside a sub-SELECT: the VALUES row at the top would not reach it"
    for i, t in enumerate(toks[:-1]):
        if t.kind == "word" and t.text.upper() == "SELECT":
            assert toks[i + 1].text != "*", "project explicit variables, never SELECT *"


def _iris(q) -> set[str]:
    """The srkg: and sr: IRIs a query uses: prefixed names, full IRIs and header values."""
    declared = {}
    toks = queries.tokens(q.text)
    for i, t in enumerate(toks):
        if t.kind == "word" and t.text.upper() == "PREFIX" and i + 2 < len(toks):
            declared[toks[i + 1].text.rstrip(":")] = toks[i + 2].text[1:-1]
    out = set()
    skip = {i + 2 for i, t in enumerate(toks) if t.kind == "word" and t.text.upper() == "PREFIX"}
    for i, t in enumerate(toks):
        if i in skip:
            continue
        if t.kind == "pname" and ":" in t.text:
            prefix, local = t.text.split(":", 1)
            if local:
                out.add(declared.get(prefix, queries.PREFIXES.get(prefix, "")) + local)
        elif t.kind == "iri":
            out.add(t.text[1:-1])
    for p in q.params:
        if p.type == "iri" and p.example:
            out.add(queries.parse_value(p.example, "iri").value)
        out.update(p.enum)
    for item in q.header.get("defaults") or []:
        out.update(str(v) for v in item.values() if str(v).startswith("http"))
    return {i for i in out if i.startswith(SRKG) or i.startswith(SR)}


@pytest.mark.parametrize("name", ALL)
def test_every_iri_used_is_defined(name, catalogue, defined_iris):
    used = _iris(catalogue[name])
    missing = sorted(i for i in used if i not in defined_iris)
    assert not missing, f"IRIs used by {name} that neither the ontology nor the data defines: {missing}"


def test_the_iri_check_can_fail(defined_iris):
    q = queries.from_text("PREFIX srkg: <https://w3id.org/srkg/ontology#>\nSELECT ?x WHERE { ?x a srkg:NoSuchClass }")
    assert _iris(q) == {SRKG + "NoSuchClass"}
    assert SRKG + "NoSuchClass" not in defined_iris


@pytest.mark.parametrize("name", ALL)
def test_runs_with_its_examples_and_without_optional_parameters(name, catalogue, store):
    q = catalogue[name]
    verb = {"select": queries.select, "ask": queries.ask}.get(q.form, queries.construct)
    result = verb(q, store=store, **examples(q))
    if q.form == "select":
        assert isinstance(result, queries.Table)
    required = {p.name: p.example for p in q.params if p.required}
    verb(q, store=store, **required)


def _rdflib_rows(graph, q, bound):
    from rdflib import Literal, URIRef

    def conv(t: Term):
        if t.kind == "iri":
            return URIRef(t.value)
        if t.language:
            return Literal(t.value, lang=t.language)
        return Literal(t.value, datatype=URIRef(t.datatype) if t.datatype else None)

    res = graph.query(q.text, initBindings={k: conv(v) for k, v in bound.items()})
    if q.form == "ask":
        return bool(res.askAnswer)
    if q.form in ("construct", "describe"):
        return len(res.graph)
    out = set()
    for row in res:
        out.add(tuple(None if v is None else _norm(v) for v in row))
    return out


def _norm(v):
    from rdflib import BNode, Literal, URIRef

    if isinstance(v, URIRef):
        return ("iri", str(v))
    if isinstance(v, BNode):
        return ("bnode",)
    if isinstance(v, Literal):
        if v.datatype and str(v.datatype).endswith(("#integer", "#decimal", "#double")):
            return ("num", float(v))
        return ("lit", str(v))
    return ("?", str(v))


def _term_norm(t: Term | None):
    if t is None:
        return None
    if t.kind == "iri":
        return ("iri", t.value)
    if t.kind == "bnode":
        return ("bnode",)
    if t.datatype and t.datatype.endswith(("#integer", "#decimal", "#double")):
        return ("num", float(t.value))
    return ("lit", t.value)


#: Queries whose aggregates (GROUP_CONCAT order) legitimately differ between engines.
ORDER_SENSITIVE = {"characterizations", "special-issue-articles", "initiatives", "document-anomalies",
                   "article-arguments", "co-citation", "coauthors", "journals", "special-issue-findings"}


@pytest.mark.parametrize("name", STORED)
def test_rdflib_and_the_embedded_store_agree(name, catalogue, store, rdflib_graph):
    q = catalogue[name]
    bound = queries.bind(q, examples(q))
    theirs = _rdflib_rows(rdflib_graph, q, bound)
    if q.form == "ask":
        assert theirs == queries.ask(q, store=store, **examples(q))
        return
    if q.form in ("construct", "describe"):
        assert theirs == len(queries.construct(q, store=store, **examples(q)))
        return
    table = queries.select(q, store=store, **examples(q))
    ours = {tuple(_term_norm(r[v]) for v in table.variables) for r in table}
    if name in ORDER_SENSITIVE:  # compare the rows without the concatenated lists
        concat = [i for i, v in enumerate(table.variables)
                  if v in ("factors", "theories", "authors", "disciplines", "methods", "policyAreas", "regions",
                           "launchedBy", "targets", "links", "holders", "concepts", "works", "list", "about")]

        def strip(rows):
            return {tuple(("set", frozenset(str(x[1]).split())) if i in concat and x else x for i, x in enumerate(r))
                    for r in rows}
        assert strip(theirs) == strip(ours)
    else:
        assert theirs == ours


def test_order_by_is_respected(store):
    t = queries.select("reference-list", store=store)
    positions = [r.position.python() for r in t]
    assert positions == sorted(positions) and positions, "the reference list comes in printed order"


def test_query_files_are_found_only_at_the_top_level():
    names = queries.names()
    assert names and all("/" not in n for n in names)
    assert not any(n.endswith("-violation") for n in names), "checks live under queries/checks/"
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n) for n in names), "file stems are kebab-case names"
    assert len(paths.query_files()) == len(names)


def grlc_text(q, bound: dict[str, Term]) -> str:
    """The query as a grlc server would send it: each parameter variable replaced by its value."""
    out, last = [], 0
    for t in queries.tokens(q.text):
        if t.kind == "var" and t.text[1:] in bound:
            out.append(q.text[last:t.start])
            out.append(bound[t.text[1:]].n3())
            last = t.start + len(t.text)
    out.append(q.text[last:])
    return "".join(out)


@pytest.mark.parametrize("name", STORED)
def test_a_grlc_server_would_give_the_same_answers(name, catalogue, store):
    """grlc pastes values into the text; with our idioms (no BOUND on a parameter) that stays valid SPARQL."""
    from rdflib.plugins.sparql import prepareQuery

    q = catalogue[name]
    ex = examples(q)
    text = grlc_text(q, queries.bind(q, ex))
    bound = queries.bind(q, ex)
    assert not {t.text[1:] for t in queries.tokens(text) if t.kind == "var"} & set(bound), "every value pasted"
    prepareQuery(text)
    theirs = store.query(text)
    if q.form == "select":
        table = queries.select(q, store=store, **ex)
        lists = queries.list_columns(q.text)
        def key(row):
            return tuple(("",) if x is None else tuple(y or "" for y in x) for x in row)

        rows = sorted((tuple(queries.from_oxigraph(s[v]) if v not in lists or s[v] is None
                             else Term("literal", " ".join(sorted(s[v].value.split())))
                             for v in table.variables) for s in theirs), key=key)
        assert rows == sorted((tuple(r[v] for v in table.variables) for r in table), key=key)
    elif q.form == "ask":
        assert bool(theirs) == queries.ask(q, store=store, **ex)
    else:
        assert len(list(theirs)) == len(queries.construct(q, store=store, **ex))
