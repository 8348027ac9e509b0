"""Find the in-text citations of an article's text and resolve them to its reference list.

Author-year pointers are recognised in two shapes:

* parenthetical: ``(Korolev 2020)``, ``(e.g. Krickovic 2017; Korolev and Portyakov 2019)``,
  ``(see e.g. Hansen 2013, 2016)``, ``(Korosteleva and Paikin 2021, 321)``.  A
  parenthesis holding two or more pointers is a citation group.
* narrative: ``Korolev (2020)``, ``Kazantsev, Medvedeva, and Safranchuk (2021)``,
  ``Korosteleva and Paikin (2021, 321–323)``.

Only the body counts: the text up to the reference-list heading (a line reading
References, Bibliography or Works cited).  A pointer resolves to the one entry
whose authors' family names and year (with its a/b letter) match; when no entry
matches exactly, to the one entry of that year whose names are all close
(difflib ratio >= 0.75: "Kaczmariski" for "Kaczmarek"), recorded as a variant.
``Lukin 2021`` names one author, so it never matches a two-author work.
A pointer with no entry, or with several, is unresolved; an unresolved
"Name (year)" right after another capitalised word is taken for part of a
longer name, not a citation (:func:`drop_name_tails`).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from .mint import ascii_name

_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
NAME = rf"(?:\b(?:(?:van|von|de|da|di|du|le|la) )?[{_UP}][^\W\d_]*(?:[-'’][^\W\d_]+)*)"
NAMES = rf"(?:{NAME}(?:, {NAME})*(?:,? and {NAME})?(?: et al\.)?)"
YEAR = r"(?:1[6-9]|20)\d\d[a-z]?"
PAGES = r"(?:, (?:p{1,2}\. ?)?\d+(?:[-–]\d+)?)"
_NARRATIVE = re.compile(rf"({NAMES}) \(({YEAR}){PAGES}?\)")
_POINTER = re.compile(rf"^({NAMES}) ({YEAR}(?:, {YEAR})*){PAGES}?$")
_LEAD = re.compile(r"^(?:(?:see also|see|cf\.|e\.g\.,?|i\.e\.,?|for example,?|for instance,?)\s+)+", re.I)
_HEADING = re.compile(r"^\s*#*\s*(references|bibliography|works cited|literature)\s*$", re.I | re.M)


@dataclass
class Pointer:
    """One in-text citation: what it says, where, and the names and year it gives."""

    content: str
    start: int
    end: int
    families: list[str]
    year: str
    group: int | None = None        # index into Found.groups
    work: str | None = None         # resolved work key (a Ref.key), None when unresolved
    variant: bool = False           # resolved by close names, not exact ones
    candidates: list[str] = field(default_factory=list)


@dataclass
class Group:
    content: str
    start: int
    end: int


@dataclass
class Found:
    pointers: list[Pointer]
    groups: list[Group]
    body_end: int


def body_end(text: str) -> int:
    """Offset of the reference-list heading (the last one), or the text's length."""
    hits = list(_HEADING.finditer(text))
    return hits[-1].start() if hits else len(text)


def _families(names: str) -> list[str]:
    names = names.replace(" et al.", "")
    parts = re.split(r",? and |, ", names)
    return [p.strip() for p in parts if p.strip()]


def find_citations(text: str) -> Found:
    end = body_end(text)
    body = text[:end]
    pointers: list[Pointer] = []
    groups: list[Group] = []
    taken: list[tuple[int, int]] = []
    # parenthetical pointers
    for m in re.finditer(r"\(([^()]*)\)", body):
        inner, base = m.group(1), m.start(1)
        found: list[Pointer] = []
        pos = 0
        for part in inner.split(";"):
            p_start = base + pos + (len(part) - len(part.lstrip()))
            pos += len(part) + 1
            item = part.strip()
            lead = _LEAD.match(item)
            if lead:
                p_start += lead.end()
                item = item[lead.end():]
            pm = _POINTER.match(item)
            if not pm:
                found = []
                break
            names, years = pm.group(1), pm.group(2).split(", ")
            fams = _families(names)
            first_len = len(names) + 1 + len(years[0])
            rest = item[first_len:]
            trailing_pages = "" if len(years) > 1 else rest
            found.append(Pointer(item[:first_len] + trailing_pages, p_start, p_start + first_len + len(trailing_pages),
                                 fams, years[0]))
            off = p_start + len(names) + 1 + len(years[0])
            for y in years[1:]:
                at = text.index(y, off)
                found.append(Pointer(y, at, at + len(y), fams, y))
                off = at + len(y)
        if not found:
            continue
        if len(found) > 1:
            groups.append(Group(m.group(0), m.start(), m.end()))
            for p in found:
                p.group = len(groups) - 1
        pointers += found
        taken.append((m.start(), m.end()))
    # narrative pointers
    for m in _NARRATIVE.finditer(body):
        if any(a <= m.start() < b for a, b in taken):
            continue
        pointers.append(Pointer(m.group(0), m.start(), m.end(), _families(m.group(1)), m.group(2)))
    pointers.sort(key=lambda p: p.start)
    # renumber groups in reading order
    order = sorted(range(len(groups)), key=lambda i: groups[i].start)
    remap = {old: new for new, old in enumerate(order)}
    groups = [groups[i] for i in order]
    for p in pointers:
        if p.group is not None:
            p.group = remap[p.group]
    return Found(pointers, groups, end)


def _key(name: str) -> str:
    return ascii_name(unicodedata.normalize("NFC", name)).casefold()


def resolve(found: Found, refs: list, suffix_of: dict[str, str]) -> None:
    """Set ``work`` of each pointer to a Ref.key (``suffix_of``: key -> its a/b letter or "")."""
    by_year: dict[str, list] = {}
    for r in refs:
        by_year.setdefault(r.year, []).append(r)
    for p in found.pointers:
        m = re.match(r"^(\d{4})([a-z]?)$", p.year)
        year, letter = m.group(1), m.group(2)
        fams = [_key(f) for f in p.families]
        etal = " et al." in p.content
        pool = [r for r in by_year.get(year, []) if not letter or suffix_of.get(r.key, "") == letter]

        def names(r):
            return [_key(f) for _g, f in (r.authors or r.editors)]

        exact = [r for r in pool if (names(r) == fams if not etal else names(r)[:1] == fams[:1] and len(names(r)) >= 3)]
        if not exact and not etal:
            exact = [r for r in pool if len(names(r)) == len(fams) and all(
                difflib.SequenceMatcher(None, a, b).ratio() >= 0.75 for a, b in zip(names(r), fams))]
            p.variant = bool(exact)
        p.candidates = [r.key for r in exact]
        if len(exact) == 1 and (letter or not suffix_of.get(exact[0].key)):
            p.work = exact[0].key
        elif len(exact) == 1:
            p.work = None  # "Skalamera 2018" where the list has 2018a and 2018b
        else:
            p.work = None


def drop_name_tails(found: Found, text: str) -> None:
    """Forget unresolved narrative pointers that are the tail of a longer proper name.

    "Nerchinsk Treaty (1689)" and a by-line's "Marcin Kaczmarek (2021)" look like
    "Name (year)" but follow another capitalised word; a pointer that resolves is
    always kept.
    """
    found.pointers = [p for p in found.pointers
                      if p.work is not None or p.group is not None
                      or not re.search(r"[A-Z][\w.-]* &? ?$", text[max(0, p.start - 40):p.start])]
