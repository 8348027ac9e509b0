"""srkg load and staging graphs on a real Oxigraph server: none on Oxigraph, none left elsewhere.

Oxigraph gets one transactional PUT per graph; other stores (played here by Oxigraph behind
``--store generic``) a staging graph that must be gone after every failure, after SIGTERM,
and, when a kill -9 left one, after the next load or ``srkg load --clean``.  One on-disk server
for the module.
"""

from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from srkg.cli import main
from srkg.remote.serve import OxigraphServer

ROOT = Path(__file__).resolve().parents[1]
GRAPH = "https://example.org/srkg-test/graph/staging"


@pytest.fixture(scope="module")
def oxi(tmp_path_factory):
    server = OxigraphServer(location=tmp_path_factory.mktemp("staging-store"), port=0).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def mem():
    """In memory: the same transactions, without the disk's slowness (a transactional PUT of 150k
    triples takes a minute on a busy 2-core machine's disk)."""
    server = OxigraphServer(port=0).start()
    yield server
    server.stop()


def sparql(url, q):
    r = requests.post(url, data={"query": q}, headers={"Accept": "application/sparql-results+json"}, timeout=30)
    r.raise_for_status()
    return r.json()


def count(oxi, graph):
    return int(sparql(oxi.query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
               ["results"]["bindings"][0]["n"]["value"])


def staging_triples(oxi) -> int:
    """Staging triples as the stored queries see them: through the (union) default graph."""
    q = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
         "FILTER(STRSTARTS(STR(?g), 'urn:srkg:staging:')) }")
    return int(sparql(oxi.query_url, q)["results"]["bindings"][0]["n"]["value"])


def nt(path: Path, n: int, tag: str) -> Path:
    with path.open("w") as fh:
        for i in range(n):
            fh.write(f"<https://example.org/{tag}/s{i}> <https://example.org/p> \"{tag} triple {i}\" .\n")
    return path


def generic(oxi) -> list[str]:
    return ["--store", "generic", "--update-endpoint", oxi.base_url + "/update", "--gsp-endpoint", oxi.base_url + "/store"]


def test_oxigraph_load_never_shows_a_staging_graph(mem, tmp_path):
    """While a direct load runs, the union default graph shows the old version or the new one,
    never both, never a staging graph (it used to show 2x the triples during a reload)."""
    g = GRAPH + "-direct"
    nt_old, nt_new = nt(tmp_path / "old.nt", 50_000, "old"), nt(tmp_path / "new.nt", 50_000, "new")
    assert main(["load", "--endpoint", mem.query_url, "--no-progress", "--file", str(nt_old), "--graph", g,
                 "--no-validate"]) == 0
    seen, stop = set(), threading.Event()

    def watch():
        while not stop.is_set():
            n = int(sparql(mem.query_url, "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://example.org/p> ?o }")
                    ["results"]["bindings"][0]["n"]["value"])
            seen.add(n)
            seen.add(("staging", staging_triples(mem)))

    t = threading.Thread(target=watch)
    t.start()
    try:
        assert main(["load", "--endpoint", mem.query_url, "--no-progress", "--file", str(nt_new), "--graph", g,
                     "--no-validate"]) == 0
    finally:
        stop.set()
        t.join()
    counts = {x for x in seen if isinstance(x, int)}
    assert counts and counts <= {50_000}, seen
    assert {x for x in seen if isinstance(x, tuple)} == {("staging", 0)}
    assert count(mem, g) == 50_000


def test_leftovers_are_listed_and_dropped_by_clean(oxi, capsys):
    left = "urn:srkg:staging:20250101T000000-dead00:" + GRAPH + "-left"
    requests.put(oxi.base_url + "/store", params={"graph": left}, timeout=30, headers={"Content-Type": "application/n-triples"},
                 data=b"<https://example.org/person-only-in-staging> <https://example.org/p> \"x\" .\n").raise_for_status()
    assert staging_triples(oxi) == 1
    assert main(["load", "--endpoint", oxi.query_url, "--clean"]) == 0
    out = capsys.readouterr().out
    assert f"dropped <{left}> (1 triples)" in out and "1 leftover staging graph(s) dropped" in out
    assert staging_triples(oxi) == 0
    assert main(["load", "--endpoint", oxi.query_url, "--clean"]) == 0
    assert "0 leftover staging graph(s)" in capsys.readouterr().out


def test_the_next_load_drops_leftovers(oxi, tmp_path, capsys):
    left = "urn:srkg:staging:" + GRAPH + "-old-style"  # the name srkg used before runs had ids
    requests.put(oxi.base_url + "/store", params={"graph": left}, timeout=30, headers={"Content-Type": "application/n-triples"},
                 data=b"<https://example.org/a> <https://example.org/p> \"x\" .\n").raise_for_status()
    data = nt(tmp_path / "d.nt", 10, "next")
    assert main(["load", "--endpoint", oxi.query_url, "--no-progress", *generic(oxi), "--file", str(data),
                 "--graph", GRAPH + "-next", "--no-validate"]) == 0
    assert f"dropped the leftover staging graph <{left}>" in capsys.readouterr().out
    assert staging_triples(oxi) == 0 and count(oxi, GRAPH + "-next") == 10


