"""Evidence: Web Annotation selectors on the source rendition.

Every claim and citation points at a passage of its source text (the
``oa:hasSource`` rendition, see :mod:`srkg.sources`) with an
``oa:TextQuoteSelector`` (exact, prefix, suffix) and an
``oa:TextPositionSelector`` (start inclusive, end exclusive, in code points).
This module finds passages (for curation) and verifies selectors (for
``srkg check --source`` and ``srkg validate --source``).

>>> text = "Korolev (2020), for instance, interprets"
>>> sel = locate(text, "for instance", context=5)
>>> (sel.start, sel.end, sel.prefix, sel.suffix)
(16, 28, '20), ', ', int')
>>> verify_selector(text, sel) == []
True
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .paths import SOURCE_ENV

CONTEXT = 32


@dataclass(frozen=True)
class Selector:
    """A quote selector and a position selector that must agree."""

    exact: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""


def read_source(path: str | os.PathLike | None = None) -> str:
    """Read the source rendition (``path``, else ``$SRKG_SOURCE``) as NFC text."""
    path = path or os.environ.get(SOURCE_ENV)
    if not path:
        raise InputError(f"no source text given: pass --source PATH or set {SOURCE_ENV}")
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{p}: cannot read source text: {err.strerror or err}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{p}: source text is not UTF-8 (byte {err.start})") from None
    return unicodedata.normalize("NFC", text)


def sha256_of(path: str | os.PathLike) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def locate(text: str, exact: str, *, occurrence: int = 1, after: int = 0,
           context: int = CONTEXT) -> Selector:
    """Find the ``occurrence``-th ``exact`` at or after offset ``after``.

    Raises ValueError when the quote is not there; curation scripts use this
    so that offsets are computed, never typed by hand.
    """
    pos = after - 1
    for _ in range(occurrence):
        pos = text.find(exact, pos + 1)
        if pos < 0:
            raise ValueError(f"quote not found (occurrence {occurrence}): {exact[:60]!r}")
    end = pos + len(exact)
    return Selector(exact, pos, end, text[max(0, pos - context):pos], text[end:end + context])


def verify_selector(text: str, sel: Selector) -> list[str]:
    """Problems with one selector pair against ``text``; empty when it holds."""
    problems = []
    if not (0 <= sel.start < sel.end <= len(text)):
        return [f"offsets {sel.start}-{sel.end} lie outside the text (length {len(text)})"]
    found = text[sel.start:sel.end]
    if found != sel.exact:
        where = text.find(sel.exact)
        hint = f"; the quote stands at {where}" if where >= 0 else "; the quote is nowhere in the text"
        problems.append(f"text at {sel.start}-{sel.end} is {found[:40]!r}, not the quote {sel.exact[:40]!r}{hint}")
        return problems
    if sel.prefix and text[sel.start - len(sel.prefix):sel.start] != sel.prefix:
        problems.append(f"prefix {sel.prefix[-30:]!r} does not precede the quote at {sel.start}")
    if sel.suffix and text[sel.end:sel.end + len(sel.suffix)] != sel.suffix:
        problems.append(f"suffix {sel.suffix[:30]!r} does not follow the quote at {sel.end}")
    return problems
