"""How ``srkg add`` names things: stable IRIs and labels, from the data alone.

All IRIs are in ``https://w3id.org/srkg/id/`` (``sr:``).  Names are ASCII: accents
are dropped (``Lüthi`` -> ``Luthi``) and anything but letters and digits removed.

* work: the authors' family names (all of them up to three, else the first and
  ``EtAl``), then the year, then ``a``, ``b``, ... when one article's list has
  several works with the same names and year, in the order of their titles
  (as author-year styles print them): ``sr:Skalamera2018a``.  An edited book
  named only inside a chapter's entry: its editors' names and the chapter's year.
* person: first given name and family name, ``sr:MarcinKaczmarek``, unless the
  persons sheet maps the printed form to another name (variants of one person).
  A person known only by a family name from an unresolved citation:
  ``sr:<Family>-<work>``.
* journal and publisher: the title in CamelCase without a leading "The"
  (``&`` -> ``And``): ``sr:EuropeAsiaStudies``; ``Journal`` is appended when the
  name is already taken by something else (``sr:PoliticalGeographyJournal``),
  and the label gets " (journal)" when another thing has the same label.
* article parts: ``sr:<Article>-ref<NN>`` (reference entry, position in the
  printed list), ``sr:<Article>-cit<NN>`` and ``-citgroup<NN>`` (in reading
  order), ``sr:<Work>-author<N>`` / ``-editor<N>``.
* claims: ``sr:claim-<id>`` (characterization), ``sr:finding-<id>``,
  ``sr:arg-<id>`` (argument), with the sheet's ``id``; without one, ``<id>`` is
  the work's name in lower case and the first 8 hex digits of the SHA-1 of the
  first quote as folded for matching, so it changes only when the quote does.
* evidence: ``sr:ev-<holder>`` for the first quote, ``sr:ev-<holder>-2``, ... after.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata


def ascii_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]", "", s)


def who(families: list[str]) -> str:
    """Author names as the article's style joins them: ``A``, ``A and B``, ``A, B, and C``."""
    if len(families) == 1:
        return families[0]
    if len(families) == 2:
        return " and ".join(families)
    return ", ".join(families[:-1]) + ", and " + families[-1]


def work_base(families: list[str], year: str) -> str:
    names = families if len(families) <= 3 else [families[0], "EtAl"]
    return "".join(ascii_name(f) for f in names) + year


def person_local(given: str | None, family: str) -> str:
    first = (given or "").split()
    return (ascii_name(first[0]) if first else "") + ascii_name(family)


def camel(title: str) -> str:
    words = re.split(r"[^\w]+", title.replace("&", " And "))
    words = [w for w in words if w]
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    return "".join(ascii_name(w[:1].upper() + w[1:]) for w in words)


def claim_local(kind_prefix: str, given_id: str | None, work_local: str, first_quote_folded: str) -> str:
    if given_id:
        slug = given_id
    else:
        slug = f"{work_local.lower()}-{hashlib.sha1(first_quote_folded.encode('utf-8')).hexdigest()[:8]}"
    return f"{kind_prefix}-{slug}"


def evidence_local(holder: str, n: int) -> str:
    return f"ev-{holder}" + ("" if n == 1 else f"-{n}")
