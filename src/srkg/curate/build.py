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

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from ..errors import InputError
from ..rdf.reader import PREFIXES, SR, shorten
from . import mint
from .citations import Found, find_citations, resolve
from ..errors import SheetError
from .quotes import QuoteError, find_all, find_quote, fold_quote
from .refs import REF_SUFFIXES, Ref, read_refs
from .sheet import SHEET_SUFFIXES, Row, read_sheet
from .terms import TermError, Terms, expand, norm_label
from .turtle import Doc, en, iri, lit, year

SRKG = PREFIXES["srkg"]
SPECIAL = {"persons", "anomalies", "notes"}
KIND_CLASS = {"JA": "srkg:JournalArticle", "BK": "srkg:Book", "CH": "srkg:BookChapter", "PM": "srkg:PolicyMemo",
              "SW": "srkg:ScholarlyWork"}
CLAIM_KINDS = {  # kind -> (class, IRI prefix, reported in the article?)
    "characterization": ("srkg:Characterization", "claim", True),
    "finding": ("srkg:Finding", "finding", True),
    "argument": ("srkg:Argument", "arg", False),
}
CLAIM_KIND_ALIASES = {"characterisation": "characterization", "char": "characterization", "arg": "argument"}
# sheet column -> (predicate, classes a value must have)
CLAIM_COLUMNS = [
    ("about", "srkg:about", ("Relationship", "Actor", "Place", "Initiative", "ScholarlyWork", "Event")),
    ("types", "srkg:assignsType", ("RelationshipType",)),
    ("factors", "srkg:explainedBy", ("Concept",)),
    ("theories", "srkg:drawsOnTheory", ("Theory",)),
    ("behaviours", "srkg:namesBehaviour", ("Concept",)),
    ("concepts", "srkg:involvesConcept", ("VocabularyTerm",)),
    ("disciplines", "srkg:concernsDiscipline", ("Discipline",)),
    ("methods", "srkg:concernsMethod", ("Method",)),
    ("about_theories", "srkg:concernsTheory", ("Theory",)),
    ("policy", "srkg:addressesPolicyArea", ("PolicyArea",)),
    ("regions", "srkg:coversRegion", ("Place",)),
]
MAX_QUOTE = 300
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


class _Ctx:
    def __init__(self, text: str, terms: Terms, article_local: str, article_label: str, text_node: str):
        self.text, self.terms = text, terms
        self.article, self.article_label, self.text_node = article_local, article_label, text_node
        self.persons: dict[str, dict] = {}
        self.person_forms: dict[str, dict] = {}   # printed form -> sheet row
        self.notes_by_iri: dict[str, str] = {}
        self.notes_by_citation: dict[tuple[str, int], str] = {}


# ---------------------------------------------------------------------------
def plan(article_dir: Path, source: Path, *, out_dir: Path | None = None,
         base_files: list[Path] | None = None, root: Path | None = None) -> Plan:
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
    ctx = _Ctx(text, terms, article_local, article_label, text_node)
    _read_persons(ctx, sheets / "persons.yaml")
    _read_notes(ctx, sheets / "notes.yaml")
    terms.add(article_iri, article_label, {SRKG + "ScholarlyWork", SRKG + "JournalArticle"})

    docs: dict[str, Doc] = {}
    if article_iri not in terms.subjects_before_add:
        docs["article.ttl"] = _article(ctx, art, source)
    refs = read_refs(ref_files[0]) if ref_files else []
    result.refs = refs
    ven, refdoc = Doc("Journals and publishers named in the reference list"), Doc(
        "The reference entries and the works they describe")
    work_of = _references(ctx, refs, refdoc, ven, art)
    result.work_of = work_of
    cits, anom = Doc("Every in-text citation in the body, the citation groups, cito:cites"), Doc(
        "Flaws of the source document, kept as facts about it")
    result.found = _citations(ctx, refs, work_of, cits, refdoc)
    _anomalies(ctx, sheets / "anomalies.yaml", anom, result.found)
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
            kind = _claim_kind(row)
            if kind is None:
                entity_classes[(f, row.number)] = _register_entity(ctx, row)
            elif row.text("id"):
                ctx.terms.add(f"{SR}{kind[1]}-{row.text('id')}", row.text("label"),
                              ctx.terms.closure(SRKG + kind[0].split(":")[1]))
    for f, rows in sheets_rows.items():
        docs[f.stem + ".ttl"] = _claims(ctx, f, rows, keys, dois, entity_classes)
    pers = Doc("Every person named in the reference list and in unresolved citations")
    _persons(ctx, pers)
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
def _read_persons(ctx: _Ctx, path: Path) -> None:
    if not path.is_file():
        return
    for row in read_sheet(path, ("id", "forms", "label", "given", "family", "alt", "comment")):
        pid = row.raw("id", required=True)
        forms = row.raw_items("forms") or []
        rec = dict(id=pid, label=row.raw("label"), given=row.raw("given"), family=row.raw("family"),
                   alt=row.raw_items("alt"), comment=row.raw("comment"))
        for form in forms:
            ctx.person_forms[form] = rec


