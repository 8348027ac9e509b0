"""The wheel carries the ontology, the data and the queries, and works outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from srkg.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True)
    wheels = list(out.glob("srkg-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_ships_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "srkg/data/ontology/srkg.ttl" in names
    for folder in ("instances", "queries"):
        assert any(n.startswith(f"srkg/data/{folder}/") for n in names), folder


def test_installed_check_runs_from_any_directory(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = dict(os.environ, PYTHONPATH=str(site))
    env.pop("SRKG_HOME", None)
    proc = subprocess.run([sys.executable, "-c", "import sys, srkg.paths as p; from srkg.cli import main; "
                           "print(p.data_root()); sys.exit(main(['check', '--no-reasoner', '-q']))"],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert str(site) in proc.stdout.splitlines()[0]


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    assert "check" in capsys.readouterr().out


def test_unknown_command_is_one_line_exit_2(capsys):
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("srkg: error:")
