"""``--endpoint``: a real Oxigraph server gives the same rows as the embedded store.

The fixture starts ``oxigraph serve`` (the binary of the ``oxigraph`` PyPI package, in the
venv's bin) on a free port of 127.0.0.1 with a temporary on-disk location, loads the
ontology and the instance data as N-Triples with one HTTP PUT to ``/store?default``, and
stops the server by its PID in the finalizer.  Endpoint failures (refused, timed out,
garbage) are checked against tiny local HTTP servers.
"""

from __future__ import annotations

import http.server
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from srkg.sparql import queries
from srkg.cli import main
from srkg.remote.endpoint import Endpoint
from srkg.errors import EndpointError

STORED = queries.catalogue()
SELECTS = [q.name for q in STORED if q.form == "select"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.is_file() else shutil.which("oxigraph")


def graph_as_ntriples() -> bytes:
    import pyoxigraph as ox

    from srkg.rdf.store import data_files

    triples = []
    for f in data_files():
        fmt = ox.RdfFormat.TURTLE if f.suffix == ".ttl" else None
        triples.extend(ox.parse(path=str(f), format=fmt, base_iri=f.resolve().as_uri()))
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    import requests

    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = requests.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1,
                                 headers={"Accept": "application/sparql-results+json"})
                if r.status_code == 200:
                    break
            except requests.RequestException:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"oxigraph did not start: {proc.stderr.read().decode(errors='replace')[:300]}")
            time.sleep(0.1)
        body = graph_as_ntriples()
        r = requests.put(f"{base}/store?default", data=body, timeout=60,
                         headers={"Content-Type": "application/n-triples"})
        assert r.status_code in (201, 204), (r.status_code, r.text[:200])
        yield f"{base}/query"
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


def examples(q) -> dict[str, str]:
    return {p.name: p.example for p in q.params if p.example is not None}


def test_the_server_holds_the_whole_graph(endpoint):
    from srkg.rdf.store import open_store

    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    remote = Endpoint(endpoint).select(count).rows[0].n.python()
    assert remote == len(open_store()) and remote > 1000


@pytest.mark.parametrize("name", [q.name for q in STORED])
def test_same_results_as_the_embedded_store(endpoint, name):
    q = queries.get(name, with_header=True)
    ex = examples(q)
    if q.form == "select":
        here = queries.select(q, **ex)
        there = queries.select(q, endpoint=endpoint, **ex)
        assert there.variables == here.variables
        assert list(there.rows) == list(here.rows)
        # and without the optional parameters
        req = {p.name: p.example for p in q.params if p.required}
        assert sorted(map(repr, queries.select(q, endpoint=endpoint, **req))) == sorted(map(repr, queries.select(q, **req)))
    elif q.form == "ask":
        assert queries.ask(q, endpoint=endpoint, **ex) == queries.ask(q, **ex)
    else:
        assert isomorphic(queries.construct(q, endpoint=endpoint, **ex), queries.construct(q, **ex))


def isomorphic(a, b) -> bool:
    """Two triple lists are the same graph up to blank-node names."""
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.compare import isomorphic as iso

    def conv(t):
        if t.kind == "iri":
            return URIRef(t.value)
        if t.kind == "bnode":
            return BNode(t.value)
        return Literal(t.value, lang=t.language, datatype=URIRef(t.datatype) if t.datatype else None)

    ga, gb = Graph(), Graph()
    for g, ts in ((ga, a), (gb, b)):
        for s, p, o in ts:
            g.add((conv(s), conv(p), conv(o)))
    return len(ga) == len(a) and len(gb) == len(b) and iso(ga, gb)


@pytest.mark.parametrize("name", SELECTS)
def test_cli_endpoint_gives_the_same_rows(endpoint, name, capsys):
    q = queries.get(name, with_header=True)
    args = []
    for k, v in examples(q).items():
        args += ["--param", f"{k}={v}"]
    assert main(["query", name, *args, "--format", "csv"]) == 0
    embedded = capsys.readouterr().out
    assert main(["query", name, *args, "--format", "csv", "--endpoint", endpoint]) == 0
    remote = capsys.readouterr().out
    assert remote == embedded


def test_hand_written_answer_over_the_endpoint(endpoint):
    # "concepts such as alliance (Blank 2020; Lukin 2021)"; "Blank (2020) reads ... a de facto alliance"
    t = queries.select("characterizations-by-type", endpoint=endpoint, type="sr:Alliance")
    sr = queries.PREFIXES["sr"]
    assert {(r.work.value, r.type.value) for r in t} == {(sr + "Blank2020", sr + "Alliance"),
                                                         (sr + "Blank2020", sr + "DeFactoAlliance"),
                                                         (sr + "Lukin2021", sr + "Alliance")}


def test_endpoint_refuses_a_bad_query(endpoint, capsys, tmp_path):
    f = tmp_path / "bad.rq"
    f.write_text("SELECT ?x WHERE { ?x <urn:p> ?_v_iri . FILTER(nosuchfunction(?x)) }")
    assert main(["query", "--file", str(f), "-p", "v=sr:Russia", "--endpoint", endpoint]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("srkg: error: ") and "refused" in err[0]


def test_endpoint_wrong_path_is_refused(endpoint, capsys):
    url = endpoint.rsplit("/", 1)[0] + "/no-such-path"
    assert main(["query", "reference-list", "--endpoint", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "srkg: error:" in err[0]


# ---------------------------------------------------------------------------
# Misbehaving endpoints, served in-process
# ---------------------------------------------------------------------------
class _Handler(http.server.BaseHTTPRequestHandler):
    mode = "garbage"

    def _answer(self):
        if self.mode == "slow":
            time.sleep(3)
        body = {"garbage": b"<html>this is not SPARQL</html>",
                "badjson": b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri"}}]}}',
                "slow": b'{"head": {}, "boolean": true}',
                "error": b"internal trouble"}[self.mode]
        self.send_response(500 if self.mode == "error" else 200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    do_GET = _answer

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer()

    def log_message(self, *a):
        pass


@pytest.fixture(params=["garbage", "badjson", "slow", "error"])
def bad_endpoint(request):
    handler = type("H", (_Handler,), {"mode": request.param})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield request.param, f"http://127.0.0.1:{server.server_address[1]}/query"
    server.shutdown()
    server.server_close()


def test_misbehaving_endpoint_is_one_line_exit_2(bad_endpoint, capsys):
    mode, url = bad_endpoint
    code = main(["query", "reference-list", "--endpoint", url, "--timeout", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and err[0].startswith("srkg: error: "), err
    expect = {"garbage": "did not answer SPARQL JSON", "badjson": "did not answer SPARQL JSON",
              "slow": "did not answer within", "error": "refused"}[mode]
    assert expect in err[0]


def test_endpoint_api_raises_endpoint_error(bad_endpoint):
    mode, url = bad_endpoint
    with pytest.raises(EndpointError):
        Endpoint(url, timeout=1).ask("ASK { ?s ?p ?o }")


def test_get_method_gives_the_same_rows(endpoint):
    q = queries.get("co-citation", with_header=True)
    post = queries.select(q, endpoint=endpoint, work="sr:Wishnick2017")
    bound = queries.bind(q, {"work": "sr:Wishnick2017"})
    get = Endpoint(endpoint, method="GET").select(q.text, bound)
    assert sorted(map(repr, get)) == sorted(map(repr, post)) and len(post) == 3