def _read_notes(ctx: _Ctx, path: Path) -> None:
    if not path.is_file():
        return
    for row in read_sheet(path, ("citation", "occurrence", "subject", "comment")):
        comment = row.raw("comment", required=True)
        if row.raw("citation"):
            occ = row.raw("occurrence") or "1"
            if not str(occ).isdigit():
                raise row.error("occurrence", f"expected a whole number, found {occ!r}")
            ctx.notes_by_citation[(row.raw("citation"), int(occ))] = comment
        elif row.raw("subject"):
            full = expand(row.raw("subject"))
            if full is None:
                raise row.error("subject", "expected an IRI such as sr:DikarevLukin2021")
            ctx.notes_by_iri[full] = comment
        else:
            raise row.error(None, "a note names a citation (its text) or a subject (an IRI)")


def _person(ctx: _Ctx, given: str | None, family: str, default_local: str | None = None) -> str:
    form = f"{given} {family}" if given else family
    rec = ctx.person_forms.get(form)
    pid = rec["id"] if rec else (default_local or mint.person_local(given, family))
    p = ctx.persons.setdefault(pid, dict(forms=[], given=given, family=family, sheet=rec))
    if form not in p["forms"]:
        p["forms"].append(form)
    return pid


def _persons(ctx: _Ctx, doc: Doc) -> None:
    for pid, p in sorted(ctx.persons.items()):
        rec = p["sheet"]
        if rec:
            label = rec["label"] or p["forms"][0]
            given, family, alt = rec["given"] or p["given"], rec["family"] or p["family"], rec["alt"] or []
            comment = rec["comment"]
        else:
            label, given, family, alt, comment = p["forms"][0], p["given"], p["family"], p["forms"][1:], None
        doc.add(iri(pid), [("a", "srkg:Person"), ("rdfs:label", en(label)), ("foaf:familyName", lit(family)),
                           ("foaf:givenName", lit(given) if given else None),
                           ("skos:altLabel", [en(x) for x in alt]),
                           ("rdfs:comment", en(comment) if comment else None)])


# ---------------------------------------------------------------------------
def _article(ctx: _Ctx, art: Ref, source: Path) -> Doc:
    from ..evidence import sha256_of

    doc = Doc("The article itself and its text rendition")
    a = iri(ctx.article)
    contribs = _contributions(ctx, doc, ctx.article, ctx.article_label, art.authors)
    venues = {"journal": _venue(ctx, doc, art.journal, "srkg:Journal", {})} if art.journal else {}
    doc.add(a, _work_pairs(ctx, art, ctx.article_label, contribs, venues) + [
        ("dcterms:license", f"<{art.license}>" if art.license and re.match(r"^https?://", art.license) else None)])
    doc.add(ctx.text_node, [
        ("a", "srkg:TextRendition"),
        ("rdfs:label", en(f"text rendition of {ctx.article_label} ({Path(source).name})")),
        ("srkg:renditionOf", a), ("srkg:fileName", lit(Path(source).name)),  # the sources registry entry
        ("srkg:sha256", lit(sha256_of(source))),
        ("srkg:characterCount", str(len(ctx.text))), ("srkg:encoding", lit("UTF-8, NFC")),
        ("dcterms:license", f"<{art.license}>" if art.license and re.match(r"^https?://", art.license) else None)])
    return doc


def _contributions(ctx: _Ctx, doc: Doc, work: str, label: str, names, role: str = "author",
                   default_local=None) -> list[str]:
    """One srkg:Authorship / srkg:Editorship per name, ``sr:<work>-<role><n>``, in printed order."""
    cls = "srkg:Authorship" if role == "author" else "srkg:Editorship"
    out = []
    for n, (given, family) in enumerate(names, 1):
        pid = _person(ctx, given or None, family, default_local(family) if default_local else None)
        cid = f"{work}-{role}{n}"
        out.append(iri(cid))
        doc.add(iri(cid), [("a", cls), ("rdfs:label", en(f"{label}, {role} {n}: {f'{given} {family}'.strip()}")),
                           ("srkg:contributionTo", iri(work)), ("srkg:contributor", iri(pid)),
                           ("srkg:position", str(n))])
    return out


def _work_pairs(ctx: _Ctx, r: Ref, label: str, contribs: list[str], venues: dict) -> list:
    return [
        ("a", KIND_CLASS[r.kind]), ("rdfs:label", en(label)), ("srkg:title", lit(r.title)),
        ("srkg:publicationYear", year(r.year)), ("srkg:hasContribution", contribs),
        ("srkg:publishedIn", venues.get("journal")), ("srkg:chapterOf", venues.get("book")),
        ("srkg:publisher", venues.get("publisher")),
        ("srkg:publicationPlace", lit(r.place) if r.place and r.kind != "CH" else None),
        ("srkg:volume", lit(r.volume) if r.volume else None), ("srkg:issue", lit(r.issue) if r.issue else None),
        ("srkg:seriesTitle", lit(r.series) if r.series else None),
        ("srkg:seriesNumber", lit(r.number) if r.number else None),
        ("srkg:pageStart", lit(r.page_start) if r.page_start else None),
        ("srkg:pageEnd", lit(r.page_end) if r.page_end else None),
        ("srkg:publicationStatus", lit(r.status) if r.status else None),
        ("srkg:doi", lit(r.doi) if r.doi else None),
        ("rdfs:comment", en(r.comment) if r.comment else None),
    ]


