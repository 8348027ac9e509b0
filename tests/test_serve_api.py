"""``srkg serve --api`` over real HTTP: OpenAPI from the query headers, parameters bound, 400 not 500."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests

from srkg.sparql import queries
from srkg.remote.api import make_server

ROOT = Path(__file__).resolve().parents[1]
INJECTION = 'zzz"))) || true || ((STR("'


@pytest.fixture(scope="module")
def api():
    srv = make_server("127.0.0.1", 0)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_openapi_describes_every_stored_query(api):
    doc = requests.get(api + "/openapi.json", timeout=30).json()
    cat = queries.catalogue()
    assert len(cat) > 5 and set(doc["paths"]) == {f"/queries/{q.name}" for q in cat}
    op = doc["paths"]["/queries/characterizations-by-type"]["get"]
    q = queries.get("characterizations-by-type", with_header=True)
    assert op["summary"] == q.summary
    assert {p["name"]: p["required"] for p in op["parameters"]} == {p.name: p.required for p in q.params}


def test_a_query_answers_as_srkg_query_does(api):
    r = requests.get(api + "/queries/characterizations-by-type", params={"type": "sr:Alliance"}, timeout=30)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/sparql-results+json")
    sr = queries.PREFIXES["sr"]
    got = {(b["work"]["value"], b["type"]["value"]) for b in r.json()["results"]["bindings"]}
    # "concepts such as alliance (Blank 2020; Lukin 2021)"; Blank (2020) reads "a de facto alliance"
    assert got == {(sr + "Blank2020", sr + "Alliance"), (sr + "Blank2020", sr + "DeFactoAlliance"),
                   (sr + "Lukin2021", sr + "Alliance")}


def test_the_injection_is_a_string_to_look_for(api):
    everything = requests.get(api + "/queries/search-labels", params={"text": "a"}, timeout=30)
    assert everything.status_code == 200 and len(everything.json()["results"]["bindings"]) > 100
    r = requests.get(api + "/queries/search-labels", params={"text": INJECTION}, timeout=30)
    assert r.status_code == 200
    assert r.json()["results"]["bindings"] == []  # grlc pasted it and returned 1369 labels


@pytest.mark.parametrize("path, params, needle", [
    ("/queries/characterizations-by-type", {"type": "not an iri"}, "not an IRI"),
    ("/queries/characterizations-by-type", {}, "needs parameter"),
    ("/queries/characterizations-by-type", {"type": "sr:Alliance", "nosuch": "1"}, "no parameter"),
    ("/queries/characterizations-by-type", {"type": "<sr:Alliance>"}, "prefixed name inside"),
    ("/queries/characterizations-by-type", {"type": "sr:Alliance", "store": "x"}, "no parameter"),
])
def test_bad_parameters_are_400(api, path, params, needle):
    r = requests.get(api + path, params=params, timeout=30)
    assert r.status_code == 400, r.text
    assert needle in r.json()["error"]


def test_other_errors_are_clean(api):
    r = requests.get(api + "/queries/characterizations-by-type?type=sr:Alliance&type=sr:Alignment", timeout=30)
    assert r.status_code == 400 and "twice" in r.json()["error"]
    r = requests.get(api + "/queries/characterizations-by-type?type=%ff", timeout=30)
    assert r.status_code == 400
    assert requests.get(api + "/queries/no-such-query", timeout=30).status_code == 404
    assert requests.get(api + "/nothing", timeout=30).status_code == 404
    assert requests.post(api + "/queries/actors", data="x", timeout=30).status_code == 405


def test_cli_serve_api_starts_and_stops(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "srkg.cli", "serve", "--api", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = proc.stdout.readline().strip()
        assert url.endswith("/openapi.json"), proc.stderr.read()
        assert requests.get(url, timeout=30).json()["openapi"].startswith("3.")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(15)
    assert proc.returncode == 0
