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


# ---------------------------------------------------------------------------
# The connection of srkg load: credentials, redaction, a total deadline, row limits
# ---------------------------------------------------------------------------
SECRET = "pw-QUERY-SENTINEL-93ab"
TOKEN = "tok-QUERY-SENTINEL-11cd"


class _AuthStore(http.server.BaseHTTPRequestHandler):
    """Answers only with the right credentials; ``mode`` trickle sends its body one byte at a time;
    ``rows`` answers a SELECT with 10000 rows and Virtuoso's X-SPARQL-MaxRows header."""

    mode = "auth"
    seen: list = []

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        import base64

        auth = self.headers.get("Authorization", "")
        self.seen.append(auth)
        ok = auth in ("Basic " + base64.b64encode(f"bob:{SECRET}".encode()).decode(), f"Bearer {TOKEN}")
        if self.mode in ("auth", "gzip") and not ok:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="x"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.mode == "rows":
            rows = ",".join('{"x":{"type":"literal","value":"%d"}}' % i for i in range(10000))
            body = ('{"head":{"vars":["x"]},"results":{"bindings":[%s]}}' % rows).encode()
        else:
            body = b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}}'
        if self.mode == "gzip":  # as Virtuoso answers by default
            import gzip

            body = gzip.compress(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        if self.mode == "gzip":
            self.send_header("Content-Encoding", "gzip")
        if self.mode == "rows":
            self.send_header("X-SPARQL-MaxRows", "10000")
        self.send_header("Content-Length", str(len(body) + (10_000 if self.mode == "trickle" else 0)))
        self.end_headers()
        try:
            if self.mode == "trickle":  # a byte every 0.1 s, never done within the deadline
                for _ in range(10_000):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            self.wfile.write(body)
        except OSError:
            pass

    def log_message(self, *a):
        pass


@pytest.fixture
def store_stub():
    servers = []

    def make(mode="auth"):
        handler = type("H", (_AuthStore,), {"mode": mode, "seen": []})
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        srv.daemon_threads = True
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return handler, f"127.0.0.1:{srv.server_address[1]}"

    yield make
    for srv in servers:
        srv.shutdown()
        srv.server_close()


@pytest.fixture
def no_creds(monkeypatch, tmp_path):
    for k in ("SRKG_USER", "SRKG_PASSWORD", "SRKG_TOKEN", "SRKG_AUTH"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "none"))


def _q(tmp_path) -> str:
    f = tmp_path / "x.rq"
    f.write_text("SELECT ?x WHERE { ?x ?p ?o }")
    return str(f)


def test_query_uses_srkg_user_and_password(store_stub, no_creds, monkeypatch, capsys, tmp_path):
    handler, hostport = store_stub()
    assert main(["query", "--file", _q(tmp_path), "--endpoint", f"http://{hostport}/query"]) == 2
    assert "SRKG_USER" in capsys.readouterr().err  # 401 without credentials says how to give them
    monkeypatch.setenv("SRKG_USER", "bob")
    monkeypatch.setenv("SRKG_PASSWORD", SECRET)
    assert main(["query", "--file", _q(tmp_path), "--endpoint", f"http://{hostport}/query", "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[1] == "ok" and SECRET not in out + err


def test_query_uses_srkg_token(store_stub, no_creds, monkeypatch, capsys, tmp_path):
    handler, hostport = store_stub()
    monkeypatch.setenv("SRKG_TOKEN", TOKEN)
    assert main(["query", "--file", _q(tmp_path), "--endpoint", f"http://{hostport}/query", "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert "ok" in out and TOKEN not in out + err and handler.seen == [f"Bearer {TOKEN}"]


def test_password_in_the_url_is_redacted_and_sent_as_authentication(store_stub, no_creds, capsys, tmp_path):
    handler, hostport = store_stub()
    assert main(["query", "--file", _q(tmp_path), "--endpoint", f"http://bob:{SECRET}@{hostport}/query",
                 "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert "ok" in out and SECRET not in out + err
    assert "taken out of the URL http://***@127.0.0.1" in err
    # and in an error message too
    handler, hostport = store_stub("trickle")
    assert main(["query", "--file", _q(tmp_path), "--endpoint", f"http://bob:{SECRET}@{hostport}/query",
                 "--timeout", "0.5"]) == 2
    out, err = capsys.readouterr()
    assert SECRET not in out + err and "bob:" not in err


def test_timeout_is_a_total_deadline(store_stub, no_creds, capsys, tmp_path):
    handler, hostport = store_stub("trickle")
    start = time.monotonic()
    assert main(["query", "--file", _q(tmp_path), "--endpoint", f"http://{hostport}/query", "--timeout", "1"]) == 2
    assert time.monotonic() - start < 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "within 1 s" in err[0] and "total deadline" in err[0]


@pytest.mark.parametrize("value", ["0", "-1", "inf"])
def test_timeout_must_be_positive(value, capsys):
    assert main(["query", "reference-list", "--endpoint", "http://127.0.0.1:9/query", "--timeout", value]) == 2
    assert "--timeout must be a positive number" in capsys.readouterr().err


def test_a_result_of_exactly_the_row_limit_is_warned_about(store_stub, no_creds, capsys, tmp_path):
    handler, hostport = store_stub("rows")
    assert main(["query", "--file", _q(tmp_path), "--endpoint", f"http://{hostport}/sparql", "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 10001
    assert "exactly 10000 rows" in err and "ResultSetMaxRows" in err


def test_service_is_refused_on_the_embedded_store(capsys, tmp_path):
    f = tmp_path / "service.rq"
    f.write_text("SELECT ?x WHERE { SERVICE <http://127.0.0.1:9/query> { ?x ?p ?o } }")
    assert main(["query", "--file", str(f)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "SERVICE" in err[0] and "--endpoint" in err[0]
    f.write_text('SELECT ?x WHERE { ?x ?p "SERVICE" } LIMIT 1  # SERVICE in a comment and a string is no SERVICE')
    assert main(["query", "--file", str(f)]) == 0


def test_service_to_a_dead_port_through_an_endpoint_is_one_line(endpoint, capsys, tmp_path):
    f = tmp_path / "service.rq"
    f.write_text(f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{free_port()}/query> {{ ?x ?p ?o }} }}")
    assert main(["query", "--file", str(f), "--endpoint", endpoint, "--timeout", "10"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("srkg: error: ")


def test_a_gzip_answer_is_decoded(store_stub, no_creds, monkeypatch, capsys, tmp_path):
    handler, hostport = store_stub("gzip")
    monkeypatch.setenv("SRKG_TOKEN", TOKEN)
    assert main(["query", "--file", _q(tmp_path), "--endpoint", f"http://{hostport}/query", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "ok"