def _venue(ctx: _Ctx, doc: Doc, title: str, cls: str, made: dict) -> str:
    key = (cls, title)
    if key in made:
        return made[key]
    local = mint.camel(title)
    full = SR + local
    existing = ctx.terms.classes.get(full)
    if existing is not None and SRKG + cls.split(":")[1] in existing and full in ctx.terms.subjects_before_add:
        made[key] = iri(local)  # already in the graph (e.g. the journal the article itself is in)
        return made[key]
    if existing is not None and SRKG + cls.split(":")[1] not in existing:
        local += "Journal" if cls == "srkg:Journal" else "Publisher"
    label = title
    if cls == "srkg:Journal" and any(x != SR + local for x in ctx.terms.by_label.get(norm_label(title), ())):
        label += " (journal)"
    pairs = [("a", cls), ("rdfs:label", en(label))]
    if cls == "srkg:Journal":
        pairs.append(("srkg:title", lit(title)))
    doc.add(iri(local), pairs)
    ctx.terms.add(SR + local, label, {SRKG + cls.split(":")[1]})
    made[key] = iri(local)
    return made[key]


def _ref_lines(text: str, start: int) -> list[tuple[int, str]]:
    out, pos = [], start
    for line in text[start:].split("\n"):
        body = line[2:] if line.startswith("- ") else line
        if body.strip() and not re.match(r"^\s*#*\s*references\s*$", body, re.I):
            out.append((pos + (len(line) - len(body)), body))
        pos += len(line) + 1
    return out


def _references(ctx: _Ctx, refs: list[Ref], doc: Doc, ven: Doc, art: Ref) -> dict[str, str]:
    # works: names, a/b letters by title order
    base: dict[str, list[Ref]] = defaultdict(list)
    for r in refs:
        base[mint.work_base([f for _g, f in (r.authors or r.editors)], r.year)].append(r)
    work_of, suffix_of = {}, {}
    for b, group in base.items():
        if len(group) == 1:
            work_of[group[0].key], suffix_of[group[0].key] = b, ""
        else:
            for i, r in enumerate(sorted(group, key=lambda r: fold_quote(r.title).casefold())):
                work_of[r.key], suffix_of[r.key] = b + "abcdefghijklmnopqrstuvwxyz"[i], "abcdefghijklmnopqrstuvwxyz"[i]
    ctx.suffix_of = suffix_of
    # entries: their place in the printed list
    from .citations import body_end

    lines = _ref_lines(ctx.text, body_end(ctx.text))
    position: dict[str, tuple[int, int, str]] = {}
    for r in refs:
        fam = (r.authors or r.editors)[0][1]
        title = fold_quote(r.title).casefold()
        hits = [(i, s, ln) for i, (s, ln) in enumerate(lines, 1)
                if ln.startswith(fam) and r.year in ln and title[:40] in fold_quote(ln).casefold()]
        if len(hits) == 1:
            position[r.key] = hits[0]
    if refs and len(position) < len(refs):
        missing = [r.key for r in refs if r.key not in position]
        if position:
            raise SheetError(refs[0].file, None, None, f"{len(missing)} entries not found in the text's reference list "
                             f"(first: {missing[0]!r}); check author, year and title")
        position = {r.key: (i, None, None) for i, r in enumerate(refs, 1)}  # the text has no list: file order
    order = sorted(refs, key=lambda r: position[r.key][0])
    width = max(2, len(str(len(refs))))
    venues_made: dict = {}
    art_iri = iri(ctx.article)
    entries = []
    for r in order:
        pos, start, line = position[r.key]
        w = work_of[r.key]
        fams = [f for _g, f in (r.authors or r.editors)]
        wlabel = f"{mint.who(fams)} {r.year}{suffix_of[r.key]}"
        ctx.terms.add(SR + w, wlabel, {SRKG + "ScholarlyWork", SRKG + KIND_CLASS[r.kind].split(":")[1]})
        e = f"{ctx.article}-ref{pos:0{width}d}"
        entries.append(iri(e))
        ev = None
        if line is not None:
            head = re.match(r"^(.*?\. \d{4}[a-z]?\.)", line)
            if head:
                hit = find_quote(ctx.text, head.group(1), lo=start, hi=start + len(line))
                ev = doc.evidence(iri(mint.evidence_local(e, 1)), f"evidence for reference entry {pos}", ctx.text_node, hit)
        doc.add(iri(e), [("a", "srkg:ReferenceEntry"),
                         ("rdfs:label", en(f"reference entry {pos} of {ctx.article_label}: {wlabel}")),
                         ("srkg:position", str(pos)), ("srkg:entryIn", art_iri), ("srkg:describesWork", iri(w)),
                         ("srkg:hasEvidence", ev)])
        contribs = _contributions(ctx, doc, w, wlabel, r.authors)
        venues = {}
        if r.kind == "JA" and r.journal:
            venues["journal"] = _venue(ctx, ven, r.journal, "srkg:Journal", venues_made)
        if r.kind == "CH" and r.book:
            venues["book"] = _edited_book(ctx, doc, r, venues_made, ven)
        elif r.publisher:
            venues["publisher"] = _venue(ctx, ven, r.publisher, "srkg:Institution", venues_made)
        doc.add(iri(w), _work_pairs(ctx, r, wlabel, contribs, venues))
    ctx.entries = entries
    if entries:
        doc.add(art_iri, [("srkg:hasReferenceEntry", entries)])
    return work_of


