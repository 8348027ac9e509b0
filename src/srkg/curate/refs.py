"""Reference lists from BibTeX, CSL-JSON or RIS (the exports of Zotero and Mendeley).

Each format is read by a maintained parser (``bibtexparser`` 2, ``json``,
``rispy``) into one record type, :class:`Ref`, so the rest of ``srkg add`` never
sees a format.  Field mapping (BibTeX / CSL-JSON / RIS):

=============  ==========================  ===========================  ============
Ref            BibTeX                      CSL-JSON                     RIS
=============  ==========================  ===========================  ============
kind           @article/@book/             type article-journal/book/   TY JOUR/BOOK/
               @incollection/@techreport   chapter/report               CHAP/RPRT
authors        author                      author                       AU
editors        editor                      editor                       ED (A2)
year           year (or date)              issued                       PY / Y1
title          title                       title                        TI (T1)
journal        journal (journaltitle)      container-title              JO / T2 (JF)
book           booktitle                   container-title              T2 / BT
volume, issue  volume, number (issue)      volume, issue                VL, IS
pages          pages                       page                         SP, EP
doi            doi                         DOI                          DO
publisher      publisher / institution     publisher                    PB
place          address / location          publisher-place              CY
series, no.    series (type), number       collection-title, number     T3, M1
status         pubstate                    status                       (none)
comment        note / annote               note                         N1
=============  ==========================  ===========================  ============

For a @techreport the series is its ``type`` and the number its ``number``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SheetError
from .sheet import read_text

REF_SUFFIXES = (".bib", ".json", ".ris")
KINDS = {"article": "JA", "book": "BK", "chapter": "CH", "report": "PM", "other": "SW"}


@dataclass
class Ref:
    key: str
    kind: str                                   # JA, BK, CH, PM, SW (see KINDS)
    authors: list[tuple[str, str]] = field(default_factory=list)   # (given, family) as printed
    editors: list[tuple[str, str]] = field(default_factory=list)
    year: str = ""
    title: str = ""
    journal: str | None = None
    book: str | None = None
    volume: str | None = None
    issue: str | None = None
    page_start: str | None = None
    page_end: str | None = None
    doi: str | None = None
    publisher: str | None = None
    place: str | None = None
    series: str | None = None
    number: str | None = None
    status: str | None = None
    comment: str | None = None
    license: str | None = None
    file: str = ""


def read_refs(path: Path) -> list[Ref]:
    path = Path(path)
    suffix = path.suffix.lower()
    raw = read_text(path)
    if suffix == ".bib":
        refs = _bibtex(path.name, raw)
    elif suffix == ".json":
        refs = _csl(path.name, raw)
    elif suffix == ".ris":
        refs = _ris(path.name, raw)
    else:
        raise SheetError(path.name, None, None, f"not a reference file (use {', '.join(REF_SUFFIXES)})")
    keys = [r.key for r in refs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise SheetError(path.name, None, None, f"citation key given twice: {', '.join(dup)}")
    for r in refs:
        r.file = path.name
        if not r.year:
            raise SheetError(path.name, None, None, f"entry {r.key!r} has no year")
        if not r.authors and not r.editors:
            raise SheetError(path.name, None, None, f"entry {r.key!r} has no author")
        if not r.title:
            raise SheetError(path.name, None, None, f"entry {r.key!r} has no title")
    return refs


# ---------------------------------------------------------------- BibTeX
_BIB_KIND = {"article": "article", "book": "book", "incollection": "chapter", "inbook": "chapter",
             "inproceedings": "chapter", "techreport": "report", "report": "report"}


def _bibtex(name: str, raw: str) -> list[Ref]:
    import bibtexparser
    from bibtexparser import middlewares as m

    lib = bibtexparser.parse_string(raw, append_middleware=[
        m.LatexDecodingMiddleware(), m.SeparateCoAuthors(), m.SplitNameParts()])
    if lib.failed_blocks:
        b = lib.failed_blocks[0]
        line = getattr(b, "start_line", None)
        raise SheetError(name, None, None, f"{'line ' + str(line + 1) + ': ' if line is not None else ''}"
                                           f"not valid BibTeX: {b.error if hasattr(b, 'error') else b}")
    out = []
    for e in lib.entries:
        f = {k.lower(): v.value for k, v in e.fields_dict.items()}
        kind = KINDS[_BIB_KIND.get(e.entry_type.lower(), "other")]
        pages = _pages(_s(f.get("pages")))
        year = _s(f.get("year")) or (_s(f.get("date")) or "")[:4]
        series, number = _s(f.get("series")), _s(f.get("number"))
        issue = _s(f.get("issue"))
        if kind == "JA" and not issue:
            issue, number = number, None
        if kind == "PM":
            series = series or _s(f.get("type"))
        out.append(Ref(
            key=e.key, kind=kind, authors=_bibnames(f.get("author")), editors=_bibnames(f.get("editor")),
            year=year, title=_s(f.get("title")) or "", journal=_s(f.get("journal") or f.get("journaltitle")),
            book=_s(f.get("booktitle")), volume=_s(f.get("volume")), issue=issue,
            page_start=pages[0], page_end=pages[1], doi=_doi(_s(f.get("doi"))),
            publisher=_s(f.get("publisher") or f.get("institution")), place=_s(f.get("address") or f.get("location")),
            series=series, number=number, status=_s(f.get("pubstate")),
            comment=_s(f.get("note") or f.get("annote")), license=_s(f.get("license") or f.get("rights"))))
    return out


def _bibnames(value) -> list[tuple[str, str]]:
    if not value:
        return []
    out = []
    for n in value:
        if isinstance(n, str):
            out.append(("", n))
            continue
        family = " ".join(n.von + n.last)
        given = " ".join(n.first)
        out.append((_unbrace(given), _unbrace(family)))
    return out


def _unbrace(s: str) -> str:
    return s.replace("{", "").replace("}", "").strip()


def _s(v) -> str | None:
    if v is None:
        return None
    s = " ".join(_unbrace(str(v)).split())
    return unicodedata.normalize("NFC", s) or None


def _pages(p: str | None) -> tuple[str | None, str | None]:
    if not p:
        return None, None
    parts = [x.strip() for x in re.split(r"\s*(?:--|–|—|-)\s*", p) if x.strip()]
    return (parts[0], parts[1] if len(parts) > 1 else None)


def _doi(d: str | None) -> str | None:
    if not d:
        return None
    return re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", d.strip(), flags=re.I)


# ---------------------------------------------------------------- CSL-JSON
_CSL_KIND = {"article-journal": "article", "article": "article", "book": "book", "chapter": "chapter",
             "paper-conference": "chapter", "report": "report"}


def _csl(name: str, raw: str) -> list[Ref]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise SheetError(name, None, None, f"line {err.lineno}: not valid JSON: {err.msg}") from None
    if isinstance(data, dict):
        data = data.get("items", [data])
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise SheetError(name, None, None, "CSL-JSON is a list of items (objects)")
    out = []
    for n, it in enumerate(data, 1):
        key = it.get("id") or it.get("citation-key")
        if not key:
            raise SheetError(name, n, None, "CSL-JSON item without an id")
        kind = KINDS[_CSL_KIND.get(it.get("type", ""), "other")]
        issued = (it.get("issued") or {}).get("date-parts") or [[None]]
        year = str(issued[0][0]) if issued and issued[0] and issued[0][0] else str(it.get("issued", {}).get("raw", ""))[:4]
        pages = _pages(_s(it.get("page")))
        container = _s(it.get("container-title"))
        out.append(Ref(
            key=str(key), kind=kind, authors=_cslnames(it.get("author")), editors=_cslnames(it.get("editor")),
            year=year, title=_s(it.get("title")) or "", journal=container if kind == "JA" else None,
            book=container if kind == "CH" else None, volume=_s(it.get("volume")), issue=_s(it.get("issue")),
            page_start=pages[0], page_end=pages[1], doi=_doi(_s(it.get("DOI"))), publisher=_s(it.get("publisher")),
            place=_s(it.get("publisher-place")), series=_s(it.get("collection-title")), number=_s(it.get("number")),
            status=_s(it.get("status")), comment=_s(it.get("note")), license=_s(it.get("license"))))
    return out


def _cslnames(v) -> list[tuple[str, str]]:
    out = []
    for n in v or []:
        if "literal" in n:
            out.append(("", n["literal"]))
        else:
            fam = " ".join(x for x in (n.get("non-dropping-particle"), n.get("family")) if x)
            out.append((n.get("given", ""), fam))
    return out


# ---------------------------------------------------------------- RIS
_RIS_KIND = {"JOUR": "article", "JFULL": "article", "EJOUR": "article", "BOOK": "book", "EBOOK": "book",
             "CHAP": "chapter", "ECHAP": "chapter", "CPAPER": "chapter", "RPRT": "report"}


def _ris(name: str, raw: str) -> list[Ref]:
    import rispy

    try:
        entries = rispy.loads(raw)
    except Exception as err:  # rispy raises IOError / ValueError / IndexError for broken files
        raise SheetError(name, None, None, f"not valid RIS: {err}") from None
    out = []
    for n, e in enumerate(entries, 1):
        kind = KINDS[_RIS_KIND.get(e.get("type_of_reference", ""), "other")]
        key = e.get("id") or e.get("label") or e.get("accession_number") or f"ris{n}"
        year = str(e.get("year") or e.get("publication_year") or e.get("date") or "")[:4]
        second = e.get("secondary_title")
        out.append(Ref(
            key=str(key), kind=kind, authors=_risnames(e.get("authors") or e.get("first_authors")),
            editors=_risnames(e.get("secondary_authors") or e.get("editor")),
            year=year, title=e.get("title") or e.get("primary_title") or "",
            journal=(e.get("journal_name") or e.get("alternate_title3") or second) if kind == "JA" else None,
            book=second if kind == "CH" else None, volume=e.get("volume"), issue=e.get("number"),
            page_start=e.get("start_page"), page_end=e.get("end_page"), doi=_doi(e.get("doi")),
            publisher=e.get("publisher"), place=e.get("place_published"), series=e.get("tertiary_title"),
            number=e.get("note_m1") or (e.get("number") if kind == "PM" else None),
            comment="; ".join(e["notes"]) if e.get("notes") else None))
        if kind == "PM":
            out[-1].issue = None
    return out


def _risnames(v) -> list[tuple[str, str]]:
    out = []
    for n in v or []:
        fam, _, given = n.partition(",")
        out.append((given.strip(), fam.strip()))
    return out
