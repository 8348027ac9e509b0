"""The benchmark's generated data: every mistake it makes is found, and nothing else.

benchmarks/gen_claims.py breaks nodes on purpose and counts what it broke;
here it writes a small file with many mistakes, and ``srkg validate`` must
report, for each kind of mistake, the results written by hand below.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from srkg.shacl.validate import validate_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_claims import generate  # noqa: E402

# kind of mistake -> the results each one gives (shape or check, constraint), written by hand
EXPECTED = {
    "doi-pattern": [("Work-doi-pattern", "pattern")],
    "year-datatype": [("Work-year-datatype", "datatype")],
    "two-titles": [("Work-title", "maxCount")],
    "theory-class": [("Work-theory-class", "class")],
    "journal-misspelt": [("JournalArticle-journal-class", "class"), (None, "UndefinedName")],
    "position-zero": [("Contribution-position-range", "minInclusive")],
    "position-string": [("Contribution-position-datatype", "datatype"), ("Contribution-position-range", "minInclusive")],
    "contributor-missing": [("Contribution-contributor", "minCount")],
    "label-missing": [("Labelled-label", "minCount")],
    "label-no-language": [("Labelled-label-language", "languageIn")],
    "type-region": [("Characterization-type-class", "class")],
    "actor-misspelt": [("Claim-about-class", "or"), (None, "UndefinedName")],
    "evidence-missing": [("Claim-evidence", "minCount")],
    "madeIn-person": [("Claim-madeIn-class", "class")],
    "quote-missing": [("Evidence-quote", "qualifiedMinCount")],
    "start-after-end": [("PositionSelector-start-order", "lessThan")],
    "start-negative": [("PositionSelector-start-range", "minInclusive")],
    "selector-extra": [("PositionSelector", "closed")],
    "offset-string": [("PositionSelector-end-datatype", "datatype"), ("PositionSelector-start-order", "lessThan")],
}


def test_every_generated_mistake_is_found(tmp_path):
    data = tmp_path / "claims.ttl"
    made = generate(6000, data, seed=11, rate=0.2)
    assert set(made) == set(EXPECTED), "the generator made every kind of mistake"
    want = Counter()
    for kind, n in made.items():
        for result in EXPECTED[kind]:
            want[result] += n
    rep = validate_files([data])
    got = Counter((r.source_shape.rsplit("#", 1)[-1] if r.source_shape else None, r.constraint_name)
                  for r in rep.results)
    assert got == want, rep.text[-3000:]
