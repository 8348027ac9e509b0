"""srkg load when things go wrong: a store that is down, dies mid-load, refuses, errs or hangs.

Each failure must give one line on stderr, exit code 2, the target graph as it
was, and never a credential.
"""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from srkg.cli import main
from srkg.remote.serve import OxigraphServer, free_port

SENTINEL = "pw-SENTINEL-7c1e93"
TOKEN_SENTINEL = "tok-SENTINEL-5f20aa"
GRAPH = "https://example.org/srkg-test/graph/faults"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def creds(monkeypatch, tmp_path):
    monkeypatch.setenv("SRKG_USER", "loader")
    monkeypatch.setenv("SRKG_PASSWORD", SENTINEL)
    monkeypatch.delenv("SRKG_TOKEN", raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))


def run_load(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["load", "--no-progress", *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code, out, err, *needles):
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("srkg: error: ")
    for n in needles:
        assert n in lines[0], lines[0]
    assert SENTINEL not in out + err and TOKEN_SENTINEL not in out + err


# ---------------------------------------------------------------------------
# A stub store: answers every request with one status, or sleeps
# ---------------------------------------------------------------------------
class _Stub(http.server.BaseHTTPRequestHandler):
    status = 500
    sleep = 0.0
    echo_headers = False

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.sleep:
            time.sleep(self.sleep)
        body = b"stub says no"
        if self.echo_headers:  # a careless server that echoes the request, credentials included
            body = (f"Internal error: Authorization: {self.headers.get('Authorization')} "
                    f"while handling {dict(self.headers)} {self.path}").encode()
        try:
            self.send_response(self.status)
            if self.status == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="stub"')
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *a):
        pass


@pytest.fixture
def stub():
    servers = []

    def make(status=500, sleep=0.0, echo_headers=False):
        handler = type("H", (_Stub,), {"status": status, "sleep": sleep, "echo_headers": echo_headers})
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        srv.daemon_threads = True
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}/query"

    yield make
    for srv in servers:
        srv.shutdown()
        srv.server_close()


@pytest.mark.parametrize("status, needle", [(401, "401 Unauthorized"), (404, "404 Not Found"),
                                            (500, "500 Internal Server Error")])
def test_http_errors_are_one_line(stub, capsys, creds, status, needle):
    code, out, err = run_load(capsys, "--endpoint", stub(status), "--only", "ontology")
    assert_one_line_error(code, out, err, needle, "loading")


def test_401_without_credentials_says_how_to_give_them(stub, capsys, monkeypatch, tmp_path):
    for k in ("SRKG_USER", "SRKG_PASSWORD", "SRKG_TOKEN"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "none"))
    code, out, err = run_load(capsys, "--endpoint", stub(401), "--only", "ontology")
    assert_one_line_error(code, out, err, "SRKG_USER", "SRKG_PASSWORD")


def test_server_echoing_credentials_is_redacted(stub, capsys, creds):
    code, out, err = run_load(capsys, "--endpoint", stub(500, echo_headers=True), "--only", "ontology")
    assert_one_line_error(code, out, err, "500")
    assert "Authorization" in err  # the echo did reach the message, with the secret masked
    import base64
    assert base64.b64encode(f"loader:{SENTINEL}".encode()).decode() not in err


def test_token_is_redacted(stub, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SRKG_TOKEN", TOKEN_SENTINEL)
    code, out, err = run_load(capsys, "--endpoint", stub(500, echo_headers=True), "--only", "ontology")
    assert_one_line_error(code, out, err, "500", "Bearer ***")


def test_credentials_in_the_url_are_moved_to_authentication(stub, capsys, monkeypatch, tmp_path):
    for k in ("SRKG_USER", "SRKG_PASSWORD", "SRKG_TOKEN"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "none"))
    url = stub(500, echo_headers=True).replace("http://", f"http://loader:{SENTINEL}@")
    code, out, err = run_load(capsys, "--endpoint", url, "--only", "ontology")
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 2, err
    assert "taken out of the URL http://***@127.0.0.1" in lines[0] and "SRKG_PASSWORD" in lines[0]
    assert lines[1].startswith("srkg: error: ") and "Authorization: Basic ***" in lines[1]  # sent as auth
    assert SENTINEL not in out + err and "loader:" not in err


def test_credentials_in_the_other_urls_are_refused(capsys):
    code, out, err = run_load(capsys, "--endpoint", "http://127.0.0.1:9/query", "--update-endpoint",
                              f"http://loader:{SENTINEL}@127.0.0.1:9/update")
    assert_one_line_error(code, out, err, "credentials in a URL are not accepted")


def test_timeout(stub, capsys, creds):
    start = time.monotonic()
    code, out, err = run_load(capsys, "--endpoint", stub(200, sleep=5), "--timeout", "1", "--only", "ontology")
    assert time.monotonic() - start < 4.5
    assert_one_line_error(code, out, err, "did not answer within 1 s")


def test_wrong_url_on_a_real_server(capsys, creds, tmp_path):
    with OxigraphServer(location=tmp_path / "s", port=0) as oxi:
        code, out, err = run_load(capsys, "--endpoint", oxi.base_url + "/nothing/query", "--only", "ontology")
    assert_one_line_error(code, out, err, "404")


