"""The quality gate: passes on the real ontology; every kind of finding has a counter-example.

Each counter-example in tests/check/ adds one defect to tests/check/base.ttl (or,
for metadata-missing, replaces it); the test asserts that exactly the expected
finding code fires.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from srkg.quality.check import run_check
from srkg.cli import main
from srkg.errors import RDFSyntaxError

CASES = Path(__file__).parent / "check"

# case file -> (finding code expected, level, needs the reasoner, needs the source)
EXPECTED = {
    "label-missing": ("label-missing", "ERROR"),
    "label-duplicate": ("label-duplicate", "ERROR"),
    "label-multiple": ("label-multiple", "ERROR"),
    "label-whitespace": ("label-whitespace", "ERROR"),
    "definition-multiple": ("definition-multiple", "ERROR"),
    "definition-duplicate": ("definition-duplicate", "ERROR"),
    "definition-missing": ("definition-missing", "WARN"),
    "definition-lowercase": ("definition-lowercase", "WARN"),
    "domain-missing": ("domain-missing", "WARN"),
    "range-missing": ("range-missing", "WARN"),
    "superclass-missing": ("superclass-missing", "WARN"),
    "unconnected-class": ("unconnected-class", "WARN"),
    "metadata-missing": ("metadata-missing", "ERROR"),
    "hierarchy-cycle": ("hierarchy-cycle", "ERROR"),
    "inverse-self": ("inverse-self", "ERROR"),
    "inverse-symmetric": ("inverse-symmetric", "ERROR"),
    "multiple-domain": ("multiple-domain", "ERROR"),
    "multiple-range": ("multiple-range", "ERROR"),
    "undeclared-term": ("undeclared-term", "ERROR"),
    "undeclared-external": ("undeclared-external", "ERROR"),
    "ontology-iri-extension": ("ontology-iri-extension", "ERROR"),
    "inconsistent": ("inconsistent", "ERROR"),
    "unsatisfiable-class": ("unsatisfiable-class", "ERROR"),
    "evidence-mismatch": ("evidence-mismatch", "ERROR"),
}
REASONER_CASES = {"inconsistent", "unsatisfiable-class"}
INSTANCE_CASES = {"inconsistent", "evidence-mismatch"}
REPLACE_CASES = {"metadata-missing", "ontology-iri-extension"}  # these replace base.ttl


def make_root(tmp_path: Path, case: str) -> Path:
    root = tmp_path / case
    (root / "ontology").mkdir(parents=True)
    (root / "instances").mkdir()
    case_file = CASES / f"{case}.ttl"
    if case in REPLACE_CASES:
        shutil.copy(case_file, root / "ontology" / "srkg.ttl")
        return root
    shutil.copy(CASES / "base.ttl", root / "ontology" / "srkg.ttl")
    target = root / ("instances" if case in INSTANCE_CASES else "ontology") / f"{case}.ttl"
    shutil.copy(case_file, target)
    return root


def test_every_case_file_is_listed():
    files = {p.stem for p in CASES.glob("*.ttl")} - {"base", "syntax-error"}
    assert files, "no counter-examples found"
    assert files == set(EXPECTED)


def test_base_is_clean(tmp_path):
    root = tmp_path / "base"
    (root / "ontology").mkdir(parents=True)
    shutil.copy(CASES / "base.ttl", root / "ontology" / "srkg.ttl")
    result = run_check(root, reasoner=True)
    assert [f for f in result.findings if f.level in ("ERROR", "WARN")] == []
    assert "consistent" in result.reasoner


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_counter_example_fires(case, tmp_path, source_file):
    code, level = EXPECTED[case]
    root = make_root(tmp_path, case)
    result = run_check(root, reasoner=case in REASONER_CASES,
                       source=source_file if case == "evidence-mismatch" else None)
    fired = {(f.code, f.level) for f in result.findings}
    assert (code, level) in fired, f"{case}: expected {code}/{level}, got {sorted(fired)}"
    # the defect is the only thing wrong: no other ERROR than the expected one
    others = {f.code for f in result.findings if f.level == "ERROR" and f.code != code}
    assert others == set(), f"{case}: unexpected errors {others}"


def test_violation_query_fires(tmp_path):
    root = make_root(tmp_path, "label-missing")
    (root / "queries" / "checks").mkdir(parents=True)
    (root / "queries" / "checks" / "class-without-label-violation.rq").write_text(
        "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?c WHERE { ?c a owl:Class FILTER NOT EXISTS { ?c rdfs:label ?l } }\n")
    result = run_check(root, reasoner=False)
    assert any(f.code == "violation:class-without-label" and "srkg:City" in f.subject for f in result.findings)


def test_syntax_error_names_file_line_column(tmp_path, capsys):
    root = make_root(tmp_path, "label-missing")
    shutil.copy(CASES / "syntax-error.ttl", root / "ontology" / "broken.ttl")
    with pytest.raises(RDFSyntaxError) as err:
        run_check(root, reasoner=False)
    assert err.value.path.endswith("broken.ttl") and err.value.line == 3
    assert main(["check", "--root", str(root), "--no-reasoner"]) == 2
    out = capsys.readouterr()
    lines = [line for line in out.err.splitlines() if line.startswith("srkg: error:")]
    assert len(lines) == 1 and "broken.ttl:3:" in lines[0]
    assert "Traceback" not in out.err + out.out


def test_no_java_is_one_line_exit_2(tmp_path, capsys, monkeypatch):
    root = make_root(tmp_path, "label-missing")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert main(["check", "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert "no Java runtime found" in err and "Traceback" not in err


def test_exit_1_on_error_and_0_on_warnings(tmp_path, capsys):
    assert main(["check", "--root", str(make_root(tmp_path, "label-missing")), "--no-reasoner"]) == 1
    assert main(["check", "--root", str(make_root(tmp_path, "domain-missing")), "--no-reasoner"]) == 0
    out = capsys.readouterr().out
    assert "ERROR label-missing" in out and "WARN  domain-missing" in out


def test_real_ontology_and_data_pass(source_file, capsys):
    """The gate over the project's own ontology and instances, HermiT and evidence included."""
    code = main(["check", "--source", str(source_file)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 errors" in out and "HermiT: consistent" in out and "selectors verified" in out


VIOLATIONS = Path(__file__).parent / "check" / "violations"


def _violation_queries():
    from srkg import paths
    files = paths.violation_query_files()
    assert files, "no violation queries found"
    return files


@pytest.mark.parametrize("query", _violation_queries(), ids=lambda p: p.name)
def test_each_violation_query_has_a_counter_example(query):
    """Each queries/checks/*-violation.rq returns rows on its counter-example (and none on the real data)."""
    from srkg import paths
    from srkg.quality.check import run_violation_queries
    from srkg.rdf.reader import load_store

    name = query.name[: -len("-violation.rq")]
    example = VIOLATIONS / f"{name}.ttl"
    assert example.is_file(), f"no counter-example {example.name} for {query.name}"
    found = run_violation_queries(load_store(paths.ontology_files() + [example]), [query])
    assert found and all(f.code == f"violation:{name}" for f in found)
    assert run_violation_queries(load_store(paths.ontology_files() + paths.instance_files()), [query]) == []
