"""The README stays true: its two commands, and every command documented with its help text."""

from __future__ import annotations

import re
from pathlib import Path

from srkg.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def first_two_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    assert len(blocks) >= 2
    return [blocks[0].strip(), blocks[1].strip()]


def test_readme_starts_with_main_job_and_test_command():
    main_job, tests = first_two_commands()
    assert main_job.startswith("python3 -m venv .venv") and "srkg " in main_job
    assert tests.startswith("python3 -m venv .venv") and "pytest" in tests


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert first_two_commands()[1] in ci


def test_every_command_is_documented():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert sub.choices, "no subcommands found"
    for name in sub.choices:
        assert f"### `srkg {name}" in README, f"srkg {name} is not documented in the README"