def test_host_not_found(capsys, creds):
    code, out, err = run_load(capsys, "--endpoint", "http://no-such-host.invalid/query", "--retries", "0",
                              "--only", "ontology")
    assert_one_line_error(code, out, err, "no-such-host.invalid")


def test_not_a_url(capsys):
    code, out, err = run_load(capsys, "--endpoint", "ftp://127.0.0.1/query")
    assert_one_line_error(code, out, err, "http://")


def test_server_stopped_before_the_load(capsys, creds, tmp_path):
    oxi = OxigraphServer(location=tmp_path / "s", port=0).start()
    url = oxi.query_url
    oxi.stop()
    start = time.monotonic()
    code, out, err = run_load(capsys, "--endpoint", url, "--retries", "2")
    assert time.monotonic() - start < 10
    assert_one_line_error(code, out, err, "refused", "after 2 retries")


def test_insecure_warns(stub, capsys, creds):
    code, out, err = run_load(capsys, "--endpoint", stub(500), "--insecure", "--only", "ontology")
    assert code == 2 and "not verified" in err


# ---------------------------------------------------------------------------
# The server dies in the middle of a load
# ---------------------------------------------------------------------------
def _count(url: str, graph: str) -> int:
    r = requests.post(url, data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
                      headers={"Accept": "application/sparql-results+json"}, timeout=30)
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


# srkg load, with a hook that touches a marker file once 200k triples have gone out (KILL_PHASE=upload),
# once the whole body has gone out (KILL_PHASE=commit), or when the MOVE is about to be sent (KILL_PHASE=move)
_DRIVER = """
import os, pathlib, sys
import srkg.remote.load as L
marker, argv = sys.argv[1], sys.argv[2:]
phase = os.environ.get("KILL_PHASE")
_batches = L._batches
def batches(files, progress, size=L.BATCH_TRIPLES, max_bytes=1 << 40):
    sent = 0
    for batch in _batches(files, progress, size, max_bytes):
        yield batch
        sent += len(batch)  # resumed: requests has sent the previous chunk
        if phase == "upload" and sent >= 200_000:
            pathlib.Path(marker).touch()
    if phase == "commit":
        pathlib.Path(marker).touch()
_move = L.SparqlStore.move
def move(self, *args, **kwargs):
    pathlib.Path(marker).touch()
    return _move(self, *args, **kwargs)
if phase == "move":
    L.SparqlStore.move = move
else:
    L._batches = batches
from srkg.cli import main
sys.exit(main(argv))
"""


def _wait_for(path: Path, proc, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)


