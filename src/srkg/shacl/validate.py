"""Validate new instance data before it joins the graph (``srkg validate``).

The new data is checked together with the graph it points into and the
ontology (so ``sr:Alliance`` is known to be a ``srkg:RelationshipType`` and a
``srkg:ResearchArticle`` is a ``srkg:ScholarlyWork``), against the SHACL
shapes under ``ontology/shapes/``, and beyond SHACL:

* an IRI of ours (``sr:``, ``srkg:``) that neither the graph nor the new data
  defines is an error, with the closest known names ("did you mean sr:Russia?");
* new data that adds or redefines ontology terms (subjects in ``srkg:``, or
  schema axioms about them) is an error;
* with ``source=``, every evidence quote of the new data is verified at its
  offsets in the source text.

Only nodes that the new data describes (its subjects) are reported; the
shipped files are only read, never written.  Engines (see :mod:`srkg.shacl.core`):
``fast`` (the default: each constraint compiled to SPARQL and run by
pyoxigraph, with pyshacl-turbo behind it for shapes it does not compile and
for data whose literals the store would rewrite), ``compiled`` (the compiled
engine only: anything else is refused, exit 3), ``turbo`` (pyshacl-turbo) and
``pyshacl`` (the reference implementation).  Nothing is fetched from the
network: SPARQL ``SERVICE`` and remote ``owl:imports`` are refused (exit 3).

>>> rep = validate_data(data='''
...     @prefix sr: <https://w3id.org/srkg/id/> . @prefix srkg: <https://w3id.org/srkg/ontology#> .
...     @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
...     sr:NewRelationship a srkg:Relationship ; rdfs:label "Russia and Rusia"@en ;
...         srkg:hasParty sr:Russia , sr:Rusia .''')
>>> rep.conforms
False
>>> [(shorten(r.value), r.constraint_name) for r in rep.results]
[('sr:Rusia', 'class'), ('sr:Rusia', 'UndefinedName')]
>>> rep.results[1].message
'sr:Rusia is a name neither the graph nor this data defines: did you mean sr:Russia?'
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import pyoxigraph as ox

from .. import paths
from ..errors import InputError, UnsupportedShape, UsageError
from ..rdf.reader import PREFIXES, SR, SRKG, shorten
from .engine import SH, RawResult, compile_shapes, exact_literals, refuse_remote_imports, run_constraints

__all__ = ["ValidationResult", "ValidationReport", "validate_files", "validate_data", "load_shapes",
           "MAX_INPUT_BYTES"]

MAX_INPUT_BYTES = 128 * 1024 * 1024
SRSH = PREFIXES["srsh"]
RDFS = PREFIXES["rdfs"]
OWL = PREFIXES["owl"]
RDF_TYPE = PREFIXES["rdf"] + "type"
LABEL = RDFS + "label"
VIOLATION, WARNING, INFO = SH + "Violation", SH + "Warning", SH + "Info"
SEVERITY_NAMES = {VIOLATION: "Violation", WARNING: "Warning", INFO: "Info"}
UNDEFINED = SRSH + "UndefinedName"
ONTOLOGY_CHANGE = SRSH + "OntologyChange"
EVIDENCE_MISMATCH = SRSH + "EvidenceMismatch"
SCHEMA_PREDICATES = {RDFS + x for x in ("subClassOf", "subPropertyOf", "domain", "range")}
ENGINES = ("fast", "compiled", "turbo", "pyshacl")
ENGINE_NAMES = {"compiled": "compiled", "turbo": "pyshacl-turbo", "pyshacl": "pyshacl"}


@dataclass(frozen=True, order=True)
class ValidationResult:
    """One result: which node, which property, which value, what is wrong and what to do.

    Terms are strings: an IRI, ``_:id`` for a blank node, or a literal in
    N-Triples syntax (``"2020"^^<http://www.w3.org/2001/XMLSchema#gYear>``).
    """

    focus: str
    severity: str                 # "Violation", "Warning" or "Info"
    path: str | None
    value: str | None
    message: str
    source_shape: str | None
    constraint: str               # IRI of the constraint component (sh:... or srsh:...)
    focus_label: str | None = field(default=None, compare=False)
    source_constraint: str | None = field(default=None, compare=False)

    @property
    def constraint_name(self) -> str:
        """``class``, ``minCount``, ... or ``UndefinedName`` for our own checks."""
        local = self.constraint.rsplit("#", 1)[-1]
        if local.endswith("ConstraintComponent"):
            local = local[: -len("ConstraintComponent")]
            return "sparql" if local == "SPARQL" else local[0].lower() + local[1:]
        return local

    def key(self) -> tuple:
        """What two engines must agree on."""
        return (self.focus, self.severity, self.path, self.value, self.message, self.source_shape, self.constraint)


@dataclass
class ValidationReport:
    """The outcome of one validation: typed results, the report graph and its text."""

    conforms: bool
    results: list[ValidationResult]
    text: str = ""
    files: list[str] = field(default_factory=list)
    triples: int = 0
    constraints: int = 0
    engine: str = "compiled"      # the engine that ran: compiled, pyshacl-turbo or pyshacl
    strict: bool = False
    engine_note: str | None = None  # why the default engine did not run the compiled one

    def count(self, severity: str) -> int:
        return sum(1 for r in self.results if r.severity == severity)

    @property
    def graph(self):
        """The standard ``sh:ValidationReport`` as an rdflib Graph."""
        return report_graph(self)

    def to_json(self) -> str:
        from ..render import validation_json

        return validation_json(self)

    def to_turtle(self) -> str:
        return self.graph.serialize(format="turtle")


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------
_SHAPES_CACHE: dict[tuple, tuple] = {}


class Shapes:
    """The shapes, and their compiled form or the reason the compiler refused them."""

    def __init__(self, files: list, compiled: list | None, refusal: UnsupportedShape | None, graph=None):
        self.files, self.compiled, self.refusal = files, compiled, refusal
        self._graph = graph

    @property
    def graph(self):
        """The shapes graph (rdflib, literals as written), parsed on first use (the slow path needs it)."""
        if self._graph is None:
            self._graph = _shapes_graph(self.files)
        return self._graph

    @property
    def constraints(self) -> int:
        return sum(len(s.constraints) for s in self.compiled or [])


def _shapes_graph(files):
    from ..rdf.reader import iter_quads
    from .core import graph_of

    return graph_of(q for f in files for q in iter_quads(f))  # literals as written ("1"^^xsd:boolean stays)


def read_shapes(files: Sequence[Path] | None = None, *, root: Path | None = None) -> Shapes:
    """Parse and compile the shapes files (default: ``ontology/shapes/*.shacl.ttl``), once per
    process and, through :mod:`srkg.shacl.cache`, once per change of the files.

    Raises UnsupportedShape (exit 3) at once for what no engine may run (SPARQL
    SERVICE, remote owl:imports); other refusals of the compiler are kept in
    ``refusal``, for the caller to decide (the default engine hands them to pyshacl-turbo).
    """
    from . import cache
    from .core import NetworkRefused, refuse_network

    files = [Path(f) for f in files] if files is not None else paths.shapes_files(root)
    if not files:
        raise InputError(f"no shapes found under {paths.shapes_dir(root)}")
    # keyed by each file's absolute path, size and mtime: two data folders never share an entry
    key = tuple((str(f.resolve()), f.stat().st_size, f.stat().st_mtime_ns) for f in files)
    if key not in _SHAPES_CACHE:
        graph = []

        def compute() -> tuple:
            g = _shapes_graph(files)
            graph.append(g)
            refuse_network(g)  # raises: never cached
            try:
                return compile_shapes(g), None
            except NetworkRefused:
                raise
            except UnsupportedShape as err:
                return None, err.message

        compiled, refusal = cache.compiled(files, compute)
        _SHAPES_CACHE[key] = Shapes(files, compiled, UnsupportedShape(refusal) if refusal else None,
                                    graph[0] if graph else None)
    return _SHAPES_CACHE[key]


def load_shapes(files: Sequence[Path] | None = None, *, root: Path | None = None):
    """The compiled shapes; raises UnsupportedShape (exit 3) when the compiler refuses them.

    This is what ``srkg check`` runs: shapes that ``srkg validate --engine compiled`` cannot run fail the gate.
    """
    sh = read_shapes(files, root=root)
    if sh.refusal is not None:
        raise sh.refusal
    return sh.compiled


BASE_GRAPH = ox.NamedNode("urn:srkg:validate:base")


@dataclass
class _Loaded:
    """The new data in the default graph; ontology and graph in BASE_GRAPH (read-only copies)."""

    store: ox.Store
    new_quads: int
    literals: set = field(default_factory=set)   # every literal of the files, as written
    parsed: list | None = None                    # with exact=True: [(quads, is_new_data)] as parsed

    def is_new_subject(self, term) -> bool:
        return term is not None and next(iter(self.store.quads_for_pattern(term, None, None, ox.DefaultGraph())), None) is not None

    def in_base(self, iri: str) -> bool:
        return next(iter(self.store.quads_for_pattern(ox.NamedNode(iri), None, None, BASE_GRAPH)), None) is not None

    def defined(self, iri: str) -> bool:
        return next(iter(self.store.quads_for_pattern(ox.NamedNode(iri), None, None)), None) is not None


def _scan_literals(path, fmt, literals: set, max_bytes: int) -> None:
    """Every literal of one file as written (the store rewrites some: 4.0 to 4)."""
    from ..rdf.reader import iter_quads

    add, lit = literals.add, ox.Literal
    for q in iter_quads(path, fmt, max_bytes=max_bytes):
        o = q.object
        if type(o) is lit:
            add(o)


def _load_file(store: ox.Store, path, fmt: str | None, graph, max_bytes: int, literals: set | None = None) -> None:
    """Parse one file into ``store`` (in Rust, fast); errors become one-line SrkgErrors.

    With ``literals``, a second reader collects the file's literals as written, in
    a thread beside the store's own parser (pyoxigraph parses without the GIL).
    """
    import threading

    if literals is not None:
        errors: list = []

        def scan():
            try:
                _scan_literals(path, fmt, literals, max_bytes)
            except Exception as err:  # reported by the store's parse below
                errors.append(err)

        t = threading.Thread(target=scan, daemon=True)
        t.start()
        try:
            _load_file(store, path, fmt, graph, max_bytes)
        finally:
            t.join()
        if errors:
            raise errors[0]
        return
    from ..rdf.reader import load_file

    load_file(store, path, fmt, graph=graph, max_bytes=max_bytes)


def _load(new: Sequence, base_files: Sequence[Path], onto_files: Sequence[Path], *, fmt=None,
          max_bytes: int = MAX_INPUT_BYTES, exact: bool = False) -> _Loaded:
    """``new``: paths, or (name, quads) pairs for in-memory data.

    ``exact``: parse each file once in Python and keep its quads (``ld.parsed``),
    for a reference engine that must see the literals as written and the same
    blank nodes as the store (the slow path).
    """
    from ..rdf.reader import iter_quads

    store = ox.Store()
    literals: set = set()
    parsed: list = []
    items = [(f, None, BASE_GRAPH, 2 ** 40, False) for f in list(onto_files) + list(base_files)]
    items += [(item, fmt, ox.DefaultGraph(), max_bytes, True) for item in new]
    for item, ifmt, graph, limit, is_new in items:
        if isinstance(item, tuple) or exact:
            quads = item[1] if isinstance(item, tuple) else list(iter_quads(item, ifmt, max_bytes=limit))
            store.extend(ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads)
            literals.update(q.object for q in quads if isinstance(q.object, ox.Literal))
            parsed.append((quads, is_new))
        else:
            _load_file(store, item, ifmt, graph, limit, literals)
    n = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
    if n == 0:
        raise InputError("the new data holds no triples")
    return _Loaded(store, n, literals, parsed if exact else None)


# ---------------------------------------------------------------------------
# Checks beyond SHACL
# ---------------------------------------------------------------------------
_OURS = f"(STRSTARTS(STR(?x), \"{SR}\") || STRSTARTS(STR(?x), \"{SRKG}\"))"


def _undefined(ld: _Loaded) -> list[RawResult]:
    st = ld.store
    base = f"GRAPH <{BASE_GRAPH.value}> {{ ?x ?_q ?_y }}"
    # an sr: name is defined by being described (a subject) in the graph or the new data; an srkg:
    # name only by the ontology.  The default graph holds the new data, BASE_GRAPH the rest.
    missing = [sol["x"] for sol in st.query(
        f"SELECT DISTINCT ?x WHERE {{ ?s ?p ?x FILTER (isIRI(?x) && {_OURS}) "
        f"FILTER (IF(STRSTARTS(STR(?x), \"{SRKG}\"), NOT EXISTS {{ {base} }}, "
        f"NOT EXISTS {{ {{ ?x ?_q ?_y }} UNION {{ {base} }} }})) }}")]
    used_p = [sol["x"] for sol in st.query(f"SELECT DISTINCT ?x WHERE {{ ?s ?x ?o FILTER {_OURS} }}")]
    missing_p = [t for t in used_p if not ld.in_base(t.value)]
    if not missing and not missing_p:
        return []
    base_names = [sol["s"].value for sol in st.query(
        f"SELECT DISTINCT ?s WHERE {{ GRAPH <{BASE_GRAPH.value}> {{ ?s ?p ?o }} FILTER (isIRI(?s)) }}")]
    known_sr = [n for n in base_names if n.startswith(SR)]
    known_srkg = [n for n in base_names if n.startswith(SRKG)]
    if ld.new_quads <= 50_000:
        known_sr += [sol["s"].value for sol in st.query(
            f"SELECT DISTINCT ?s WHERE {{ ?s ?p ?o FILTER (isIRI(?s) && STRSTARTS(STR(?s), \"{SR}\")) }}")]
    out = []
    for t, as_pred in [(t, False) for t in missing] + [(t, True) for t in missing_p]:
        iri = t.value
        if iri.startswith(SRKG):
            hint, what = _closest(iri, SRKG, known_srkg), "the ontology does not define"
        else:
            hint, what = _closest(iri, SR, known_sr), "neither the graph nor this data defines"
        msg = f"{shorten(iri)} is a name {what}"
        msg += f": did you mean {hint}?" if hint else "; define it (with a type and an rdfs:label@en) or use an existing name."
        pattern = (None, t, None) if as_pred else (None, None, t)
        for q in st.quads_for_pattern(*pattern, ox.DefaultGraph()):
            out.append(RawResult(_id(q.subject), q.subject, q.predicate.value, t, UNDEFINED, None, VIOLATION, msg))
    return out


def _closest(iri: str, ns: str, known: Iterable[str]) -> str:
    local = iri[len(ns):]
    by_lower: dict[str, str] = {}
    for k in known:
        by_lower.setdefault(k[len(ns):].lower(), k)
    hits = difflib.get_close_matches(local.lower(), list(by_lower), n=2, cutoff=0.8)
    return " or ".join(shorten(by_lower[h]) for h in hits)


def _ontology_changes(ld: _Loaded) -> list[RawResult]:
    schema = ", ".join(f"<{p}>" for p in sorted(SCHEMA_PREDICATES))
    q = (f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o FILTER ((isIRI(?s) && STRSTARTS(STR(?s), \"{SRKG}\")) || "
         f"(isIRI(?o) && STRSTARTS(STR(?o), \"{SRKG}\") && (?p IN ({schema}) || STRSTARTS(STR(?p), \"{OWL}\")))) }}")
    out = []
    for sol in ld.store.query(q):
        s, p, o = sol["s"], sol["p"], sol["o"]
        if isinstance(s, ox.NamedNode) and s.value.startswith(SRKG):
            verb = "redefines" if ld.in_base(s.value) else "adds"
            msg = (f"New data {verb} the ontology term {shorten(s.value)}: instance data must not say anything "
                   f"about srkg: terms; propose ontology changes in an extension module of the ontology instead.")
        else:
            msg = (f"New data states a schema axiom ({shorten(p.value)}) about the ontology term {shorten(o.value)}: "
                   f"instance data must not change the ontology; propose it in an extension module instead.")
        out.append(RawResult(_id(s), s, p.value, o, ONTOLOGY_CHANGE, None, VIOLATION, msg))
    return out


def _evidence(ld: _Loaded, source) -> list[RawResult]:
    """Evidence of the new data against the text of each one's source (``source``: texts or folders)."""
    from ..quality.evidence import verify_evidence
    from ..rdf.reader import to_rdflib
    from ..sources import SourceTexts, registry_of_store

    texts = SourceTexts.find(source)
    import rdflib

    q = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX srkg: <https://w3id.org/srkg/ontology#>
    CONSTRUCT { ?ev a oa:SpecificResource ; oa:hasSource ?src ; oa:hasSelector ?sel . ?sel ?sp ?so .
                ?h srkg:hasEvidence ?ev }
    WHERE { ?ev a oa:SpecificResource .
            OPTIONAL { ?ev oa:hasSource ?src }
            OPTIONAL { ?ev oa:hasSelector ?sel . ?sel ?sp ?so }
            OPTIONAL { ?h srkg:hasEvidence ?ev } }"""
    g = rdflib.Graph()
    new_ev = set()
    for t in ld.store.query(q, use_default_graph_as_union=True):
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    for t in ld.store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode("http://www.w3.org/ns/oa#SpecificResource"),
                                        ox.DefaultGraph()):
        new_ev.add(t.subject)
    # keep only the evidence nodes of the new data
    keep = {to_rdflib(e) for e in new_ev}
    for ev in set(g.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/oa#SpecificResource"))) - keep:
        g.remove((ev, rdflib.RDF.type, None))
    check = verify_evidence(g, texts, renditions=registry_of_store(ld.store))
    names = {}
    for ev in keep:
        names[shorten(str(ev))] = ev
        for h in g.subjects(rdflib.URIRef(SRKG + "hasEvidence"), ev):
            names[shorten(str(h))] = h
    out = []
    for f in check.findings:
        if f.code == "evidence-unknown-source":
            continue  # the shapes say it already: oa:hasSource points to a srkg:TextRendition
        node = names.get(f.subject)
        if node is None and f.code in ("source-text-absent", "evidence-wrong-source"):
            node = rdflib.URIRef(f.subject.replace("sr:", "https://w3id.org/srkg/id/", 1))
            term = ox.NamedNode(str(node))
            if f.code == "source-text-absent":
                out.append(RawResult(_id(term), term, SRKG + "sha256", None, EVIDENCE_MISMATCH, None, WARNING,
                                     f"Evidence not verified: {f.message}."))
            else:
                out.append(RawResult(_id(term), term, SRKG + "sha256", None, EVIDENCE_MISMATCH, None, VIOLATION,
                                     f"Evidence not verified: {f.message}."))
            continue
        if node is None:
            continue
        term = ox.NamedNode(str(node)) if isinstance(node, rdflib.URIRef) else ox.BlankNode(str(node))
        out.append(RawResult(_id(term), term, SRKG + "hasEvidence", None, EVIDENCE_MISMATCH, None, VIOLATION,
                             f"Evidence does not match the source text: {f.message}; recompute the selectors "
                             f"with srkg.evidence.locate."))
    return out


def _id(term) -> str:
    return "_:" + term.value if isinstance(term, ox.BlankNode) else term.value


# ---------------------------------------------------------------------------
# The entry points
# ---------------------------------------------------------------------------
def validate_files(files: Sequence[str | os.PathLike], *, fmt: str | None = None, source=None,
                   engine: str = "fast", strict: bool = False, graph_files: Sequence[Path] | None = None,
                   ontology_files: Sequence[Path] | None = None, shapes_files: Sequence[Path] | None = None,
                   max_bytes: int = MAX_INPUT_BYTES, workers: int = 2, root: Path | None = None) -> ValidationReport:
    """Validate RDF files of new data; see the module docstring.

    ``graph_files`` defaults to the graph's instance files, less any of them given
    in ``files`` (then the given file is checked as the new version of that file).
    Raises InputError / RDFSyntaxError (exit 2) for a missing, empty, non-UTF-8,
    too large or unparsable file; never writes anything.
    """
    if not files:
        raise UsageError("give at least one file of new data to validate")
    from ..rdf.reader import check_readable, guess_format

    for f in files:  # fail fast on bad input before any parsing
        check_readable(f, max_bytes=max_bytes)
        guess_format(f, fmt)
    if graph_files is None:  # a file of the graph itself is validated as the new version of that file
        given = {Path(f).resolve() for f in files}
        graph_files = [g for g in paths.instance_files(root) if g.resolve() not in given]
    return _validate([Path(f) for f in files], [str(f) for f in files], source=source, engine=engine,
                     strict=strict, graph_files=graph_files, ontology_files=ontology_files,
                     shapes_files=shapes_files, workers=workers, fmt=fmt, max_bytes=max_bytes, root=root)


def validate_data(*, data: bytes | str, fmt: str = "turtle", **kwargs) -> ValidationReport:
    """Validate new data given as a string (Turtle unless ``fmt``); same options as validate_files."""
    from ..rdf.reader import parse_data

    quads = parse_data(data, fmt)
    return _validate([("<data>", quads)], ["<data>"], **kwargs)


def _validate(new, names, *, source=None, engine="fast", strict=False, graph_files=None, ontology_files=None,
              shapes_files=None, workers=2, fmt=None, max_bytes=MAX_INPUT_BYTES, root=None) -> ValidationReport:
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    shapes = read_shapes(shapes_files, root=root)
    if engine == "compiled" and shapes.refusal is not None:
        raise shapes.refusal
    onto = list(ontology_files) if ontology_files is not None else paths.ontology_files(root)
    base = list(graph_files) if graph_files is not None else paths.instance_files(root)
    ld = _load(new, base, onto, fmt=fmt, max_bytes=max_bytes,
               exact=shapes.refusal is not None and engine == "fast" or engine in ("turbo", "pyshacl"))
    _refuse_data_imports(ld)
    note = None
    if engine in ("fast", "compiled"):
        if shapes.refusal is not None:
            note = shapes.refusal.message
        else:
            bad = exact_literals(ld.literals | set(shapes.compiled.literals))
            if bad:
                shown = ", ".join(sorted(str(b) for b in bad)[:3]) + (f" and {len(bad) - 3} more" if len(bad) > 3 else "")
                note = f"the data holds literals the store would rewrite ({shown})"
                if engine == "compiled":
                    raise UnsupportedShape(f"{note}: the compiled engine would not see them as written; "
                                           "use the default engine")
        if note is None:
            raw, ran = run_constraints(ld.store, shapes.compiled, workers=workers, literals=ld.literals), "compiled"
        else:
            from .core import turbo_available
            ran = "turbo" if turbo_available() else "pyshacl"
    else:
        ran = engine
    if ran != "compiled":
        if ld.parsed is None:  # loaded the fast way: read again, keeping the literals as written
            ld = _load(new, base, onto, fmt=fmt, max_bytes=max_bytes, exact=True)
        raw = _run_reference(ld, shapes, ran)
    else:
        raw = [r for r in raw if ld.is_new_subject(r.focus_term)]
    raw += _undefined(ld) + _ontology_changes(ld)
    if source is not None:
        raw += _evidence(ld, source)
    results = _finish(ld, raw)
    nviol = sum(r.severity == "Violation" for r in results)
    nwarn = sum(r.severity == "Warning" for r in results)
    conforms = nviol == 0 and (nwarn == 0 or not strict)
    rep = ValidationReport(conforms, results, files=names, triples=ld.new_quads,
                           constraints=shapes.constraints, engine=ENGINE_NAMES[ran], strict=strict,
                           engine_note=note)
    rep.text = render_text(rep)
    return rep


def _finish(ld: _Loaded, raw: list[RawResult]) -> list[ValidationResult]:
    labels = _labels(ld.store, {r.focus_term for r in raw})
    seen = set()
    out = []
    for r in raw:
        res = ValidationResult(r.focus, SEVERITY_NAMES.get(r.severity, r.severity), r.path, _term_str(r.value),
                               r.message or "", r.shape, r.component, labels.get(r.focus), r.source_constraint)
        if res.key() in seen:
            continue
        seen.add(res.key())
        out.append(res)
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    out.sort(key=lambda r: (r.focus, order.get(r.severity, 3), r.path or "", r.value or "", r.constraint))
    return out


def _labels(store: ox.Store, foci: set) -> dict[str, str]:
    out = {}
    lab = ox.NamedNode(LABEL)
    for t in foci:
        if t is None:
            continue
        best = None
        for q in store.quads_for_pattern(t, lab, None):
            if isinstance(q.object, ox.Literal) and (best is None or q.object.language == "en"):
                best = q.object.value
        if best is None and isinstance(t, ox.BlankNode):
            best = _describe_bnode(store, t)
        if best is not None:
            out[_id(t)] = best
    return out


def _describe_bnode(store: ox.Store, t) -> str | None:
    kinds = [shorten(q.object.value) for q in store.quads_for_pattern(t, ox.NamedNode(RDF_TYPE), None)
             if isinstance(q.object, ox.NamedNode)]
    parents = [q for q in store.quads_for_pattern(None, None, t)]
    what = kinds[0] if kinds else "blank node"
    if parents:
        return f"{what} of {_term_display(parents[0].subject)} ({shorten(parents[0].predicate.value)})"
    return what


def _term_str(t) -> str | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    return str(t)  # pyoxigraph literals print in N-Triples syntax


def _term_display(t) -> str:
    if isinstance(t, str):
        if t.startswith("_:") or t.startswith('"'):
            return t
        return shorten(t)
    s = _term_str(t)
    return _term_display(s) if s else ""


# ---------------------------------------------------------------------------
# pySHACL, the reference implementation
# ---------------------------------------------------------------------------
def _refuse_data_imports(ld: _Loaded) -> None:
    """New data that owl:imports something remote, or carries SPARQL with SERVICE, is refused:
    validation fetches nothing."""
    from .core import NetworkRefused, graph_of, refuse_network

    risky = [ox.NamedNode("http://www.w3.org/2002/07/owl#imports")] + [ox.NamedNode(SH + p) for p in ("select", "ask")]
    if all(next(iter(ld.store.quads_for_pattern(None, p, None, ox.DefaultGraph())), None) is None for p in risky):
        return
    g = graph_of(ld.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    refuse_remote_imports(g, "the new data")
    try:
        refuse_network(g)
    except NetworkRefused as err:
        raise NetworkRefused(f"the new data: {err.message}") from None


def _run_reference(ld: _Loaded, shapes: Shapes, engine: str) -> list[RawResult]:
    """pyshacl-turbo or pySHACL over the data as parsed (not the store, which rewrites some literals);
    only results on the new data's subjects."""
    from .core import graph_of, run_reference

    new_subjects = {q.subject for quads, is_new in ld.parsed if is_new for q in quads}
    results, _report = run_reference(graph_of(q for quads, _n in ld.parsed for q in quads), shapes.graph, engine)
    return [r for r in results if r.focus_term in new_subjects]


def results_from_report_graph(rg) -> list[RawResult]:
    """Read a standard sh:ValidationReport (pySHACL's, turbo's, Jena's) into RawResults."""
    from .core import results_from_report_graph as read

    return read(rg)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
def render_text(rep: ValidationReport) -> str:
    """Results grouped by focus node, then a one-line summary (written by :mod:`srkg.render`)."""
    from ..render import validation_text

    return validation_text(rep)


def report_graph(rep: ValidationReport):
    import rdflib
    from rdflib import BNode, Literal, URIRef

    from ..rdf.reader import bind_prefixes

    sh = rdflib.Namespace(SH)
    g = bind_prefixes(rdflib.Graph())
    root = BNode()
    g.add((root, rdflib.RDF.type, sh.ValidationReport))
    g.add((root, sh.conforms, Literal(rep.conforms)))

    def term(s: str):
        if s.startswith("_:"):
            return BNode(s[2:])
        if s.startswith('"'):
            from rdflib.util import from_n3
            return from_n3(s)
        return URIRef(s)

    for r in rep.results:
        node = BNode()
        g.add((root, sh.result, node))
        g.add((node, rdflib.RDF.type, sh.ValidationResult))
        g.add((node, sh.focusNode, term(r.focus)))
        if r.path:
            g.add((node, sh.resultPath, URIRef(r.path)))
        if r.value:
            g.add((node, sh.value, term(r.value)))
        g.add((node, sh.resultMessage, Literal(r.message, lang="en")))
        g.add((node, sh.resultSeverity, sh[r.severity]))
        g.add((node, sh.sourceConstraintComponent, URIRef(r.constraint)))
        if r.source_shape:
            g.add((node, sh.sourceShape, term(r.source_shape)))
        if r.source_constraint:
            g.add((node, sh.sourceConstraint, term(r.source_constraint)))
    return g
