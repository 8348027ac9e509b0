"""The shapes themselves: meta-validation, and one counter-example per constraint.

Every counter-example ``tests/shapes/<Shape>-<case>.ttl`` says in its header
which constraint it must fire (``# fires: <shape local name> <component>``);
it is validated, as new data, against the small conforming graph
``tests/shapes/context/graph.ttl`` and the real ontology, and exactly that
constraint must fire -- with both engines, which must agree result by result.
The constraints are discovered from the shapes with rdflib, independently of
the fast engine's compiler, and each must have a counter-example.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, Namespace

from srkg import paths
from srkg.shacl.validate import load_shapes, validate_files

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "shapes"
CONTEXT = FIXTURES / "context" / "graph.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")
SRSH = "https://w3id.org/srkg/shapes#"

# parameter -> component short name; sh:minCount gives "minCount", ...
PARAMETERS = {
    "class": "class", "datatype": "datatype", "nodeKind": "nodeKind", "minCount": "minCount", "maxCount": "maxCount",
    "pattern": "pattern", "in": "in", "hasValue": "hasValue", "closed": "closed", "minInclusive": "minInclusive",
    "maxInclusive": "maxInclusive", "minExclusive": "minExclusive", "maxExclusive": "maxExclusive",
    "lessThan": "lessThan", "lessThanOrEquals": "lessThanOrEquals", "minLength": "minLength", "maxLength": "maxLength",
    "languageIn": "languageIn", "uniqueLang": "uniqueLang", "or": "or", "and": "and", "not": "not", "xone": "xone",
    "node": "node", "qualifiedMinCount": "qualifiedMinCount", "qualifiedMaxCount": "qualifiedMaxCount",
    "equals": "equals", "disjoint": "disjoint", "sparql": "sparql",
}


def shapes_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    files = paths.shapes_files()
    assert files, "no shapes files found"
    for f in files:
        g.parse(f)
    return g


def discovered_constraints() -> set[tuple[str, str]]:
    """(shape local name, component) for every constraint parameter of every named shape."""
    g = shapes_graph()
    out = set()
    shapes = set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
    for s in shapes:
        for p, _o in g.predicate_objects(s):
            name = str(p)[len(str(SH)):] if str(p).startswith(str(SH)) else None
            if name in PARAMETERS:
                out.add((str(s)[len(SRSH):], PARAMETERS[name]))
    return out


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*.ttl"))


def fires(path: Path) -> tuple[str, str]:
    m = re.search(r"^# fires: (\S+) (\S+)$", path.read_text(encoding="utf-8"), re.M)
    assert m, f"{path.name}: no '# fires: <shape> <component>' header"
    return m.group(1), m.group(2)


def short(component_iri: str) -> str:
    local = component_iri.rsplit("#", 1)[-1].replace("ConstraintComponent", "")
    return "sparql" if local == "SPARQL" else local[0].lower() + local[1:]


def canon(results) -> list[tuple]:
    """Results as comparable tuples; blank nodes (parsed anew per run) by their description."""
    out = []
    for r in results:
        focus = r.focus_label if r.focus.startswith("_:") else r.focus
        value = "_:" if r.value and r.value.startswith("_:") else r.value
        out.append((focus, r.severity, r.path, value, r.message, r.source_shape, r.constraint))
    return sorted(out, key=str)


def test_shapes_pass_shacl_shacl():
    import pyshacl

    conforms, _g, text = pyshacl.validate(rdflib.Graph(), shacl_graph=shapes_graph(), meta_shacl=True)
    assert conforms, text


def test_every_constraint_has_a_message_and_a_severity():
    g = shapes_graph()
    for s in set(g.subjects(RDF.type, SH.PropertyShape)) | set(g.subjects(RDF.type, SH.NodeShape)):
        has_constraint = any(str(p)[len(str(SH)):] in PARAMETERS for p in g.predicates(s))
        if has_constraint and (s, SH.sparql, None) not in g:
            assert (s, SH.message, None) in g, f"{s} has no sh:message"
            assert (s, SH.severity, None) in g, f"{s} has no sh:severity"
    for c in g.objects(None, SH.sparql):
        assert (c, SH.message, None) in g


def test_every_property_of_the_ontology_has_a_shape():
    """A property added to the ontology (or an extension module) needs a shape before data uses it."""
    from srkg.rdf.reader import load_graph

    onto = load_graph(paths.ontology_files())
    ours = {p for t in (rdflib.OWL.ObjectProperty, rdflib.OWL.DatatypeProperty) for p in onto.subjects(RDF.type, t)
            if str(p).startswith("https://w3id.org/srkg/ontology#")}
    assert len(ours) > 80
    g = shapes_graph()
    shaped = set(g.objects(None, SH.path)) | set(g.objects(None, SH.targetSubjectsOf))
    assert sorted(str(p) for p in ours - shaped) == []


def test_every_class_of_the_ontology_is_a_target():
    """Each class of ours is targeted by a shape, itself or through a superclass."""
    from srkg.rdf.reader import load_graph

    onto = load_graph(paths.ontology_files())
    ours = {c for c in onto.subjects(RDF.type, rdflib.OWL.Class) if str(c).startswith("https://w3id.org/srkg/ontology#")}
    assert len(ours) > 40
    targeted = set(shapes_graph().objects(None, SH.targetClass))
    untargeted = [str(c) for c in ours
                  if not targeted & set(onto.transitive_objects(c, rdflib.RDFS.subClassOf))]
    assert sorted(untargeted) == []


def test_discovery_finds_the_constraints_and_the_engine_compiles_all():
    found = discovered_constraints()
    assert len(found) > 150  # 178 when written; discovery must not come back empty
    compiled = {(c.shape[len(SRSH):], short(c.component)) for s in load_shapes() for c in s.constraints}
    assert compiled == found


@pytest.mark.parametrize("constraint", sorted(discovered_constraints()), ids=lambda c: f"{c[0]}:{c[1]}")
def test_constraint_has_counter_example(constraint):
    covered = {fires(f) for f in fixture_files()}
    assert constraint in covered, f"no counter-example tests/shapes/{constraint[0]}-<case>.ttl for {constraint}"


def test_fixtures_found():
    assert len(fixture_files()) >= 150


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.stem)
def test_counter_example_fires_exactly_its_constraint(path):
    shape, component = fires(path)
    assert path.stem.startswith(shape + "-"), "file name must be <Shape>-<case>.ttl"
    fast = validate_files([path], graph_files=[CONTEXT], workers=1)
    got = {(r.source_shape[len(SRSH):] if r.source_shape else None, r.constraint_name) for r in fast.results}
    assert got == {(shape, component)}, fast.text
    ref = validate_files([path], graph_files=[CONTEXT], engine="pyshacl")
    assert canon(fast.results) == canon(ref.results)


def test_context_graph_conforms_with_both_engines():
    for engine in ("fast", "pyshacl"):
        rep = validate_files([CONTEXT], graph_files=[], engine=engine)
        assert rep.results == [], rep.text


@pytest.mark.parametrize("shape", [
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .",
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:node ex:T ] . "
    "ex:T sh:property [ sh:path ex:q ; sh:minCount 1 ] .",
    "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:property [ sh:path ex:q ; sh:minCount 1 ] ] .",
    'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this WHERE { FILTER (true) }" ] .',
], ids=["inversePath", "node-with-property", "nested-property", "sparql-without-this"])
def test_fast_engine_refuses_what_it_does_not_compile(shape):
    from srkg.shacl.engine import UnsupportedShape, compile_shapes_text

    with pytest.raises(UnsupportedShape):
        compile_shapes_text("@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n" + shape)
