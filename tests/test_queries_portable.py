"""Every stored query gives the same rows on Oxigraph and on Jena (ARQ in memory and TDB2).

The cases are the stored queries (``queries/*.rq``, the checks and the figure queries)
with the example values of their headers, plus a few values below that exercise what
engines tend to disagree on (accents, dashes, membership).  Each case is bound into one
query text and run on the embedded pyoxigraph store and, in one JVM
(``tools/portability/JenaRunner.java``), on Jena from Debian's ``libapache-jena-java``
over the same triples, once in memory and once in a TDB2 database.  The rows must be the
same, duplicates counted, and in the same order where the query orders by projected
variables.  Virtuoso is compared by ``tools/portability/virtuoso.py`` (not run here: it
needs a server of its own).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from srkg.sparql import queries as Q

TOOLS = Path(__file__).resolve().parents[1] / "tools" / "portability"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"srkg_portability_{name}", TOOLS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


compare = _load("compare")
jena = _load("jena")

# More values than the headers' examples, where engines are known to differ.
EXTRA = {
    "search-labels": [{"text": "Santic"}, {"text": "Russia-China"}, {"text": "SANTIĆ"}],
    "claims-about": [{"subject": "sr:CountriesInBetween"}, {"subject": "sr:Russia"}],
    "places-within": [{"region": "sr:RussianFarEast"}],
}


@pytest.fixture(scope="module")
def store():
    from srkg.rdf.store import open_store

    return open_store()


@pytest.fixture(scope="module")
def cases():
    return compare.cases(extra=EXTRA)


def test_the_cases_cover_every_stored_query(cases):
    stored = compare.stored_queries()
    assert len(stored) >= 30
    covered = {c.query.name for c in cases}
    assert covered == {q.name for q in stored}
    assert any(c.query.name.startswith("checks/") for c in cases)
    assert any(c.query.name.startswith("figures/") for c in cases)
    # a required parameter always has a value, each optional example is tried
    assert all(not any(p.required and p.name not in dict(c.params) for p in c.query.params) for c in cases)
    assert {("co-citation", ()), ("co-citation", (("work", "sr:Wishnick2017"),))} <= {(c.query.name, c.params) for c in cases}


def test_the_comparison_sees_missing_duplicates_and_order(store, cases):
    """The checker itself: a duplicate row, a changed value and another order are all differences."""
    case = next(c for c in cases if c.query.name == "co-citation" and not c.params)
    ox = compare.oxigraph_answer(store, case)
    assert len(ox.rows) > 3 and compare.differences(case, ox, ox) == []
    doubled = compare.Answer(ox.form, ox.variables, ox.rows + ox.rows[:1])
    assert compare.differences(case, ox, doubled)
    reordered = compare.Answer(ox.form, ox.variables, ox.rows[::-1])
    assert "another order" in " ".join(compare.differences(case, ox, reordered))
    other = compare.Answer(ox.form, ox.variables, [tuple(Q.Term("literal", "x") for _ in ox.variables)] + ox.rows[1:])
    assert compare.differences(case, ox, other)


def _jena_unavailable() -> str | None:
    if not jena.installed():
        return "Jena is not installed (apt-get install libapache-jena-java; .ci/run installs it)"
    if not shutil.which("java"):
        return "no java on PATH"
    if not shutil.which("javac"):
        return "JenaRunner.java needs a JDK (java's source launcher); only a JRE is installed"
    return None


@pytest.mark.skipif(_jena_unavailable() is not None, reason=str(_jena_unavailable()))
def test_every_stored_query_gives_the_same_rows_on_jena(store, cases, tmp_path):
    data = tmp_path / "graph.nt"
    n = compare.dump_ntriples(store, data)
    assert n > 1000
    answers = jena.run_many(data, {c.id: c.text for c in cases}, tmp_path, mode="both")
    problems = []
    for case in cases:
        ox = compare.oxigraph_answer(store, case)
        for engine, got in answers[case.id].items():
            name = f"jena-{engine}"
            if "error" in got:
                problems.append(f"{case.label} on {name}: {got['error'][:300]}")
                continue
            other = compare.answer_from_json(case, got["json"]) if "json" in got else compare.answer_from_nt(got["nt"])
            diff = compare.differences(case, ox, other, ("oxigraph", name))
            if diff:
                problems.append(f"{case.label} on {name}:\n    " + "\n    ".join(diff))
    assert not problems, f"{len(problems)} of {2 * len(cases)} runs differ from Oxigraph:\n" + "\n".join(problems)
