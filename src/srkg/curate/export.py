"""Reference lists back out of the graph, as BibTeX or CSL-JSON, for Zotero and friends.

The works are those an article's reference entries describe (``article=``), or
every work that some reference entry describes (the whole graph).  The fields
are the inverse of :mod:`srkg.curate.refs`; the citation key is the work's
local name (``Korolev2020``).  Output is sorted by key, so it is stable.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..rdf.reader import PREFIXES, SR, SRKG, load_store

import pyoxigraph as ox

FIELDS = ["title", "publicationYear", "volume", "issue", "pageStart", "pageEnd", "doi", "publicationPlace",
          "seriesTitle", "seriesNumber", "publicationStatus"]
KIND = {"JournalArticle": ("article", "article-journal"), "Book": ("book", "book"),
        "BookChapter": ("incollection", "chapter"), "PolicyMemo": ("techreport", "report")}


def _one(store, s, p):
    for q in store.quads_for_pattern(s, ox.NamedNode(p), None):
        return q.object
    return None


def _people(store, work, cls):
    out = []
    for q in store.quads_for_pattern(work, ox.NamedNode(SRKG + "hasContribution"), None):
        c = q.object
        if not any(True for _ in store.quads_for_pattern(c, ox.NamedNode(PREFIXES["rdf"] + "type"), ox.NamedNode(SRKG + cls))):
            continue
        pos = _one(store, c, SRKG + "position")
        person = _one(store, c, SRKG + "contributor")
        fam = _one(store, person, PREFIXES["foaf"] + "familyName")
        giv = _one(store, person, PREFIXES["foaf"] + "givenName")
        out.append((int(pos.value) if pos else 0, giv.value if giv else "", fam.value if fam else ""))
    return [(g, f) for _p, g, f in sorted(out)]


def records(files: list[Path], article: str | None = None) -> list[dict]:
    """One dict per work: key, kind, authors, editors and the fields above."""
    store = load_store(files)
    entry_in, describes = ox.NamedNode(SRKG + "entryIn"), ox.NamedNode(SRKG + "describesWork")
    if article:
        entries = [q.subject for q in store.quads_for_pattern(None, entry_in, ox.NamedNode(article))]
    else:
        entries = [q.subject for q in store.quads_for_pattern(None, describes, None)]
    works = sorted({q.object.value for e in entries for q in store.quads_for_pattern(e, describes, None)})
    out = []
    for w in works:
        node = ox.NamedNode(w)
        types = {q.object.value.rsplit("#", 1)[-1] for q in store.quads_for_pattern(node, ox.NamedNode(PREFIXES["rdf"] + "type"), None)}
        kind = next((k for k in KIND if k in types), None)
        rec = {"key": w[len(SR):] if w.startswith(SR) else w, "kind": kind,
               "authors": _people(store, node, "Authorship")}
        for f in FIELDS:
            v = _one(store, node, SRKG + f)
            if v is not None:
                rec[f] = v.value
        for p, name in (("publishedIn", "journal"), ("publisher", "publisher"), ("chapterOf", "book")):
            v = _one(store, node, SRKG + p)
            if v is not None:
                t = _one(store, v, SRKG + "title") or _one(store, v, PREFIXES["rdfs"] + "label")
                rec[name] = t.value if t else None
                if name == "book":
                    rec["editors"] = _people(store, v, "Editorship")
                    pub = _one(store, v, SRKG + "publisher")
                    if pub is not None:
                        rec["publisher"] = _one(store, pub, PREFIXES["rdfs"] + "label").value
                    place = _one(store, v, SRKG + "publicationPlace")
                    if place is not None:
                        rec["publicationPlace"] = place.value
        out.append(rec)
    return out


def _bib(s: str) -> str:
    return "{" + s.replace("\\", "").replace("{", "").replace("}", "").replace("&", "\\&").replace("%", "\\%") + "}"


def to_bibtex(recs: list[dict]) -> str:
    out = []
    for r in recs:
        kind = KIND.get(r["kind"], ("misc", None))[0]
        names = lambda xs: " and ".join(f"{f}, {g}" if g else f for g, f in xs)  # noqa: E731
        pages = r.get("pageStart")
        if pages and r.get("pageEnd"):
            pages += "--" + r["pageEnd"]
        fields = [("author", names(r["authors"]) if r["authors"] else None), ("title", r.get("title")),
                  ("year", r.get("publicationYear")), ("journal", r.get("journal")), ("booktitle", r.get("book")),
                  ("editor", names(r["editors"]) if r.get("editors") else None), ("volume", r.get("volume")),
                  ("number", r.get("issue") or r.get("seriesNumber")), ("pages", pages),
                  ("institution" if kind == "techreport" else "publisher", r.get("publisher")),
                  ("type" if kind == "techreport" else "series", r.get("seriesTitle")),
                  ("address", r.get("publicationPlace")), ("pubstate", r.get("publicationStatus")),
                  ("doi", r.get("doi"))]
        body = ",\n".join(f"  {k} = {_bib(v)}" for k, v in fields if v)
        out.append(f"@{kind}{{{r['key']},\n{body}\n}}\n")
    return "\n".join(out)


def to_csl(recs: list[dict]) -> str:
    items = []
    for r in recs:
        it = {"id": r["key"], "type": KIND.get(r["kind"], (None, "document"))[1],
              "author": [{"family": f, "given": g} if g else {"family": f} for g, f in r["authors"]]}
        if r.get("editors"):
            it["editor"] = [{"family": f, "given": g} for g, f in r["editors"]]
        if r.get("title"):
            it["title"] = r["title"]
        if r.get("publicationYear"):
            it["issued"] = {"date-parts": [[int(r["publicationYear"][:4])]]}
        if r.get("journal") or r.get("book"):
            it["container-title"] = r.get("journal") or r.get("book")
        for k, c in (("volume", "volume"), ("issue", "issue"), ("doi", "DOI"), ("publisher", "publisher"),
                     ("publicationPlace", "publisher-place"), ("seriesTitle", "collection-title"),
                     ("seriesNumber", "number"), ("publicationStatus", "status")):
            if r.get(k):
                it[c] = r[k]
        if r.get("pageStart"):
            it["page"] = r["pageStart"] + ("-" + r["pageEnd"] if r.get("pageEnd") else "")
        items.append(it)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
