"""A small fault-injection run (benchmarks/fault_injection.py has the full one: 20 loads).

Kills at random points of a few loads against a real Oxigraph server on disk: SIGKILL,
SIGINT and SIGTERM of ``srkg load``, SIGKILL of the server.  No staging triple is ever
visible to queries, every round leaves the target whole (one version, every triple of it)
unless the round before was a client kill -9 (its request can still be committing, and two
replacements of one graph at once leave their union on Oxigraph: the next load that
completes detects it and replaces the graph again), and a last uninterrupted load leaves the
newest version, whole.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from fault_injection import run  # noqa: E402


def test_random_kills_leave_the_target_whole_and_no_staging_visible(tmp_path):
    rounds = run(rounds=4, triples=8_000, seed=7, folder=tmp_path, log=lambda line: None)
    assert len(rounds) == 4 and {r.kind for r in rounds} - {"none"}, [r.line() for r in rounds]
    assert all(r.staging == 0 for r in rounds), [r.line() for r in rounds]
    assert all(r.whole for r in rounds if not r.after_kill9), [r.line() for r in rounds]
    assert rounds[-1].final_whole and rounds[-1].staging_after_next == 0, [r.line() for r in rounds]