_DRIVER = """
import pathlib, sys
import srkg.remote.load as L
marker, argv = sys.argv[1], sys.argv[2:]
_batches = L._batches
def batches(files, progress, size=L.BATCH_TRIPLES, max_bytes=1 << 40):
    sent = 0
    for batch in _batches(files, progress, size, max_bytes):
        yield batch
        sent += len(batch)
        if sent >= 20_000:
            pathlib.Path(marker).touch()
L._batches = batches
from srkg.cli import main
sys.exit(main(argv))
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_mid_upload_drops_the_staging_graph(oxi, tmp_path, sig):
    g = GRAPH + f"-signal-{sig}"
    data = nt(tmp_path / "big.nt", 100_000, "sig")
    marker = tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", _DRIVER, str(marker), "load", "--endpoint", oxi.query_url,
                             *generic(oxi), "--protocol", "update", "--file", str(data), "--graph", g, "--no-validate",
                             "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, proc.communicate()
    assert staging_triples(oxi) > 0  # it is there, mid-upload
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert err.strip().splitlines() == ["srkg: interrupted"]
    assert staging_triples(oxi) == 0 and count(oxi, g) == 0


def test_store_without_union_default_graph_is_warned_about(tmp_path, capsys):
    data = nt(tmp_path / "d.nt", 5, "union")
    with OxigraphServer(port=0, union_default_graph=False) as plain:
        assert main(["load", "--endpoint", plain.query_url, "--no-progress", "--file", str(data), "--graph", GRAPH,
                     "--no-validate"]) == 0
        err = capsys.readouterr().err
        assert "warning" in err and "no rows" in err and "--union-default-graph" in err
        # and srkg query --endpoint says the same when a stored query comes back empty
        assert main(["query", "actors", "--endpoint", plain.query_url]) == 0
        err = capsys.readouterr().err
        assert "--union-default-graph" in err
    with OxigraphServer(port=0) as union:  # no warning where the default graph is the union
        assert main(["load", "--endpoint", union.query_url, "--no-progress", "--file", str(data), "--graph", GRAPH,
                     "--no-validate"]) == 0
        assert "warning" not in capsys.readouterr().err


def test_max_mb(oxi, tmp_path, capsys):
    data = nt(tmp_path / "two-mb.nt", 30_000, "maxmb")
    assert data.stat().st_size > 1024 * 1024
    assert main(["load", "--endpoint", oxi.query_url, "--no-progress", "--file", str(data), "--graph", GRAPH + "-mb",
                 "--no-validate", "--max-mb", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "over the limit of 1 MiB" in err
    assert main(["load", "--endpoint", oxi.query_url, "--max-mb", "0"]) == 2


@pytest.mark.parametrize("value", ["0", "-1", "nan"])
def test_timeout_must_be_positive(value, capsys):
    assert main(["load", "--endpoint", "http://127.0.0.1:9/query", "--timeout", value]) == 2
    assert "--timeout must be a positive number" in capsys.readouterr().err


def test_default_timeout_fits_a_large_load():
    from srkg.cli import build_parser

    args = build_parser(["load"]).parse_args(["load", "--endpoint", "http://h/query"])
    assert args.timeout >= 3600


def test_error_texts_keep_iris(capsys, tmp_path):
    class H(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = b"<html><body><h1>Error</h1><p>Graph <https://example.org/g/forbidden> is read-only</p></body></html>"
            self.send_response(400)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        assert main(["load", "--endpoint", f"http://127.0.0.1:{srv.server_address[1]}/query", "--retries", "0",
                     "--only", "ontology"]) == 2
    finally:
        srv.shutdown()
        srv.server_close()
    err = capsys.readouterr().err
    assert "Graph <https://example.org/g/forbidden> is read-only" in err and "<p>" not in err


def test_progress_counts_triples_and_says_what_the_store_does(mem, tmp_path, capsys):
    oxi = mem
    data = nt(tmp_path / "p.nt", 150_000, "progress")
    assert main(["load", "--endpoint", oxi.query_url, "--file", str(data), "--graph", GRAPH + "-progress",
                 "--no-validate", "--progress"]) == 0
    err = capsys.readouterr().err
    assert "0.00 triples" not in err and "150000 triples" in err
    assert "the store is writing" in err or "checking" in err


def test_a_signal_while_the_store_commits_waits_and_says_what_happened(mem, tmp_path):
    """Once the store has the whole upload, abandoning the request would not stop the commit (and
    a next load would race it): srkg load waits, says the graph was replaced, then exits 130."""
    g = GRAPH + "-held"
    data = nt(tmp_path / "held.nt", 200_000, "held")
    marker = tmp_path / "marker"
    driver = """
import pathlib, sys
import srkg.remote.load as L
marker, argv = sys.argv[1], sys.argv[2:]
_put = L.SparqlStore.put
def put(self, graph, body, **kw):
    def marked():
        yield from body
        pathlib.Path(marker).touch()
    return _put(self, graph, marked(), **kw)
L.SparqlStore.put = put
from srkg.cli import main
sys.exit(main(argv))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", driver, str(marker), "load", "--endpoint", mem.query_url,
                             "--file", str(data), "--graph", g, "--no-validate", "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "waiting for it to commit" in err, err  # the marker is touched once the hold has begun
    assert f"<{g}> was replaced: 200000 triples, verified; stopping" in err
    assert count(mem, g) == 200_000
