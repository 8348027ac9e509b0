"""The embedded store and its on-disk cache: keyed by the files, rebuilt atomically, never half-written."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from srkg.sparql import queries

from srkg.rdf import store
from srkg.errors import InputError, RDFSyntaxError

DATA = """@prefix sr: <https://w3id.org/srkg/id/> .
@prefix srkg: <https://w3id.org/srkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
sr:W1 a srkg:JournalArticle ; srkg:publicationYear "2001"^^<http://www.w3.org/2001/XMLSchema#gYear> ; rdfs:label "W1"@en .
sr:W2 a srkg:JournalArticle ; srkg:publicationYear "2002"^^<http://www.w3.org/2001/XMLSchema#gYear> ; rdfs:label "W2"@en .
"""
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("SRKG_CACHE_DIR", str(d))
    store.clear_memo()
    yield d
    store.clear_memo()


@pytest.fixture
def data(tmp_path):
    f = tmp_path / "data.ttl"
    f.write_text(DATA, encoding="utf-8")
    return f


def n(st) -> int:
    return int(next(iter(st.query(COUNT)))["n"].value)


def stores_in(cache: Path) -> list[Path]:
    d = cache / "stores"
    return sorted(p for p in d.iterdir() if p.is_dir()) if d.is_dir() else []


def test_in_memory_when_asked(data, cache, monkeypatch):
    st = store.open_store(files=[data], cache=False)
    assert n(st) == 6 and store.last_info.strategy == "memory"
    assert not cache.exists(), "no cache written"
    assert store.open_store(files=[data], cache=False) is st and store.last_info.strategy == "memo"
    store.clear_memo()
    monkeypatch.setenv("SRKG_NO_CACHE", "1")
    store.open_store(files=[data])
    assert store.last_info.strategy == "memory" and not cache.exists()


def test_auto_uses_the_cache_and_falls_back_to_memory(data, tmp_path, monkeypatch):
    store.clear_memo()
    monkeypatch.setenv("SRKG_CACHE_DIR", str(tmp_path / "c"))
    store.open_store(files=[data])
    assert store.last_info.strategy == "cache-built"
    store.clear_memo()
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("SRKG_CACHE_DIR", str(blocker / "cache"))
    st = store.open_store(files=[data])
    assert store.last_info.strategy == "memory" and n(st) == 6
    store.clear_memo()
    with pytest.raises(InputError, match="cache"):
        store.open_store(files=[data], cache=True)
    store.clear_memo()


def test_garbled_index_entry_is_ignored(data, cache):
    store.open_store(files=[data], cache=True)
    store.clear_memo()
    for e in (cache / "index").iterdir():
        e.write_text("garbage")
    st = store.open_store(files=[data], cache=True)
    assert store.last_info.strategy == "cache-hit" and n(st) == 6  # re-hashed, the store reused


def test_cache_is_built_once_then_hit(data, cache):
    st = store.open_store(files=[data], cache=True)
    assert store.last_info.strategy == "cache-built" and n(st) == 6
    assert len(stores_in(cache)) == 1
    del st
    store.clear_memo()
    st2 = store.open_store(files=[data], cache=True)
    assert store.last_info.strategy == "cache-hit" and n(st2) == 6


def test_touched_but_unchanged_file_reuses_the_store(data, cache):
    store.open_store(files=[data], cache=True)
    store.clear_memo()
    t = time.time() + 5
    os.utime(data, (t, t))
    store.open_store(files=[data], cache=True)
    assert store.last_info.strategy == "cache-hit", "same bytes: re-hashed, not rebuilt"
    assert len(stores_in(cache)) == 1


def test_changed_file_gives_a_new_store(data, cache):
    st = store.open_store(files=[data], cache=True)
    assert n(st) == 6
    store.clear_memo()
    with data.open("a", encoding="utf-8") as fh:
        fh.write('sr:W3 <https://w3id.org/srkg/ontology#title> "three" .\n')
    st2 = store.open_store(files=[data], cache=True)
    assert store.last_info.strategy == "cache-built" and n(st2) == 7
    assert len(stores_in(cache)) == 2


def test_a_failed_build_leaves_nothing_behind(tmp_path, cache):
    good = tmp_path / "good.ttl"
    good.write_text(DATA, encoding="utf-8")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix sr: <https://w3id.org/srkg/id/> .\nsr:a sr:b .\n", encoding="utf-8")
    with pytest.raises(RDFSyntaxError, match="bad.ttl"):
        store.open_store(files=[good, bad], cache=True)
    leftovers = [p for p in (cache / "stores").iterdir()] if (cache / "stores").is_dir() else []
    assert leftovers == [], "neither a store nor a temporary build remains"
    assert not (cache / "index").is_dir() or not list((cache / "index").iterdir())


def test_cached_and_in_memory_answers_agree(cache):
    files = store.data_files()
    assert files
    mem = store.open_store(files=files, cache=False)
    disk = store.open_store(files=files, cache=True)
    for name in ("reference-list", "co-citation", "chronology", "characterizations"):
        assert queries.select(name, store=mem).rows == queries.select(name, store=disk).rows


def test_missing_or_no_files(tmp_path, cache):
    with pytest.raises(InputError):
        store.open_store(files=[tmp_path / "nope.ttl"])
    with pytest.raises(InputError):
        store.open_store(files=[])
    odd = tmp_path / "data.csv"
    odd.write_text("a,b\n")
    with pytest.raises(InputError, match="unknown RDF file type"):
        store.open_store(files=[odd])


def test_cache_dir_resolution(monkeypatch, tmp_path):
    monkeypatch.setenv("SRKG_CACHE_DIR", str(tmp_path / "x"))
    assert store.cache_dir() == tmp_path / "x"
    monkeypatch.delenv("SRKG_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert store.cache_dir() == tmp_path / "xdg" / "srkg"


def test_two_processes_building_the_same_cache(data, cache):
    """Both succeed and agree; exactly one store remains."""
    code = ("import sys; from srkg.rdf import store; s = store.open_store(files=[sys.argv[1]], cache=True); "
            "print(len(s), store.last_info.strategy)")
    env = dict(os.environ, SRKG_CACHE_DIR=str(cache))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(data)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert all(o.split()[0] == "6" for o, _ in outs)
    assert len(stores_in(cache)) == 1
    assert not [p for p in (cache / "stores").iterdir() if p.name.startswith(".build-")]
