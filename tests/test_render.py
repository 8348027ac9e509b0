"""The one rendering module: CSV quoting, Markdown escaping, text tables, JSON results, findings.

Values are chosen to break a naive writer: commas, double quotes, line breaks and pipes.
Each output is read back with an independent reader (the csv module, a Markdown row split on
unescaped pipes, json) and must give the values that went in.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from srkg import render
from srkg.quality.findings import Finding
from srkg.sparql.results import Row, Table, Term

NASTY = ['plain', 'a, b', 'say "hi"', 'two\nlines', 'a | b', '"quoted, and | piped"', '']


def _table(values):
    rows = [Row({"x": Term("literal", v), "n": Term("literal", str(i), "http://www.w3.org/2001/XMLSchema#integer")})
            for i, v in enumerate(values)]
    return Table(("x", "n"), rows)


def _markdown_cells(line: str) -> list[str]:
    """A Markdown table row's cells: split on pipes not escaped by a backslash."""
    assert line.startswith("| ") and line.endswith(" |"), line
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line[1:-1])]


def test_csv_field_quotes_only_what_needs_quoting():
    assert render.csv_field("plain") == "plain"
    assert render.csv_field("a, b") == '"a, b"'
    assert render.csv_field('say "hi"') == '"say ""hi"""'
    assert render.csv_field("two\nlines") == '"two\nlines"'
    assert render.csv_field("cr\rhere") == '"cr\rhere"'


def test_csv_reads_back_to_the_values_written():
    out = render.sparql_table(_table(NASTY), "csv")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == ["x", "n"]
    assert [r[0] for r in rows[1:]] == NASTY
    assert [r[1] for r in rows[1:]] == [str(i) for i in range(len(NASTY))]
    assert out.endswith("\r\n") and "\r\n" in out  # RFC 4180 line ends


def test_markdown_escapes_pipes_so_each_row_keeps_its_cells():
    out = render.sparql_table(_table(NASTY), "markdown")
    lines = out.splitlines()
    assert lines[0] == "| x | n |" and lines[1] == "|---|---|"
    assert len(lines) == 2 + len(NASTY), "a value's line break must not break the row"
    for line, value, i in zip(lines[2:], NASTY, range(len(NASTY))):
        assert _markdown_cells(line) == [" ".join(value.split()), str(i)]


def test_markdown_cell():
    assert render.markdown_cell("a | b") == "a \\| b"
    assert render.markdown_cell("two\nlines") == "two lines"


def test_text_table_aligns_truncates_and_counts():
    long = "x" * 100
    out = render.table(["name", "n"], [["a", "1"], [long, "22"]], "table")
    lines = out.splitlines()
    assert lines[0].split() == ["name", "n"] and set(lines[1].replace(" ", "")) == {"-"}
    assert lines[3].startswith("x" * (render.MAX_WIDTH - 1) + "…")
    assert lines[2].index("1") == lines[3].index("22") == lines[0].rindex("n") == render.MAX_WIDTH + 2
    assert lines[-1] == "(2 rows)"
    assert render.table(["a"], [["1"]], "table").splitlines()[-1] == "(1 row)"


def test_tsv_uses_rdf_term_syntax():
    out = render.sparql_table(_table(['a\tb']), "tsv")
    assert out.splitlines() == ["?x\t?n", '"a\\tb"\t"0"^^<http://www.w3.org/2001/XMLSchema#integer>']


def test_json_is_sparql_results_json():
    t = Table(("a", "b"), [Row({"a": Term("iri", "urn:x"), "b": Term("literal", "v", None, "en")}),
                           Row({"a": None, "b": Term("literal", "1", "http://www.w3.org/2001/XMLSchema#integer")})])
    doc = json.loads(render.sparql_table(t, "json"))
    assert doc["head"] == {"vars": ["a", "b"]}
    assert doc["results"]["bindings"] == [
        {"a": {"type": "uri", "value": "urn:x"}, "b": {"type": "literal", "value": "v", "xml:lang": "en"}},
        {"b": {"type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]
    assert json.loads(render.ask_answer(True, "json")) == {"head": {}, "boolean": True}
    assert render.ask_answer(False) == "false\n"


FINDINGS = [Finding("ERROR", "label-missing", "srkg:A", 'has no label, "none" | at all'),
            Finding("WARN", "domain-missing", "srkg:p", "property has no rdfs:domain")]


@pytest.mark.parametrize("fmt", render.FINDING_FORMATS)
def test_findings_in_every_format_read_back(fmt):
    out = render.findings(FINDINGS, fmt)
    want = [[f.level, f.code, f.subject, f.message] for f in FINDINGS]
    if fmt == "text":
        assert out.splitlines() == [f.line() for f in FINDINGS]
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(out, newline=""))) == [list(render.FINDING_COLUMNS)] + want
    elif fmt == "markdown":
        assert [_markdown_cells(line) for line in out.splitlines()[2:]] == want
    else:
        assert [[d[c] for c in render.FINDING_COLUMNS] for d in json.loads(out)] == want


def test_unknown_formats_are_refused():
    with pytest.raises(ValueError):
        render.table(["a"], [], "html")
    with pytest.raises(ValueError):
        render.findings(FINDINGS, "html")