def _edited_book(ctx: _Ctx, doc: Doc, r: Ref, made: dict, ven: Doc) -> str:
    eds = [f for _g, f in r.editors]
    if not eds:
        raise SheetError(r.file, None, None, f"entry {r.key!r}: a chapter names its book's editors (editor = ...)")
    bid = mint.work_base(eds, r.year)
    if ("book", bid) in made:
        return made[("book", bid)]
    blabel = f"{mint.who(eds)} {r.year} (edited book)"
    contribs = _contributions(ctx, doc, bid, blabel, r.editors, "editor")
    pub = _venue(ctx, ven, r.publisher, "srkg:Institution", made) if r.publisher else None
    doc.add(iri(bid), [("a", "srkg:Book"), ("rdfs:label", en(blabel)), ("srkg:title", lit(r.book)),
                       ("srkg:publicationYear", year(r.year)), ("srkg:hasContribution", contribs),
                       ("srkg:publisher", pub), ("srkg:publicationPlace", lit(r.place) if r.place else None),
                       ("rdfs:comment", en("An edited book named only inside the entry of one of its chapters; "
                                           "its year is the chapter's."))])
    ctx.terms.add(SR + bid, blabel, {SRKG + "Book", SRKG + "ScholarlyWork"})
    made[("book", bid)] = iri(bid)
    return iri(bid)


# ---------------------------------------------------------------------------
def _citations(ctx: _Ctx, refs: list[Ref], work_of: dict, doc: Doc, refdoc: Doc) -> Found:
    found = find_citations(ctx.text)
    resolve(found, refs, getattr(ctx, "suffix_of", {}))
    # an unresolved narrative "name (year)" that is the tail of a longer proper name is not a citation:
    # "Nerchinsk Treaty (1689)", "Marcin Kaczmarek (2021)" in a by-line
    keep = []
    for p in found.pointers:
        if p.work is None and p.group is None and re.search(r"[A-Z][\w.-]* &? ?$", ctx.text[max(0, p.start - 40):p.start]):
            continue
        keep.append(p)
    found.pointers = keep
    by_work_entry = {}
    for blk_subject, rows in refdoc.blocks:
        for p, objs in rows:
            if p == "srkg:describesWork":
                by_work_entry[objs[0]] = blk_subject
    a = iri(ctx.article)
    width = max(2, len(str(len(found.pointers))))
    gwidth = max(2, len(str(len(found.groups))))
    seen: Counter = Counter()
    cited: list[str] = []
    ctx.citation_iris = []
    ctx.cited_local = {}
    unresolved_made = set()
    group_iris = {}
    emitted_groups = set()
    for n, p in enumerate(found.pointers, 1):
        seen[p.content] += 1
        cid = f"{ctx.article}-cit{n:0{width}d}"
        ctx.citation_iris.append((p, iri(cid)))
        if p.group is not None and p.group not in group_iris:
            group_iris[p.group] = f"{ctx.article}-citgroup{len(group_iris) + 1:0{gwidth}d}"
        if p.work:
            w = work_of[p.work]
        else:
            w = mint.work_base(p.families, p.year)
            if w not in unresolved_made:
                unresolved_made.add(w)
                _unresolved_work(ctx, doc, p, w)
        cited.append(iri(w))
        ctx.cited_local[iri(cid)] = w
        hit = _hit_at(ctx.text, p.start, p.end)
        doc.evidence(iri(mint.evidence_local(cid, 1)), f"evidence for in-text citation {n}", ctx.text_node, hit)
        comment = ctx.notes_by_citation.get((p.content, seen[p.content])) or ctx.notes_by_iri.get(SR + cid)
        doc.add(iri(cid), [
            ("a", "srkg:InTextCitation" if p.work else "srkg:UnresolvedCitation"),
            ("rdfs:label", en(f"in-text citation {n} of {ctx.article_label}: {p.content}")),
            ("c4o:hasContent", lit(p.content)), ("srkg:citedIn", a),
            ("srkg:resolvesTo", by_work_entry.get(iri(w)) if p.work else None),
            ("srkg:citesWork", iri(w)),
            ("srkg:inGroup", iri(group_iris[p.group]) if p.group is not None else None),
            ("srkg:hasEvidence", iri(mint.evidence_local(cid, 1))),
            ("rdfs:comment", en(comment) if comment else None)])
        if p.group is not None and p.group not in emitted_groups and (
                n == len(found.pointers) or found.pointers[n].group != p.group):
            emitted_groups.add(p.group)
            g = found.groups[p.group]
            gid = group_iris[p.group]
            gnum = int(gid.rsplit("citgroup", 1)[1])
            doc.evidence(iri(mint.evidence_local(gid, 1)), f"evidence for citation group {gnum}", ctx.text_node,
                         _hit_at(ctx.text, g.start, g.end))
            doc.add(iri(gid), [("a", "srkg:CitationGroup"),
                               ("rdfs:label", en(f"citation group {gnum} of {ctx.article_label}: {g.content}")),
                               ("c4o:hasContent", lit(g.content)), ("srkg:citedIn", a),
                               ("srkg:hasEvidence", iri(mint.evidence_local(gid, 1)))])
    if cited:
        doc.add(a, [("cito:cites", list(dict.fromkeys(cited)))])
    return found


