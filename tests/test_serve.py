"""srkg serve: starts, answers the stored queries as the embedded store does, stops cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import requests

from srkg import paths

from srkg.sparql import queries
from srkg.remote.serve import find_oxigraph

ROOT = Path(__file__).resolve().parents[1]


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def served(tmp_path):
    """`srkg serve --port 0` as a subprocess; yields (process, query URL, child PIDs, its TMPDIR)."""
    if not Path("/proc/self/task").exists():
        pytest.skip("needs /proc to find the server's child process")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(tmpdir)}
    proc = subprocess.Popen([sys.executable, "-m", "srkg.cli", "serve", "--port", "0"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/query"), (url, proc.stderr.read())
        kids = _children(proc.pid)
        assert kids, "no oxigraph child process found"
        yield proc, url, kids, tmpdir
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for k in _children(proc.pid) if proc.poll() is None else []:
            os.kill(k, signal.SIGKILL)


def test_the_binary_is_found():
    exe = find_oxigraph()
    assert subprocess.run([str(exe), "--version"], capture_output=True, text=True).stdout.startswith("oxigraph")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_serve_answers_and_stops_leaving_nothing(served, sig, capsys):
    proc, url, kids, tmpdir = served
    base = url.rsplit("/", 1)[0]
    # the query UI at the root
    root = requests.get(base + "/", timeout=10)
    assert root.status_code == 200 and "text/html" in root.headers["Content-Type"]
    # a stored query gives the rows the embedded store gives
    assert paths.query_files()
    embedded = queries.select("actors")
    remote = queries.select("actors", endpoint=url)
    assert len(remote) > 0
    assert Counter(tuple(sorted((k, str(v)) for k, v in r.items())) for r in remote) == \
        Counter(tuple(sorted((k, str(v)) for k, v in r.items())) for r in embedded)
    # and the command line runs it the same way
    from srkg.cli import main
    capsys.readouterr()
    assert main(["query", "actors", "--format", "csv"]) == 0
    local_csv = capsys.readouterr().out
    assert main(["query", "actors", "--endpoint", url, "--format", "csv"]) == 0
    remote_csv = capsys.readouterr().out
    assert len(remote_csv.splitlines()) > 5
    assert sorted(remote_csv.splitlines()) == sorted(local_csv.splitlines())
    # the named graphs of srkg load are there, the default graph is their union
    r = requests.post(url, data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
                      headers={"Accept": "application/sparql-results+json"}, timeout=10)
    assert {b["g"]["value"] for b in r.json()["results"]["bindings"]} == {
        "https://w3id.org/srkg/graph/ontology", "https://w3id.org/srkg/graph/vocabularies",
        "https://w3id.org/srkg/graph/article/bossuyt-kaczmarek-2021", "https://w3id.org/srkg/graph/shapes"}
    # read-only by default
    w = requests.post(base + "/update", data=b"CLEAR ALL",
                      headers={"Content-Type": "application/sparql-update"}, timeout=10)
    assert w.status_code == 403
    assert any(tmpdir.iterdir()), "the temporary store should exist while serving"

    proc.send_signal(sig)
    proc.wait(15)
    assert proc.returncode == 0, proc.stderr.read()
    deadline = time.monotonic() + 5
    while any(_alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(k) for k in kids), "the oxigraph server outlived srkg serve"
    assert not any(tmpdir.iterdir()), "the temporary store was left behind"


def test_serve_keeps_a_location_and_serves_it_again(tmp_path):
    loc = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for attempt in range(2):
        proc = subprocess.Popen([sys.executable, "-m", "srkg.cli", "serve", "--port", "0", "--location", str(loc)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            url = proc.stdout.readline().strip()
            assert url.endswith("/query")
            r = requests.post(url, data={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                              headers={"Accept": "application/sparql-results+json"}, timeout=10)
            assert int(r.json()["results"]["bindings"][0]["n"]["value"]) > 1000
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(15)
        assert proc.returncode == 0
        assert loc.is_dir() and any(loc.iterdir())
        if attempt:
            assert "existing store" in proc.stderr.read()


def test_port_in_use_is_a_clear_error(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(tmp_path)}
        res = subprocess.run([sys.executable, "-m", "srkg.cli", "serve", "--port", str(port)],
                             capture_output=True, text=True, env=env, timeout=60)
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1 and "port" in res.stderr
    assert not any(tmp_path.iterdir())


def test_location_that_is_not_a_store_is_refused(tmp_path, capsys):
    from srkg.cli import main

    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("not a store")
    assert main(["serve", "--port", "0", "--location", str(folder)]) == 2
    assert "holds no Oxigraph store" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["thesis.txt"]


def test_a_failed_load_leaves_no_store_behind(tmp_path, capsys):
    from srkg.cli import main

    root = tmp_path / "data"
    (root / "ontology").mkdir(parents=True)
    (root / "instances").mkdir()
    (root / "ontology" / "o.ttl").write_text("<https://example.org/o> a <http://www.w3.org/2002/07/owl#Ontology> .\n")
    (root / "instances" / "bad.ttl").write_text("<https://example.org/a> <https://example.org/p> .\n")
    loc = tmp_path / "store"
    assert main(["serve", "--port", "0", "--root", str(root), "--location", str(loc)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "bad.ttl: Parser error at line 1" in err
    assert not loc.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_kill_9_leaves_no_server_running_and_the_next_serve_sweeps_the_store(served):
    """A parent-death signal stops the oxigraph child when srkg serve is killed with -9; the
    temporary store, which names the dead PID, is removed by the next srkg serve."""
    from srkg.remote.serve import sweep_stale_stores

    proc, url, kids, tmpdir = served
    stores = list(tmpdir.glob("srkg-serve-*"))
    assert stores and all((d / "srkg-serve.pid").read_text() == str(proc.pid) for d in stores)
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 10
    while any(_alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(k) for k in kids), "the oxigraph server outlived srkg serve (kill -9)"
    assert sweep_stale_stores(tmpdir) == stores
    assert not any(tmpdir.iterdir())


@pytest.mark.parametrize("args, needle", [
    (["--host", "999.1.1.1"], "--host '999.1.1.1' is not an IP address"),
    (["--host", "192.0.2.1"], "is not an address of this machine"),
    (["--location", "/proc/x"], "--location /proc/x: cannot create a store there"),
    (["--location", "/etc/hostname"], "is a file, not a folder"),
])
def test_bad_host_or_location_is_one_line(args, needle, capsys):
    from srkg.cli import main

    assert main(["serve", "--port", "0", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("srkg: error: ") and needle in err[0], err
