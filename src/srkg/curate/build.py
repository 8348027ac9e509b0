"""``srkg add``: from an article's sheets, reference file and text to validated Turtle.

Inputs, in ``instances/<article-id>/sheets/`` (see the README, "Add an article"):

* ``article.bib`` -- one entry: the article itself (skipped when the graph already
  describes it);
* ``references.bib`` / ``references.ris`` / ``references.json`` (CSL-JSON) -- its reference list;
* claim sheets -- any other ``*.yaml``, ``*.yml``, ``*.csv``, ``*.tsv``;
* optional ``persons.yaml`` (printed name forms of one person), ``anomalies.yaml``
  (flaws of the document) and ``notes.yaml`` (comments on citations or on any
  generated name).

Outputs, in ``instances/<article-id>/generated/``: ``article.ttl`` (if new),
``references.ttl``, ``venues.ttl``, ``persons.ttl``, ``citations.ttl``,
``anomalies.ttl`` and one ``<sheet>.ttl`` per claim sheet.  Nothing is written
unless everything parses, every quote is found once, and the result validates
(SHACL shapes, undefined names, evidence against the text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from ..errors import InputError, SheetError
from ..rdf.reader import SR
from . import mint
from .biblio import article_doc, references
from .citations import Found
from .context import SRKG, Ctx, persons_doc, read_notes, read_persons
from .intext import anomalies, citations
from .refs import REF_SUFFIXES, Ref, read_refs
from .rows import claim_kind, register_thing, sheet_doc
from .sheet import SHEET_SUFFIXES, read_sheet
from .terms import Terms
from .turtle import Doc

SPECIAL = {"persons", "anomalies", "notes"}
GENERATED = "generated"
SHEETS = "sheets"


@dataclass
class Plan:
    """What ``srkg add`` would write: file name -> Turtle body, and what it found."""

    out_dir: Path
    files: dict[str, str] = field(default_factory=dict)
    found: Found | None = None
    refs: list[Ref] = field(default_factory=list)
    work_of: dict[str, str] = field(default_factory=dict)      # ref key -> work local name
    summary: list[str] = field(default_factory=list)

def plan(article_dir: Path, source: Path, *, out_dir: Path | None = None,
         base_files: list[Path] | None = None, root: Path | None = None,
         reference_file: Path | None = None) -> Plan:
    """Everything ``srkg add`` would write for ``article_dir``; ``reference_file`` overrides sheets/references.*
    (a CSL-JSON export must stay outside instances/, where .json is read as JSON-LD)."""
    from ..evidence import read_source

    article_dir = Path(article_dir)
    sheets = article_dir / SHEETS
    if not sheets.is_dir():
        raise InputError(f"{sheets}: no sheets folder (put article.bib, the references and the claim sheets there)")
    out_dir = Path(out_dir) if out_dir else article_dir / GENERATED
    text = read_source(source)
    if base_files is None:
        base_files = [f for f in paths.instance_files(root) if out_dir.resolve() not in f.resolve().parents]
    terms = Terms.from_files(list(paths.ontology_files(root)) + list(base_files))
    result = Plan(out_dir)

    files = sorted(p for p in sheets.iterdir() if p.is_file() and not p.name.startswith("."))
    art_files = [p for p in files if p.stem == "article" and p.suffix in REF_SUFFIXES]
    ref_files = [p for p in files if p.stem == "references" and p.suffix in REF_SUFFIXES]
    if reference_file is not None:
        if not Path(reference_file).is_file():
            raise InputError(f"{reference_file}: no such reference file")
        ref_files = [Path(reference_file)]
    claim_files = [p for p in files if p.suffix in SHEET_SUFFIXES and p.stem not in SPECIAL]
    if len(art_files) != 1:
        raise InputError(f"{sheets}: expected one article.bib (or .ris/.json) holding the article's own record, "
                         f"found {len(art_files)}")
    if len(ref_files) > 1:
        raise InputError(f"{sheets}: more than one reference list ({', '.join(p.name for p in ref_files)})")
    art_refs = read_refs(art_files[0])
    if len(art_refs) != 1:
        raise SheetError(art_files[0].name, None, None, f"holds {len(art_refs)} entries; give exactly one, the article")
    art = art_refs[0]
    fams = [f for _g, f in art.authors]
    article_local = mint.work_base(fams, art.year)
    article_label = f"{mint.who(fams)} {art.year}"
    article_iri = SR + article_local
    texts = terms.renditions.get(article_iri, [])
    text_node = "sr:" + (texts[0][len(SR):] if texts else f"{article_local}-text")
    ctx = Ctx(text, terms, article_local, article_label, text_node)
    ctx.text_registered = bool(texts)
    read_persons(ctx, sheets / "persons.yaml")
    read_notes(ctx, sheets / "notes.yaml")
    terms.add(article_iri, article_label, {SRKG + "ScholarlyWork", SRKG + "JournalArticle"})

    docs: dict[str, Doc] = {}
    if article_iri not in terms.subjects_before_add:
        docs["article.ttl"] = article_doc(ctx, art, source)
    refs = read_refs(ref_files[0]) if ref_files else []
    result.refs = refs
    ven, refdoc = Doc("Journals and publishers named in the reference list"), Doc(
        "The reference entries and the works they describe")
    work_of = references(ctx, refs, refdoc, ven, art)
    result.work_of = work_of
    cits, anom = Doc("Every in-text citation in the body, the citation groups, cito:cites"), Doc(
        "Flaws of the source document, kept as facts about it")
    result.found = citations(ctx, refs, work_of, cits, refdoc)
    anomalies(ctx, sheets / "anomalies.yaml", anom, result.found)
    ctx.work_of = work_of
    keys = {r.key: work_of[r.key] for r in refs}
    keys[art.key] = article_local
    dois = {r.doi.lower(): work_of[r.key] for r in refs if r.doi}
    if art.doi:
        dois[art.doi.lower()] = article_local
    sheets_rows = {f: read_sheet(f) for f in claim_files}
    entity_classes = {}
    for f, rows in sheets_rows.items():   # first every thing the sheets define, so any row may name it
        for row in rows:
            kind = claim_kind(row)
            if kind is None:
                entity_classes[(f, row.number)] = register_thing(ctx, row)
            elif row.text("id"):
                ctx.terms.add(f"{SR}{kind[1]}-{row.text('id')}", row.text("label"),
                              ctx.terms.closure(SRKG + kind[0].split(":")[1]))
    made: dict[str, str] = {}   # minted claim name -> "file, row N": one name, one row, across all sheets
    for f, rows in sheets_rows.items():
        docs[f.stem + ".ttl"] = sheet_doc(ctx, f, rows, keys, dois, entity_classes, made)
    pers = Doc("Every person named in the reference list and in unresolved citations")
    persons_doc(ctx, pers)
    for name, d in (("references.ttl", refdoc), ("venues.ttl", ven), ("persons.ttl", pers),
                    ("citations.ttl", cits), ("anomalies.ttl", anom)):
        if len(d):
            docs[name] = d
    result.files = {name: d.body() for name, d in sorted(docs.items())}
    n_res = sum(1 for p in result.found.pointers if p.work)
    result.summary.append(f"{len(refs)} references ({sum(1 for r in refs if r.doi)} DOIs), "
                          f"{len(result.found.pointers)} in-text citations ({n_res} resolved) in "
                          f"{len(result.found.groups)} groups, {len(ctx.persons)} persons, "
                          f"{sum(len(d.blocks) for d in docs.values())} descriptions in {len(docs)} files")
    return result


# ---------------------------------------------------------------------------
