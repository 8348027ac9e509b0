"""The compiled engine keeps its promise: each point of issue 13, with the answer SHACL gives,
worked out by hand from the specification (not copied from an engine's output)."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from srkg.cli import main
from srkg.errors import EXIT_UNSUPPORTED, UnsupportedShape
from srkg.shacl.core import validate_graphs
from srkg.shacl.validate import validate_files

ROOT = Path(__file__).resolve().parents[1]
HEAD = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def graph(text: str) -> rdflib.Graph:
    import rdflib.term

    saved, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
    try:
        return rdflib.Graph().parse(data=HEAD + text, format="turtle")
    finally:
        rdflib.NORMALIZE_LITERALS = saved


def results(shapes: str, data: str, engine: str = "compiled") -> list[tuple]:
    out = validate_graphs(graph(data), graph(shapes), engine=engine)
    return sorted((r.focus.rsplit("/", 1)[-1], r.component.rsplit("#", 1)[-1].replace("ConstraintComponent", ""),
                   None if r.value is None else str(r.value), None if r.pair is None else str(r.pair)) for r in out.results)


# -- refused, whatever the namespace ---------------------------------------------------------
REFUSED = {
    "nested sh:property in a property shape":
        "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:property [ sh:path ex:q ; sh:minCount 1 ] ] .",
    "sh:sparql on a property shape":
        'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o }" ] ] .',
    "a parameter of a custom component outside sh:":
        'ex:C a sh:ConstraintComponent ; sh:parameter [ sh:path ex:maxWords ] ; sh:validator [ a sh:SPARQLAskValidator ; '
        'sh:ask "ASK { FILTER (true) }" ] . ex:S sh:targetNode ex:a ; ex:maxWords 3 .',
    "BIND($this AS ?that) before $this is matched":
        'ex:S sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE { BIND ($this AS ?that) ?that ?p ?o . $this ?q ?o }" ] .',
    "a nested SELECT":
        'ex:S sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o . { SELECT ?o WHERE { ?o ?q ?r } } }" ] .',
    "$this only inside OPTIONAL":
        'ex:S sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE { OPTIONAL { $this ex:p ?o } FILTER (!bound(?o)) }" ] .',
    "a datatype without a lexical check":
        "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:datatype ex:myType ] .",
    "an unknown sh: term":
        "ex:S sh:targetNode ex:a ; sh:noSuchThing 3 .",
}


@pytest.mark.parametrize("shape", REFUSED.values(), ids=REFUSED.keys())
def test_compiled_engine_refuses_what_it_does_not_compile(shape):
    with pytest.raises(UnsupportedShape) as err:
        results(shape, "ex:a ex:p ex:b .")
    assert "\n" not in str(err.value) and err.value.exit_code == EXIT_UNSUPPORTED


def test_the_default_engine_runs_them_through_pyshacl_turbo():
    out = validate_graphs(graph("ex:a ex:p ex:b ."), graph(REFUSED["nested sh:property in a property shape"]))
    assert out.engine in ("turbo", "pyshacl") and "sh:property inside a property shape" in out.reason
    # ex:b has no ex:q: the nested property shape makes ex:b fail, so ex:a's value fails its property shape
    assert [r.component.rsplit("#", 1)[-1] for r in out.results] == ["MinCountConstraintComponent"]


# -- deactivated, everywhere -----------------------------------------------------------------
def test_deactivated_property_shape_and_sparql_constraint_do_not_fire():
    shapes = """ex:S sh:targetNode ex:a ;
      sh:property [ sh:path ex:p ; sh:minCount 2 ; sh:deactivated true ] ;
      sh:property [ sh:path ex:p ; sh:maxCount 0 ] ;
      sh:sparql [ sh:deactivated true ; sh:select "SELECT $this WHERE { $this ex:p ?o }" ] ."""
    assert results(shapes, "ex:a ex:p ex:b .") == [("a", "MaxCount", None, None)]


# -- SPARQL, parsed -----------------------------------------------------------------------------
def test_sparql_with_a_dot_in_an_iri_and_this_as_object_runs():
    shapes = """ex:S sh:targetNode ex:b ; sh:sparql [ sh:select
        "SELECT $this ?value WHERE { ?value <http://example.org/v1.2/knows> $this . }" ] ."""
    assert results(shapes, "ex:a <http://example.org/v1.2/knows> ex:b . ex:c <http://example.org/v1.2/knows> ex:d .") == \
        [("b", "SPARQL", "<http://example.org/a>", None)]


def test_sparql_message_template_is_filled():
    shapes = """ex:S sh:targetNode ex:a ; sh:sparql [ sh:message "{$this} knows {?value}" ;
        sh:select "SELECT $this ?value WHERE { $this <http://example.org/knows> ?value }" ] ."""
    out = validate_graphs(graph("ex:a ex:knows ex:b ."), graph(shapes), engine="compiled")
    assert [r.message for r in out.results] == ["http://example.org/a knows http://example.org/b"]


# -- one result per pair, per tag -----------------------------------------------------------------
def test_less_than_reports_each_pair():
    shapes = "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:start ; sh:lessThan ex:end ] ."
    data = "ex:a ex:start 5 ; ex:end 3, 4, 9 ."  # 5 is not less than 3, nor than 4: two results
    assert results(shapes, data) == [("a", "LessThan", '"5"^^<http://www.w3.org/2001/XMLSchema#integer>',
                                      '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'),
                                     ("a", "LessThan", '"5"^^<http://www.w3.org/2001/XMLSchema#integer>',
                                      '"4"^^<http://www.w3.org/2001/XMLSchema#integer>')]


def test_unique_lang_reports_each_tag():
    shapes = "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:label ; sh:uniqueLang true ] ."
    data = 'ex:a ex:label "a"@en, "b"@en, "c"@de, "d"@de, "e"@fr .'
    assert [r[1:] for r in results(shapes, data)] == [("UniqueLang", None, '"de"'), ("UniqueLang", None, '"en"')]


# -- several classes ------------------------------------------------------------------------------
def test_or_and_qualified_shapes_with_several_classes():
    shapes = """ex:S sh:targetNode ex:a ;
      sh:property [ sh:path ex:p ; sh:or ( [ sh:class ex:A ] [ sh:class ex:B ] ) ] ;
      sh:property [ sh:path ex:p ; sh:qualifiedValueShape [ sh:class ex:A ; sh:class ex:B ] ; sh:qualifiedMinCount 1 ] ."""
    data = "ex:a ex:p ex:x, ex:y, ex:z . ex:x a ex:A . ex:y a ex:B . ex:z a ex:C ."
    # ex:z is neither A nor B; no value is both A and B
    assert results(shapes, data) == [("a", "Or", "<http://example.org/z>", None), ("a", "QualifiedMinCount", None, None)]
    assert results(shapes, data + " ex:w a ex:A, ex:B . ex:a ex:p ex:w .") == [("a", "Or", "<http://example.org/z>", None)]


# -- values as written ----------------------------------------------------------------------------------
def test_values_are_reported_as_written_and_lengths_count_the_lexical_form():
    shapes = """ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:n ; sh:maxLength 2 ; sh:maxInclusive 3 ] ."""
    data = "ex:a ex:n 4.0 ."   # "4.0" is three characters long and more than 3
    with pytest.raises(UnsupportedShape, match="store would rewrite"):
        results(shapes, data)
    got = results(shapes, data, engine="default")
    assert got == [("a", "MaxInclusive", '"4.0"^^<http://www.w3.org/2001/XMLSchema#decimal>', None),
                   ("a", "MaxLength", '"4.0"^^<http://www.w3.org/2001/XMLSchema#decimal>', None)]


def test_two_spellings_of_one_number_are_two_values():
    shapes = "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:n ; sh:maxCount 1 ] ."
    assert results(shapes, 'ex:a ex:n "1"^^xsd:integer, "01"^^xsd:integer .', engine="default") == \
        [("a", "MaxCount", None, None)]


# -- XSD lexical rules ----------------------------------------------------------------------------------
@pytest.mark.parametrize("literal,ok", [
    ('"2021-02-30"^^xsd:date', False), ('"2020-02-29"^^xsd:date', True), ('"2021-02-29"^^xsd:date', False),
    ('"yes"^^xsd:boolean', False), ('"true"^^xsd:boolean', True), ('"1"^^xsd:boolean', True),
])
def test_datatype_checks_the_lexical_form(literal, ok):
    dt = literal.rsplit(":", 1)[1]
    shapes = f"ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:v ; sh:datatype xsd:{dt} ] ."
    got = results(shapes, f"ex:a ex:v {literal} .", engine="default")
    assert [r[:2] for r in got] == ([] if ok else [("a", "Datatype")])


def test_validate_files_flags_february_30(tmp_path):
    article = ROOT / "tests" / "validate" / "new-article.ttl"
    text = article.read_text(encoding="utf-8")
    bad = tmp_path / "article.ttl"
    bad.write_text(text + '\nsr:TestArticle2024 srkg:receivedOn "2021-02-30"^^xsd:date .\n', encoding="utf-8")
    rep = validate_files([bad], workers=1)
    hits = [r for r in rep.results if r.path and r.path.endswith("receivedOn")]
    assert [(r.constraint_name, r.value) for r in hits] == [("datatype", '"2021-02-30"^^<http://www.w3.org/2001/XMLSchema#date>')]
    assert rep.engine == "compiled"


# -- the CLI and the gate ------------------------------------------------------------------------------------
def test_cli_compiled_engine_refusal_is_one_line_exit_3(tmp_path, capsys):
    shapes = tmp_path / "s.ttl"
    shapes.write_text(HEAD + REFUSED["nested sh:property in a property shape"], encoding="utf-8")
    data = ROOT / "tests" / "validate" / "misspelt-actor.ttl"
    assert main(["validate", "--engine", "compiled", "--shapes", str(shapes), str(data)]) == EXIT_UNSUPPORTED
    err = capsys.readouterr().err
    assert err.startswith("srkg: error: ") and err.count("\n") == 1 and "Traceback" not in err


def test_check_fails_on_shapes_validate_cannot_compile(tmp_path):
    from srkg.quality.check import shapes_findings

    bad = tmp_path / "bad.shacl.ttl"
    bad.write_text(HEAD + REFUSED["sh:sparql on a property shape"], encoding="utf-8")
    found = shapes_findings([bad])
    assert [(f.level, f.code) for f in found] == [("ERROR", "shapes-unsupported")]
    assert shapes_findings(sorted((ROOT / "ontology" / "shapes").glob("*.shacl.ttl"))) == []


def test_compiled_shapes_are_cached_between_runs(tmp_path, monkeypatch):
    from srkg.shacl import shapes as v

    monkeypatch.setenv("SRKG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SRKG_NO_CACHE", raising=False)
    good, bad = tmp_path / "good.shacl.ttl", tmp_path / "bad.shacl.ttl"
    good.write_text(HEAD + "ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .", encoding="utf-8")
    bad.write_text(HEAD + REFUSED["sh:sparql on a property shape"], encoding="utf-8")
    first = v.read_shapes([good])
    assert len(list((tmp_path / "cache" / "shapes").glob("*.pickle"))) == 1
    v._SHAPES_CACHE.clear()  # a new run: from the cache folder, not from this process
    again = v.read_shapes([good])
    assert again is not first and [s.constraints for s in again.compiled] == [s.constraints for s in first.compiled]
    refused = v.read_shapes([bad])
    v._SHAPES_CACHE.clear()
    assert v.read_shapes([bad]).refusal.message == refused.refusal.message
    assert v.read_shapes([bad]).graph is not None  # the slow path still gets the graph
    good.write_text(good.read_text(encoding="utf-8") + " ex:T sh:targetNode ex:b ; sh:class ex:C .", encoding="utf-8")
    v._SHAPES_CACHE.clear()
    assert len(v.read_shapes([good]).compiled) == 2  # changed bytes: compiled anew
