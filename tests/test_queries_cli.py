"""``srkg query`` in-process: formats, parameters, refusals, one-line errors with exit 2."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from srkg.sparql import queries
from srkg.cli import main
from srkg.errors import UsageError

SR = queries.PREFIXES["sr"]


def cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code, out, err):
    assert code == 2, (code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("srkg: error: "), err
    assert "Traceback" not in err
    return lines[0]


# ---------------------------------------------------------------------------
# The happy paths
# ---------------------------------------------------------------------------
def test_list_shows_names_summaries_and_parameters(capsys):
    code, out, _ = cli(capsys, "query", "--list")
    assert code == 0
    for q in queries.catalogue():
        assert q.name in out and q.summary in out
    assert "--param type (iri, required), e.g. sr:Alliance" in out
    assert f"({len(queries.names())} stored queries)" in out


def test_table_output(capsys):
    code, out, _ = cli(capsys, "query", "characterizations-by-type", "--param", "type=sr:Alliance")
    assert code == 0
    assert out.splitlines()[0].split()[:2] == ["work", "workLabel"]
    assert "sr:Blank2020" in out and "sr:Lukin2021" in out and "(3 rows)" in out


def test_csv_output(capsys):
    code, out, _ = cli(capsys, "query", "characterizations-by-type", "-p", "type=sr:Alliance", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {(r["work"], r["type"]) for r in rows} == {(SR + "Blank2020", SR + "Alliance"),
                                                      (SR + "Blank2020", SR + "DeFactoAlliance"),
                                                      (SR + "Lukin2021", SR + "Alliance")}


def test_tsv_output_uses_rdf_term_syntax(capsys):
    code, out, _ = cli(capsys, "query", "works-by-year", "--format", "tsv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "?year\t?works"
    assert '"2020"^^<http://www.w3.org/2001/XMLSchema#gYear>\t"12"^^<http://www.w3.org/2001/XMLSchema#integer>' in lines


def test_json_output_is_sparql_results_json(capsys):
    code, out, _ = cli(capsys, "query", "co-citation", "-p", "work=sr:Wishnick2017", "-f", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["head"]["vars"] == ["workA", "workB", "groups"]
    assert len(doc["results"]["bindings"]) == 3
    assert doc["results"]["bindings"][0]["workA"]["type"] == "uri"


def test_markdown_output(capsys):
    code, out, _ = cli(capsys, "query", "coauthors", "-p", "person=sr:AlexanderKorolev", "-f", "markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "| coauthor | shared | works |" and lines[1] == "|---|---|---|"
    assert lines[2].startswith("| sr:VitaliiPortyakov | 1 |")


def test_ask_prints_true_or_false(capsys):
    code, out, _ = cli(capsys, "query", "is-characterized-as", "-p", "work=sr:Blank2020", "-p", "type=sr:Alliance")
    assert (code, out) == (0, "true\n")
    code, out, _ = cli(capsys, "query", "is-characterized-as", "-p", "work=sr:Cox2016", "-p", "type=sr:Alliance")
    assert (code, out) == (0, "false\n")


def test_construct_writes_turtle_and_jsonld(capsys):
    import pyoxigraph as ox

    code, out, _ = cli(capsys, "query", "work-subgraph", "-p", "work=sr:Korolev2020")
    assert code == 0
    triples = list(ox.parse(out.encode(), format=ox.RdfFormat.TURTLE))
    assert any(t.object == ox.Literal("10.1057/s41311-019-00178-8") for t in triples)
    code, out2, _ = cli(capsys, "query", "work-subgraph", "-p", "work=sr:Korolev2020", "--format", "jsonld")
    assert code == 0
    assert len(list(ox.parse(out2.encode(), format=ox.RdfFormat.JSON_LD))) == len(triples)


def test_full_iri_and_angle_brackets_are_accepted(capsys):
    a = cli(capsys, "query", "coauthors", "-p", f"person={SR}AlexanderKorolev", "-f", "csv")
    b = cli(capsys, "query", "coauthors", "-p", f"person=<{SR}AlexanderKorolev>", "-f", "csv")
    c = cli(capsys, "query", "coauthors", "-p", "person=sr:AlexanderKorolev", "-f", "csv")
    assert a == b == c and a[0] == 0


def test_own_query_file(capsys, tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("PREFIX srkg: <https://w3id.org/srkg/ontology#>\n"
                 "SELECT ?w WHERE { ?w srkg:publicationYear ?y FILTER(STR(?y) = STR(?_year)) } ORDER BY ?w\n")
    code, out, _ = cli(capsys, "query", "--file", str(f), "-p", "year=2003", "-f", "csv")
    assert code == 0 and out.splitlines()[1:] == [SR + "DonaldsonDonaldson2003"]


def test_python_one_liner():
    rows = queries.select("characterizations-by-type", type="sr:Alliance")
    assert isinstance(rows, queries.Table) and rows.variables[0] == "work"
    assert {r.work.short for r in rows} == {"sr:Blank2020", "sr:Lukin2021"}
    assert queries.ask("is-characterized-as", work="sr:Blank2020", type="sr:DeFactoAlliance") is True
    assert all(len(t) == 3 for t in queries.construct("work-subgraph", work="sr:Cox2016"))


def test_verbs_refuse_the_wrong_form():
    with pytest.raises(UsageError, match="ASK"):
        queries.select("is-characterized-as", work="sr:Blank2020", type="sr:Alliance")
    with pytest.raises(UsageError, match="SELECT"):
        queries.ask("reference-list")


# ---------------------------------------------------------------------------
# Injection attempts are refused before any query runs
# ---------------------------------------------------------------------------
INJECTIONS = [
    "> } DROP ALL {",
    "sr:Russia> } ; DROP ALL ; SELECT * { <x",
    "https://w3id.org/srkg/id/Russia> } UNION { ?s ?p ?o",
    "sr:Russia }",
    'http://x/"}',
    "javascript:alert(1)",
    "Russia",
    "",
    "sr:",
    "nope:Russia",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_iri_parameter_refuses_injection(capsys, value):
    line = one_line_error(*cli(capsys, "query", "characterizations-by-type", "-p", f"type={value}"))
    assert "type" in line


@pytest.mark.parametrize("value", ["1990; DROP ALL", "1e3", "nineteen", "19 90", ""])
def test_integer_parameter_refuses_non_integers(capsys, value):
    if value == "":  # an empty optional value means "not given"
        assert cli(capsys, "query", "chronology", "-p", f"from={value}")[0] == 0
        return
    one_line_error(*cli(capsys, "query", "chronology", "-p", f"from={value}"))


def test_string_parameter_is_bound_not_pasted(capsys):
    # A string full of SPARQL syntax is just a string to look for: no error, no rows.
    code, out, _ = cli(capsys, "query", "search-labels", "-p", 'text=") } DROP ALL { ("', "-f", "csv")
    assert code == 0 and out.splitlines() == ["resource,label"]
    code, out, _ = cli(capsys, "query", "search-labels", "-p", 'text=Treaty" || "x', "-f", "csv")
    assert code == 0 and out.splitlines() == ["resource,label"]


def test_values_row_escapes_strings():
    q = queries.get("search-labels")
    text = queries.with_values(q.text, queries.bind(q, {"text": 'a"b\\c\n} DROP ALL {'}))
    assert '"a\\"b\\\\c\\n} DROP ALL {"' in text
    import pyoxigraph as ox

    assert list(ox.Store().query(text)) == []  # it still parses as one string


# ---------------------------------------------------------------------------
# Names never reach the file system
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "checks/claim-without-evidence-violation",
                                  "reference-list.rq", "..", "characterizations-by-type/../reference-list"])
def test_name_is_resolved_against_the_catalogue_only(capsys, name):
    line = one_line_error(*cli(capsys, "query", name))
    assert "no stored query named" in line


def test_unknown_name_lists_the_closest(capsys):
    line = one_line_error(*cli(capsys, "query", "characterisations-by-type"))
    assert "did you mean characterizations-by-type" in line
    line = one_line_error(*cli(capsys, "query", "co-citations"))
    assert "co-citation" in line


# ---------------------------------------------------------------------------
# Other bad input: one line, exit 2
# ---------------------------------------------------------------------------
def test_missing_required_parameter(capsys):
    line = one_line_error(*cli(capsys, "query", "characterizations-by-type"))
    assert "needs parameter 'type'" in line and "sr:Alliance" in line


def test_unknown_parameter(capsys):
    line = one_line_error(*cli(capsys, "query", "reference-list", "-p", "colour=red"))
    assert "no parameter 'colour'" in line


def test_malformed_param_option(capsys):
    line = one_line_error(*cli(capsys, "query", "reference-list", "-p", "work"))
    assert "NAME=VALUE" in line


def test_enumerated_parameter_outside_its_values(capsys):
    line = one_line_error(*cli(capsys, "query", "vocabulary", "-p", "scheme=sr:Russia"))
    assert "not one of" in line


def test_name_and_file_together_or_neither(capsys, tmp_path):
    one_line_error(*cli(capsys, "query"))
    f = tmp_path / "q.rq"
    f.write_text("ASK { ?s ?p ?o }")
    one_line_error(*cli(capsys, "query", "reference-list", "--file", str(f)))


@pytest.mark.parametrize("text", ["SELECT ?x WHERE { ?x ?p }", "SELEKT * WHERE { ?s ?p ?o }", "ASK { ?s ?p ?o ",
                                  "\x00\x01", "PREFIX x: <urn:x#>"])
def test_query_file_that_does_not_parse(capsys, tmp_path, text):
    f = tmp_path / "bad.rq"
    f.write_text(text)
    one_line_error(*cli(capsys, "query", "--file", str(f)))


def test_query_file_missing_or_not_utf8(capsys, tmp_path):
    one_line_error(*cli(capsys, "query", "--file", str(tmp_path / "nope.rq")))
    f = tmp_path / "latin1.rq"
    f.write_bytes("SELECT ?x WHERE { ?x ?p \"caf\xe9\" }".encode("latin-1"))
    one_line_error(*cli(capsys, "query", "--file", str(f)))


def test_bad_yaml_header_in_own_file(capsys, tmp_path):
    f = tmp_path / "hdr.rq"
    f.write_text("#+ summary: a: b: c\n#+  - [\nASK { ?s ?p ?o }\n")
    line = one_line_error(*cli(capsys, "query", "--file", str(f)))
    assert "header" in line


def test_wrong_format_for_the_form(capsys):
    one_line_error(*cli(capsys, "query", "work-subgraph", "-p", "work=sr:Cox2016", "-f", "csv"))
    one_line_error(*cli(capsys, "query", "reference-list", "-f", "turtle"))
    one_line_error(*cli(capsys, "query", "reference-list", "-f", "yaml"))


@pytest.mark.parametrize("url", ["ftp://example.org/sparql", "not a url", "http://"])
def test_endpoint_url_must_be_http(capsys, url):
    line = one_line_error(*cli(capsys, "query", "reference-list", "--endpoint", url))
    assert "endpoint" in line


def test_endpoint_that_refuses_the_connection(capsys):
    import socket

    with socket.socket() as s:  # a port that nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    line = one_line_error(*cli(capsys, "query", "reference-list", "--endpoint", f"http://127.0.0.1:{port}/query",
                               "--timeout", "2"))
    assert "cannot reach" in line


def test_data_file_that_does_not_parse(capsys, tmp_path):
    root = tmp_path / "data"
    (root / "ontology").mkdir(parents=True)
    (root / "instances").mkdir()
    (root / "queries").mkdir()
    (root / "ontology" / "o.ttl").write_text("@prefix x: <urn:x#> .\nx:a x:b x:c .\n")
    (root / "instances" / "bad.ttl").write_text("@prefix x: <urn:x#> .\nx:a x:b .\n")
    (root / "queries" / "all.rq").write_text("#+ summary: all\nSELECT ?s WHERE { ?s ?p ?o }\n")
    line = one_line_error(*cli(capsys, "query", "all", "--root", str(root)))
    assert "bad.ttl" in line and "syntax error" in line


def test_cold_process_end_to_end(tmp_path):
    """The installed command, in a fresh process, without rdflib, pyshacl, owlready2 or yaml on its path."""
    probe = ("import sys, srkg.cli\n"
             "code = srkg.cli.main(['query', 'coauthors', '-p', 'person=sr:AlexanderKorolev', '-f', 'csv'])\n"
             "heavy = sorted(m for m in ('rdflib', 'pyshacl', 'owlready2', 'yaml', 'SPARQLWrapper') if m in sys.modules)\n"
             "print('LOADED', heavy, file=sys.stderr)\n"
             "sys.exit(code)\n")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1].startswith(SR + "VitaliiPortyakov")
    assert "LOADED []" in r.stderr, r.stderr