def _hit_at(text: str, start: int, end: int):
    from .quotes import _hit

    return _hit(text, start, end)


def _unresolved_work(ctx: _Ctx, doc: Doc, p, w: str) -> None:
    wlabel = f"{mint.who(p.families)} {p.year}"
    contribs = _contributions(ctx, doc, w, wlabel, [("", f) for f in p.families],
                              default_local=lambda fam: f"{mint.ascii_name(fam)}-{w}")
    comment = ctx.notes_by_iri.get(SR + w) or (
        f"A work cited in the text as '{p.content}', with no entry in the reference list: only its authors' "
        f"surnames and its year are known.")
    doc.add(iri(w), [("a", "srkg:ScholarlyWork"), ("rdfs:label", en(wlabel)),
                     ("srkg:publicationYear", year(p.year[:4])), ("srkg:hasContribution", contribs),
                     ("rdfs:comment", en(comment))])
    ctx.terms.add(SR + w, wlabel, {SRKG + "ScholarlyWork"})


# ---------------------------------------------------------------------------
def _anomalies(ctx: _Ctx, path: Path, doc: Doc, found: Found) -> None:
    specs = []
    if path.is_file():
        for row in read_sheet(path, ("id", "label", "variant", "expected", "comment", "on")):
            aid = row.raw("id", required=True)
            on = []
            for x in row.raw_items("on"):
                full = expand(x)
                if full is None:
                    raise row.error("on", f"expected IRIs (sr:...), found {x!r}")
                on.append(iri(full[len(SR):]) if full.startswith(SR) else f"<{full}>")
            hits = [_find(ctx, row, q) for q in row.quotes]
            variants = row.raw_items("variant")
            if not variants:
                raise row.error("variant", "this cell is required and empty")
            specs.append(dict(id=aid, label=row.raw("label", required=True), variant=variants,
                              expected=row.raw("expected"), comment=row.raw("comment", required=True),
                              hits=hits, on=on, row=row))
    listed = {o for s in specs for o in s["on"]}
    ids = {s["id"] for s in specs}
    for p, cit in ctx.citation_iris:
        if p.work is None:
            fams = [mint.ascii_name(f).lower() for f in p.families]
            aid = f"anomaly-{'-'.join(fams)}-missing-entry"
            if aid in ids or cit in listed:
                continue
            specs.append(dict(id=aid, label=f"in-text citation '{p.content}' without a reference entry",
                              variant=[p.content], expected=None,
                              comment=f"The body cites '{p.content}', but the reference list has no entry by "
                                      f"{p.families[0]}; the citation is kept as an unresolved citation.",
                              hits=[_hit_at(ctx.text, p.start, p.end)], on=[cit]))
        elif p.variant and cit not in listed:
            aid = f"anomaly-{mint.ascii_name(p.families[0]).lower()}-{p.year}-variant"
            specs.append(dict(id=aid, label=f"in-text name '{p.content}' differs from its reference entry",
                              variant=[p.content], expected=None,
                              comment=f"The pointer '{p.content}' names no entry exactly; it is resolved to the one "
                                      f"entry of that year whose authors' names are close to it.",
                              hits=[_hit_at(ctx.text, p.start, p.end)], on=[cit]))
    for s in specs:
        evs = []
        for i, hit in enumerate(s["hits"], 1):
            name = mint.evidence_local(s["id"], i)
            doc.evidence(iri(name), f"evidence for {s['label']}" + (f" ({i})" if i > 1 else ""), ctx.text_node, hit)
            evs.append(iri(name))
        doc.add(iri(s["id"]), [("a", "srkg:DocumentAnomaly"), ("rdfs:label", en(s["label"])),
                               ("srkg:variantForm", [lit(v) for v in s["variant"]]),
                               ("srkg:expectedForm", lit(s["expected"]) if s.get("expected") else None),
                               ("rdfs:comment", en(s["comment"])), ("srkg:hasEvidence", evs)])
        if not s["on"]:
            raise (s["row"].error("on", "an anomaly is attached to something (IRIs)") if s.get("row") else
                   InputError(f"{s['id']} is attached to nothing"))
        for subj in s["on"]:
            doc.add(subj, [("srkg:hasAnomaly", iri(s["id"]))])


