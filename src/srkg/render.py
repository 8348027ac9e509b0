"""The one module that renders tables and reports: plain text, CSV, TSV, Markdown and JSON.

Query answers (``srkg query``) and the quality gate's findings (``srkg check``) are both
tables; both are written here, so CSV quoting (RFC 4180) and Markdown escaping live in
one place; so is the text and JSON of ``srkg validate``'s report.

>>> csv_field('say "hi", then go')
'"say ""hi"", then go"'
>>> markdown_cell("a | b")
'a \\\\| b'
>>> print(table(["name", "n"], [["a|b", "1"]], "markdown"), end="")
| name | n |
|---|---|
| a\\|b | 1 |

Only the standard library is imported here (the project prefixes, on first use).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

__all__ = ["TABLE_FORMATS", "csv_field", "markdown_cell", "table", "sparql_table", "ask_answer",
           "findings", "FINDING_FORMATS", "query_listing", "validation_text", "validation_json"]

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


def _term(s: str) -> str:
    """An IRI as a prefixed name; blank nodes and literals (already in N-Triples form) as they are."""
    from .rdf.reader import shorten

    return s if s.startswith("_:") or s.startswith('"') else shorten(s)


def _value(v: str) -> str:
    """A value: a literal with its datatype as a prefixed name, else as :func:`_term`."""
    from .rdf.reader import PREFIXES

    if v.startswith('"'):
        for ns_prefix, ns in PREFIXES.items():
            v = v.replace(f"^^<{ns}", f"^^{ns_prefix}:")
        if v.endswith(">") and "^^" in v:
            v = v[:-1]
        return v
    return _term(v)


def validation_text(rep) -> str:
    """A :class:`srkg.shacl.validate.ValidationReport`: results grouped by focus node, then a one-line summary."""
    lines = []
    current = None
    for r in rep.results:
        if r.focus != current:
            current = r.focus
            label = f'  "{r.focus_label}"' if r.focus_label else ""
            lines.append(f"{_term(r.focus)}{label}")
        where = _term(r.path) if r.path else "(the node itself)"
        val = f" = {_value(r.value)}" if r.value else ""
        lines.append(f"  {r.severity:<9} {where}{val}")
        lines.append(f"            {r.message}")
        src = _term(r.source_shape) if r.source_shape else "srkg validate"
        lines.append(f"            [{src}, {r.constraint_name}]")
    v, w, i = rep.count("Violation"), rep.count("Warning"), rep.count("Info")
    nodes = len({r.focus for r in rep.results})
    verdict = "conforms" if rep.conforms else "does not conform"
    note = getattr(rep, "engine_note", "")  # why another engine than the one asked for ran, if one did
    if note:
        lines.append(f"note: engine {rep.engine} ran, because {note}")
    lines.append(f"srkg validate: {verdict}: {v} violations, {w} warnings, {i} infos on {nodes} nodes "
                 f"({rep.triples} new triples, {rep.constraints} constraints, engine {rep.engine})")
    return "\n".join(lines) + "\n"


def validation_json(rep) -> str:
    """A validation report as one JSON object: the verdict, the counts and every result."""
    from dataclasses import asdict

    head = {"conforms": rep.conforms, "engine": rep.engine}
    if hasattr(rep, "engine_note"):
        head["engine_note"] = rep.engine_note
    return json.dumps({**head, "files": rep.files,
                       "triples": rep.triples, "violations": rep.count("Violation"),
                       "warnings": rep.count("Warning"), "infos": rep.count("Info"),
                       "results": [asdict(r) for r in rep.results]}, indent=2, ensure_ascii=False)
