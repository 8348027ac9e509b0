"""Read the W3C SHACL test suite's manifests and run one test case against an engine.

Each case is compared on ``sh:conforms`` and on the multiset of results
(focus node, path, value, source shape, constraint component, severity).
Blank nodes are compared by what they are: a blank node of the test files is
written as the sorted list of its statements (recursively), so a property
shape ``[ sh:path ex:p ; ... ]`` or a path ``[ sh:inversePath ex:p ]`` is
recognised whatever its id in the engine's report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib import RDF, BNode, Literal, Namespace, URIRef

HERE = Path(__file__).resolve().parent
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")
SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Case:
    name: str            # e.g. core/node/datatype-001
    file: Path
    graph: rdflib.Graph  # the manifest file, parsed
    data: rdflib.Graph
    shapes: rdflib.Graph
    failure: bool        # the engine must refuse (sht:Failure)
    conforms: bool | None
    expected: Counter


def _parse(path: Path, cache: dict) -> rdflib.Graph:
    """Parse keeping every literal as written: rdflib would otherwise rewrite "1"^^xsd:boolean to "true"."""
    if path not in cache:
        import rdflib.term

        saved, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
        try:
            cache[path] = rdflib.Graph().parse(path, format="turtle", publicID=path.as_uri())
        finally:
            rdflib.NORMALIZE_LITERALS = saved
    return cache[path]


def cases(root: Path = HERE / "manifest.ttl") -> list[Case]:
    cache: dict = {}
    out: list[Case] = []
    todo, seen = [root], set()
    while todo:
        f = todo.pop(0)
        if f in seen:
            continue
        seen.add(f)
        g = _parse(f, cache)
        for inc in g.objects(None, MF.include):
            todo.append(Path(str(inc).replace("file://", "")))
        for lst in g.objects(None, MF.entries):
            for entry in rdflib.collection.Collection(g, lst):
                out.append(_case(g, f, entry, cache))
    return out


def _case(g, f: Path, entry, cache) -> Case:
    action = g.value(entry, MF.action)
    dfile = Path(str(g.value(action, SHT.dataGraph)).replace("file://", ""))
    sfile = Path(str(g.value(action, SHT.shapesGraph)).replace("file://", ""))
    result = g.value(entry, MF.result)
    rel = f.parent.relative_to(HERE)
    name = f"{rel}/{str(entry).rsplit('/', 1)[-1]}"
    if result == SHT.Failure:
        return Case(name, f, g, _parse(dfile, cache), _parse(sfile, cache), True, None, Counter())
    conforms = g.value(result, SH.conforms).toPython()
    lookup = g
    exp: Counter = Counter()
    for r in g.objects(result, SH.result):
        exp[result_key(lookup, g.value(r, SH.focusNode), g.value(r, SH.resultPath), g.value(r, SH.value),
                       g.value(r, SH.sourceShape), g.value(r, SH.sourceConstraintComponent),
                       g.value(r, SH.resultSeverity))] += 1
    return Case(name, f, g, _parse(dfile, cache), _parse(sfile, cache), False, conforms, exp)


def describe(g: rdflib.Graph | None, t, depth: int = 0) -> str | None:
    """A term as text; a blank node as its sorted statements in ``g``."""
    if t is None:
        return None
    if isinstance(t, BNode):
        if g is None or depth > 6:
            return "[]"
        parts = sorted(f"{p.n3()} {describe(g, o, depth + 1)}" for p, o in g.predicate_objects(t)
                       if p not in (SH.message, SH.severity) or depth > 0)
        return "[" + " ; ".join(parts) + "]"
    return t.n3()


def result_key(g, focus, path, value, shape, component, severity) -> tuple:
    return (describe(g, focus), describe(g, path), describe(g, value), describe(g, shape),
            str(component), str(severity))


def from_ox(t):
    import pyoxigraph as ox

    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(t.value)
    return Literal(t.value, datatype=URIRef(t.datatype.value), normalize=False)


def _named(s: str | None):
    if s is None:
        return None
    return BNode(s[2:]) if s.startswith("_:") else URIRef(s)


def engine_keys(case: Case, results, report=None) -> Counter:
    """The engine's RawResults as the same keys as the expected ones.

    Blank nodes are looked up in data + shapes; a result path the engine wrote
    into its own report graph (``report``) is read from there.
    """
    lookup = case.data + case.shapes if case.data is not case.shapes else case.data
    got: Counter = Counter()
    for r in results:
        path = _named(r.path)
        key = result_key(lookup, from_ox(r.focus_term), path, from_ox(r.value), _named(r.shape),
                         URIRef(r.component), URIRef(r.severity))
        if isinstance(path, BNode) and report is not None and (path, None, None) in report:
            key = key[:1] + (describe(report, path),) + key[2:]
        got[key] += 1
    return got