def _find(ctx: _Ctx, row: Row, q) -> object:
    if len(" ".join(q.text.split())) > MAX_QUOTE:
        raise row.error(q.column, f"quote longer than {MAX_QUOTE} characters; quote less, or split it")
    try:
        return find_quote(ctx.text, q.text, occurrence=q.occurrence, near=q.near)
    except QuoteError as err:
        raise row.error(q.column, str(err)) from None


# ---------------------------------------------------------------------------
def _claim_kind(row: Row):
    kinds = row.items("kind")
    if not kinds:
        raise row.error("kind", "this cell is required and empty")
    kind_raw = kinds[0].lower() if len(kinds) == 1 else ""
    return CLAIM_KINDS.get(CLAIM_KIND_ALIASES.get(kind_raw, kind_raw))


OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"
TIME = "http://www.w3.org/2006/time#"


def _register_entity(ctx: _Ctx, row: Row) -> list[str]:
    """A row whose kind is a class of the ontology ("state", "treaty", srkg:Region): a thing, not a claim."""
    classes = []
    for item in row.items("kind"):
        full = expand(item)
        if full is not None and not full.startswith(SRKG) and not full.startswith(SR):
            classes.append(full)  # a class of another vocabulary (time:Interval), taken as given
            continue
        try:
            classes.append(ctx.terms.resolve(item, [OWL_CLASS], what="kind"))
        except TermError as err:
            raise row.error("kind", f"{err}; a row is a claim ({', '.join(CLAIM_KINDS)}) or a thing whose kind "
                                    "is a class of the ontology (state, region, treaty, ...)") from None
    eid = row.text("id", required=True)
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", eid):
        raise row.error("id", f"an id is a name of letters, digits, - and _ (it becomes sr:<id>), not {eid!r}")
    label = row.text("label", required=True)
    closure = set().union(*(ctx.terms.closure(c) for c in classes))
    ctx.terms.add(SR + eid, label, closure)
    for alt in row.items("alt"):
        ctx.terms.by_label.setdefault(norm_label(alt), set()).add(SR + eid)
    return classes


def _entity(ctx: _Ctx, row: Row, doc: Doc, classes: list[str], made: dict) -> None:
    eid = row.text("id")
    if eid in made:
        raise row.error("id", f"sr:{eid} is already defined by row {made[eid]}")
    made[eid] = row.number
    label = row.text("label")
    hits = [_find(ctx, row, q) for q in row.quotes]
    pairs = [("a", [_iri(c) if not c.startswith(SRKG) else "srkg:" + c[len(SRKG):] for c in classes]),
             ("rdfs:label", en(label)), ("rdfs:comment", en(row.text("comment")) if row.text("comment") else None),
             ("skos:altLabel", [en(a) for a in row.items("alt")])]
    for key in row.properties():
        curie = key[len("prop:"):]
        full = expand(curie)
        kind = ctx.terms.props.get(full) if full else None
        if (kind is None and full and not full.startswith(SRKG)) or curie in ("time:hasBeginning", "time:hasEnd"):
            pairs.append((curie, [_external(row, key, curie, v) for v in row.items(key)]))
            continue
        if kind is None:
            raise row.error(key, f"{curie} is not a property of the ontology")
        rng = ctx.terms.ranges.get(full, "")
        if rng.startswith(TIME) and isinstance(row.cells[key], str) and re.match(r"^\s*(\d{4}|/)", row.cells[key]):
            pairs.append((curie, [_time(row, key, row.text(key))]))   # a time written out: 1950/1963 | words
            continue
        vals = []
        for item in row.items(key):
            if kind == "object" and re.match(r"^(https?|mailto):\S+$", item) and not item.startswith(SR):
                vals.append(f"<{item}>")  # an IRI outside the graph (a licence, an e-mail address, a web page)
            elif kind == "object":
                kinds = [rng] if rng in ctx.terms.sup or rng.startswith(SRKG) else []
                try:
                    vals.append(_iri(ctx.terms.resolve(item, kinds, what="thing")))
                except TermError as err:
                    raise row.error(key, str(err)) from None
            else:
                vals.append(_literal(row, key, item, rng))
        pairs.append((curie, vals))
    evs = [iri(mint.evidence_local(eid, i)) for i in range(1, len(hits) + 1)]
    pairs.append(("srkg:hasEvidence", evs))
    doc.add(iri(eid), pairs)
    for i, (ev, hit) in enumerate(zip(evs, hits), 1):
        doc.evidence(ev, f"evidence {i} for: {label}", ctx.text_node, hit)


XSD = "http://www.w3.org/2001/XMLSchema#"


