"""``srkg build``: the release, written atomically after the quality gate passes.

A release folder holds

* the ontology alone and the full graph (ontology and instance data) in
  Turtle, N-Triples, JSON-LD and RDF/XML (RDF/XML so that Protégé and
  owlready2 open it), and a TriG file with the named graphs of ``srkg load`` (ontology, vocabularies,
  one per article, shapes; see :mod:`srkg.paths`);
* ``VERSION`` (the release date) and ``SHA256SUMS`` (``sha256sum -c`` format);
* ``docs/``: HTML documentation of the ontology (pyLODE) and of the concept
  schemes, and ``figures/``: the pictures made from the figure queries.

Guarantees: the build runs only when :func:`srkg.quality.check.run_check` reports no
ERROR (else :class:`BuildRefused`, exit 1); every RDF file is re-parsed after
writing (with pyoxigraph, a parser independent of the rdflib serialisers) and
its triple count must equal that of the graph it was written from; the
release is written into a temporary folder next to the target and renamed
into place, so either the whole release is replaced or nothing is: a failed
build leaves any previous release untouched and no temporary folder behind.
The released ontology is one ontology: the extension modules are merged into
the main one (:func:`merge_modules`). The source files are never modified: only
the released copy carries the release date as ``owl:versionIRI`` and
``owl:versionInfo``.

>>> release_names("turtle")
('srkg-ontology.ttl', 'srkg-graph.ttl')
>>> check_date("2021-12-23")
'2021-12-23'
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .. import paths
from ..rdf.formats import FORMATS as RDF_FORMATS
from ..errors import BuildRefused, EnvironmentProblem, InputError, SrkgError, UsageError

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

    from ..quality.check import CheckResult

__all__ = ["BuildRefused", "BuildResult", "ReleaseFile", "build_release", "check_date", "merge_modules", "release_names",
           "set_version", "sha256sums", "GRAPH_IRIS", "ONTOLOGY_IRI", "FORMATS"]

ONTOLOGY_IRI = "https://w3id.org/srkg/ontology"
VERSION_IRI_BASE = "https://w3id.org/srkg/ontology/"
GRAPH_BASE = paths.GRAPH_BASE
#: the one-graph-per-part names; the TriG itself has the graphs of ``srkg load`` (paths.project_graphs)
GRAPH_IRIS = {"ontology": paths.ONTOLOGY_GRAPH, "instances": paths.INSTANCES_GRAPH, "shapes": paths.SHAPES_GRAPH}
#: format name (rdflib's, from the format registry) -> file suffix; all four are written for the
#: ontology and the full graph.
FORMATS = {name: RDF_FORMATS[name].suffix for name in ("turtle", "nt", "json-ld", "xml")}
ONTOLOGY_STEM = "srkg-ontology"
GRAPH_STEM = "srkg-graph"
DATASET_NAME = "srkg-dataset.trig"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ReleaseFile:
    """One file of the release, its path relative to the release folder."""

    path: str
    kind: str  # "rdf", "docs", "figure" or "meta"
    triples: int | None = None  # for RDF files: the count found when re-parsing it
    format: str | None = None


@dataclass
class BuildResult:
    """What a build wrote and what the quality gate said."""

    out: Path
    date: str
    files: list[ReleaseFile] = field(default_factory=list)
    check: "CheckResult | None" = None
    counts: dict[str, int] = field(default_factory=dict)  # graph name -> triples
    modules: list[str] = field(default_factory=list)  # extension ontologies merged into the main one

    def paths_of(self, kind: str) -> list[str]:
        return [f.path for f in self.files if f.kind == kind]


def release_names(fmt: str) -> tuple[str, str]:
    """File names of the ontology and of the full graph in rdflib format ``fmt``."""
    suffix = FORMATS[fmt]
    return ONTOLOGY_STEM + suffix, GRAPH_STEM + suffix


def check_target(out: Path) -> None:
    """Refuse a target the build must not replace: a file, the current folder, or a folder that is
    neither empty nor an earlier release (a release has a ``VERSION`` file)."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a folder")
    if not out.name or out.resolve() in (Path.cwd().resolve(), *Path.cwd().resolve().parents):
        raise UsageError(f"refusing to replace {out}: give a release folder such as dist")
    if out.is_dir() and any(out.iterdir()) and not (out / "VERSION").is_file():
        raise UsageError(f"refusing to replace {out}: it is not empty and holds no VERSION file, "
                         "so it is not an earlier release")


