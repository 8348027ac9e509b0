"""In-text citations (found, resolved, numbered, grouped) and the document's anomalies."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..errors import InputError
from ..rdf.reader import SR
from . import mint
from .citations import Found, drop_name_tails, find_citations, resolve
from .context import SRKG, Ctx, find
from .quotes import hit_at
from .refs import Ref
from .sheet import read_sheet
from .terms import expand
from .biblio import contributions
from .turtle import Doc, en, iri, lit, year


def citations(ctx: Ctx, refs: list[Ref], work_of: dict, doc: Doc, refdoc: Doc) -> Found:
    found = find_citations(ctx.text)
    resolve(found, refs, getattr(ctx, "suffix_of", {}))
    drop_name_tails(found, ctx.text)
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
                unresolved_work(ctx, doc, p, w)
        cited.append(iri(w))
        ctx.cited_local[iri(cid)] = w
        hit = hit_at(ctx.text, p.start, p.end)
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
                         hit_at(ctx.text, g.start, g.end))
            doc.add(iri(gid), [("a", "srkg:CitationGroup"),
                               ("rdfs:label", en(f"citation group {gnum} of {ctx.article_label}: {g.content}")),
                               ("c4o:hasContent", lit(g.content)), ("srkg:citedIn", a),
                               ("srkg:hasEvidence", iri(mint.evidence_local(gid, 1)))])
    if cited:
        doc.add(a, [("cito:cites", list(dict.fromkeys(cited)))])
    return found


def unresolved_work(ctx: Ctx, doc: Doc, p, w: str) -> None:
    wlabel = f"{mint.who(p.families)} {p.year}"
    contribs = contributions(ctx, doc, w, wlabel, [("", f) for f in p.families],
                              default_local=lambda fam: f"{mint.ascii_name(fam)}-{w}")
    comment = ctx.notes_by_iri.get(SR + w) or (
        f"A work cited in the text as '{p.content}', with no entry in the reference list: only its authors' "
        f"surnames and its year are known.")
    doc.add(iri(w), [("a", "srkg:ScholarlyWork"), ("rdfs:label", en(wlabel)),
                     ("srkg:publicationYear", year(p.year[:4])), ("srkg:hasContribution", contribs),
                     ("rdfs:comment", en(comment))])
    ctx.terms.add(SR + w, wlabel, {SRKG + "ScholarlyWork"})


# ---------------------------------------------------------------------------
def anomalies(ctx: Ctx, path: Path, doc: Doc, found: Found) -> None:
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
            hits = [find(ctx, row, q) for q in row.quotes]
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
                              hits=[hit_at(ctx.text, p.start, p.end)], on=[cit]))
        elif p.variant and cit not in listed:
            aid = f"anomaly-{mint.ascii_name(p.families[0]).lower()}-{p.year}-variant"
            specs.append(dict(id=aid, label=f"in-text name '{p.content}' differs from its reference entry",
                              variant=[p.content], expected=None,
                              comment=f"The pointer '{p.content}' names no entry exactly; it is resolved to the one "
                                      f"entry of that year whose authors' names are close to it.",
                              hits=[hit_at(ctx.text, p.start, p.end)], on=[cit]))
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