def _external(row: Row, col: str, curie: str, v: str) -> str:
    """A value of a property from another vocabulary (dcterms:title, foaf:mbox, rdfs:seeAlso, time:hasEnd)."""
    if curie in ("time:hasBeginning", "time:hasEnd"):
        if not re.fullmatch(r"\d{4}", v):
            raise row.error(col, f"expected a year, found {v!r}")
        return f'[ a time:Instant ; time:inXSDgYear "{v}"^^xsd:gYear ]'
    if re.match(r"^(https?|mailto):\S+$", v):
        return f"<{v}>"
    full = expand(v)
    if full is not None and full.startswith(SR):
        return _iri(full)
    return lit(v)


def _literal(row: Row, col: str, v: str, rng: str) -> str:
    if rng in (XSD + "integer", XSD + "nonNegativeInteger", XSD + "positiveInteger"):
        if not re.fullmatch(r"-?\d+", v):
            raise row.error(col, f"expected a whole number, found {v!r}")
        return v
    if rng in (XSD + "gYear", XSD + "date", XSD + "gYearMonth"):
        pattern = {"gYear": r"\d{4}", "date": r"\d{4}-\d{2}-\d{2}", "gYearMonth": r"\d{4}-\d{2}"}[rng[len(XSD):]]
        if not re.fullmatch(pattern, v):
            raise row.error(col, f"expected a {rng[len(XSD):]} ({pattern.replace(chr(92) + 'd', 'N')}), found {v!r}")
        return f'"{v}"^^xsd:{rng[len(XSD):]}'
    return lit(v)


def _time(row: Row, col: str, value: str) -> str:
    """``1689``, ``2001-06``, ``2019-11-04``, ``1950/1963``, ``2014/``; after `` | `` the text's own words."""
    v, _, expr = value.partition("|")
    v, expr = v.strip(), expr.strip()
    e = f" ; srkg:timeExpression {lit(expr)}" if expr else ""
    if re.fullmatch(r"\d{4}", v):
        return f'[ a time:Instant ; time:inXSDgYear "{v}"^^xsd:gYear{e} ]'
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return f'[ a time:Instant ; time:inXSDgYearMonth "{v}"^^xsd:gYearMonth{e} ]'
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return f'[ a time:Instant ; time:inXSDDate "{v}"^^xsd:date{e} ]'
    m = re.fullmatch(r"(\d{4})?\s*/\s*(\d{4})?", v)
    if m and (m.group(1) or m.group(2)):
        parts = ["a time:Interval"] + ([f"srkg:timeExpression {lit(expr)}"] if expr else [])
        if m.group(1):
            parts.append(f'time:hasBeginning [ a time:Instant ; time:inXSDgYear "{m.group(1)}"^^xsd:gYear ]')
        if m.group(2):
            parts.append(f'time:hasEnd [ a time:Instant ; time:inXSDgYear "{m.group(2)}"^^xsd:gYear ]')
        return "[ " + " ;\n        ".join(parts) + " ]"
    raise row.error(col, f"expected a time: 1689, 2001-06, 2019-11-04, 1950/1963 or 2014/ (then | the text's words), "
                         f"found {value!r}")


def _claims(ctx: _Ctx, path: Path, rows: list[Row], keys: dict[str, str], dois: dict[str, str],
            entity_classes: dict) -> Doc:
    doc = Doc(f"Claims and things from sheets/{path.name}")
    made: dict[str, int] = {}
    made_entities: dict[str, int] = {}
    for row in rows:
        kind = _claim_kind(row)
        if kind is None:
            _entity(ctx, row, doc, entity_classes[(path, row.number)], made_entities)
            continue
        cls, prefix, reported = kind
        work = _work(ctx, row, keys, dois)
        if not row.quotes:
            raise row.error("quote", "every claim carries at least one quote from the text as its evidence")
        hits = [_find(ctx, row, q) for q in row.quotes]
        local = mint.claim_local(prefix, row.text("id"), work[len(SR):], fold_quote(row.quotes[0].text))
        if local in made:
            raise row.error("id", f"{local} is already minted by row {made[local]}; give the rows different ids")
        made[local] = row.number
        label = row.text("label") or _label_for(ctx, work, row.quotes[0].text)
        pairs = [("a", cls), ("rdfs:label", en(label)),
                 ("rdfs:comment", en(row.text("comment")) if row.text("comment") else None)]
        for col, pred, classes in CLAIM_COLUMNS:
            vals = []
            for item in row.items(col):
                try:
                    vals.append(_iri(ctx.terms.resolve(item, [SRKG + c for c in classes],
                                                       what=col.replace("_", " ").rstrip("s") if col != "about" else "thing")))
                except TermError as err:
                    raise row.error(col, str(err)) from None
            pairs.append((pred, vals))
        pairs.append(("srkg:madeIn", _iri(work)))
        pairs.append(("srkg:supportedBy", _support(ctx, row, cls, work, hits[0])))
        if reported:
            pairs.append(("srkg:reportedIn", iri(ctx.article)))
        if row.text("stance"):
            pairs.append(("srkg:stance", lit(row.text("stance"))))
        if row.text("period"):
            pairs.append(("srkg:coversPeriod", _period(row)))
        evs = [iri(mint.evidence_local(local, i)) for i in range(1, len(hits) + 1)]
        pairs.append(("srkg:hasEvidence", evs))
        pairs.append(("srkg:primaryEvidence", evs[0]))   # the first quote carries the claim
        doc.add(iri(local), pairs)
        for i, (ev, hit) in enumerate(zip(evs, hits), 1):
            doc.evidence(ev, f"evidence {i} for: {label}", ctx.text_node, hit)
    return doc


