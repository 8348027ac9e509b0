"""The quality gate: passes on the real ontology; every registered finding code has a counter-example.

The codes are discovered from the registry (:data:`srkg.quality.findings.CODES`), and from the
source: every code the quality modules can emit must be registered, and every registered code
must be emitted somewhere.  Each counter-example in tests/check/ adds one defect to
tests/check/base.ttl (or, for the REPLACE_CASES, replaces it); the test asserts that exactly the
expected finding code fires.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from srkg.quality.check import run_check
from srkg.quality.findings import CODES, VIOLATION_PREFIX
from srkg.cli import main
from srkg.errors import RDFSyntaxError

CASES = Path(__file__).parent / "check"
SOURCE_ENVS = ("SRKG_SOURCE", "SRKG_SOURCES")
#: the made-up text the evidence counter-examples quote (not the article: these are about the gate)
EVIDENCE_SOURCE = CASES / "evidence-source.txt"

REASONER_CASES = {"inconsistent", "unsatisfiable-class"}
INSTANCE_CASES = {"inconsistent", "evidence-mismatch", "evidence-no-source", "evidence-wrong-source",
                  "evidence-incomplete", "evidence-ambiguous", "evidence-unknown-source", "source-text-absent",
                  "source-text-unused"}
EVIDENCE_CASES = INSTANCE_CASES - {"inconsistent"}
REPLACE_CASES = {"metadata-missing", "ontology-iri-extension", "no-disjointness", "version-iri",
                 "ontology-missing"}  # these replace base.ttl
QUERY_CASES = {"violation-query-syntax"}  # tests/check/<code>.rq as a queries/checks/ query
SHAPES_CASES = {"shapes-unsupported"}  # tests/check/<code>.ttl as ontology/shapes/<code>.shacl.ttl
NO_SOURCE_CASES = {"evidence-skipped"}  # the base itself, checked without a source text
#: the level each counter-example fires at, where a code has two
LEVEL = {"metadata-missing": "ERROR"}


def make_root(tmp_path: Path, case: str) -> Path:
    root = tmp_path / case
    (root / "ontology").mkdir(parents=True)
    (root / "instances").mkdir()
    if case in REPLACE_CASES:
        shutil.copy(CASES / f"{case}.ttl", root / "ontology" / "srkg.ttl")
        return root
    shutil.copy(CASES / "base.ttl", root / "ontology" / "srkg.ttl")
    if case in QUERY_CASES:
        (root / "queries" / "checks").mkdir(parents=True)
        shutil.copy(CASES / f"{case}.rq", root / "queries" / "checks" / f"{case}-violation.rq")
    elif case in SHAPES_CASES:
        (root / "ontology" / "shapes").mkdir()
        shutil.copy(CASES / f"{case}.ttl", root / "ontology" / "shapes" / f"{case}.shacl.ttl")
    elif case not in NO_SOURCE_CASES:
        target = root / ("instances" if case in INSTANCE_CASES else "ontology") / f"{case}.ttl"
        shutil.copy(CASES / f"{case}.ttl", target)
    return root


def _emitted_codes() -> set[str]:
    """The code of every ``Finding(level, "code", ...)`` in the quality modules (string constants,
    and ``"prefix-" + ...`` for a family whose members are registered one by one)."""
    import srkg.quality

    found = set()
    for f in Path(srkg.quality.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Finding" and len(node.args) >= 2:
                arg = node.args[1]
                if isinstance(arg, ast.Constant):
                    found.add(arg.value)
                elif isinstance(arg, ast.BinOp) and isinstance(arg.left, ast.Constant):
                    found.add(arg.left.value + "*")
    return found


def test_every_code_the_gate_emits_is_registered_and_every_registered_code_is_emitted():
    emitted = _emitted_codes()
    assert len(emitted) >= 20, emitted
    families = {c[:-1] for c in emitted if c.endswith("*")}
    plain = {c for c in emitted if not c.endswith("*")}
    assert families == {"multiple-", VIOLATION_PREFIX}
    assert plain - set(CODES) == set(), "codes emitted but not registered"
    unmatched = {c for c in CODES if c not in plain and not any(c.startswith(f) for f in families)}
    assert unmatched == set(), "registered codes that nothing emits"


def test_every_registered_code_has_a_counter_example():
    assert len(CODES) >= 30
    files = {p.stem for p in CASES.glob("*.ttl")} | {p.stem for p in CASES.glob("*.rq")}
    missing = {c for c in CODES if c not in files | NO_SOURCE_CASES}
    assert missing == set(), f"codes without a counter-example in {CASES}"
    assert files - {"base", "syntax-error"} - set(CODES) == set(), "counter-examples of no registered code"


def test_base_is_clean(tmp_path):
    root = tmp_path / "base"
    (root / "ontology").mkdir(parents=True)
    shutil.copy(CASES / "base.ttl", root / "ontology" / "srkg.ttl")
    result = run_check(root, reasoner=True)
    assert [f for f in result.findings if f.level in ("ERROR", "WARN")] == []
    assert "consistent" in result.reasoner


@pytest.mark.parametrize("case", sorted(CODES))
def test_counter_example_fires(case, tmp_path, monkeypatch):
    code, entry = case, CODES[case]
    level = LEVEL.get(code, entry.levels[0])
    for env in SOURCE_ENVS:
        monkeypatch.delenv(env, raising=False)
    root = make_root(tmp_path, case)
    result = run_check(root, reasoner=case in REASONER_CASES,
                       source=EVIDENCE_SOURCE if case in EVIDENCE_CASES else None)
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


def test_findings_as_json_and_csv(tmp_path, capsys):
    import csv
    import io
    import json

    root = make_root(tmp_path, "label-missing")
    assert main(["check", "--root", str(root), "--no-reasoner", "--format", "json"]) == 1
    out = capsys.readouterr()
    doc = json.loads(out.out)
    assert any(d["code"] == "label-missing" and d["level"] == "ERROR" and d["subject"] == "srkg:City" for d in doc)
    assert "1 errors" in out.err
    assert main(["check", "--root", str(root), "--no-reasoner", "-q", "-f", "csv"]) == 1
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert rows and {r["level"] for r in rows} == {"ERROR"}
