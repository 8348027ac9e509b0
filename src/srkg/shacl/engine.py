"""A fast SHACL engine for our shapes: each constraint compiled to one SPARQL query.

pySHACL checks node by node in Python; here every constraint of a shape
becomes one SPARQL SELECT that returns all its violations at once, and
pyoxigraph evaluates it.  The class hierarchy (``rdfs:subClassOf``) is read
from the data once and its closure written into the queries as ``VALUES``,
which is what SHACL's "instance of" means (``rdf:type/rdfs:subClassOf*``);
no other inference is done, exactly as pySHACL without inference.

Only the SHACL Core features that our shapes use are compiled (targets:
class, node, subjectsOf, objectsOf; simple predicate paths; components:
class, datatype, nodeKind, minCount, maxCount, pattern, in, closed,
min/maxInclusive, min/maxExclusive, lessThan, min/maxLength, languageIn,
uniqueLang, or of class-only shapes, qualified min/max count of a
class-only shape, and SPARQL SELECT constraints).  A shape that uses
anything else raises :class:`UnsupportedShape` when compiled, so the engine
can never silently skip a constraint.  pySHACL stays the reference: the
tests assert that both give the same results on every fixture.

>>> import pyoxigraph as ox
>>> shapes = compile_shapes_text('''
... @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
... ex:S a sh:NodeShape ; sh:targetClass ex:C ;
...   sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message "give ex:p" ] .''')
>>> store = ox.Store()
>>> store.load(b"<http://example.org/a> a <http://example.org/C> .", ox.RdfFormat.TURTLE)
>>> [(r.focus, r.message) for r in run_constraints(store, shapes)]
[('http://example.org/a', 'give ex:p')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

import pyoxigraph as ox

from ..errors import UnsupportedShape

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# Lexical forms we check for the datatypes our shapes use (as rdflib does:
# an ill-typed literal does not have the datatype).
_YEAR = r"-?([1-9][0-9]{3,}|0[0-9]{3})"
_TZ = r"(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"
LEXICAL = {
    XSD + "integer": r"^[+-]?[0-9]+$",
    XSD + "nonNegativeInteger": r"^\+?[0-9]+$",
    XSD + "positiveInteger": r"^\+?0*[1-9][0-9]*$",
    XSD + "gYear": "^" + _YEAR + _TZ + "$",
    XSD + "gYearMonth": "^" + _YEAR + "-(0[1-9]|1[0-2])" + _TZ + "$",
    XSD + "date": "^" + _YEAR + "-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + _TZ + "$",
}
_NO_LEXICAL_CHECK = {XSD + "string", RDF_LANGSTRING, XSD + "anyURI", XSD + "boolean"}


@dataclass(frozen=True)
class Constraint:
    """One constraint component instance of one shape, ready to run."""

    shape: str            # IRI (or blank node id) of the shape holding the parameter
    component: str        # IRI of the sh:...ConstraintComponent
    query: str            # SPARQL SELECT returning ?this [?value] [?path]
    path: str | None      # the predicate, for property shapes
    severity: str         # IRI sh:Violation / sh:Warning / sh:Info
    message: str | None
    source_constraint: str | None = None  # for SPARQL-based constraints


@dataclass(frozen=True)
class RawResult:
    """A violation straight from the engine, terms as pyoxigraph values."""

    focus: str
    focus_term: object = field(compare=False, hash=False, repr=False)
    path: str | None
    value: object
    component: str
    shape: str
    severity: str
    message: str | None
    source_constraint: str | None = None

    def key(self) -> tuple:
        return (self.focus, self.path, _term_key(self.value), self.component, self.shape)


def _term_key(t) -> str | None:
    if t is None:
        return None
    return str(t)


def _nt(term) -> str:
    """SPARQL/N-Triples syntax of an rdflib term."""
    return term.n3()


# ---------------------------------------------------------------------------
# Reading the shapes (rdflib: the shapes graph is small)
# ---------------------------------------------------------------------------
def compile_shapes_text(text: str) -> list["CompiledShape"]:
    from ..rdf.reader import graph_from_data

    return compile_shapes(graph_from_data(text, "turtle", where="<shapes>"))


@dataclass(frozen=True)
class CompiledShape:
    """A node shape: its targets (classes to be closed under subClassOf) and constraints."""

    iri: str
    target_classes: tuple[str, ...]
    target_patterns: tuple[str, ...]
    constraints: tuple[Constraint, ...]


def compile_shapes(g) -> list[CompiledShape]:
    """Compile every node shape of the rdflib graph ``g``; raises UnsupportedShape."""
    from rdflib import RDF, Namespace, URIRef

    sh = Namespace(SH)
    out: list[CompiledShape] = []
    node_shapes = set(g.subjects(RDF.type, sh.NodeShape))
    node_shapes |= {s for p in (sh.targetClass, sh.targetNode, sh.targetSubjectsOf, sh.targetObjectsOf)
                    for s in g.subjects(p, None)}
    for ns in sorted(node_shapes, key=str):
        if g.value(ns, sh.deactivated) is not None and g.value(ns, sh.deactivated).toPython() is True:
            continue
        if (ns, sh.path, None) in g:
            raise UnsupportedShape(f"{ns}: property shapes with their own targets are not supported")
        classes = tuple(sorted(str(c) for c in g.objects(ns, sh.targetClass)))
        pats = [f"VALUES ?this {{ {_nt(n)} }}" for n in g.objects(ns, sh.targetNode)]
        pats += [f"?this {_nt(p)} ?_t ." for p in g.objects(ns, sh.targetSubjectsOf)]
        pats += [f"?_t {_nt(p)} ?this ." for p in g.objects(ns, sh.targetObjectsOf)]
        if (ns, RDF.type, URIRef("http://www.w3.org/2000/01/rdf-schema#Class")) in g:
            raise UnsupportedShape(f"{ns}: implicit class targets are not supported")
        cons: list[Constraint] = []
        cons += _compile_params(g, ns, None)
        for ps in g.objects(ns, sh.property):
            path = g.value(ps, sh.path)
            if not isinstance(path, URIRef):
                raise UnsupportedShape(f"{ps}: only simple predicate paths are supported")
            cons += _compile_params(g, ps, path)
        for c in g.objects(ns, sh.sparql):
            cons.append(_compile_sparql(g, ns, c))
        if (ns, sh.node, None) in g or (ns, sh["not"], None) in g:
            raise UnsupportedShape(f"{ns}: sh:node / sh:not are not supported")
        out.append(CompiledShape(str(ns), classes, tuple(pats), tuple(cons)))
    return out


_KNOWN = {"path", "message", "severity", "name", "description", "order", "group", "deactivated",
          "ignoredProperties", "qualifiedMinCount", "qualifiedMaxCount", "qualifiedValueShapesDisjoint",
          "property", "sparql", "targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf",
          "declare", "prefixes", "defaultValue", "flags"}


def _compile_params(g, shape, path) -> list[Constraint]:
    from rdflib import Literal, Namespace
    from rdflib.collection import Collection

    sh = Namespace(SH)
    sev = str(g.value(shape, sh.severity) or sh.Violation)
    msgs = [str(m) for m in g.objects(shape, sh.message)]
    msg = msgs[0] if msgs else None
    p = _nt(path) if path is not None else None
    cons = []

    def add(component: str, query: str) -> None:
        cons.append(Constraint(str(shape), SH + component, query, str(path) if path is not None else None,
                               sev, msg))

    def values() -> str:  # pattern binding ?v, the value nodes
        return f"?this {p} ?v ." if p else "BIND(?this AS ?v)"

    for pred, obj in sorted(g.predicate_objects(shape), key=lambda po: str(po[0])):
        if not str(pred).startswith(SH) or pred == sh.property and path is None:
            continue
        name = str(pred)[len(SH):]
        if name in _KNOWN:
            continue
        if name == "class":
            add("ClassConstraintComponent", f"{values()} FILTER NOT EXISTS {{ ?v a ?_c . VALUES ?_c {{ @CLASS:{obj} }} }}")
        elif name == "datatype":
            dt = str(obj)
            cond = f"isLiteral(?v) && datatype(?v) = {_nt(obj)}"
            if dt not in _NO_LEXICAL_CHECK:
                if dt not in LEXICAL:
                    raise UnsupportedShape(f"{shape}: datatype {dt} has no lexical check here")
                cond += f" && REGEX(STR(?v), {_lit(LEXICAL[dt])})"
            add("DatatypeConstraintComponent", f"{values()} FILTER (!({cond}))")
        elif name == "nodeKind":
            kinds = {"IRI": "isIRI(?v)", "BlankNode": "isBlank(?v)", "Literal": "isLiteral(?v)",
                     "BlankNodeOrIRI": "(isBlank(?v) || isIRI(?v))", "BlankNodeOrLiteral": "(isBlank(?v) || isLiteral(?v))",
                     "IRIOrLiteral": "(isIRI(?v) || isLiteral(?v))"}
            add("NodeKindConstraintComponent", f"{values()} FILTER (!{kinds[str(obj)[len(SH):]]})")
        elif name == "minCount":
            n = int(obj)
            if p is None:
                raise UnsupportedShape(f"{shape}: sh:minCount on a node shape")
            if n == 1:
                add("MinCountConstraintComponent", f"FILTER NOT EXISTS {{ ?this {p} ?_v }}")
            elif n > 1:
                add("MinCountConstraintComponent",
                    f"OPTIONAL {{ ?this {p} ?_v }} }} GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) < {n})")
        elif name == "maxCount":
            add("MaxCountConstraintComponent",
                f"?this {p} ?_v . }} GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) > {int(obj)})")
        elif name == "pattern":
            flags = g.value(shape, sh.flags)
            fl = f", {_lit(str(flags))}" if flags is not None else ""
            add("PatternConstraintComponent", f"{values()} FILTER (isBlank(?v) || !REGEX(STR(?v), {_nt(obj)}{fl}))")
        elif name == "in":
            members = list(Collection(g, obj))
            ors = " || ".join(f"sameTerm(?v, {_nt(m)})" for m in members) or "false"
            add("InConstraintComponent", f"{values()} FILTER (!({ors}))")
        elif name == "hasValue":
            add("HasValueConstraintComponent", f"FILTER NOT EXISTS {{ ?this {p} {_nt(obj)} }}" if p else
                f"FILTER (!sameTerm(?this, {_nt(obj)}))")
        elif name == "closed":
            if not (isinstance(obj, Literal) and obj.toPython() is True):
                continue
            allowed = {str(g.value(ps, sh.path)) for ps in g.objects(shape, sh.property)}
            ign = g.value(shape, sh.ignoredProperties)
            if ign is not None:
                allowed |= {str(x) for x in Collection(g, ign)}
            lst = ", ".join(f"<{a}>" for a in sorted(allowed))
            add("ClosedConstraintComponent", f"?this ?_p ?v . FILTER (?_p NOT IN ({lst})) BIND(?_p AS ?path)")
        elif name in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
            op = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}[name]
            comp = name[0].upper() + name[1:] + "ConstraintComponent"
            add(comp, f"{values()} FILTER (!COALESCE(?v {op} {_nt(obj)}, false))")
        elif name in ("lessThan", "lessThanOrEquals"):
            op = "<" if name == "lessThan" else "<="
            comp = name[0].upper() + name[1:] + "ConstraintComponent"
            add(comp, f"{values()} ?this {_nt(obj)} ?_w . FILTER (!COALESCE(?v {op} ?_w, false))")
        elif name in ("minLength", "maxLength"):
            op = ">=" if name == "minLength" else "<="
            comp = name[0].upper() + name[1:] + "ConstraintComponent"
            add(comp, f"{values()} FILTER (isBlank(?v) || !COALESCE(STRLEN(STR(?v)) {op} {int(obj)}, false))")
        elif name == "languageIn":
            langs = [str(x) for x in Collection(g, obj)]
            ors = " || ".join(f"langMatches(lang(?v), {_lit(x)})" for x in langs) or "false"
            add("LanguageInConstraintComponent", f"{values()} FILTER (!isLiteral(?v) || !({ors}))")
        elif name == "uniqueLang":
            if not obj.toPython():
                continue
            add("UniqueLangConstraintComponent",
                f"?this {p} ?_v . BIND(lang(?_v) AS ?_lang) FILTER (?_lang != \"\") }} "
                f"GROUP BY ?this ?_lang HAVING (COUNT(DISTINCT ?_v) > 1)")
        elif name == "or":
            classes = []
            for member in Collection(g, obj):
                keys = {str(k) for k, _ in g.predicate_objects(member)} - {str(sh.message)}
                if keys != {SH + "class"}:
                    raise UnsupportedShape(f"{shape}: sh:or is supported only over shapes with one sh:class")
                classes.append(str(g.value(member, sh["class"])))
            add("OrConstraintComponent",
                f"{values()} FILTER NOT EXISTS {{ ?v a ?_c . VALUES ?_c {{ {' '.join('@CLASS:' + c for c in classes)} }} }}")
        elif name == "qualifiedValueShape":
            keys = {str(k) for k, _ in g.predicate_objects(obj)}
            if keys != {SH + "class"}:
                raise UnsupportedShape(f"{shape}: sh:qualifiedValueShape is supported only with one sh:class")
            if g.value(shape, sh.qualifiedValueShapesDisjoint) is not None and g.value(shape, sh.qualifiedValueShapesDisjoint).toPython():
                raise UnsupportedShape(f"{shape}: sh:qualifiedValueShapesDisjoint is not supported")
            cls = str(g.value(obj, sh["class"]))
            # count the conforming values once for all nodes, then join (an OPTIONAL per node is slow)
            counts = (f"{{ SELECT ?this (COUNT(DISTINCT ?_q) AS ?_n) WHERE {{ VALUES ?_c {{ @CLASS:{cls} }} "
                      f"?_q a ?_c . ?this {p} ?_q . }} GROUP BY ?this }}")
            qmin = g.value(shape, sh.qualifiedMinCount)
            qmax = g.value(shape, sh.qualifiedMaxCount)
            if qmin is not None:
                add("QualifiedMinCountConstraintComponent",
                    f"OPTIONAL {counts} FILTER (COALESCE(?_n, 0) < {int(qmin)})")
            if qmax is not None:
                add("QualifiedMaxCountConstraintComponent", f"{counts} FILTER (?_n > {int(qmax)})")
        else:
            raise UnsupportedShape(f"{shape}: sh:{name} is not supported by the fast engine")
    return cons


def _lit(s: str) -> str:
    from rdflib import Literal

    return Literal(s).n3()


def _compile_sparql(g, shape, c) -> Constraint:
    from rdflib import Namespace

    sh = Namespace(SH)
    select = str(g.value(c, sh.select))
    body = select.split("{", 1)[-1]
    if not re.search(r"[$?]this\s+[^\s.;]+\s+[^\s.;]+", body.split("FILTER", 1)[0]):
        # the query is run once for all nodes, not once per pre-bound $this
        raise UnsupportedShape(f"{c}: a SPARQL constraint must bind $this in a triple pattern before any FILTER")
    prefixes = []
    for decl_holder in g.objects(c, sh.prefixes):
        for d in g.objects(decl_holder, sh.declare):
            prefixes.append(f"PREFIX {g.value(d, sh.prefix)}: <{g.value(d, sh.namespace)}>")
    msgs = [str(m) for m in g.objects(c, sh.message)] or [str(m) for m in g.objects(shape, sh.message)]
    sev = str(g.value(shape, sh.severity) or sh.Violation)
    query = "\n".join(prefixes) + "\n@SUBQUERY@" + select
    return Constraint(str(shape), SH + "SPARQLConstraintComponent", query, None, sev,
                      msgs[0] if msgs else None, source_constraint=str(c))


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------
def subclass_closure(store: ox.Store) -> dict[str, set[str]]:
    """Map each class to itself and all its (transitive) subclasses, from the store."""
    down: dict[str, set[str]] = {}
    for sol in store.query(f"SELECT ?a ?b WHERE {{ ?a <{RDFS_SUBCLASS}> ?b }}", use_default_graph_as_union=True):
        a, b = sol["a"], sol["b"]
        if isinstance(a, ox.NamedNode) and isinstance(b, ox.NamedNode):
            down.setdefault(b.value, set()).add(a.value)
    memo: dict[str, set[str]] = {}

    def subs(c: str) -> set[str]:
        if c in memo:
            return memo[c]
        seen, todo = {c}, [c]
        while todo:
            for s in down.get(todo.pop(), ()):
                if s not in seen:
                    seen.add(s)
                    todo.append(s)
        memo[c] = seen
        return seen

    return _Closure(subs)


class _Closure(dict):
    def __init__(self, fn):
        super().__init__()
        self._fn = fn

    def __missing__(self, key):
        v = self._fn(key)
        self[key] = v
        return v


_CLASS_REF = re.compile(r"@CLASS:(\S+)")


def build_query(shape: CompiledShape, c: Constraint, closure) -> str:
    """The full SPARQL text of one constraint, targets included."""
    def classes(m: re.Match) -> str:
        return " ".join(f"<{x}>" for x in sorted(closure[m.group(1)]))

    tpats = list(shape.target_patterns)
    if shape.target_classes:
        allc = sorted(set().union(*(closure[t] for t in shape.target_classes)))
        tpats.append(f"?this a ?_tc . VALUES ?_tc {{ {' '.join('<%s>' % x for x in allc)} }}")
    targets = " UNION ".join(f"{{ {t} }}" for t in tpats)
    target = f"{{ SELECT DISTINCT ?this WHERE {{ {targets} }} }}"
    if c.component == SH + "SPARQLConstraintComponent":
        head, select = c.query.split("@SUBQUERY@", 1)
        return f"{head}\nSELECT ?this ?value ?path WHERE {{ {target} {{ {select} }} }}"
    body = _CLASS_REF.sub(classes, c.query)
    proj = "?this"
    if "?v" in body:
        proj += " ?v"
    if "?path" in body:
        proj += " ?path"
    grouped = body.count("}") > body.count("{")  # the body closes the WHERE itself to GROUP BY
    if grouped and c.path is not None and body.startswith(f"?this <{c.path}> ?_v ."):
        # counting the values: group the property's triples, then check the target of the few left
        return f"SELECT DISTINCT ?this WHERE {{ {{ SELECT ?this WHERE {{ {body} }} FILTER EXISTS {{ {targets} }} }}"
    if grouped:
        proj = "?this"
    elif c.path is not None and body.startswith(f"?this <{c.path}> ?v ."):
        # a constraint on each value: scan the property's triples and check the target only for
        # the rows that break it (far cheaper than enumerating every target node first)
        return f"SELECT DISTINCT {proj} WHERE {{ {body} FILTER EXISTS {{ {targets} }} }}"
    return f"SELECT DISTINCT {proj} WHERE {{ {target} {body}" + ("" if grouped else " }")


def _run_one(store: ox.Store, shape: CompiledShape, c: Constraint, closure) -> list[RawResult]:
    q = build_query(shape, c, closure)
    out = []
    for sol in store.query(q, use_default_graph_as_union=True):
        this = sol["this"]
        value = path = None
        if c.component == SH + "SPARQLConstraintComponent":
            value, p = sol["value"], sol["path"]
            path = p.value if isinstance(p, ox.NamedNode) else c.path
        else:
            try:
                value = sol["v"]
            except KeyError:
                value = None
            try:
                p = sol["path"]
                path = p.value if p is not None else c.path
            except KeyError:
                path = c.path
            if c.component in _NO_VALUE:
                value = None
        out.append(RawResult(_focus_id(this), this, path, value, c.component, c.shape, c.severity,
                             c.message, c.source_constraint))
    return out


_NO_VALUE = {SH + "MinCountConstraintComponent", SH + "MaxCountConstraintComponent",
             SH + "UniqueLangConstraintComponent", SH + "QualifiedMinCountConstraintComponent",
             SH + "QualifiedMaxCountConstraintComponent"}


def _focus_id(term) -> str:
    return "_:" + term.value if isinstance(term, ox.BlankNode) else term.value


_FORK_STATE: dict = {}


def _encode(t):
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ("I", t.value)
    if isinstance(t, ox.BlankNode):
        return ("B", t.value)
    return ("L", t.value, t.datatype.value, t.language)


def _decode(e):
    if e is None:
        return None
    if e[0] == "I":
        return ox.NamedNode(e[1])
    if e[0] == "B":
        return ox.BlankNode(e[1])
    if e[3]:
        return ox.Literal(e[1], language=e[3])
    return ox.Literal(e[1], datatype=ox.NamedNode(e[2]))


def _job_in_child(i: int) -> list[tuple]:
    st = _FORK_STATE
    shape, c = st["jobs"][i]
    return [(r.focus, _encode(r.focus_term), r.path, _encode(r.value), r.component, r.shape, r.severity, r.message,
             r.source_constraint) for r in _run_one(st["store"], shape, c, st["closure"])]


def run_constraints(store: ox.Store, shapes: Iterable[CompiledShape], *, workers: int = 1) -> list[RawResult]:
    """Run every constraint of every shape over ``store`` (the union of its graphs).

    Returns the results of all focus nodes.  With ``workers`` > 1 the
    constraints are shared out among forked processes, which read the store
    the parent loaded (copy-on-write, nothing is copied or written); where
    fork is not available they run in this process.
    """
    import multiprocessing as mp
    import os

    closure = subclass_closure(store)
    jobs = [(s, c) for s in shapes for c in s.constraints]
    for s, c in jobs:  # fill the closure before it is shared
        for m in _CLASS_REF.finditer(c.query):
            closure[m.group(1)]
        for t in s.target_classes:
            closure[t]
    if workers > 1 and hasattr(os, "fork") and len(store) > 50_000:
        _FORK_STATE.update(store=store, jobs=jobs, closure=closure)
        try:
            with mp.get_context("fork").Pool(workers) as pool:
                parts = pool.map(_job_in_child, range(len(jobs)), chunksize=1)
        finally:
            _FORK_STATE.clear()
        return [RawResult(f, _decode(ft), p, _decode(v), comp, sh_, sev, msg, sc)
                for part in parts for (f, ft, p, v, comp, sh_, sev, msg, sc) in part]
    return [r for s, c in jobs for r in _run_one(store, s, c, closure)]