def check_date(date: str | None) -> str:
    """``YYYY-MM-DD`` (today, UTC, when ``None``); UsageError for anything else."""
    if date is None:
        return _dt.datetime.now(_dt.timezone.utc).date().isoformat()
    if not _DATE.match(date):
        raise UsageError(f"--date must be YYYY-MM-DD, not {date!r}")
    try:
        _dt.date.fromisoformat(date)
    except ValueError:
        raise UsageError(f"--date {date!r} is not a calendar date") from None
    return date


def set_version(g: "rdflib.Graph", date: str) -> "rdflib.Graph":
    """Give every ``owl:Ontology`` in ``g`` the release's versionIRI and versionInfo (in place).

    >>> import rdflib
    >>> from rdflib.namespace import OWL, RDF
    >>> g = rdflib.Graph(); o = rdflib.URIRef(ONTOLOGY_IRI); _ = g.add((o, RDF.type, OWL.Ontology))
    >>> _ = set_version(g, "2022-01-06")
    >>> str(g.value(o, OWL.versionIRI)), str(g.value(o, OWL.versionInfo))
    ('https://w3id.org/srkg/ontology/2022-01-06', '2022-01-06')
    """
    from rdflib import Literal, URIRef
    from rdflib.namespace import OWL, RDF

    onts = [o for o in g.subjects(RDF.type, OWL.Ontology) if isinstance(o, URIRef)]
    if not onts:
        raise InputError("the ontology files declare no owl:Ontology")
    for ont in onts:
        g.remove((ont, OWL.versionIRI, None))
        g.remove((ont, OWL.versionInfo, None))
        g.add((ont, OWL.versionIRI, URIRef(VERSION_IRI_BASE + date)))
        g.add((ont, OWL.versionInfo, Literal(date)))
    return g


def merge_modules(g: "rdflib.Graph") -> list[str]:
    """Fold the extension modules into the main ontology, as ``robot merge`` does (in place).

    The modules (``ontology/ext-*.ttl``) declare ontologies of their own; the release is one
    ontology, so every triple about another ``owl:Ontology`` than :data:`ONTOLOGY_IRI` (its header:
    title, version, ...) and every ``owl:imports`` of one is dropped, and their terms stay.
    Returns the IRIs of the modules merged.

    >>> import rdflib
    >>> from rdflib.namespace import OWL, RDF, RDFS
    >>> g = rdflib.Graph(); main, ext = rdflib.URIRef(ONTOLOGY_IRI), rdflib.URIRef(ONTOLOGY_IRI + "/ext-x")
    >>> _ = g.add((main, RDF.type, OWL.Ontology)); _ = g.add((ext, RDF.type, OWL.Ontology))
    >>> _ = g.add((ext, RDFS.label, rdflib.Literal("x"))); _ = g.add((main, OWL.imports, ext))
    >>> merge_modules(g), len(g)
    (['https://w3id.org/srkg/ontology/ext-x'], 1)
    """
    from rdflib import URIRef
    from rdflib.namespace import OWL, RDF

    main = URIRef(ONTOLOGY_IRI)
    onts = set(g.subjects(RDF.type, OWL.Ontology))
    if main not in onts:
        raise InputError(f"the ontology files declare no owl:Ontology <{ONTOLOGY_IRI}>")
    modules = sorted(str(o) for o in onts - {main})
    for m in modules:
        g.remove((URIRef(m), None, None))
        g.remove((None, OWL.imports, URIRef(m)))
    return modules


def sha256sums(folder: Path, *, exclude: tuple[str, ...] = ("SHA256SUMS",)) -> str:
    """``sha256sum`` lines for every file under ``folder`` (sorted, ``/`` separators)."""
    lines = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and rel not in exclude:
            lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {rel}\n")
    return "".join(lines)


def count_triples(path: Path) -> int:
    """Distinct triples in an RDF file (by suffix), parsed with pyoxigraph."""
    from ..rdf.reader import load_store

    return len(load_store([path]))


def _serialize(g, path: Path, fmt: str) -> None:
    from ..rdf.reader import PREFIXES, bind_prefixes

    bind_prefixes(g)
    if fmt == "json-ld":
        data = g.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True, indent=1)
        path.write_text(data, encoding="utf-8")
    else:
        g.serialize(destination=str(path), format=fmt, encoding="utf-8")


