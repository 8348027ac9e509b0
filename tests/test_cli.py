"""The ``srkg`` command as a whole: every command takes ``--root``, and honours it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from srkg.cli import COMMANDS, build_parser, main

CHECK_CASES = Path(__file__).parent / "check"


def _options(command: str) -> set[str]:
    parser = build_parser([command])
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    return {opt for a in sub._actions for opt in a.option_strings}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_root(command):
    assert "--root" in _options(command)


def test_the_commands_are_found():
    assert set(COMMANDS) >= {"check", "query", "validate", "load", "serve", "build"}


def _bare_root(tmp_path: Path) -> Path:
    """A data folder with the test ontology only: no instances, no shapes, no queries."""
    root = tmp_path / "root"
    (root / "ontology").mkdir(parents=True)
    shutil.copy(CHECK_CASES / "base.ttl", root / "ontology" / "srkg.ttl")
    return root


def test_validate_reads_the_shapes_and_graph_of_root(tmp_path, capsys):
    root = _bare_root(tmp_path)
    new = tmp_path / "new.ttl"
    new.write_text("<https://w3id.org/srkg/id/X> a <https://w3id.org/srkg/ontology#State> .\n", encoding="utf-8")
    assert main(["validate", str(new), "--root", str(root)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"no shapes found under {root / 'ontology' / 'shapes'}" in err[0]


def test_query_reads_the_catalogue_of_root(tmp_path, capsys):
    root = _bare_root(tmp_path)
    assert main(["query", "--list", "--root", str(root)]) == 0
    assert capsys.readouterr().out.strip() == "(0 stored queries)"
    assert main(["query", "actors", "--root", str(root)]) == 2
    assert "no stored query named 'actors'" in capsys.readouterr().err


def test_the_compiled_shapes_are_cached_per_file_not_per_name(tmp_path, monkeypatch):
    """Two data folders whose shapes files have the same relative name never share a cache entry."""
    from srkg.shacl.validate import load_shapes

    shapes = sorted((Path(__file__).resolve().parents[1] / "ontology" / "shapes").glob("*.shacl.ttl"))
    assert shapes
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        shutil.copy(shapes[0], tmp_path / name / "x.shacl.ttl")
    (tmp_path / "b" / "x.shacl.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "<urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ; sh:property [ sh:path <urn:p> ; sh:minCount 1 ] .\n",
        encoding="utf-8")
    for name in ("a", "b"):  # the same modification time: only the folder tells them apart
        os.utime(tmp_path / name / "x.shacl.ttl", ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    monkeypatch.chdir(tmp_path / "a")
    first = load_shapes([Path("x.shacl.ttl")])
    monkeypatch.chdir(tmp_path / "b")
    second = load_shapes([Path("x.shacl.ttl")])
    assert first is not second
    assert [s.iri for s in second] == ["urn:s"]
