"""Find a typed quote in a source text, tolerantly, and return offsets in the real text.

A researcher types or pastes a quote; the source text may differ from it in
ways that do not change the words: line breaks and runs of whitespace, curly
against straight quotation marks, en/em dashes against hyphens, ligatures
(``ﬁ``), and words hyphenated at a line end (``co-\\noperation``).  Both sides
are folded to one canonical form with a map from each folded character back
to the original offset; the match is made on the folded forms, and the
evidence records ``text[start:end]``, the text as it stands at the offsets.

>>> text = "the “axis of conve-\\nnience” (Bobo 2008) was dominant"
>>> hit = find_quote(text, '"axis of convenience" (Bobo 2008)')
>>> text[hit.start:hit.end] == hit.exact
True
>>> hit.exact
'“axis of conve-\\nnience” (Bobo 2008)'
>>> find_all(text, "no such words")
[]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..errors import QuoteError

CONTEXT = 32

_QUOTES = {c: '"' for c in "“”„‟«»″"} | {c: "'" for c in "‘’‚‛‹›′`´"}
_DASHES = {c: "-" for c in "‐‑‒–—―−﹘﹣－"}
_SPACES = set(" \t\r\n\u00a0\u2002\u2003\u2009\u200a\u202f\u3000")
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff"}  # soft hyphen, zero widths


@dataclass(frozen=True)
class Hit:
    """Where a quote stands: ``exact == text[start:end]``, with some context either side."""

    exact: str
    start: int
    end: int
    prefix: str
    suffix: str


SOFT = "\x00"  # a hyphen at a line end, in the folded text: matches "-" or nothing


def fold(text: str) -> tuple[str, list[int]]:
    """The canonical form of ``text`` and, for each of its characters, the offset it came from.

    A hyphen at a line end between letters, with the line break, folds to one
    SOFT mark: a quote may give the word with the hyphen (``Sino-Russian``) or
    without it (``cooperation`` for ``co-\noperation``).

    >>> fold("ﬁne –  ‘x’")[0]
    "fine - 'x'"
    """
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _INVISIBLE:
            i += 1
            continue
        if c in _SPACES:
            j = i
            while j < n and (text[j] in _SPACES or text[j] in _INVISIBLE):
                j += 1
            # a word hyphenated at a line end: "co-\noperation" -> "cooperation"
            if out and out[-1] == "-" and len(out) >= 2 and out[-2].isalpha() and "\n" in text[i:j] \
                    and j < n and text[j].isalpha():
                out[-1] = SOFT
            elif out and out[-1] != " ":
                out.append(" ")
                where.append(i)
            i = j
            continue
        if c in _QUOTES:
            folded = _QUOTES[c]
        elif c in _DASHES:
            folded = "-"
        else:
            folded = unicodedata.normalize("NFKC", c) if ord(c) > 127 else c
        for f in folded:
            out.append(f)
            where.append(i)
        i += 1
    return "".join(out), where


def fold_quote(quote: str) -> str:
    """The folded form of a typed quote, trimmed (leading and trailing space never matter)."""
    return fold(unicodedata.normalize("NFC", quote))[0].strip()


def _pattern(q: str) -> re.Pattern:
    """A regex for folded quote ``q`` that lets a SOFT mark stand between letters or for a hyphen."""
    parts = []
    for i, c in enumerate(q):
        between = 0 < i < len(q) - 1 and q[i - 1].isalpha() and q[i + 1].isalpha()
        if c == "-" and between:
            parts.append("[-" + SOFT + "]")
            continue
        parts.append(re.escape(c))
        if c.isalpha() and i + 1 < len(q) and q[i + 1].isalpha():
            parts.append(SOFT + "?")
    return re.compile("".join(parts))


class _Index:
    """A folded text with its offset map, built once per source text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.where = fold(text)
        self.soft = SOFT in self.folded

    def spans(self, quote: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        q = fold_quote(quote).replace(SOFT, "")
        if not q:
            return []
        hi = len(self.text) if hi is None else hi
        out = []
        if self.soft:
            matches = ((m.start(), m.end()) for m in _pattern(q).finditer(self.folded))
        else:
            matches = _plain(self.folded, q)
        for a, b in matches:
            start, end = self.where[a], self.where[b - 1] + 1
            if start >= lo and end <= hi:
                out.append((start, end))
        return out


def _plain(folded: str, q: str):
    pos = folded.find(q)
    while pos >= 0:
        yield pos, pos + len(q)
        pos = folded.find(q, pos + 1)


_CACHE: dict[int, _Index] = {}


def _index(text: str) -> _Index:
    key = id(text)
    idx = _CACHE.get(key)
    if idx is None or idx.text is not text:
        idx = _CACHE[key] = _Index(text)
        if len(_CACHE) > 8:
            _CACHE.pop(next(iter(_CACHE)))
    return idx


def hit_at(text: str, start: int, end: int, context: int = CONTEXT) -> Hit:
    return Hit(text[start:end], start, end, text[max(0, start - context):start], text[end:end + context])


def find_all(text: str, quote: str, *, lo: int = 0, hi: int | None = None) -> list[Hit]:
    """Every place ``quote`` stands in ``text[lo:hi]``, tolerantly."""
    return [hit_at(text, s, e) for s, e in _index(text).spans(quote, lo, hi)]


def find_quote(text: str, quote: str, *, occurrence: int | None = None, near: str | None = None,
               lo: int = 0, hi: int | None = None) -> Hit:
    """The one place ``quote`` stands; raises QuoteError when it is absent or ambiguous.

    ``occurrence`` (1-based) picks one of several; ``near`` gives a longer passage,
    itself unique, that contains the quote.
    """
    if near is not None:
        around = find_all(text, near, lo=lo, hi=hi)
        if len(around) != 1:
            raise QuoteError(f"context passage found {len(around)} times, not once: {_short(near)}", len(around))
        inside = find_all(text, quote, lo=around[0].start, hi=around[0].end)
        if not inside:
            raise QuoteError(f"quote not found inside its context passage: {_short(quote)}", 0)
        hits = inside
    else:
        hits = find_all(text, quote, lo=lo, hi=hi)
    if not hits:
        raise QuoteError(f"quote not found in the source text: {_short(quote)}", 0)
    if occurrence is not None:
        if not 1 <= occurrence <= len(hits):
            raise QuoteError(f"quote found {len(hits)} times, so occurrence {occurrence} does not exist: "
                             f"{_short(quote)}", len(hits))
        return hits[occurrence - 1]
    if len(hits) > 1:
        raise QuoteError(f"quote found {len(hits)} times (at offsets {', '.join(str(h.start) for h in hits[:4])}); "
                         f"lengthen it or give an occurrence: {_short(quote)}", len(hits))
    return hits[0]


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return repr(s if len(s) <= n else s[: n - 1] + "…")
