"""Plain SHACL validation of a data graph against a shapes graph, by engine name.

This is the SHACL core of ``srkg validate`` without the project's own checks:
the W3C test suite and the differential tests run it directly.

Engines:

* ``default`` -- the compiled engine (:mod:`srkg.shacl.engine`) when it can
  give SHACL's exact answer; otherwise pyshacl-turbo (or pySHACL when turbo
  is not installed): for shapes the compiler refuses, and for data holding
  literals the store would rewrite (``"4.0"^^xsd:decimal``);
* ``compiled`` -- the compiled engine only; raises UnsupportedShape (exit 3)
  for anything it does not compile;
* ``turbo`` -- pyshacl-turbo; ``pyshacl`` -- pySHACL (the reference).

Whatever the engine, nothing leaves the machine: SPARQL ``SERVICE`` and
``owl:imports`` of anything but a local file are refused first, in the
shapes and in the data (:func:`refuse_network`).

>>> import rdflib
>>> shapes = rdflib.Graph().parse(data='''@prefix sh: <http://www.w3.org/ns/shacl#> .
...   @prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
...   ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:n ; sh:maxInclusive 3 ] .''', format="turtle")
>>> data = rdflib.Graph().parse(data='''@prefix ex: <http://example.org/> . ex:a ex:n 4.0 .''', format="turtle")
>>> out = validate_graphs(data, shapes)
>>> out.engine, [str(r.value) for r in out.results]
('turbo', ['"4.0"^^<http://www.w3.org/2001/XMLSchema#decimal>'])
>>> out.reason
'the data holds literals the store would rewrite ("4.0"^^<http://www.w3.org/2001/XMLSchema#decimal>)'
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import NetworkRefused, UnsupportedShape, UsageError
from .engine import SH, RawResult, compile_shapes, exact_literals, refuse_remote_imports, run_constraints
from .engine import _focus_id as _id  # one way to name a focus node

ENGINES = ("default", "compiled", "turbo", "pyshacl")


@dataclass
class Outcome:
    results: list[RawResult]
    engine: str                 # the engine that ran: compiled, turbo or pyshacl
    reason: str | None = None   # why the default engine did not run the compiled one
    report: object = None       # the reference engine's report graph (paths as it wrote them)


def turbo_available() -> bool:
    return importlib.util.find_spec("pyshacl_turbo") is not None


def refuse_network(shapes, data=None) -> None:
    """Raise NetworkRefused when the shapes (or data) would make a validator send requests."""
    import re

    from rdflib import URIRef

    from .sparql_check import check_select

    for name, g in (("the shapes graph", shapes), ("the data", data)):
        if g is None:
            continue
        try:
            refuse_remote_imports(g, name)
        except UnsupportedShape as err:
            raise NetworkRefused(err.message) from None
    for pred in ("select", "ask", "construct", "update"):
        for s, o in shapes.subject_objects(URIRef(SH + pred)):
            if re.search(r"service", str(o), re.I):
                try:
                    check_select(str(o))
                except UnsupportedShape as err:
                    if "SERVICE" in err.message or "parse" in err.message:
                        raise NetworkRefused(f"{s}: sh:{pred} may use SPARQL SERVICE: validation never sends "
                                             "requests to the network") from None


def to_store(data) -> ox.Store:
    """An rdflib graph into a new pyoxigraph store (blank node ids kept)."""
    st = ox.Store()
    st.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph()) for s, p, o in data)
    return st


def to_ox(t):
    import rdflib

    if isinstance(t, rdflib.URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, rdflib.BNode):
        return ox.BlankNode(str(t))
    if t.language:
        return ox.Literal(str(t), language=t.language)
    return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or "http://www.w3.org/2001/XMLSchema#string")))


def from_ox(t):
    """A pyoxigraph term as rdflib's, the lexical form kept as written (no normalisation)."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(t.value)
    return Literal(t.value, datatype=URIRef(t.datatype.value), normalize=False)


def graph_of(quads):
    """An rdflib graph of pyoxigraph quads (all into one graph), literals as written."""
    import rdflib

    g = rdflib.Graph()
    g.addN((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), g) for q in quads)
    return g


def _literal_objects(data) -> set:
    from rdflib import Literal

    return {o for o in data.objects() if isinstance(o, Literal)}


def inexact(shapes_compiled, literals) -> list:
    """The literals (data's and shapes') that the store would not keep as written."""
    return exact_literals(set(literals) | set(getattr(shapes_compiled, "literals", ())))


def validate_graphs(data, shapes, *, engine: str = "default") -> Outcome:
    """Validate the rdflib graph ``data`` against the rdflib graph ``shapes`` (no inference)."""
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    refuse_network(shapes, data)
    reason = None
    if engine in ("default", "compiled"):
        try:
            compiled = compile_shapes(shapes)
            bad = inexact(compiled, _literal_objects(data))
            if bad:
                raise UnsupportedShape(f"the data holds literals the store would rewrite ({_show(bad)})")
        except NetworkRefused:
            raise
        except UnsupportedShape as err:
            if engine == "compiled":
                raise
            reason = err.message
        else:
            return Outcome(run_constraints(to_store(data), compiled), "compiled")
        engine = "turbo" if turbo_available() else "pyshacl"
    results, report = run_reference(data, shapes, engine)
    return Outcome(results, engine, reason, report)


def _show(lits) -> str:
    shown = sorted(to_ox(x).__str__() if not isinstance(x, ox.Literal) else str(x) for x in lits)
    return ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")


def run_reference(data, shapes, engine: str) -> tuple[list[RawResult], object]:
    """pyshacl-turbo or pySHACL over rdflib graphs, no inference; results as RawResults."""
    if engine == "turbo":
        import pyshacl_turbo as impl
    else:
        import pyshacl as impl
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _conf, rg, _text = impl.validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                         allow_infos=True, allow_warnings=True, do_owl_imports=False)
    if not hasattr(rg, "subjects"):  # a ValidationFailure: the engine refuses the shapes
        raise UnsupportedShape(f"{'pyshacl-turbo' if engine == 'turbo' else 'pySHACL'} refuses the shapes: "
                               f"{' '.join(str(getattr(rg, 'message', rg)).split())[:200]}")
    return results_from_report_graph(rg), rg


def results_from_report_graph(rg) -> list[RawResult]:
    """Read a standard sh:ValidationReport (pySHACL's, turbo's, Jena's) into RawResults."""
    import rdflib

    sh = rdflib.Namespace(SH)
    out = []
    for r in rg.objects(None, sh.result):  # the top-level results (nested sh:detail ones are not results)
        focus = rg.value(r, sh.focusNode)
        path = rg.value(r, sh.resultPath)
        value = rg.value(r, sh.value)
        shape = rg.value(r, sh.sourceShape)
        msgs = sorted(str(m) for m in rg.objects(r, sh.resultMessage))
        term = to_ox(focus)
        sc = rg.value(r, sh.sourceConstraint)
        out.append(RawResult(_id(term), term, str(path) if isinstance(path, rdflib.URIRef) else
                             (None if path is None else "_:" + str(path)),
                             to_ox(value) if value is not None else None,
                             str(rg.value(r, sh.sourceConstraintComponent)),
                             None if shape is None else ("_:" + str(shape) if isinstance(shape, rdflib.BNode) else str(shape)),
                             str(rg.value(r, sh.resultSeverity)), msgs[0] if msgs else None,
                             None if sc is None else ("_:" + str(sc) if isinstance(sc, rdflib.BNode) else str(sc))))
    return out
