"""The W3C SHACL test suite (core and sparql, vendored under tests/w3c/) against our engines.

Every test case must pass, or be refused with a one-line UnsupportedShape (exit 3) naming a
feature that the README lists as not supported.  A wrong answer fails the run.  The counts are
printed on the terminal (pass through the compiled engine, pass through pyshacl-turbo behind it,
refused, wrong).
"""

from __future__ import annotations

import logging
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "w3c"))
import suite  # noqa: E402

from srkg.errors import EXIT_UNSUPPORTED, UnsupportedShape  # noqa: E402
from srkg.shacl.core import validate_graphs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")

# what a refusal says -> the README's words for the feature (under "Not supported by srkg validate")
FEATURES = {
    r"owl:imports": "remote `owl:imports`",
    r"SERVICE": "SPARQL `SERVICE`",
    r"refuses the shapes": "SPARQL constraints that SHACL itself does not allow",
    r"sh:path|predicate path": "property paths other than a predicate",
    r"sh:property inside a property shape|sh:path, sh:property or sh:sparql inside": "nested shapes",
    r"sh:sparql on a property shape": "`sh:sparql` on property shapes",
    r"custom constraint component": "custom (SPARQL-based) constraint components",
    r"SPARQL constraint|sh:select": "SPARQL constraints the compiled engine cannot prove",
    r"qualifiedValueShapesDisjoint": "`sh:qualifiedValueShapesDisjoint`",
    r"has no lexical check": "datatypes without a lexical check",
    r"store would rewrite": "literals not in canonical form",
    r"on a node shape": "count and pair constraints on node shapes",
    r"blank node as a value|blank node in sh:targetNode": "blank nodes as constants",
    r"sh:closed on a property shape": "`sh:closed` on property shapes",
}


def _not_supported_section() -> str:
    m = re.search(r"### Not supported by `srkg validate`\n(.*?)\n#", README, flags=re.S)
    assert m, "the README must list what srkg validate does not support"
    return m.group(1)


def feature_of(message: str) -> str | None:
    for pattern, feature in FEATURES.items():
        if re.search(pattern, message):
            return feature
    return None


CASES = suite.cases()


def run_suite(engine: str) -> tuple[Counter, list[str]]:
    counts: Counter = Counter()
    problems: list[str] = []
    section = _not_supported_section()
    logging.disable(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for c in CASES:
                try:
                    out = validate_graphs(c.data, c.shapes, engine=engine)
                except UnsupportedShape as err:
                    msg = str(err)
                    if "\n" in msg or err.exit_code != EXIT_UNSUPPORTED:
                        problems.append(f"{c.name}: refusal is not one line with exit 3: {msg!r}")
                    if c.failure:
                        counts["pass (refused as the suite expects)"] += 1
                        continue
                    feature = feature_of(msg)
                    if feature is None or feature not in section:
                        problems.append(f"{c.name}: refused for a feature the README does not list: {msg}")
                    counts["refused"] += 1
                    continue
                except Exception as err:  # noqa: BLE001 -- any other exception is a crash: count it
                    counts["error"] += 1
                    problems.append(f"{c.name}: {type(err).__name__}: {err}")
                    continue
                got = suite.engine_keys(c, out.results, out.report)
                if c.failure or got != c.expected or (not out.results) != c.conforms:
                    counts["wrong"] += 1
                    problems.append(f"{c.name}: wrong answer from {out.engine}: only engine "
                                    f"{sorted(got - c.expected)[:2]}, only expected {sorted(c.expected - got)[:2]}")
                else:
                    counts[f"pass ({out.engine})"] += 1
    finally:
        logging.disable(logging.NOTSET)
    return counts, problems


def _report(capsys, engine: str, counts: Counter) -> None:
    with capsys.disabled():
        shown = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
        print(f"\nW3C SHACL suite, engine {engine}: {sum(counts.values())} cases; {shown}; "
              f"wrong: {counts['wrong']}")


def test_suite_is_vendored_with_its_licence():
    assert len(CASES) >= 100
    names = {c.name.split("/")[0] for c in CASES}
    assert names == {"core", "sparql"}
    assert "W3C Software and Document License" in (suite.HERE / "LICENSE.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("engine", ["fast", "compiled"])
def test_w3c_suite_has_no_wrong_answer(engine, capsys):
    counts, problems = run_suite("default" if engine == "fast" else engine)
    _report(capsys, "default (compiled, pyshacl-turbo behind it)" if engine == "fast" else "compiled only", counts)
    assert sum(counts.values()) == len(CASES) >= 100
    assert counts["wrong"] == 0 and counts["error"] == 0, "\n".join(problems)
    assert problems == []
    if engine == "fast":  # the default engine refuses only what would reach the network
        assert counts["refused"] <= 2, counts
    else:  # the compiled engine runs a good part of the suite itself
        assert counts["pass (compiled)"] >= 60, counts
