"""``srkg validate`` on realistic new data, our own graph, bad input and the CLI.

The new-data files under tests/validate/ point into the real graph
(sr:RussiaChinaRelationship, sr:DeFactoAlliance, sr:CentralAsia, ...); the
results expected for each were written by hand from what each file gets wrong.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import rdflib

from srkg import paths
from srkg.cli import main
from srkg.rdf.reader import shorten
from srkg.shacl.validate import validate_data, validate_files

HERE = Path(__file__).resolve().parent
DATA = HERE / "validate"
TEXT = HERE / "articles" / "tester-2024" / "tester-2024.txt"  # the synthetic article's text
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def brief(rep) -> set[tuple]:
    """(focus, path, value, shape, constraint, severity), shortened; blank nodes as '_:'."""
    def s(x):
        if x is None:
            return None
        if x.startswith("_:"):
            return "_:"
        return x if x.startswith('"') else shorten(x)
    return {(s(r.focus), s(r.path), s(r.value), s(r.source_shape), r.constraint_name, r.severity) for r in rep.results}


# Written by hand: what each file gets wrong, and nothing else.
EXPECTED = {
    "new-article.ttl": set(),
    "missing-quote.ttl": {
        ("sr:ev-claim-TestArticle2024-central-asia", "oa:hasSelector", None, "srsh:Evidence-quote",
         "qualifiedMinCount", "Violation"),
    },
    "misspelt-actor.ttl": {
        ("sr:TestArticle2024", "srkg:studiesActor", "sr:Rusia", "srsh:Work-actor-class", "class", "Violation"),
        ("sr:TestArticle2024", "srkg:studiesActor", "sr:Rusia", None, "UndefinedName", "Violation"),
    },
    "wrong-datatype.ttl": {
        ("sr:TestArticle2024", "srkg:publicationYear", '"2024"', "srsh:Work-year-datatype", "datatype", "Violation"),
    },
    "region-as-type.ttl": {
        ("sr:claim-TestArticle2024-alliance", "srkg:assignsType", "sr:CentralAsia", "srsh:Characterization-type-class",
         "class", "Violation"),
    },
    "bad-offsets.ttl": set(),  # the offsets are well-formed; only --source can see they are wrong
}


def test_realistic_files_found():
    assert len(sorted(DATA.glob("*.ttl"))) == len(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_realistic_file_gives_exactly_the_expected_results(name):
    rep = validate_files([DATA / name])
    assert brief(rep) == EXPECTED[name], rep.text
    assert rep.conforms == (not EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fast_engine_agrees_with_pyshacl(name):
    fast = validate_files([DATA / name])
    ref = validate_files([DATA / name], engine="pyshacl")
    assert sorted(r.key() for r in fast.results) == sorted(r.key() for r in ref.results)


def test_misspelt_actor_suggests_the_right_name():
    rep = validate_files([DATA / "misspelt-actor.ttl"])
    msgs = [r.message for r in rep.results if r.constraint_name == "UndefinedName"]
    assert msgs == ["sr:Rusia is a name neither the graph nor this data defines: did you mean sr:Russia?"]


def test_source_verifies_evidence():
    ok = validate_files([DATA / "new-article.ttl"], source=TEXT)
    assert ok.conforms and ok.results == []
    bad = validate_files([DATA / "bad-offsets.ttl"], source=TEXT)
    assert brief(bad) == {("sr:claim-TestArticle2024-alliance", "srkg:hasEvidence", None, None, "EvidenceMismatch",
                           "Violation")}
    assert "the quote stands at 153" in bad.results[0].message  # 153: where locate() put it


def test_our_graph_conforms(capsys):
    files = paths.instance_files()
    assert len(files) >= 10
    rep = validate_files(files)  # the graph's own files, each as the new version of itself
    serious = [r for r in rep.results if r.severity != "Info"]
    assert serious == [], rep.text
    assert rep.conforms
    ref = validate_files(files, engine="pyshacl")
    assert sorted(r.key() for r in ref.results) == sorted(r.key() for r in rep.results)
    assert main(["validate", *map(str, files)]) == 0
    assert main(["validate", "--strict", *map(str, files)]) == 0
    capsys.readouterr()


def test_ontology_changes_are_errors():
    rep = validate_data(data="""
        @prefix srkg: <https://w3id.org/srkg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix sr: <https://w3id.org/srkg/id/> .
        srkg:Alliance a owl:Class ; rdfs:subClassOf srkg:RelationshipType .
        sr:MyClass rdfs:subClassOf srkg:Actor .""")
    changes = {(shorten(r.focus), shorten(r.path)) for r in rep.results if r.constraint_name == "OntologyChange"}
    assert changes == {("srkg:Alliance", "rdf:type"), ("srkg:Alliance", "rdfs:subClassOf"),
                       ("sr:MyClass", "rdfs:subClassOf")}
    assert not rep.conforms


def test_undefined_ontology_term_is_an_error():
    rep = validate_data(data="""
        @prefix srkg: <https://w3id.org/srkg/ontology#> . @prefix sr: <https://w3id.org/srkg/id/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        sr:Korolev2020 srkg:usesTheorie sr:Realism .""")
    [res] = [r for r in rep.results if r.constraint_name == "UndefinedName"]
    assert res.message.endswith("did you mean srkg:usesTheory?")


def test_warnings_pass_unless_strict():
    data = """@prefix srkg: <https://w3id.org/srkg/ontology#> . @prefix sr: <https://w3id.org/srkg/id/> .
              sr:Korolev2020 <http://www.w3.org/2000/01/rdf-schema#label> "Korolev 2020 (second label)" ."""
    rep = validate_data(data=data)
    assert {r.constraint_name for r in rep.results} == {"languageIn"} and rep.conforms
    assert not validate_data(data=data, strict=True).conforms


