"""The compiled SHACL engine: each constraint compiled to one SPARQL query.

pySHACL checks node by node in Python; here every constraint of a shape
becomes one SPARQL SELECT that returns all its violations at once, and
pyoxigraph evaluates it.  The class hierarchy (``rdfs:subClassOf``) is read
from the data once and its closure written into the queries as ``VALUES``,
which is what SHACL's "instance of" means (``rdf:type/rdfs:subClassOf*``);
no other inference is done, exactly as pySHACL without inference.

What is compiled (the README lists the rest as not supported):

* targets: class (and implicit class targets), node, subjectsOf, objectsOf;
  node shapes and property shapes with a predicate path (an IRI);
* value tests: class, datatype (the XSD lexical rules of :mod:`srkg.shacl.xsd`),
  nodeKind, pattern, in, hasValue, min/maxInclusive, min/maxExclusive,
  min/maxLength, languageIn, and node / not / and / or / xone over shapes made
  only of value tests;
* counts and pairs: minCount, maxCount, qualified min/max count (not
  disjoint), lessThan, lessThanOrEquals (one result per pair), equals,
  disjoint, uniqueLang (one result per language tag), closed;
* SPARQL SELECT constraints on node shapes, when :mod:`srkg.shacl.sparql_check`
  proves that one run joined on ``$this`` equals one run per pre-bound
  ``$this``; message templates ``{?var}`` filled in;
* ``sh:deactivated true`` on any shape or SPARQL constraint.

Anything else -- a nested ``sh:property`` in a property shape, ``sh:sparql``
on a property shape, a parameter of a custom constraint component (whatever
its namespace), an unknown ``sh:`` term, a datatype without a lexical check,
SPARQL ``SERVICE`` -- raises :class:`UnsupportedShape` (exit 3) when compiled:
the engine never silently skips a constraint.

The store rewrites literals it understands into canonical form (``4.0`` to
``4``); :func:`exact_literals` tells the caller whether a set of literals
survives that, and only then do the results equal SHACL's on the data as
written (the caller hands other data to the reference engine).

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

import itertools
import re
from dataclasses import dataclass, field
from typing import Iterable

import pyoxigraph as ox

from ..errors import UnsupportedShape
from . import xsd as _xsd

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = RDF + "type"
RDFS_SUBCLASS = RDFS + "subClassOf"
XSD = _xsd.XSD
OWL_IMPORTS = "http://www.w3.org/2002/07/owl#imports"

__all__ = ["UnsupportedShape", "Constraint", "CompiledShape", "RawResult", "compile_shapes",
           "compile_shapes_text", "run_constraints", "exact_literals", "refuse_remote_imports"]


@dataclass(frozen=True)
class Constraint:
    """One constraint component instance of one shape, ready to run.

    ``query`` is a SELECT with placeholders the runner fills in: ``@TARGETS@``
    (a sub-select of the focus nodes), ``@INTARGET@`` (a FILTER keeping focus
    nodes only), ``@CLASS<iri>@`` (the class and its subclasses) and
    ``@ILL<datatype>|?var@`` (excludes the ill-typed literals of the data).
    """

    shape: str            # IRI (or _:id) of the shape holding the parameter
    component: str        # IRI of the sh:...ConstraintComponent
    query: str
    path: str | None      # the predicate, for property shapes
    severity: str         # IRI sh:Violation / sh:Warning / sh:Info
    message: str | None
    project: tuple[str, ...] = ()  # result variables besides ?this: v (value), pair, path, value, template vars
    source_constraint: str | None = None  # for SPARQL-based constraints
    value_is_focus: bool = False   # SPARQL constraints: an unbound ?value reports the focus node


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
    pair: object = None   # the other value (lessThan) or the language tag (uniqueLang): one result each

    def key(self) -> tuple:
        return (self.focus, self.path, _term_key(self.value), self.component, self.shape, _term_key(self.pair))


def _term_key(t) -> str | None:
    return None if t is None else str(t)


def _nt(term) -> str:
    """SPARQL/N-Triples syntax of an rdflib term (blank nodes are refused by the callers)."""
    return term.n3()


def _lit(s: str) -> str:
    from rdflib import Literal

    return Literal(s).n3()


@dataclass(frozen=True)
class CompiledShape:
    """A shape with targets: what its focus nodes are, and its constraints."""

    iri: str
    target_classes: tuple[str, ...]
    target_patterns: tuple[str, ...]
    constraints: tuple[Constraint, ...]
    target_literals: tuple = ()   # sh:targetNode literals (must be exact in the store too)


# ---------------------------------------------------------------------------
# Compiling (rdflib: the shapes graph is small)
# ---------------------------------------------------------------------------
def compile_shapes_text(text: str) -> list[CompiledShape]:
    from ..rdf.reader import graph_from_data

    return compile_shapes(graph_from_data(text, "turtle", where="<shapes>"))


# sh: terms on a shape that are not constraint parameters (or are read with their component)
_NOT_PARAMS = {"path", "message", "severity", "name", "description", "order", "group", "deactivated",
               "defaultValue", "targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf",
               "property", "sparql", "ignoredProperties", "flags", "qualifiedMinCount", "qualifiedMaxCount",
               "qualifiedValueShapesDisjoint", "prefixes", "declare", "labelTemplate", "select"}
# value tests: a condition on one value node
_VALUE_TESTS = {"class", "datatype", "nodeKind", "pattern", "in", "hasValue", "minInclusive", "maxInclusive",
                "minExclusive", "maxExclusive", "minLength", "maxLength", "languageIn", "node", "not", "and",
                "or", "xone"}
_NODE_KINDS = {"IRI": "isIRI({v})", "BlankNode": "isBlank({v})", "Literal": "isLiteral({v})",
               "BlankNodeOrIRI": "(isBlank({v}) || isIRI({v}))",
               "BlankNodeOrLiteral": "(isBlank({v}) || isLiteral({v}))",
               "IRIOrLiteral": "(isIRI({v}) || isLiteral({v}))"}
_CMP = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}


def _is_true(t) -> bool:
    """``"true"^^xsd:boolean`` exactly (the W3C suite: ``"1"^^xsd:boolean`` does not switch a parameter on)."""
    from rdflib import Literal

    return isinstance(t, Literal) and str(t) == "true" and str(t.datatype) == XSD + "boolean"


def _component(name: str) -> str:
    return SH + name[0].upper() + name[1:] + "ConstraintComponent"


class _Compiler:
    def __init__(self, g):
        from rdflib import Namespace

        self.g = g
        self.sh = Namespace(SH)
        self.fresh = itertools.count()
        # parameters of custom constraint components declared in the shapes graph
        self.custom = {p for par in g.objects(None, self.sh.parameter) for p in g.objects(par, self.sh.path)}
        self.literals: set = set()  # literals compared as terms (sh:in, sh:hasValue, targetNode)

    # -- helpers -------------------------------------------------------------
    def name(self, node) -> str:
        from rdflib import BNode

        return "_:" + str(node) if isinstance(node, BNode) else str(node)

    def deactivated(self, node) -> bool:
        return any(_is_true(v) for v in self.g.objects(node, self.sh.deactivated))

    def one(self, shape, pred, what: str):
        vals = list(self.g.objects(shape, pred))
        if len(vals) != 1:
            raise UnsupportedShape(f"{self.name(shape)}: {what} needs exactly one value")
        return vals[0]

    def term(self, shape, t) -> str:
        from rdflib import BNode, Literal

        if isinstance(t, BNode):
            raise UnsupportedShape(f"{self.name(shape)}: a blank node as a value to compare is not supported")
        if isinstance(t, Literal):
            self.literals.add(t)
        return _nt(t)

    def list_of(self, shape, head) -> list:
        from rdflib import RDF as R
        from rdflib.collection import Collection

        if head != R.nil and (head, R.first, None) not in self.g:
            raise UnsupportedShape(f"{self.name(shape)}: expected an RDF list")
        return list(Collection(self.g, head))

    def check_params(self, shape) -> list:
        """The (name, value) constraint parameters of ``shape``; refuses what is not compiled."""
        from rdflib import URIRef

        out = []
        for pred, obj in sorted(self.g.predicate_objects(shape), key=lambda po: (str(po[0]), str(po[1]))):
            if pred in self.custom:
                raise UnsupportedShape(f"{self.name(shape)}: {pred} is a parameter of a custom constraint "
                                       "component (SPARQL-based components are not compiled)")
            if not isinstance(pred, URIRef) or not str(pred).startswith(SH):
                continue  # labels, comments: not constraints
            name = str(pred)[len(SH):]
            if name in _NOT_PARAMS:
                continue
            out.append((name, obj))
        return out

    # -- value tests ---------------------------------------------------------
    def cond(self, shape, name: str, obj, v: str, depth: int = 0) -> str:
        """A SPARQL expression, true when the value node ``v`` passes the test (never an error)."""
        from rdflib import Literal, URIRef

        g, sh = self.g, self.sh
        if name == "class":
            if not isinstance(obj, URIRef):
                raise UnsupportedShape(f"{self.name(shape)}: sh:class must be an IRI")
            c = f"?_c{next(self.fresh)}"
            return f"EXISTS {{ {v} <{RDF_TYPE}> {c} . VALUES {c} {{ @CLASS<{obj}>@ }} }}"
        if name == "datatype":
            dt = str(obj)
            if not isinstance(obj, URIRef) or dt not in _xsd.CHECKED:
                raise UnsupportedShape(f"{self.name(shape)}: sh:datatype {obj} has no lexical check here")
            if dt == RDF + "langString":
                return f"COALESCE(isLiteral({v}) && lang({v}) != \"\", false)"
            if dt in (XSD + "string",):
                return f"COALESCE(isLiteral({v}) && datatype({v}) = <{dt}> && lang({v}) = \"\", false)"
            if dt == XSD + "anyURI":
                return f"COALESCE(isLiteral({v}) && datatype({v}) = <{dt}>, false)"
            return f"COALESCE(isLiteral({v}) && datatype({v}) = <{dt}> @ILL<{dt}>|{v}@, false)"
        if name == "nodeKind":
            kind = str(obj)[len(SH):] if str(obj).startswith(SH) else None
            if kind not in _NODE_KINDS:
                raise UnsupportedShape(f"{self.name(shape)}: unknown sh:nodeKind {obj}")
            return _NODE_KINDS[kind].format(v=v)
        if name == "pattern":
            flags = list(g.objects(shape, sh.flags))
            if len(flags) > 1 or not isinstance(obj, Literal):
                raise UnsupportedShape(f"{self.name(shape)}: sh:pattern needs one string (and at most one sh:flags)")
            fl = f", {_lit(str(flags[0]))}" if flags else ""
            return f"COALESCE(!isBlank({v}) && REGEX(STR({v}), {_lit(str(obj))}{fl}), false)"
        if name == "in":
            members = [self.term(shape, m) for m in self.list_of(shape, obj)]
            return "(" + (" || ".join(f"sameTerm({v}, {m})" for m in members) or "false") + ")"
        if name == "hasValue":
            return f"sameTerm({v}, {self.term(shape, obj)})"
        if name in _CMP:
            if not isinstance(obj, Literal):
                raise UnsupportedShape(f"{self.name(shape)}: sh:{name} must be a literal")
            return f"COALESCE({v} {_CMP[name]} {_nt(obj)}, false)"
        if name in ("minLength", "maxLength"):
            n = self.integer(shape, name, obj)
            op = ">=" if name == "minLength" else "<="
            return f"COALESCE(!isBlank({v}) && STRLEN(STR({v})) {op} {n}, false)"
        if name == "languageIn":
            langs = [str(x) for x in self.list_of(shape, obj)]
            ors = " || ".join(f"langMatches(lang({v}), {_lit(x)})" for x in langs) or "false"
            return f"COALESCE(isLiteral({v}) && ({ors}), false)"
        if name == "node":
            return self.shape_cond(obj, v, depth + 1)
        if name == "not":
            return f"!({self.shape_cond(obj, v, depth + 1)})"
        if name in ("and", "or", "xone"):
            parts = [self.shape_cond(m, v, depth + 1) for m in self.list_of(shape, obj)]
            if name == "and":
                return "(" + (" && ".join(parts) or "true") + ")"
            if name == "or":
                return "(" + (" || ".join(parts) or "false") + ")"
            return "((" + (" + ".join(f"IF({p}, 1, 0)" for p in parts) or "0") + ") = 1)"
        raise UnsupportedShape(f"{self.name(shape)}: sh:{name} is not supported")  # pragma: no cover

    def integer(self, shape, name, obj) -> int:
        from rdflib import Literal

        if not isinstance(obj, Literal) or not isinstance(obj.toPython(), int) or isinstance(obj.toPython(), bool):
            raise UnsupportedShape(f"{self.name(shape)}: sh:{name} must be an integer")
        return int(obj.toPython())

    def shape_cond(self, shape, v: str, depth: int) -> str:
        """A shape used inside sh:node/not/and/or/xone/qualifiedValueShape, as a condition on ``v``."""
        if depth > 8:
            raise UnsupportedShape(f"{self.name(shape)}: shapes nested deeper than 8 (or recursive) are not supported")
        if self.deactivated(shape):
            return "true"
        g, sh = self.g, self.sh
        if (shape, sh.path, None) in g or (shape, sh.property, None) in g or (shape, sh.sparql, None) in g:
            raise UnsupportedShape(f"{self.name(shape)}: a shape with sh:path, sh:property or sh:sparql inside "
                                   "sh:node/not/and/or/xone/qualifiedValueShape is not supported")
        parts = []
        for name, obj in self.check_params(shape):
            if name not in _VALUE_TESTS:
                raise UnsupportedShape(f"{self.name(shape)}: sh:{name} inside sh:node/not/and/or/xone/"
                                       "qualifiedValueShape is not supported")
            parts.append(self.cond(shape, name, obj, v, depth))
        return "(" + (" && ".join(parts) or "true") + ")"

    # -- shapes --------------------------------------------------------------
    def constraints(self, shape, path, node_shape) -> list[Constraint]:
        """The constraints of a node shape (path None) or of a property shape."""
        g, sh = self.g, self.sh
        sevs = list(g.objects(shape, sh.severity))
        sev = str(sevs[0]) if sevs else SH + "Violation"
        msgs = sorted(str(m) for m in g.objects(shape, sh.message))
        msg = msgs[0] if msgs else None
        p = f"<{path}>" if path is not None else None
        sname = self.name(shape)
        out: list[Constraint] = []

        def add(name: str, query: str, project=("v",), component=None) -> None:
            out.append(Constraint(sname, component or _component(name), query, str(path) if path else None,
                                  sev, msg, tuple(project)))

        per_value = (lambda c: f"SELECT DISTINCT ?this ?v WHERE {{ ?this {p} ?v . FILTER (!({c})) @INTARGET@ }}") if p \
            else (lambda c: f"SELECT DISTINCT ?this ?v WHERE {{ @TARGETS@ BIND(?this AS ?v) FILTER (!({c})) }}")
        for name, obj in self.check_params(shape):
            if name in _VALUE_TESTS and name != "hasValue":
                add(name, per_value(self.cond(shape, name, obj, "?v")))
            elif name == "hasValue" and p is None:
                add(name, f"SELECT DISTINCT ?this WHERE {{ @TARGETS@ FILTER (!sameTerm(?this, {self.term(shape, obj)})) }}",
                    project=())
            elif name == "hasValue":
                add(name, f"SELECT DISTINCT ?this WHERE {{ @TARGETS@ FILTER NOT EXISTS {{ ?this {p} {self.term(shape, obj)} }} }}",
                    project=())
            elif name in ("minCount", "maxCount"):
                if p is None:
                    raise UnsupportedShape(f"{sname}: sh:{name} on a node shape is not supported")
                n = self.integer(shape, name, obj)
                if name == "minCount" and n == 0:
                    continue
                if name == "minCount" and n == 1:
                    q = f"SELECT DISTINCT ?this WHERE {{ @TARGETS@ FILTER NOT EXISTS {{ ?this {p} ?_v }} }}"
                elif name == "minCount":
                    q = (f"SELECT ?this WHERE {{ @TARGETS@ OPTIONAL {{ ?this {p} ?_v }} }} "
                         f"GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) < {n})")
                else:
                    q = (f"SELECT ?this WHERE {{ {{ SELECT ?this WHERE {{ ?this {p} ?_v }} GROUP BY ?this "
                         f"HAVING (COUNT(DISTINCT ?_v) > {n}) }} @INTARGET@ }}")
                add(name, q, project=())
            elif name in ("lessThan", "lessThanOrEquals"):
                if p is None:
                    raise UnsupportedShape(f"{sname}: sh:{name} on a node shape is not supported")
                op = "<" if name == "lessThan" else "<="
                add(name, f"SELECT DISTINCT ?this ?v ?pair WHERE {{ ?this {p} ?v . ?this {self.iri(shape, obj)} ?pair . "
                          f"FILTER (!COALESCE(?v {op} ?pair, false)) @INTARGET@ }}", project=("v", "pair"))
            elif name == "equals":
                q2 = self.iri(shape, obj)
                if p:
                    q = (f"SELECT DISTINCT ?this ?v WHERE {{ {{ ?this {p} ?v FILTER NOT EXISTS {{ ?this {q2} ?v }} }} "
                         f"UNION {{ ?this {q2} ?v FILTER NOT EXISTS {{ ?this {p} ?v }} }} @INTARGET@ }}")
                    add(name, q)
                else:  # the value node is the focus node itself
                    add(name, f"SELECT DISTINCT ?this ?v WHERE {{ @TARGETS@ FILTER NOT EXISTS {{ ?this {q2} ?this }} "
                              f"BIND(?this AS ?v) }}")
                    add(name, f"SELECT DISTINCT ?this ?v WHERE {{ @TARGETS@ ?this {q2} ?v FILTER (!sameTerm(?v, ?this)) }}")
            elif name == "disjoint":
                q2 = self.iri(shape, obj)
                q = (f"SELECT DISTINCT ?this ?v WHERE {{ ?this {p} ?v . ?this {q2} ?v . @INTARGET@ }}" if p else
                     f"SELECT DISTINCT ?this ?v WHERE {{ @TARGETS@ ?this {q2} ?this . BIND(?this AS ?v) }}")
                add(name, q)
            elif name == "uniqueLang":
                if not _is_true(obj):  # only "true"^^xsd:boolean turns it on (not "1")
                    continue
                if p is None:
                    raise UnsupportedShape(f"{sname}: sh:uniqueLang on a node shape is not supported")
                add(name, f"SELECT ?this ?pair WHERE {{ {{ SELECT ?this (?_lang AS ?pair) WHERE {{ ?this {p} ?_v . "
                          f"BIND(lcase(lang(?_v)) AS ?_lang) FILTER (?_lang != \"\") }} GROUP BY ?this ?_lang "
                          f"HAVING (COUNT(DISTINCT ?_v) > 1) }} @INTARGET@ }}", project=("pair",))
            elif name == "closed":
                if not _is_true(obj):
                    continue
                if p is not None:
                    raise UnsupportedShape(f"{sname}: sh:closed on a property shape is not supported")
                from rdflib import URIRef
                allowed = {str(x) for ps in g.objects(shape, sh.property) for x in g.objects(ps, sh.path)
                           if isinstance(x, URIRef)}
                for ign in g.objects(shape, sh.ignoredProperties):
                    allowed |= {str(x) for x in self.list_of(shape, ign)}
                lst = ", ".join(f"<{a}>" for a in sorted(allowed))
                filt = f"FILTER (?path NOT IN ({lst}))" if lst else ""
                add(name, f"SELECT DISTINCT ?this ?v ?path WHERE {{ @TARGETS@ ?this ?path ?v . {filt} }}",
                    project=("v", "path"))
            elif name == "qualifiedValueShape":
                out += self.qualified(shape, obj, p, sname, sev, msg, path)
            else:
                raise UnsupportedShape(f"{sname}: sh:{name} is not supported by the compiled engine")
        # sh:qualifiedMin/MaxCount without sh:qualifiedValueShape, sh:flags without sh:pattern:
        # a component without its mandatory parameter does not apply (SHACL 2.1.4)
        return out

    def iri(self, shape, obj) -> str:
        from rdflib import URIRef

        if not isinstance(obj, URIRef):
            raise UnsupportedShape(f"{self.name(shape)}: expected a property IRI, got {obj}")
        return f"<{obj}>"

    def qualified(self, shape, qvs, p, sname, sev, msg, path) -> list[Constraint]:
        g, sh = self.g, self.sh
        if p is None:
            raise UnsupportedShape(f"{sname}: sh:qualifiedValueShape on a node shape is not supported")
        if any(_is_true(d) for d in g.objects(shape, sh.qualifiedValueShapesDisjoint)):
            raise UnsupportedShape(f"{sname}: sh:qualifiedValueShapesDisjoint is not supported")
        if len(list(g.objects(shape, sh.qualifiedValueShape))) > 1:
            raise UnsupportedShape(f"{sname}: more than one sh:qualifiedValueShape on one shape")
        cond = self.shape_cond(qvs, "?_q", 1)
        counts = (f"{{ SELECT ?this (COUNT(DISTINCT ?_q) AS ?_n) WHERE {{ ?this {p} ?_q . FILTER ({cond}) }} "
                  f"GROUP BY ?this }}")
        out = []
        for name in ("qualifiedMinCount", "qualifiedMaxCount"):
            vals = list(g.objects(shape, sh[name]))
            if not vals:
                continue
            if len(vals) > 1:
                raise UnsupportedShape(f"{sname}: more than one sh:{name}")
            n = self.integer(shape, name, vals[0])
            if name == "qualifiedMinCount":
                if n == 0:
                    continue
                q = f"SELECT DISTINCT ?this WHERE {{ @TARGETS@ OPTIONAL {counts} FILTER (COALESCE(?_n, 0) < {n}) }}"
            else:
                q = f"SELECT DISTINCT ?this WHERE {{ {counts} FILTER (?_n > {n}) @INTARGET@ }}"
            out.append(Constraint(sname, _component(name), q, str(path), sev, msg, ()))
        return out

    def sparql(self, shape, c) -> Constraint | None:
        from rdflib import URIRef

        from .sparql_check import check_select

        g, sh = self.g, self.sh
        if self.deactivated(c):
            return None
        sname = self.name(shape)
        selects = list(g.objects(c, sh.select))
        if len(selects) != 1 or (c, sh.ask, None) in g:
            raise UnsupportedShape(f"{sname}: a SPARQL constraint needs exactly one sh:select (sh:ask is not compiled)")
        prefixes = []
        holders = list(g.objects(c, sh.prefixes))
        for h in holders:  # sh:prefixes follows owl:imports (within this graph: nothing is fetched)
            holders += [i for i in g.objects(h, URIRef(OWL_IMPORTS)) if i not in holders]
        for holder in holders:
            for d in g.objects(holder, sh.declare):
                prefixes.append(f"PREFIX {g.value(d, sh.prefix)}: <{g.value(d, sh.namespace)}>")
        select = str(selects[0])
        # the query's own PREFIX/BASE lines go to the head of the wrapping query
        head_re = re.compile(r"^\s*(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.I)
        while (m := head_re.match(select)):
            prefixes.append(m.group(1))
            select = select[m.end():]
        text = "\n".join(prefixes) + "\n" + select
        try:
            projected = check_select(text)
        except UnsupportedShape as err:
            raise UnsupportedShape(f"{sname}: SPARQL constraint {self.name(c)}: {err.message}") from None
        msgs = sorted(str(m) for m in g.objects(c, sh.message)) or sorted(str(m) for m in g.objects(shape, sh.message))
        msg = msgs[0] if msgs else None
        templ = sorted(set(re.findall(r"\{[?$](\w+)\}", msg or "")))
        for t in templ:
            if t not in projected:
                raise UnsupportedShape(f"{sname}: the message uses {{?{t}}}, which the query does not select")
        proj = ["value", "path"] + [t for t in templ if t not in ("this", "value", "path")]
        outer = " ".join(f"?{x}" for x in proj)
        q = "\n".join(prefixes) + f"\nSELECT ?this {outer} WHERE {{ @TARGETS@ {{ {select} }} }}"
        sevs = list(g.objects(shape, sh.severity))
        sev = str(sevs[0]) if sevs else SH + "Violation"
        return Constraint(sname, SH + "SPARQLConstraintComponent", q, None, sev, msg, tuple(proj),
                          source_constraint=self.name(c), value_is_focus=True)


def _shape_nodes(g, sh) -> set:
    from rdflib import RDF as R, RDFS as RS

    nodes = set()
    for p in (sh.targetClass, sh.targetNode, sh.targetSubjectsOf, sh.targetObjectsOf, sh.target):
        nodes |= set(g.subjects(p, None))
    # implicit class targets: a node shape or property shape that is also an rdfs:Class
    classes = {RS.Class} | set(g.transitive_subjects(RS.subClassOf, RS.Class))
    for t in (sh.NodeShape, sh.PropertyShape):
        for s in g.subjects(R.type, t):
            if any((s, R.type, c) in g for c in classes):
                nodes.add(s)
    return nodes


def refuse_remote_imports(g, where: str) -> None:
    """Validation never fetches anything: an owl:imports of anything but a local file is refused.

    Importing what the graph itself describes (an ontology it declares, a node
    it has statements about, such as prefix declarations) passes.
    """
    from rdflib import URIRef

    here = declared_ontologies(g)
    for s, iri in g.subject_objects(URIRef(OWL_IMPORTS)):
        if not str(iri).startswith("file:") and str(iri) not in here and (iri, None, None) not in g:
            raise UnsupportedShape(f"{where} has owl:imports <{iri}>: validation never fetches anything "
                                   "from the network; put the imported file among the shapes or the data instead")


def declared_ontologies(g) -> set[str]:
    from rdflib import RDF as R, URIRef

    return {str(o) for o in g.subjects(R.type, URIRef("http://www.w3.org/2002/07/owl#Ontology"))}


def compile_shapes(g) -> list[CompiledShape]:
    """Compile every shape with targets of the rdflib graph ``g``; raises UnsupportedShape."""
    from rdflib import RDF as R, RDFS as RS, BNode, Literal, URIRef

    comp = _Compiler(g)
    sh = comp.sh
    refuse_remote_imports(g, "the shapes graph")
    for s, p, o in g.triples((None, sh.select, None)):  # even SPARQL a shape does not target must not go out
        if re.search(r"\bSERVICE\b", str(o), re.I):
            from .sparql_check import check_select
            check_select(str(o))  # raises for SERVICE (or does not parse)
    out: list[CompiledShape] = []
    classes = {RS.Class} | set(g.transitive_subjects(RS.subClassOf, RS.Class))
    for ns in sorted(_shape_nodes(g, sh), key=str):
        if comp.deactivated(ns):
            continue
        name = comp.name(ns)
        if (ns, sh.target, None) in g:
            raise UnsupportedShape(f"{name}: sh:target (SHACL-AF custom targets) is not supported")
        tclasses = [c for c in g.objects(ns, sh.targetClass)]
        if any(not isinstance(c, URIRef) for c in tclasses):
            raise UnsupportedShape(f"{name}: sh:targetClass must be an IRI")
        if any((ns, R.type, c) in g for c in classes) and isinstance(ns, URIRef):
            tclasses.append(ns)
        pats, lits = [], []
        for n in g.objects(ns, sh.targetNode):
            if isinstance(n, BNode):
                raise UnsupportedShape(f"{name}: a blank node in sh:targetNode is not supported")
            if isinstance(n, Literal):
                lits.append(n)
            pats.append(f"VALUES ?this {{ {_nt(n)} }}")
        pats += [f"?this {comp.iri(ns, p)} ?_t ." for p in g.objects(ns, sh.targetSubjectsOf)]
        pats += [f"?_t {comp.iri(ns, p)} ?this ." for p in g.objects(ns, sh.targetObjectsOf)]
        cons: list[Constraint] = []
        paths = list(g.objects(ns, sh.path))
        if paths:  # a property shape with its own targets
            cons += _property_shape(comp, ns, paths)
        else:
            cons += comp.constraints(ns, None, ns)
            for ps in g.objects(ns, sh.property):
                if comp.deactivated(ps):
                    continue
                cons += _property_shape(comp, ps, list(g.objects(ps, sh.path)))
            for c in g.objects(ns, sh.sparql):
                sc = comp.sparql(ns, c)
                if sc is not None:
                    cons.append(sc)
        out.append(CompiledShape(name, tuple(sorted(str(c) for c in tclasses)), tuple(pats), tuple(cons),
                                 tuple(lits)))
    check_compiled(out)
    return _Shapes(out, set(comp.literals).union(*(s.target_literals for s in out)))


class _Shapes(list):
    """The compiled shapes, and the literals they compare as terms (for :func:`exact_literals`)."""

    def __init__(self, items, literals):
        super().__init__(items)
        self.literals = literals


def _property_shape(comp: _Compiler, ps, paths) -> list[Constraint]:
    from rdflib import URIRef

    g, sh = comp.g, comp.sh
    name = comp.name(ps)
    if len(paths) != 1 or not isinstance(paths[0], URIRef):
        raise UnsupportedShape(f"{name}: only a predicate path (one IRI) is supported in sh:path")
    if (ps, sh.property, None) in g:
        raise UnsupportedShape(f"{name}: sh:property inside a property shape is not supported")
    if (ps, sh.sparql, None) in g:
        raise UnsupportedShape(f"{name}: sh:sparql on a property shape is not supported")
    return comp.constraints(ps, paths[0], None)


_CANONICAL_INTEGER = re.compile(r"0|-?[1-9][0-9]*")


# ---------------------------------------------------------------------------
# Exactness of the store
# ---------------------------------------------------------------------------
def exact_literals(literals: Iterable) -> list:
    """The literals (rdflib or pyoxigraph) that a pyoxigraph store would not keep as written.

    >>> from rdflib import Literal, XSD
    >>> [str(x) for x in exact_literals([Literal("4.0", datatype=XSD.decimal), Literal("4", datatype=XSD.decimal)])]
    ['4.0']
    """
    from rdflib import Literal as RLiteral

    probe = []
    canonical_integer = _CANONICAL_INTEGER.fullmatch
    for lit in literals:
        if isinstance(lit, RLiteral):
            if lit.language or lit.datatype is None or str(lit.datatype) == XSD + "string":
                continue
            probe.append((lit, ox.Literal(str(lit), datatype=ox.NamedNode(str(lit.datatype)))))
        elif isinstance(lit, ox.Literal):
            dt = lit.datatype.value
            if lit.language or dt == XSD + "string" or dt == XSD + "integer" and canonical_integer(lit.value):
                continue  # kept as written (the common case, decided without the store)
            probe.append((lit, lit))
    if not probe:
        return []
    st = ox.Store()
    p = ox.NamedNode("urn:srkg:probe")
    st.extend(ox.Quad(ox.NamedNode(f"urn:srkg:probe:{i}"), p, o, ox.DefaultGraph()) for i, (_l, o) in enumerate(probe))
    kept = {}
    for q in st.quads_for_pattern(None, p, None):
        kept[int(q.subject.value.rsplit(":", 1)[1])] = (q.object.value, q.object.datatype.value)
    return [orig for i, (orig, o) in enumerate(probe) if kept.get(i) != (o.value, o.datatype.value)]


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


_CLASS_REF = re.compile(r"@CLASS<([^>]*)>@")
_ILL_REF = re.compile(r"@ILL<([^>]*)>\|(\?\w+)@")


def ill_typed(store: ox.Store, datatypes: Iterable[str], literals: Iterable | None = None) -> dict[str, list]:
    """The literals of the store (or of ``literals``, when the caller has them all) with one of
    ``datatypes`` whose lexical form is not valid for it."""
    dts = sorted(set(datatypes))
    out: dict[str, list] = {d: [] for d in dts}
    if not dts:
        return out
    if literals is not None:
        wanted = set(dts)
        for o in literals:
            if not o.language and o.datatype.value in wanted and not _xsd.valid(o.value, o.datatype.value):
                out[o.datatype.value].append(o)
        return out
    lst = ", ".join(f"<{d}>" for d in dts)
    q = f"SELECT DISTINCT ?o WHERE {{ ?s ?p ?o FILTER (isLiteral(?o) && datatype(?o) IN ({lst})) }}"
    for sol in store.query(q, use_default_graph_as_union=True):
        o = sol["o"]
        if not _xsd.valid(o.value, o.datatype.value):
            out[o.datatype.value].append(o)
    return out


def build_query(shape: CompiledShape, c: Constraint, closure, ill: dict | None = None) -> str:
    """The full SPARQL text of one constraint, targets included."""
    def classes(m: re.Match) -> str:
        return " ".join(f"<{x}>" for x in sorted(closure[m.group(1)]))

    def ill_ref(m: re.Match) -> str:
        bad = (ill or {}).get(m.group(1), [])
        if not bad:
            return ""
        return "&& !(" + " || ".join(f"sameTerm({m.group(2)}, {b})" for b in bad) + ")"

    tpats = list(shape.target_patterns)
    if shape.target_classes:
        allc = sorted(set().union(*(closure[t] for t in shape.target_classes)))
        tpats.append(f"?this <{RDF_TYPE}> ?_tc . VALUES ?_tc {{ {' '.join('<%s>' % x for x in allc)} }}")
    targets = " UNION ".join(f"{{ {t} }}" for t in tpats) if tpats else "FILTER (false)"
    q = c.query.replace("@TARGETS@", f"{{ SELECT DISTINCT ?this WHERE {{ {targets} }} }}")
    q = q.replace("@INTARGET@", f"FILTER EXISTS {{ {targets} }}")
    return _ILL_REF.sub(ill_ref, _CLASS_REF.sub(classes, q))


def _run_one(store: ox.Store, shape: CompiledShape, c: Constraint, closure, ill) -> list[RawResult]:
    q = build_query(shape, c, closure, ill)
    out = []
    for sol in store.query(q, use_default_graph_as_union=True):
        this = sol["this"]
        value = pair = None
        path = c.path
        msg = c.message
        if "v" in c.project:
            value = sol["v"]
        if "pair" in c.project:
            pair = sol["pair"]
        if "path" in c.project:
            p = sol["path"]
            path = p.value if isinstance(p, ox.NamedNode) else c.path
        if c.value_is_focus:
            value = sol["value"]
            if value is None:
                value = this
            if msg and "{" in msg:
                msg = re.sub(r"\{[?$](\w+)\}", lambda m: _template(sol, m.group(1), this), msg)
        out.append(RawResult(_focus_id(this), this, path, value, c.component, c.shape, c.severity,
                             msg, c.source_constraint, pair))
    return out


def _template(sol, name: str, this) -> str:
    t = this if name == "this" else sol[name]
    return "" if t is None else t.value


def _focus_id(term) -> str:
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


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
             r.source_constraint, _encode(r.pair))
            for r in _run_one(st["store"], shape, c, st["closure"], st["ill"])]


def run_constraints(store: ox.Store, shapes: Iterable[CompiledShape], *, workers: int = 1,
                    literals: Iterable | None = None) -> list[RawResult]:
    """Run every constraint of every shape over ``store`` (the union of its graphs).

    Returns the results of all focus nodes.  With ``workers`` > 1 the
    constraints are shared out among forked processes, which read the store
    the parent loaded (copy-on-write, nothing is copied or written); where
    fork is not available they run in this process.  ``literals``: every
    literal of the store's data (pyoxigraph terms), when the caller collected
    them while loading; the ill-typed ones are then found without a scan.
    """
    import multiprocessing as mp
    import os

    closure = subclass_closure(store)
    jobs = [(s, c) for s in shapes for c in s.constraints]
    dts = set()
    for s, c in jobs:  # fill the closure before it is shared
        for m in _CLASS_REF.finditer(c.query):
            closure[m.group(1)]
        dts |= {m.group(1) for m in _ILL_REF.finditer(c.query)}
        for t in s.target_classes:
            closure[t]
    ill = ill_typed(store, dts, literals)
    if workers > 1 and hasattr(os, "fork") and len(store) > 50_000:
        _FORK_STATE.update(store=store, jobs=jobs, closure=closure, ill=ill)
        try:
            with mp.get_context("fork").Pool(workers) as pool:
                parts = pool.map(_job_in_child, range(len(jobs)), chunksize=1)
        finally:
            _FORK_STATE.clear()
        return [RawResult(f, _decode(ft), p, _decode(v), comp, sh_, sev, msg, sc, _decode(pr))
                for part in parts for (f, ft, p, v, comp, sh_, sev, msg, sc, pr) in part]
    return [r for s, c in jobs for r in _run_one(store, s, c, closure, ill)]


def check_compiled(shapes: Iterable[CompiledShape]) -> None:
    """Parse every query of the compiled shapes once (on an empty store): a regex or a query
    that Oxigraph does not accept becomes UnsupportedShape here, not a crash mid-validation."""
    empty = ox.Store()
    closure = subclass_closure(empty)
    for s in shapes:
        for c in s.constraints:
            try:
                list(empty.query(build_query(s, c, closure, {}), use_default_graph_as_union=True))
            except (SyntaxError, OSError, ValueError) as err:
                raise UnsupportedShape(f"{c.shape}: the compiled query for {c.component.rsplit('#', 1)[-1]} "
                                       f"does not run: {' '.join(str(err).split())[:160]}") from None