def _write_checked(g, path: Path, fmt: str) -> int:
    """Serialise ``g`` to ``path``, re-parse it, and insist on the same number of triples."""
    _serialize(g, path, fmt)
    found = count_triples(path)
    if found != len(g):
        raise SrkgError(f"{path.name}: re-parsed {found} triples, but {len(g)} were written")
    return found


def _write_dataset(parts: dict[str, "rdflib.Graph"], path: Path) -> dict[str, int]:
    """TriG with one named graph per IRI of ``parts``; every graph re-parsed and counted."""
    import pyoxigraph as ox
    from rdflib import Dataset, URIRef

    from ..rdf.reader import bind_prefixes, iter_quads

    ds = Dataset()
    bind_prefixes(ds)
    for iri, g in parts.items():
        named = ds.graph(URIRef(iri))
        named.addN((s, p, o, named) for s, p, o in g)
    ds.serialize(destination=str(path), format="trig", encoding="utf-8")
    store = ox.Store()
    store.extend(list(iter_quads(path)))
    counts = {}
    for iri, g in parts.items():
        n = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(iri)))
        if n != len(g):
            raise SrkgError(f"{path.name}: graph <{iri}> re-parsed with {n} triples, "
                            f"but {len(g)} were written")
        counts[iri] = n
    if len(store) != sum(counts.values()):
        raise SrkgError(f"{path.name}: holds triples outside its {len(parts)} named graphs")
    return counts