# ---------------------------------------------------------------------------
# The CLI: formats and exit codes
# ---------------------------------------------------------------------------
def test_cli_exit_codes_and_text(capsys):
    assert main(["validate", str(DATA / "new-article.ttl")]) == 0
    assert "conforms" in capsys.readouterr().out
    assert main(["validate", str(DATA / "region-as-type.ttl")]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith('sr:claim-TestArticle2024-alliance  "Tester (2024)')
    assert "srkg:assignsType = sr:CentralAsia" in out
    assert "srkg:assignsType takes a relationship type" in out


def test_cli_json(capsys):
    assert main(["validate", "--format", "json", str(DATA / "misspelt-actor.ttl")]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["conforms"] is False and doc["violations"] == 2
    assert {r["value"] for r in doc["results"]} == {"https://w3id.org/srkg/id/Rusia"}
    assert {r["focus_label"] for r in doc["results"]} == {"Tester 2024 (synthetic test article)"}


def test_cli_turtle_is_a_standard_report(capsys):
    assert main(["validate", "--format", "turtle", str(DATA / "wrong-datatype.ttl")]) == 1
    g = rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")
    [report] = list(g.subjects(rdflib.RDF.type, SH.ValidationReport))
    assert g.value(report, SH.conforms).toPython() is False
    [res] = list(g.objects(report, SH.result))
    assert g.value(res, SH.sourceConstraintComponent) == SH.DatatypeConstraintComponent
    assert g.value(res, SH.resultSeverity) == SH.Violation
    assert str(g.value(res, SH.focusNode)) == "https://w3id.org/srkg/id/TestArticle2024"


def test_cli_pyshacl_engine(capsys):
    assert main(["validate", "--engine", "pyshacl", str(DATA / "wrong-datatype.ttl")]) == 1
    assert "engine pyshacl" in capsys.readouterr().out


def test_other_rdf_formats(tmp_path, capsys):
    g = rdflib.Graph().parse(DATA / "region-as-type.ttl")
    for fmt, suffix in (("nt", ".nt"), ("xml", ".rdf"), ("json-ld", ".jsonld"), ("trig", ".trig")):
        f = tmp_path / ("data" + suffix)
        f.write_text(g.serialize(format=fmt), encoding="utf-8")
        assert main(["validate", str(f)]) == 1, fmt
        assert "srkg:assignsType = sr:CentralAsia" in capsys.readouterr().out


# ---------------------------------------------------------------------------
# Bad input: exit 2, one line, no traceback, nothing written
# ---------------------------------------------------------------------------
def _bad(tmp_path) -> dict[str, tuple[Path, str]]:
    cases = {}
    cases["missing"] = (tmp_path / "nope.ttl", "no such file")
    f = tmp_path / "data.xyz"
    f.write_text("<a:b> <a:c> <a:d> .\n")
    cases["unknown format"] = (f, "unknown RDF file type")
    f = tmp_path / "syntax.ttl"
    f.write_text("@prefix sr: <https://w3id.org/srkg/id/> .\nsr:a sr:b sr:c .\nsr:a sr:b \"open .\n")
    cases["syntax"] = (f, "syntax.ttl:3:")
    f = tmp_path / "empty.ttl"
    f.write_bytes(b"")
    cases["empty"] = (f, "file is empty")
    f = tmp_path / "comments.ttl"
    f.write_text("# only a comment\n@prefix sr: <https://w3id.org/srkg/id/> .\n")
    cases["no triples"] = (f, "holds no triples")
    f = tmp_path / "latin1.ttl"
    f.write_bytes('<http://a/b> <http://a/c> "Krüssmann" .\n'.encode("latin-1"))
    cases["not utf-8"] = (f, "not UTF-8")
    f = tmp_path / "huge.nt"
    with f.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 1024 * 1024)
    cases["200 MB"] = (f, "over the limit")
    return cases


@pytest.mark.parametrize("case", ["missing", "unknown format", "syntax", "empty", "no triples", "not utf-8", "200 MB"])
def test_bad_input_is_one_line_and_exit_2(case, tmp_path, capsys):
    path, words = _bad(tmp_path)[case]
    assert main(["validate", str(path)]) == 2
    cap = capsys.readouterr()
    assert cap.out == ""
    lines = cap.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("srkg: error: "), cap.err
    assert words in lines[0]
    assert "Traceback" not in cap.err


def test_size_limit_can_be_raised(tmp_path, capsys):
    big = tmp_path / "big.nt"
    big.write_bytes(b"# padding\n" * 120_000 + b"<https://w3id.org/srkg/id/Korolev2020> "
                    b"<https://w3id.org/srkg/ontology#publicationYear> \"2020\" .\n")
    assert main(["validate", "--max-mb", "1", str(big)]) == 2
    assert "over the limit of 1 MiB" in capsys.readouterr().err
    assert main(["validate", "--max-mb", "2", str(big)]) == 1  # read, and the plain year is wrong
    assert "srkg:publicationYear" in capsys.readouterr().out


def test_unknown_input_format_option(capsys):
    assert main(["validate", "--input-format", "n3x", str(DATA / "new-article.ttl")]) == 2
    assert "unknown RDF format" in capsys.readouterr().err


def test_validation_writes_nothing():
    shipped = paths.ontology_files() + paths.instance_files() + paths.shapes_files()
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in shipped}
    for name in EXPECTED:
        validate_files([DATA / name])
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in shipped} == before
