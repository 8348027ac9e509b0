"""Hostile or odd input and output: one line, a documented exit code, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from srkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://example.org/">
 <rdf:Description rdf:about="https://example.org/x"><ex:p>&h;</ex:p></rdf:Description>
</rdf:RDF>
"""


def one_line(capsys, code, expect=2):
    err = capsys.readouterr().err.strip().splitlines()
    assert code == expect and len(err) == 1 and err[0].startswith("srkg: error: "), err
    return err[0]


def test_billion_laughs_is_refused(tmp_path, capsys):
    f = tmp_path / "laughs.rdf"
    f.write_text(LAUGHS)  # 1 KB that expands to 5 GB
    line = one_line(capsys, main(["validate", str(f)]))
    assert "entity declarations" in line
    line = one_line(capsys, main(["load", "--endpoint", "http://127.0.0.1:9/query", "--file", str(f),
                                  "--graph", "https://example.org/g", "--no-validate", "--retries", "0"]))
    assert "entity declarations" in line


def test_a_utf8_bom_is_accepted(tmp_path, capsys):
    f = tmp_path / "bom.ttl"
    f.write_bytes(b"\xef\xbb\xbf<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" .\n")
    assert main(["validate", str(f)]) == 0, capsys.readouterr().err
    assert "1 new triples" in capsys.readouterr().out


def test_a_broken_pipe_keeps_the_exit_code(tmp_path):
    """`srkg ... | head -1`: the command's own exit code, not 0 and not a traceback."""
    bad = tmp_path / "bad.ttl"
    bad.write_text("".join(f"<https://example.org/s{i}> a <https://w3id.org/srkg/ontology#NoSuchClass{i}> .\n"
                           for i in range(3000)))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = f"{sys.executable} -m srkg.cli validate {bad} | head -c 1 >/dev/null; echo ${{PIPESTATUS[0]}}"
    res = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, env=env, timeout=120)
    assert res.stdout.strip() == "1", (res.stdout, res.stderr)
    assert "Traceback" not in res.stderr and "BrokenPipe" not in res.stderr


@pytest.mark.parametrize("value, iri", [
    ("<foo:bar>", "foo:bar"),
    ("<javascript:alert(1)>", "javascript:alert(1)"),
    ("<urn:x:y>", "urn:x:y"),
    ("sr:Russia", "https://w3id.org/srkg/id/Russia"),
    ("<https://w3id.org/srkg/id/Russia>", "https://w3id.org/srkg/id/Russia"),
])
def test_one_iri_rule_accepts(value, iri):
    from srkg.sparql.queries import parse_value

    assert parse_value(value, "iri").value == iri


@pytest.mark.parametrize("value, needle", [
    ("<sr:Russia>", "prefixed name inside <...>"),
    ("<not an iri>", "not an IRI"),
    ("<relative/path>", "not an IRI"),
    ("foo:bar", "unknown prefix"),
])
def test_one_iri_rule_refuses(value, needle, capsys):
    assert main(["query", "characterizations-by-type", "--param", f"type={value}"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and needle in err[0], err


def test_a_corrupted_cache_is_rebuilt(tmp_path, monkeypatch, capsys):
    from srkg.rdf import store as st

    monkeypatch.setenv("SRKG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SRKG_NO_CACHE", raising=False)
    st.clear_memo()
    assert main(["query", "actors", "--format", "csv"]) == 0
    good = capsys.readouterr().out
    ssts = list((tmp_path / "cache").rglob("*.sst"))
    assert ssts
    for f in ssts:
        f.write_bytes(b"\\0" * 2000)  # what a damaged disk leaves
    st.clear_memo()
    assert main(["query", "actors", "--format", "csv"]) == 0
    assert capsys.readouterr().out == good
    st.clear_memo()


def test_ctrl_c_during_hermit_leaves_no_temporary_file(tmp_path):
    import shutil
    import signal
    import time

    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("HermiT needs Java")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(tmpdir)}
    proc = subprocess.Popen([sys.executable, "-m", "srkg.cli", "check", "--quiet"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 120
    found = []
    while time.monotonic() < deadline and proc.poll() is None:  # owlready2's own file for HermiT
        found = [p for p in [*tmpdir.glob("tmp*"), *tmpdir.glob("srkg-hermit-*/tmp*")] if p.is_file()]
        if found:
            break
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.skip("the check finished before HermiT could be interrupted")
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert list(tmpdir.iterdir()) == [], list(tmpdir.rglob("*"))