def _support(ctx: _Ctx, row: Row, cls: str, work: str, first) -> list[str]:
    """The in-text citations behind a claim: those of its work inside its first quote, and any the sheet names.

    A characterization by a cited work is supported by that work's citations
    standing inside its first quote ("... (Korolev 2020)").  The ``supported by``
    cell adds others, by IRI or by their text (``Larson 2020``, ``Larson 2020 #2``
    for the second citation with that text).
    """
    out = []
    if cls == "srkg:Characterization" and work != SR + ctx.article:
        out += [c for p, c in ctx.citation_iris
                if SR + ctx.cited_local[c] == work and first.start <= p.start and p.end <= first.end]
    for item in row.items("supported_by"):
        full = expand(item)
        if full is not None:
            if not any(c == _iri(full) for _p, c in ctx.citation_iris):
                raise row.error("supported_by", f"{item} is not an in-text citation of this article")
            c = _iri(full)
        else:
            text, _, n = item.partition(" #")
            same = [c for p, c in ctx.citation_iris if p.content == text.strip()]
            k = int(n) if n.strip().isdigit() else None
            if not same:
                raise row.error("supported_by", f"no in-text citation reads {text.strip()!r}")
            if k is None and len(same) > 1:
                raise row.error("supported_by", f"{len(same)} in-text citations read {text.strip()!r}; "
                                                f"add ' #N' for the Nth")
            if k is not None and not 1 <= k <= len(same):
                raise row.error("supported_by", f"there are {len(same)} citations reading {text.strip()!r}, not {k}")
            c = same[(k or 1) - 1]
        if c not in out:
            out.append(c)
    return out


def _iri(full: str) -> str:
    return iri(full[len(SR):]) if full.startswith(SR) else f"<{full}>"


def _label_for(ctx: _Ctx, work: str, quote: str) -> str:
    words = " ".join(quote.split())
    if len(words) > 80:
        words = words[:80].rsplit(" ", 1)[0] + " …"
    return f"{ctx.terms.label_of.get(work, shorten(work))}: {words}"


def _work(ctx: _Ctx, row: Row, keys: dict[str, str], dois: dict[str, str]) -> str:
    value = row.text("work", required=True)
    if value in keys:
        return SR + keys[value]
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", value, flags=re.I)
    if re.match(r"^10\.\d{4,}/", doi):
        if doi.lower() in dois:
            return SR + dois[doi.lower()]
        raise row.error("work", f"no work with DOI {doi} in the references or the article")
    full = expand(value)
    if full is not None:
        if full in ctx.terms.subjects and ctx.terms.is_a(full, [SRKG + "ScholarlyWork"]):
            return full
        raise row.error("work", f"unknown work {value!r}: not a scholarly work of the graph or the references"
                                + _did_you_mean(value, list(keys) + [shorten(s) for s in ctx.terms.subjects
                                                                      if ctx.terms.is_a(s, [SRKG + "ScholarlyWork"])]))
    works = [s for s in ctx.terms.by_label.get(norm_label(value), ()) if ctx.terms.is_a(s, [SRKG + "ScholarlyWork"])]
    if len(works) == 1:
        return works[0]
    raise row.error("work", f"unknown work {value!r}: give a citation key of the references, a DOI or an IRI"
                            + _did_you_mean(value, list(keys)))


def _did_you_mean(value: str, options: list[str]) -> str:
    import difflib

    lower = {o.lower(): o for o in options}
    hits = difflib.get_close_matches(value.lower(), list(lower), n=2, cutoff=0.6)
    return (": did you mean " + " or ".join(repr(lower[h]) for h in hits) + "?") if hits else ""


def _period(row: Row) -> str:
    v = row.text("period")
    m = re.fullmatch(r"(\d{4})(?:\s*[-–]\s*(\d{4})?)?", v)
    if not m:
        raise row.error("period", f"expected a year (2014) or years (2013-2019, 2014-), found {v!r}")
    expr = row.text("period_text") or v
    begin, dash, end = m.group(1), "-" in v or "–" in v, m.group(2)
    if not dash:
        return f'[ a time:Instant ; time:inXSDgYear "{begin}"^^xsd:gYear ; srkg:timeExpression {lit(expr)} ]'
    parts = ["a time:Interval", f"srkg:timeExpression {lit(expr)}",
             f'time:hasBeginning [ a time:Instant ; time:inXSDgYear "{begin}"^^xsd:gYear ]']
    if end:
        parts.append(f'time:hasEnd [ a time:Instant ; time:inXSDgYear "{end}"^^xsd:gYear ]')
    return "[ " + " ; ".join(parts) + " ]"
