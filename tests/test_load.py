"""srkg load against a real Oxigraph server (the binary from the oxigraph PyPI package).

The server runs with ``--union-default-graph``: the stored queries read the
default graph, and ``srkg load`` puts each part in a named graph, so the
union of the named graphs is what the queries must see (GraphDB and Virtuoso
behave so by default).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from srkg import paths

from srkg.sparql import queries
from srkg.cli import main
from srkg.remote.load import GRAPHS, derive_endpoints, staging_graph
from srkg.remote.serve import OxigraphServer

HERE = Path(__file__).parent / "load"
NEW_GRAPH = "https://example.org/srkg-test/graph/new"


def _server(tmp_path_factory, name):
    server = OxigraphServer(location=tmp_path_factory.mktemp(name), host="127.0.0.1", port=0,
                            union_default_graph=True).start()
    try:
        yield server
    finally:
        server.stop()  # SIGTERM to its own PID, then wait
        assert server.process.poll() is not None


@pytest.fixture(scope="module")
def oxi(tmp_path_factory):
    """A scratch server: tests add graphs of their own to it."""
    yield from _server(tmp_path_factory, "scratch")


@pytest.fixture(scope="module")
def project_server(tmp_path_factory):
    """A server that holds the project's three graphs and nothing else."""
    yield from _server(tmp_path_factory, "project")


def sparql(server, query: str) -> list[dict]:
    r = requests.post(server.query_url, data={"query": query},
                      headers={"Accept": "application/sparql-results+json"}, timeout=30)
    r.raise_for_status()
    return r.json()["results"]["bindings"]