def build_release(out: str | os.PathLike, *, root: Path | None = None, source: str | os.PathLike | None = None,
                  reasoner: bool = True, date: str | None = None, docs: bool = True, figures: bool = True,
                  progress: Callable[[str], None] | None = None) -> BuildResult:
    """Check the data in ``root`` and, if it passes, write the release to ``out``.

    Args:
        out: the release folder; replaced as a whole, or left as it was.
        root: the data folder holding ``ontology/``, ``instances/``, ``queries/`` (default: the project's).
        source: the source text for evidence verification (else ``$SRKG_SOURCE``, else not verified).
        reasoner: run HermiT in the check (needs Java).
        date: release date ``YYYY-MM-DD`` (default today, UTC).
        docs: write the HTML documentation (needs pyLODE).
        figures: draw the pictures (needs matplotlib).

    Raises:
        BuildRefused: the check reports errors (exit 1).
        SrkgError: a file does not parse, a re-parsed count differs, a tool is missing (exit 2).
    """
    from ..quality.check import run_check
    from ..rdf.reader import load_graph

    say = progress or (lambda msg: None)
    date = check_date(date)
    out = Path(out)
    check_target(out)

    check = run_check(root, source=source, reasoner=reasoner, progress=lambda m: say(f"check: {m}"))
    if check.errors:
        raise BuildRefused(check)

    say("loading the graphs")
    onto = load_graph(paths.ontology_files(root))
    modules = merge_modules(onto)
    set_version(onto, date)
    inst_graphs = {iri: load_graph(files) for iri, files in paths.instance_graphs(root).items()}
    inst = load_graph([])
    for g in inst_graphs.values():  # each file parsed once; the TriG keeps them apart by article
        inst.addN((s, p, o, inst) for s, p, o in g)
    shapes = load_graph(paths.shapes_files(root))
    full = load_graph([])
    for g in (onto, inst):
        full.addN((s, p, o, full) for s, p, o in g)
    result = BuildResult(out=out, date=date, check=check, modules=modules,
                         counts={"ontology": len(onto), "instances": len(inst), "shapes": len(shapes),
                                 "graph": len(full)})

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
    try:
        _chmod_like_umask(tmp)
        for fmt in FORMATS:
            for g, name in zip((onto, full), release_names(fmt)):
                say(f"writing {name}")
                n = _write_checked(g, tmp / name, fmt)
                result.files.append(ReleaseFile(name, "rdf", n, fmt))
        say(f"writing {DATASET_NAME}")
        dataset = {paths.ONTOLOGY_GRAPH: onto}
        dataset.update(inst_graphs)
        dataset[paths.SHAPES_GRAPH] = shapes
        counts = _write_dataset(dataset, tmp / DATASET_NAME)
        result.files.append(ReleaseFile(DATASET_NAME, "rdf", sum(counts.values()), "trig"))
        if figures:
            from .figures import make_figures
            from ..rdf.reader import load_store

            say("drawing the figures")
            store = load_store(paths.ontology_files(root) + paths.instance_files(root))
            for p in make_figures(tmp / "figures", store=store, root=root):
                result.files.append(ReleaseFile(p.relative_to(tmp).as_posix(), "figure"))
        if docs:
            say("writing the documentation")
            downloads = [f.path for f in result.files if f.kind in ("rdf", "figure")]
            for p in write_docs(onto, full, tmp / "docs", date=date, downloads=downloads):
                result.files.append(ReleaseFile(p.relative_to(tmp).as_posix(), "docs"))
        (tmp / "VERSION").write_text(date + "\n", encoding="utf-8")
        result.files.append(ReleaseFile("VERSION", "meta"))
        (tmp / "SHA256SUMS").write_text(sha256sums(tmp), encoding="utf-8")
        result.files.append(ReleaseFile("SHA256SUMS", "meta"))
        _replace_folder(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result


# ---------------------------------------------------------------------------
# Documentation: pyLODE for the ontology, a small page of our own for the schemes
# ---------------------------------------------------------------------------
_CSS = """body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;
vertical-align:top;text-align:left}th{background:#f3f3f3}code{font-size:.9em}h2{margin-top:2.5rem}
.alt{color:#555;font-size:.9em}img{max-width:100%;border:1px solid #ddd}"""


def ontology_html(onto: "rdflib.Graph") -> str:
    """The ontology's HTML documentation, made by pyLODE (OntPub profile) from a copy of ``onto``."""
    import logging

    try:
        from pylode import OntPub
    except ImportError:
        raise EnvironmentProblem("pyLODE is not installed (pip install 'srkg[build]', "
                                 "pylode==3.3.4 on Python 3.11)") from None
    from ..rdf.reader import load_graph

    copy = load_graph([])
    copy.addN((s, p, o, copy) for s, p, o in onto)
    root_logger = logging.getLogger()
    level = root_logger.level
    root_logger.setLevel(max(level, logging.WARNING))  # pyLODE logs its progress on the root logger
    try:
        return OntPub(copy, sort_subjects=True).make_html()
    finally:
        root_logger.setLevel(level)


def _label(g, term) -> str:
    from rdflib.namespace import RDFS, SKOS

    for p in (SKOS.prefLabel, RDFS.label):
        values = sorted(g.objects(term, p), key=lambda v: (getattr(v, "language", None) not in (None, "en"), str(v)))
        if values:
            return str(values[0])
    return str(term).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _anchor(term) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", str(term).rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def _hierarchical(g: "rdflib.Graph", concepts: set) -> list[tuple]:
    """Concepts in tree order (broader before narrower, labels alphabetical), each with its depth."""
    from rdflib.namespace import SKOS

    def parents(c):
        return {b for b in set(g.objects(c, SKOS.broader)) | set(g.subjects(SKOS.narrower, c)) if b in concepts}

    children: dict = {c: [] for c in concepts}
    for c in concepts:
        for b in parents(c):
            children[b].append(c)
    out, seen = [], set()

    def visit(c, depth):
        if c in seen:
            return
        seen.add(c)
        out.append((c, depth))
        for k in sorted(children[c], key=lambda k: _label(g, k).lower()):
            visit(k, depth + 1)

    for root in sorted((c for c in concepts if not parents(c)), key=lambda c: _label(g, c).lower()):
        visit(root, 0)
    for c in sorted(concepts - seen, key=lambda c: _label(g, c).lower()):  # in a cycle: listed flat
        visit(c, 0)
    return out


def vocabularies_html(g: "rdflib.Graph", *, date: str) -> str:
    """A page listing each SKOS concept scheme with its concepts, labels, definitions and broader links."""
    from html import escape

    from rdflib import URIRef
    from rdflib.namespace import RDF, SKOS

    schemes = sorted((s for s in set(g.subjects(RDF.type, SKOS.ConceptScheme)) if isinstance(s, URIRef)),
                     key=lambda s: _label(g, s).lower())
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SRKG vocabularies</title>"
             f"<style>{_CSS}</style></head><body><h1>SRKG vocabularies</h1>"
             f"<p>Release {escape(date)}. {len(schemes)} SKOS concept schemes of the SRKG knowledge graph. "
             f"See also the <a href=\"ontology.html\">ontology documentation</a>.</p><ul>"]
    parts += [f"<li><a href=\"#{_anchor(s)}\">{escape(_label(g, s))}</a></li>" for s in schemes]
    parts.append("</ul>")
    for scheme in schemes:
        members = {c for c in g.subjects(SKOS.inScheme, scheme)} | {c for c in g.subjects(SKOS.topConceptOf, scheme)}
        members |= set(g.objects(scheme, SKOS.hasTopConcept))
        concepts = _hierarchical(g, {c for c in members if isinstance(c, URIRef)})
        parts.append(f"<h2 id=\"{_anchor(scheme)}\">{escape(_label(g, scheme))}</h2>"
                     f"<p><code>{escape(str(scheme))}</code></p>")
        for note in g.objects(scheme, SKOS.definition):
            parts.append(f"<p>{escape(str(note))}</p>")
        parts.append("<table><tr><th>Concept</th><th>Definition</th><th>Broader</th><th>Narrower</th></tr>")
        for c, depth in concepts:
            alts = sorted(str(a) for a in g.objects(c, SKOS.altLabel))
            alt = f"<div class=\"alt\">also: {escape('; '.join(alts))}</div>" if alts else ""
            definition = "<br>".join(escape(str(d)) for d in g.objects(c, SKOS.definition))
            links = {}
            for key, terms in (("broader", set(g.objects(c, SKOS.broader)) | set(g.subjects(SKOS.narrower, c))),
                               ("narrower", set(g.subjects(SKOS.broader, c)) | set(g.objects(c, SKOS.narrower)))):
                links[key] = ", ".join(f"<a href=\"#{_anchor(b)}\">{escape(_label(g, b))}</a>"
                                       for b in sorted(terms, key=lambda b: _label(g, b).lower()))
            indent = f" style=\"padding-left:{0.5 + 1.5 * depth:.1f}rem\"" if depth else ""
            parts.append(f"<tr id=\"{_anchor(c)}\"><td{indent}><strong>{escape(_label(g, c))}</strong>{alt}"
                         f"<div><code>{escape(str(c))}</code></div></td><td>{definition}</td>"
                         f"<td>{links['broader']}</td><td>{links['narrower']}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def index_html(onto: "rdflib.Graph", *, date: str, downloads: list[str]) -> str:
    """The release's front page: title, version, the documentation pages, the files and the pictures."""
    from html import escape

    from rdflib import URIRef
    from rdflib.namespace import DCTERMS

    title = str(onto.value(URIRef(ONTOLOGY_IRI), DCTERMS.title) or "SRKG")
    description = str(onto.value(URIRef(ONTOLOGY_IRI), DCTERMS.description) or "")
    figures = [d for d in downloads if d.startswith("figures/") and d.endswith(".svg")]
    files = [d for d in downloads if not d.startswith("figures/")]
    out = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
           f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1><p>{escape(description)}</p>"
           f"<p>Release <strong>{escape(date)}</strong>, version IRI <code>{VERSION_IRI_BASE}{escape(date)}</code>.</p>"
           "<ul><li><a href=\"ontology.html\">Ontology documentation</a> (classes, properties, "
           "definitions, domains and ranges)</li><li><a href=\"vocabularies.html\">Vocabularies</a> "
           "(concept schemes)</li></ul><h2>Files</h2><ul>"]
    out += [f"<li><a href=\"../{escape(d)}\">{escape(d)}</a></li>" for d in files]
    out.append("</ul>")
    if figures:
        out.append("<h2>Pictures of the graph</h2>")
        out += [f"<figure><img src=\"../{escape(d)}\" alt=\"{escape(Path(d).stem)}\"></figure>" for d in figures]
    out.append("</body></html>\n")
    return "".join(out)


def write_docs(onto: "rdflib.Graph", full: "rdflib.Graph", folder: Path, *, date: str,
               downloads: list[str] = ()) -> list[Path]:
    """Write ``index.html``, ``ontology.html`` and ``vocabularies.html`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = {"ontology.html": ontology_html(onto),
             "vocabularies.html": vocabularies_html(full, date=date),
             "index.html": index_html(onto, date=date, downloads=list(downloads))}
    written = []
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written


def _chmod_like_umask(folder: Path) -> None:
    """mkdtemp makes a private (0700) folder; a release folder gets the usual permissions."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(folder, 0o777 & ~mask)


def _replace_folder(new: Path, target: Path) -> None:
    """Rename ``new`` to ``target``; an existing ``target`` is moved aside first and restored on failure."""
    if not target.exists():
        os.replace(new, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.rmdir(old)
    os.replace(target, old)
    try:
        os.replace(new, target)
    except BaseException:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