def _staging_triples(url: str) -> int:
    """Triples of any staging graph, as the stored queries would see them (through the default graph)."""
    r = requests.post(url, data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                          "FILTER(STRSTARTS(STR(?g), 'urn:srkg:staging:')) }"},
                      headers={"Accept": "application/sparql-results+json"}, timeout=30)
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("phase", ["upload", "commit", "move"])
def test_server_killed_mid_load_keeps_the_previous_version(tmp_path, capsys, creds, phase):
    """Kill -9 the server a third of the way into the direct (transactional) upload, or just after its
    body went out, or (staging, as for stores other than Oxigraph) just after the MOVE was sent;
    restarted on the same folder, the target holds one version, whole, and no staging graph is seen."""
    location, port = tmp_path / "store", free_port()
    v1 = tmp_path / "v1.nt"
    v1.write_text("".join(f"<https://example.org/v1/s{i}> <https://example.org/p> \"version 1\" .\n" for i in range(10)))
    size = {"upload": 300_000, "commit": 100_000, "move": 40_000}[phase]
    big = tmp_path / "v2.nt"
    with big.open("w") as fh:  # upload: 60 MB, seconds to send; move: 100k triples, seconds to MOVE on disk
        for i in range(size):
            fh.write(f"<https://example.org/v2/s{i}> <https://example.org/p> \"version 2, triple number {i}\" .\n")

    oxi = OxigraphServer(location=location, port=port).start()
    try:
        code, out, err = run_load(capsys, "--endpoint", oxi.query_url, "--file", str(v1), "--graph", GRAPH,
                                  "--no-validate")
        assert code == 0, err
        assert _count(oxi.query_url, GRAPH) == 10

        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "KILL_PHASE": phase}
        marker = tmp_path / "marker"
        staged = ["--store", "generic", "--update-endpoint", oxi.base_url + "/update", "--gsp-endpoint",
                  oxi.base_url + "/store"] if phase == "move" else []
        proc = subprocess.Popen([sys.executable, "-c", _DRIVER, str(marker), "load", "--endpoint", oxi.query_url,
                                 *staged, "--file", str(big), "--graph", GRAPH, "--no-validate", "--no-progress",
                                 "--retries", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            _wait_for(marker, proc)
            assert proc.poll() is None, "the load finished before the server could be killed"
            if phase in ("move", "commit"):
                time.sleep(0.3)  # the MOVE request (the end of the body) is on its way
            oxi.kill()
            out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == 2, (out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        if phase == "upload":
            assert "uploading (one transaction)" in lines[0] and "target graph unchanged" in lines[0], err
        elif phase == "commit":  # the store had the whole body: srkg cannot know whether it committed
            assert "uploading (one transaction)" in lines[0] and "may have replaced" in lines[0], err
        else:  # the store had the MOVE: srkg cannot know whether it committed, and says so
            assert "moving the staging graph" in lines[0] and "may still replace" in lines[0], err
        assert SENTINEL not in out + err

        oxi = OxigraphServer(location=location, port=port).start()
        n = _count(oxi.query_url, GRAPH)
        if phase == "upload":
            assert n == 10
        else:
            assert n in (10, size)  # one version, whole
        r = requests.post(oxi.query_url, data={"query": f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p \"version 1\" }} }}"},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert r.json()["boolean"] is (n == 10)
        if phase != "move":  # a direct load has no staging graph for the union default graph to show
            assert _staging_triples(oxi.query_url) == 0
        # the next load drops any leftover staging graph and succeeds
        code, out, err = run_load(capsys, "--endpoint", oxi.query_url, "--file", str(v1), "--graph", GRAPH,
                                  "--no-validate")
        assert code == 0, err
        assert _staging_triples(oxi.query_url) == 0
        assert _count(oxi.query_url, GRAPH) == 10
    finally:
        oxi.stop()


def test_move_without_answer_is_reported_as_unknown(capsys, creds, tmp_path):
    """A store that takes the MOVE but answers too late: srkg must not claim the target is unchanged,
    nor drop the staging graph the store may still be moving."""
    seen: list[str] = []
    state = {"n": 0}

    class Store(http.server.BaseHTTPRequestHandler):
        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _reply(self, code: int, body: bytes = b"", ctype: str = "text/plain"):
            try:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_PUT(self):
            state["n"] = self._body().count(b"\n")
            seen.append("PUT")
            self._reply(201)

        def do_POST(self):
            body = self._body().decode()
            if self.path.startswith("/update"):
                seen.append(body.split()[0])
                if body.startswith("MOVE"):
                    time.sleep(3)
                self._reply(204)
            elif "STRSTARTS" in body:
                seen.append("LIST")
                self._reply(200, b'{"head":{"vars":["g"]},"results":{"bindings":[]}}', "application/sparql-results+json")
            else:
                seen.append("COUNT")
                n = state["n"]
                self._reply(200, ('{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"%d"}}]}}'
                                  % n).encode(), "application/sparql-results+json")

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Store)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    data = tmp_path / "d.nt"
    data.write_text("".join(f"<https://example.org/s{i}> <https://example.org/p> \"{i}\" .\n" for i in range(10)))
    try:
        code, out, err = run_load(capsys, "--endpoint", base + "/query", "--store", "generic", "--update-endpoint",
                                  base + "/update", "--gsp-endpoint", base + "/store", "--file", str(data),
                                  "--graph", GRAPH, "--no-validate", "--timeout", "1")
    finally:
        srv.shutdown()
        srv.server_close()
    assert_one_line_error(code, out, err, "did not answer within 1 s", "may still replace")
    assert "unchanged" not in err
    assert seen == ["LIST", "PUT", "COUNT", "MOVE"]  # no DROP of the staging graph after the MOVE


def test_interrupted_load_drops_the_staging_graph(tmp_path):
    from srkg.remote.load import connect, load_graph_files, staging_graph

    data = tmp_path / "d.nt"
    data.write_text("".join(f"<https://example.org/s{i}> <https://example.org/p> \"{i}\" .\n" for i in range(50_000)))
    with OxigraphServer(port=0) as oxi:
        store = connect(oxi.query_url, retries=0)
        load_graph_files(store, [data], GRAPH)  # version 1

        def interrupt(step):  # Ctrl-C once the staging graph is complete, before the MOVE
            if step == "verifying":
                assert _count(oxi.query_url, staging_graph(GRAPH, "t1")) == 50_000
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            load_graph_files(store, [data], GRAPH, on_step=interrupt, strategy="staging", run="t1")
        assert _count(oxi.query_url, GRAPH) == 50_000
        assert _staging_triples(oxi.query_url) == 0


@pytest.fixture
def https_stub(tmp_path):
    """A stub store over HTTPS with a self-signed certificate (made with the openssl command)."""
    import shutil
    import ssl

    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    handler = type("H", (_Stub,), {"status": 500})
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{srv.server_address[1]}/query"
    srv.shutdown()
    srv.server_close()


def test_tls_certificates_are_verified(https_stub, capsys, creds):
    code, out, err = run_load(capsys, "--endpoint", https_stub, "--only", "ontology", "--retries", "0")
    assert_one_line_error(code, out, err, "TLS certificate", "--insecure")
    # with --insecure the connection is made (and the stub's 500 is what fails)
    code, out, err = run_load(capsys, "--endpoint", https_stub, "--only", "ontology", "--insecure")
    assert code == 2 and "500 Internal Server Error" in err and "not verified" in err
    assert SENTINEL not in out + err