def count(server, graph: str) -> int:
    rows = sparql(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"]["value"])


def graphs(server) -> set[str]:
    return {r["g"]["value"] for r in sparql(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}


def expected_count(files) -> int:
    """Distinct triples of the files, counted by pyoxigraph directly (not through srkg.remote.load)."""
    store = ox.Store()
    for f in files:
        store.load(path=str(f), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    return len(store)


def load(server, *args: str) -> int:
    return main(["load", "--endpoint", server.query_url, "--timeout", "60", "--no-progress", *args])


@pytest.fixture(scope="module")
def loaded(project_server):
    assert load(project_server) == 0
    return project_server


@pytest.fixture(scope="module")
def proj(oxi):
    """The scratch server with the project loaded too."""
    assert load(oxi) == 0
    return oxi


# ---------------------------------------------------------------------------
# Endpoint derivation (no server)
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("query, update, gsp, kind", [
    ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store", "oxigraph"),
    ("http://localhost:3030/srkg/query", "http://localhost:3030/srkg/update", "http://localhost:3030/srkg/data", "fuseki"),
    ("https://gdb.example.org/repositories/srkg", "https://gdb.example.org/repositories/srkg/statements",
     "https://gdb.example.org/repositories/srkg/rdf-graphs/service", "graphdb"),
    ("http://localhost:8890/sparql", "http://localhost:8890/sparql-auth",
     "http://localhost:8890/sparql-graph-crud-auth", "virtuoso"),
    ("http://h.example.org/endpoint", None, None, "generic"),
])
def test_endpoints_derived_from_the_query_url(query, update, gsp, kind):
    e = derive_endpoints(query)
    assert (e.update, e.gsp, e.store) == (update, gsp, kind)


def test_explicit_endpoints_win():
    e = derive_endpoints("http://127.0.0.1:7878/query", update="http://u.example/up", gsp="http://g.example/gs")
    assert (e.update, e.gsp) == ("http://u.example/up", "http://g.example/gs")
    assert derive_endpoints("http://h:8890/sparql").graph_param == "graph-uri"
    assert derive_endpoints("http://h:3030/ds/query").graph_param == "graph"


def test_file_needs_a_graph(capsys):
    assert main(["load", "--endpoint", "http://127.0.0.1:9/query", "--file", str(HERE / "new-person.ttl")]) == 2
    err = capsys.readouterr().err
    assert "--graph" in err and len(err.strip().splitlines()) == 1


def test_file_refuses_the_project_graphs(capsys):
    code = main(["load", "--endpoint", "http://127.0.0.1:9/query", "--file", str(HERE / "new-person.ttl"),
                 "--graph", GRAPHS["instances"], "--no-validate"])
    assert code == 2 and "graph of its own" in capsys.readouterr().err


def test_generic_store_without_update_endpoint_is_a_usage_error(capsys):
    assert main(["load", "--endpoint", "http://127.0.0.1:9/some/where/else", "--retries", "0"]) == 2
    assert "--update-endpoint" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# Loading the project
# ---------------------------------------------------------------------------
def test_each_part_lands_in_its_own_named_graph(loaded):
    """Ontology, shapes, the vocabularies and each article folder: one named graph each (paths.project_graphs)."""
    parts = paths.project_graphs()
    assert {paths.ONTOLOGY_GRAPH, paths.SHAPES_GRAPH, paths.VOCABULARIES_GRAPH,
            paths.article_graph("bossuyt-kaczmarek-2021")} <= set(parts)
    for graph, files in parts.items():
        assert files, f"no files for {graph}"
        assert count(loaded, graph) == expected_count(files), graph
    assert graphs(loaded) == set(parts), "a graph missing, or a staging graph left behind"


def test_loading_twice_gives_the_same_store(loaded, capsys):
    ground = ("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!isBlank(?s) && !isBlank(?o)) }")

    def triples():
        return {tuple(sorted((k, tuple(sorted(v.items()))) for k, v in r.items())) for r in sparql(loaded, ground)}

    before, ground_before = {g: count(loaded, g) for g in graphs(loaded)}, triples()
    assert len(ground_before) > 1000
    assert load(loaded) == 0
    assert {g: count(loaded, g) for g in graphs(loaded)} == before
    assert triples() == ground_before
    out = capsys.readouterr().out
    assert re.search(r"srkg load: \d+ triples into http://127\.0\.0\.1:\d+/query", out)


def test_stored_queries_are_found():
    assert len(paths.query_files()) >= 5


def _row_key(row, unordered: bool):
    out = []
    for k, v in sorted(row.items()):
        if v is None:
            out.append((k, None))
        elif v.kind == "bnode":
            out.append((k, "bnode"))
        elif unordered and v.kind == "literal" and v.datatype is None and v.language is None:
            # GROUP_CONCAT joins in an order SPARQL 1.1 leaves open (18.5.1.7); compare the parts
            out.append((k, "literal", tuple(sorted(v.value.split()))))
        else:
            out.append((k, v.kind, v.value, v.datatype, v.language))
    return tuple(out)


@pytest.mark.parametrize("path", paths.query_files(), ids=lambda p: p.stem)
def test_stored_query_gives_the_same_rows_through_the_endpoint(loaded, path):
    q = queries.from_file(path)
    params = {p.name: p.example for p in q.params if p.required}
    missing = [p.name for p in q.params if p.required and p.example is None]
    assert not missing, f"{path.name}: required parameters without an example: {missing}"
    if q.form == "select":
        unordered = "group_concat" in q.text.lower()
        embedded = queries.select(q, **params)
        remote = queries.select(q, endpoint=loaded.query_url, **params)
        assert embedded.variables == remote.variables
        assert Counter(_row_key(r, unordered) for r in remote) == Counter(_row_key(r, unordered) for r in embedded)
    elif q.form == "ask":
        assert queries.ask(q, endpoint=loaded.query_url, **params) == queries.ask(q, **params)
    else:
        def key(triples):
            return Counter(tuple("bnode" if t.kind == "bnode" else (t.kind, t.value, t.datatype, t.language)
                                 for t in tr) for tr in triples)
        assert key(queries.construct(q, endpoint=loaded.query_url, **params)) == key(queries.construct(q, **params))


# ---------------------------------------------------------------------------
# New data (--file)
# ---------------------------------------------------------------------------
def test_new_data_goes_into_its_own_graph(proj):
    article = paths.article_graph("bossuyt-kaczmarek-2021")
    instances = count(proj, article)
    assert instances > 0
    assert load(proj, "--file", str(HERE / "new-person.ttl"), "--graph", NEW_GRAPH) == 0
    assert count(proj, NEW_GRAPH) == 2
    assert count(proj, article) == instances
    rows = sparql(proj, f"SELECT ?g WHERE {{ GRAPH ?g {{ <https://w3id.org/srkg/id/LoadTestPerson> ?p ?o }} }}")
    assert {r["g"]["value"] for r in rows} == {NEW_GRAPH}
    # and the union default graph shows it to the stored queries' engine
    rows = sparql(proj, "SELECT ?c WHERE { <https://w3id.org/srkg/id/LoadTestPerson> a ?c }")
    assert [r["c"]["value"] for r in rows] == ["https://w3id.org/srkg/ontology#Person"]


def test_data_that_does_not_validate_is_refused(proj, capsys):
    graph = NEW_GRAPH + "-typo"
    assert load(proj, "--file", str(HERE / "undefined-class.ttl"), "--graph", graph) == 1
    err = capsys.readouterr().err
    assert "does not conform" in err and "--no-validate" in err
    assert count(proj, graph) == 0
    assert load(proj, "--file", str(HERE / "undefined-class.ttl"), "--graph", graph, "--no-validate") == 0
    assert count(proj, graph) == 2


def test_update_protocol_gives_the_same_graph_as_gsp(proj, tmp_path):
    data = tmp_path / "bnodes.ttl"
    # 3000 blank nodes with two triples each, and a file of a size that needs several INSERT DATA requests
    data.write_text("@prefix ex: <https://example.org/t/> .\n" + "".join(
        f'ex:s{i} ex:has [ ex:value {i} ; ex:label "node {i} {"x" * 200}" ] .\n' for i in range(3000)))
    g1, g2 = NEW_GRAPH + "-gsp", NEW_GRAPH + "-update"
    assert load(proj, "--file", str(data), "--graph", g1, "--no-validate", "--protocol", "gsp") == 0
    assert load(proj, "--file", str(data), "--graph", g2, "--no-validate", "--protocol", "update") == 0
    assert count(proj, g1) == count(proj, g2) == 9000
    # every blank node kept its two triples: no node split across requests
    rows = sparql(proj, f"SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE {{ GRAPH <{g2}> {{ ?s <https://example.org/t/has> ?b . "
                          f"?b <https://example.org/t/value> ?v ; <https://example.org/t/label> ?l }} }}")
    assert int(rows[0]["n"]["value"]) == 3000


def test_duplicates_across_files_are_counted_once(oxi, tmp_path):
    (tmp_path / "ontology").mkdir()
    (tmp_path / "instances").mkdir()
    (tmp_path / "ontology" / "o.ttl").write_text("<https://example.org/o> a <http://www.w3.org/2002/07/owl#Ontology> .\n")
    same = "<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n"
    (tmp_path / "instances" / "one.ttl").write_text(same)
    (tmp_path / "instances" / "two.ttl").write_text(same + same.replace("/b>", "/c>"))
    g = NEW_GRAPH + "-dups"
    assert load(oxi, "--root", str(tmp_path), "--only", "instances", "--instances-graph", g) == 0
    assert count(oxi, g) == 2


def test_empty_part_is_skipped_and_left_as_it_was(oxi, tmp_path, capsys):
    (tmp_path / "ontology").mkdir()
    (tmp_path / "ontology" / "o.ttl").write_text("<https://example.org/o> a <http://www.w3.org/2002/07/owl#Ontology> .\n")
    g = NEW_GRAPH + "-empty-part"
    assert load(oxi, "--root", str(tmp_path), "--only", "instances", "--instances-graph", g) == 0
    assert "skipped" in capsys.readouterr().out
    assert count(oxi, g) == 0


def test_syntax_error_leaves_the_target_as_it_was(oxi, tmp_path, capsys):
    g = NEW_GRAPH + "-syntax"
    good = tmp_path / "good.ttl"
    good.write_text("<https://example.org/a> <https://example.org/p> 1 .\n")
    assert load(oxi, "--file", str(good), "--graph", g, "--no-validate") == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text("".join(f"<https://example.org/a> <https://example.org/p> {i} .\n" for i in range(50000))
                   + "<https://example.org/a> <https://example.org/p> .\n")
    capsys.readouterr()
    assert load(oxi, "--file", str(bad), "--graph", g, "--no-validate") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "bad.ttl:50001" in err and "target graph unchanged" in err
    assert count(oxi, g) == 1
    assert count(oxi, staging_graph(g)) == 0


def test_a_file_without_triples_empties_the_target(oxi, tmp_path):
    g = NEW_GRAPH + "-emptied"
    one = tmp_path / "one.ttl"
    one.write_text("<https://example.org/a> <https://example.org/p> 1 .\n")
    assert load(oxi, "--file", str(one), "--graph", g, "--no-validate") == 0
    assert count(oxi, g) == 1
    none = tmp_path / "none.ttl"
    none.write_text("@prefix ex: <https://example.org/> .\n# nothing else\n")
    assert load(oxi, "--file", str(none), "--graph", g, "--no-validate") == 0
    assert count(oxi, g) == 0
    assert staging_graph(g) not in graphs(oxi)


def test_generic_store_with_explicit_endpoints(oxi, tmp_path):
    """A store of unknown kind: the N-Triples are spooled and sent with a Content-Length (Virtuoso 7
    ignores a chunked body), without Oxigraph's no_transaction parameter."""
    g = NEW_GRAPH + "-generic"
    data = tmp_path / "d.ttl"
    data.write_text("@prefix ex: <https://example.org/t/> .\n"
                    + "".join(f"ex:s{i} ex:p [ ex:q {i} ] .\n" for i in range(2500)))
    code = main(["load", "--endpoint", oxi.query_url, "--store", "generic", "--no-progress",
                 "--update-endpoint", oxi.base_url + "/update", "--gsp-endpoint", oxi.base_url + "/store",
                 "--file", str(data), "--graph", g, "--no-validate"])
    assert code == 0
    assert count(oxi, g) == 5000


def test_progress_bar_only_when_asked(tmp_path, capsys):
    with OxigraphServer(port=0) as mem:  # in memory: the MOVE of an on-disk store is slow
        _progress_bar_only_when_asked(mem, tmp_path, capsys)


def _progress_bar_only_when_asked(oxi, tmp_path, capsys):
    data = tmp_path / "p.nt"
    data.write_text("".join(f"<https://example.org/s{i}> <https://example.org/p> \"value {i}\" .\n"
                            for i in range(150_000)))
    g = NEW_GRAPH + "-progress"
    assert main(["load", "--endpoint", oxi.query_url, "--file", str(data), "--graph", g, "--no-validate"]) == 0
    assert capsys.readouterr().err == ""  # stderr is not a terminal here: no bar
    assert main(["load", "--endpoint", oxi.query_url, "--file", str(data), "--graph", g, "--no-validate",
                 "--progress"]) == 0
    out, err = capsys.readouterr()
    assert "triples" in err and f"loading <{g}>" in err   # the bar, on stderr
    assert "\r" not in out                                 # and never on stdout
    assert count(oxi, g) == 150_000
