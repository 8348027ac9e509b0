"""The one module that renders tables and reports: plain text, CSV, TSV, Markdown and JSON.

Query answers (``srkg query``) and the quality gate's findings (``srkg check``) are both
tables; both are written here, so CSV quoting (RFC 4180) and Markdown escaping live in
one place.

>>> csv_field('say "hi", then go')
'"say ""hi"", then go"'
>>> markdown_cell("a | b")
'a \\\\| b'
>>> print(table(["name", "n"], [["a|b", "1"]], "markdown"), end="")
| name | n |
|---|---|
| a\\|b | 1 |

Only the standard library is imported here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

__all__ = ["TABLE_FORMATS", "csv_field", "markdown_cell", "table", "sparql_table", "ask_answer",
           "findings", "FINDING_FORMATS", "query_listing"]

#: the formats a SELECT answer can be written in
TABLE_FORMATS = ("table", "csv", "tsv", "json", "markdown")
#: the formats ``srkg check`` can write its findings in
FINDING_FORMATS = ("text", "csv", "markdown", "json")
MAX_WIDTH = 60


def csv_field(s: str) -> str:
    """One CSV field, quoted (and inner quotes doubled) when it holds a comma, a quote or a line break."""
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\r\n') else s


def markdown_cell(s: str) -> str:
    """One Markdown table cell: on one line, with ``|`` escaped so it does not end the cell."""
    return " ".join(s.split()).replace("|", "\\|")


def table(header: Sequence[str], rows: Iterable[Sequence[str]], fmt: str, *, count: str | None = None) -> str:
    """Rows of strings as ``table`` (aligned text), ``csv`` (RFC 4180), ``tsv`` or ``markdown``.

    ``count`` names what a row is for the ``(N rows)`` line under a text table.
    """
    rows = [list(r) for r in rows]
    if fmt == "csv":
        lines = [",".join(csv_field(h) for h in header)] + [",".join(csv_field(c) for c in r) for r in rows]
        return "\r\n".join(lines) + "\r\n"
    if fmt == "tsv":
        return "\n".join("\t".join(r) for r in [list(header)] + rows) + "\n"
    if fmt == "markdown":
        lines = ["| " + " | ".join(markdown_cell(h) for h in header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        lines += ["| " + " | ".join(markdown_cell(c) for c in r) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    if fmt not in ("table", "text"):
        raise ValueError(f"unknown table format {fmt!r}")
    cells = [[" ".join(c.split()) for c in r] for r in rows]
    widths = [min(MAX_WIDTH, max([len(h)] + [len(r[i]) for r in cells])) for i, h in enumerate(header)]

    def line(values):
        return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(values, widths)).rstrip()
    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in cells]
    what = count or "row"
    out.append(f"({len(cells)} {what}{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Query answers
# ---------------------------------------------------------------------------
def _cell(t, fmt: str) -> str:
    if t is None:
        return ""
    if fmt == "tsv":  # the SPARQL 1.1 TSV results format: terms in their RDF syntax
        return t.n3() if t.kind != "bnode" else f"_:{t.value}"
    if fmt == "csv":  # the SPARQL 1.1 CSV results format: full IRIs and lexical forms
        return t.value
    return t.short if t.kind == "iri" else t.value


def _json_term(t) -> dict:
    d = {"type": {"iri": "uri"}.get(t.kind, t.kind), "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype:
        d["datatype"] = t.datatype
    return d


def sparql_table(result, fmt: str = "table") -> str:
    """A SELECT answer (a :class:`srkg.sparql.results.Table`) in one of :data:`TABLE_FORMATS`.

    ``json`` is the SPARQL 1.1 JSON results format; ``csv`` and ``tsv`` those of SPARQL 1.1.
    """
    if fmt == "json":
        doc = {"head": {"vars": list(result.variables)},
               "results": {"bindings": [{k: _json_term(v) for k, v in r.items() if v is not None} for r in result]}}
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    header = ["?" + v for v in result.variables] if fmt == "tsv" else list(result.variables)
    return table(header, ([_cell(r[v], fmt) for v in result.variables] for r in result), fmt)


def ask_answer(answer: bool, fmt: str | None = None) -> str:
    """An ASK answer: ``true``/``false``, or SPARQL 1.1 JSON results for ``json``."""
    word = "true" if answer else "false"
    return '{"head": {}, "boolean": %s}\n' % word if fmt == "json" else word + "\n"


def query_listing(catalogue) -> str:
    """``srkg query --list``: each stored query with its form, summary and parameters."""
    lines = []
    for q in catalogue:
        lines.append(f"{q.name}  [{q.form.upper()}]  {q.summary}")
        for p in q.params:
            desc = f": {p.description}" if p.description else ""
            lines.append(f"    --param {p.describe()}{desc}")
    lines.append(f"({len(catalogue)} stored queries)")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------
FINDING_COLUMNS = ("level", "code", "subject", "message")


def findings(found: Sequence, fmt: str = "text") -> str:
    """The findings of ``srkg check`` (:class:`srkg.quality.findings.Finding`) in one of :data:`FINDING_FORMATS`.

    ``text`` is one line a finding (level, code, subject: message); ``json`` a list of objects.
    """
    if fmt == "text":
        return "".join(f.line() + "\n" for f in found)
    if fmt == "json":
        return json.dumps([{c: getattr(f, c) for c in FINDING_COLUMNS} for f in found], ensure_ascii=False,
                          indent=1) + "\n"
    if fmt not in FINDING_FORMATS:
        raise ValueError(f"unknown report format {fmt!r}")
    return table(FINDING_COLUMNS, ([getattr(f, c) for c in FINDING_COLUMNS] for f in found), fmt)
