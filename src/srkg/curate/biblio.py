"""The reference list: works, entries (placed as the text prints them), authors and editors, venues; the article's own record."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..errors import SheetError
from ..rdf.reader import SR
from . import mint
from .context import SRKG, Ctx, person
from .quotes import find_quote, fold_quote
from .refs import Ref
from .terms import norm_label
from .turtle import Doc, en, iri, lit, year

KIND_CLASS = {"JA": "srkg:JournalArticle", "BK": "srkg:Book", "CH": "srkg:BookChapter", "PM": "srkg:PolicyMemo",
              "SW": "srkg:ScholarlyWork"}


def article_doc(ctx: Ctx, art: Ref, source: Path) -> Doc:
    from ..evidence import sha256_of

    doc = Doc("The article itself and its text rendition")
    a = iri(ctx.article)
    contribs = contributions(ctx, doc, ctx.article, ctx.article_label, art.authors)
    venues = {"journal": venue(ctx, doc, art.journal, "srkg:Journal", {})} if art.journal else {}
    doc.add(a, work_pairs(ctx, art, ctx.article_label, contribs, venues) + [
        ("dcterms:license", f"<{art.license}>" if art.license and re.match(r"^https?://", art.license) else None)])
    if ctx.text_registered:   # the sources registry (the article's source.ttl) already describes its text
        return doc
    doc.add(ctx.text_node, [
        ("a", "srkg:TextRendition"),
        ("rdfs:label", en(f"text rendition of {ctx.article_label} ({Path(source).name})")),
        ("srkg:renditionOf", a), ("srkg:fileName", lit(Path(source).name)),  # the sources registry entry
        ("srkg:sha256", lit(sha256_of(source))),
        ("srkg:characterCount", str(len(ctx.text))), ("srkg:encoding", lit("UTF-8, NFC")),
        ("dcterms:license", f"<{art.license}>" if art.license and re.match(r"^https?://", art.license) else None)])
    return doc


def contributions(ctx: Ctx, doc: Doc, work: str, label: str, names, role: str = "author",
                   default_local=None) -> list[str]:
    """One srkg:Authorship / srkg:Editorship per name, ``sr:<work>-<role><n>``, in printed order."""
    cls = "srkg:Authorship" if role == "author" else "srkg:Editorship"
    out = []
    for n, (given, family) in enumerate(names, 1):
        pid = person(ctx, given or None, family, default_local(family) if default_local else None)
        cid = f"{work}-{role}{n}"
        out.append(iri(cid))
        doc.add(iri(cid), [("a", cls), ("rdfs:label", en(f"{label}, {role} {n}: {f'{given} {family}'.strip()}")),
                           ("srkg:contributionTo", iri(work)), ("srkg:contributor", iri(pid)),
                           ("srkg:position", str(n))])
    return out


def work_pairs(ctx: Ctx, r: Ref, label: str, contribs: list[str], venues: dict) -> list:
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


def venue(ctx: Ctx, doc: Doc, title: str, cls: str, made: dict) -> str:
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


def ref_lines(text: str, start: int) -> list[tuple[int, str]]:
    out, pos = [], start
    for line in text[start:].split("\n"):
        body = line[2:] if line.startswith("- ") else line
        if body.strip() and not re.match(r"^\s*#*\s*references\s*$", body, re.I):
            out.append((pos + (len(line) - len(body)), body))
        pos += len(line) + 1
    return out


def references(ctx: Ctx, refs: list[Ref], doc: Doc, ven: Doc, art: Ref) -> dict[str, str]:
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

    lines = ref_lines(ctx.text, body_end(ctx.text))
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
        contribs = contributions(ctx, doc, w, wlabel, r.authors)
        venues = {}
        if r.kind == "JA" and r.journal:
            venues["journal"] = venue(ctx, ven, r.journal, "srkg:Journal", venues_made)
        if r.kind == "CH" and r.book:
            venues["book"] = edited_book(ctx, doc, r, venues_made, ven)
        elif r.publisher:
            venues["publisher"] = venue(ctx, ven, r.publisher, "srkg:Institution", venues_made)
        doc.add(iri(w), work_pairs(ctx, r, wlabel, contribs, venues))
    ctx.entries = entries
    if entries:
        doc.add(art_iri, [("srkg:hasReferenceEntry", entries)])
    return work_of


def edited_book(ctx: Ctx, doc: Doc, r: Ref, made: dict, ven: Doc) -> str:
    eds = [f for _g, f in r.editors]
    if not eds:
        raise SheetError(r.file, None, None, f"entry {r.key!r}: a chapter names its book's editors (editor = ...)")
    bid = mint.work_base(eds, r.year)
    if ("book", bid) in made:
        return made[("book", bid)]
    blabel = f"{mint.who(eds)} {r.year} (edited book)"
    contribs = contributions(ctx, doc, bid, blabel, r.editors, "editor")
    pub = venue(ctx, ven, r.publisher, "srkg:Institution", made) if r.publisher else None
    doc.add(iri(bid), [("a", "srkg:Book"), ("rdfs:label", en(blabel)), ("srkg:title", lit(r.book)),
                       ("srkg:publicationYear", year(r.year)), ("srkg:hasContribution", contribs),
                       ("srkg:publisher", pub), ("srkg:publicationPlace", lit(r.place) if r.place else None),
                       ("rdfs:comment", en("An edited book named only inside the entry of one of its chapters; "
                                           "its year is the chapter's."))])
    ctx.terms.add(SR + bid, blabel, {SRKG + "Book", SRKG + "ScholarlyWork"})
    made[("book", bid)] = iri(bid)
    return iri(bid)


# ---------------------------------------------------------------------------
