"""Two articles at once: the project's data plus the synthetic second article (tests/articles/tester-2024/).

The second article is an article folder as a researcher would add one: its data (article.ttl),
its sources registry entry (source.ttl) and, outside the data, its text.  With both present,
check, validate, load, query, build and figures work; the first article's answers stay exact when
asked for that article (--article); removing the folder gives back today's answers.

Expected values for the second article are read off its text (tests/articles/tester-2024/tester-2024.txt):
  "The article argues that Russia and China have formed a de facto alliance since 2014."
  "In Central Asia, the article finds, the two powers divide labour rather than compete."
  "It closes with a call for research that combines area studies with international relations theory."
three claims with one quote each; the work is dated 2024, by Jane Tester, and uses realism.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from conftest import FIRST, SECOND
from srkg import paths
from srkg.cli import main
from srkg.quality.check import run_check
from srkg.sparql import queries
from srkg.sources import SourceTexts, project_registry

SR = "https://w3id.org/srkg/id/"
OTHER_TEXT = "sr:TestArticle2024-text"
SECOND_QUOTES = 3  # the three claims of the synthetic text, one quote each


def errors(result) -> list:
    return [f for f in result.findings if f.level == "ERROR"]


def codes(result, level: str) -> Counter:
    return Counter((f.code, f.subject) for f in result.findings if f.level == level)


# ---------------------------------------------------------------------------
# The sources registry
# ---------------------------------------------------------------------------
def test_every_project_article_records_its_text_in_its_own_folder():
    """Each instances/<article-id>/source.ttl: one rendition of a work whose record is in the same folder."""
    from srkg.rdf.reader import load_graph
    from rdflib import URIRef

    ids = paths.article_ids()
    assert FIRST in ids and paths.VOCABULARIES not in ids
    reg = project_registry()
    assert sorted(r.article for r in reg.values()) == ids, "one rendition per article folder"
    for r in reg.values():
        assert r.file_name and r.sha256 and r.length and r.licence and r.work, r
        folder = load_graph(paths.article_files(r.article))
        assert (URIRef(r.work), None, None) in folder, f"{r.article}: the work's record is not in its folder"


def test_the_registry_describes_both_texts(two_articles):
    from srkg.evidence import read_source, sha256_of

    reg = {r.article: r for r in project_registry(two_articles.root).values()}
    assert set(reg) == {FIRST, SECOND}
    # "Creative Commons Attribution-NonCommercial-NoDerivatives License (<http://creativecommons.org/licenses/by-nc-nd/4.0/>)"
    assert reg[FIRST].licence == "http://creativecommons.org/licenses/by-nc-nd/4.0/"
    assert reg[FIRST].work == SR + "BossuytKaczmarek2021" and reg[SECOND].work == SR + "TestArticle2024"
    for aid, text in ((FIRST, two_articles.first_text), (SECOND, two_articles.second_text)):
        assert reg[aid].file_name == text.name
        assert reg[aid].sha256 == sha256_of(text) and reg[aid].length == len(read_source(text))


def test_no_hash_or_length_constant_is_left_in_the_code():
    src = Path(paths.__file__).parent
    hits = [p for p in src.rglob("*.py") if "0e7fc9546139d22e" in p.read_text(encoding="utf-8")
            or "58833" in p.read_text(encoding="utf-8")]
    assert hits == []


# ---------------------------------------------------------------------------
# srkg check
# ---------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _in_memory_stores(monkeypatch):
    """Temporary roots need no on-disk store cache: parse into memory (fast for these small graphs)."""
    monkeypatch.setenv("SRKG_NO_CACHE", "1")


@pytest.fixture(scope="module")
def merged(two_articles):
    """The ontology and both articles' data, parsed once, and the sources registry."""
    from srkg.rdf.reader import load_graph
    from srkg.sources import article_of_renditions, registry

    g = load_graph(paths.ontology_files(two_articles.root) + paths.instance_files(two_articles.root))
    return g, registry(g, articles=article_of_renditions(two_articles.root))


def verify(merged, *sources):
    from srkg.quality.check import verify_evidence

    graph, reg = merged
    return verify_evidence(graph, SourceTexts.find(list(sources)), renditions=reg)


def test_check_passes_with_both_articles_and_both_texts(two_articles):
    """The whole gate, HermiT included, on both articles with both texts."""
    both = run_check(two_articles.root, source=[two_articles.texts], reasoner=True)
    assert errors(both) == [] and both.warnings == 0, [f.line() for f in both.findings if f.level != "INFO"]
    assert "HermiT: consistent" in both.reasoner
    assert "bossuyt-kaczmarek-2021.txt" in both.evidence and "tester-2024.txt" in both.evidence


def test_each_evidence_is_verified_against_its_own_text(two_articles, merged):
    """All selectors of both articles verified: the first article's own count plus the second's three quotes."""
    from srkg.rdf.reader import load_graph
    from srkg.quality.check import verify_evidence

    both = verify(merged, two_articles.texts)
    assert both.findings == [] and both.absent == []
    first_only = load_graph(paths.ontology_files() + paths.instance_files())
    alone = verify_evidence(first_only, SourceTexts.find([two_articles.first_text]))
    assert alone.findings == [] and alone.verified > 400
    assert both.verified == alone.verified + SECOND_QUOTES
    assert {p.name for p in both.used} == {"bossuyt-kaczmarek-2021.txt", "tester-2024.txt"}


def test_an_absent_text_is_one_warning_and_no_errors(two_articles, capsys):
    code = main(["check", "--root", str(two_articles.root), "--no-reasoner", "--source", str(two_articles.first_text)])
    out = capsys.readouterr().out
    assert code == 0, out
    warned = [line for line in out.splitlines() if line.startswith("WARN")]
    assert len(warned) == 1 and "source-text-absent" in warned[0] and OTHER_TEXT in warned[0]
    assert f"{SECOND_QUOTES} selectors not verified" in warned[0] and "tester-2024.txt" in warned[0]
    assert "0 errors, 1 warnings" in out and "no text given for sr:TestArticle2024-text" in out


def test_a_wrong_text_under_the_right_name_is_one_error_and_no_false_mismatches(two_articles, merged, tmp_path):
    wrong = tmp_path / "tester-2024.txt"
    wrong.write_text(two_articles.second_text.read_text(encoding="utf-8").replace("2014", "2015"), encoding="utf-8")
    res = verify(merged, two_articles.first_text, wrong)
    assert [(f.level, f.code, f.subject) for f in res.findings] == [("ERROR", "evidence-wrong-source", OTHER_TEXT)]
    assert "SHA-256" in res.findings[0].message


def test_a_mismatch_is_reported_against_the_evidence_own_text(two_articles, merged):
    """Shift one offset of the second article: only its claim fails, checked against its own text."""
    from rdflib import Literal, Namespace

    graph, reg = merged
    oa = Namespace("http://www.w3.org/ns/oa#")
    # "Russia and China have formed a de facto alliance since 2014" stands at 153-212 of the synthetic text
    [sel] = [s for s in graph.subjects(oa.start, Literal(153)) if (s, oa.end, Literal(212)) in graph]
    shifted = graph.__class__()
    shifted += graph
    shifted.set((sel, oa.start, Literal(154)))
    shifted.set((sel, oa.end, Literal(213)))
    res = verify((shifted, reg), two_articles.texts)
    assert [(f.code, f.subject) for f in res.findings] == [("evidence-mismatch", "sr:claim-TestArticle2024-alliance")]


def test_texts_from_a_folder_with_a_manifest(two_articles, tmp_path):
    folder = tmp_path / "downloads"
    (folder / "pdf-extracts").mkdir(parents=True)
    shutil.copy(two_articles.first_text, folder / "pdf-extracts" / "bk.txt")
    shutil.copy(two_articles.second_text, folder / "synthetic.txt")
    (folder / "manifest.yaml").write_text(
        "texts:\n  bossuyt-kaczmarek-2021: pdf-extracts/bk.txt\n  sr:TestArticle2024-text: synthetic.txt\n",
        encoding="utf-8")
    found = SourceTexts.find([folder])
    reg = project_registry(two_articles.root)
    resolved = {r.article: found.resolve(r).path.name for r in reg.values()}
    assert resolved == {FIRST: "bk.txt", SECOND: "synthetic.txt"}


def test_a_manifest_naming_a_missing_file_is_a_one_line_error(two_articles, tmp_path, capsys):
    (tmp_path / "manifest.yaml").write_text("texts:\n  tester-2024: nowhere.txt\n", encoding="utf-8")
    assert main(["check", "--root", str(two_articles.root), "--no-reasoner", "--source", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("srkg: error:")]
    assert len(lines) == 1 and "nowhere.txt" in lines[0] and "Traceback" not in err
    assert "parsing" not in err, "bad source locations fail before the files are parsed"
    (tmp_path / "manifest.yaml").write_text("texts: [unclosed\n", encoding="utf-8")
    assert main(["check", "--root", str(two_articles.root), "--no-reasoner", "--source", str(tmp_path)]) == 2
    assert "not valid YAML" in capsys.readouterr().err
    assert main(["check", "--root", str(two_articles.root), "--no-reasoner", "--source", str(tmp_path / "nope.txt")]) == 2
    assert "no such source text" in capsys.readouterr().err


def test_check_command_takes_several_sources(two_articles, capsys):
    code = main(["check", "--root", str(two_articles.root), "--no-reasoner", "-q",
                 "--source", str(two_articles.first_text), "--source", str(two_articles.second_text)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 errors, 0 warnings" in out


def test_environment_variables_name_the_texts(two_articles, monkeypatch):
    monkeypatch.setenv(paths.SOURCES_ENV, os.pathsep.join([str(two_articles.first_text), str(two_articles.second_text)]))
    monkeypatch.setenv(paths.SOURCE_ENV, str(two_articles.first_text))
    found = SourceTexts.find()
    assert {p.name for p in found.files} == {"bossuyt-kaczmarek-2021.txt", "tester-2024.txt"}
    monkeypatch.delenv(paths.SOURCES_ENV)  # the legacy variable: one text
    assert [p.name for p in SourceTexts.find().files] == ["bossuyt-kaczmarek-2021.txt"]
    monkeypatch.setenv(paths.SOURCES_ENV, str(two_articles.texts))  # a folder
    assert {p.name for p in SourceTexts.find().files} == {"bossuyt-kaczmarek-2021.txt", "tester-2024.txt"}


def test_a_text_that_is_no_rendition_is_a_warning(two_articles, merged, tmp_path):
    stray = tmp_path / "notes.txt"
    stray.write_text("my notes\n", encoding="utf-8")
    res = verify(merged, two_articles.texts, stray)
    assert [(f.level, f.code, f.subject) for f in res.findings] == [("WARN", "source-text-unused", "notes.txt")]


def test_evidence_pointing_at_no_rendition_is_an_error(merged, two_articles):
    from rdflib import Namespace, URIRef

    graph, reg = merged
    oa = Namespace("http://www.w3.org/ns/oa#")
    g = graph.__class__()
    g += graph
    ev = URIRef(SR + "ev-claim-TestArticle2024-agenda")
    g.set((ev, oa.hasSource, URIRef(SR + "TestArticle2024")))  # the work, not its text
    res = verify((g, reg), two_articles.texts)
    assert [(f.code, f.subject) for f in res.findings] == [("evidence-unknown-source", "sr:claim-TestArticle2024-agenda")]


# ---------------------------------------------------------------------------
# srkg validate
# ---------------------------------------------------------------------------
def test_validate_the_second_article_folder_against_its_text(two_articles):
    from srkg.shacl.validate import validate_files

    new = paths.article_files(SECOND, two_articles.root)
    base = [f for f in paths.instance_files(two_articles.root) if f not in new]
    ok = validate_files(new, source=[two_articles.texts], graph_files=base)
    assert ok.conforms and ok.results == [], ok.text
    # its text absent: conforms, with one warning on its rendition and no error
    absent = validate_files(new, source=[two_articles.first_text], graph_files=base)
    assert absent.conforms
    assert [(r.focus, r.severity) for r in absent.results] == [(SR + "TestArticle2024-text", "Warning")]


def test_validate_command_with_a_folder_of_texts(two_articles, capsys):
    files = [str(f) for f in paths.article_files(SECOND, two_articles.root)]
    assert main(["validate", "--source", str(two_articles.texts), *files]) == 0, capsys.readouterr().out


# ---------------------------------------------------------------------------
# srkg query, embedded
# ---------------------------------------------------------------------------
# "Blank (2020) reads Sino-Russian relations as a *de facto* alliance" (Bossuyt and Kaczmarek);
# "Russia and China have formed a de facto alliance since 2014" (the synthetic article)
DE_FACTO = {FIRST: {"Blank2020"}, SECOND: {"TestArticle2024"}}


def works(table) -> set[str]:
    return {r.work.value[len(SR):] for r in table}


@pytest.mark.parametrize("scope", [None, FIRST, SECOND])
def test_stored_queries_answer_across_articles_or_for_one(two_articles, scope):
    t = queries.select("characterizations-by-type", root=two_articles.root, scope=scope, type="sr:DeFactoAlliance")
    assert works(t) == (DE_FACTO[FIRST] | DE_FACTO[SECOND] if scope is None else DE_FACTO[scope])
    # "In Central Asia, the article finds, the two powers divide labour rather than compete."
    claims = queries.select("claims-about", root=two_articles.root, scope=scope, subject="sr:CentralAsia")
    assert (SR + "claim-TestArticle2024-central-asia" in {r.claim.value for r in claims}) == (scope != FIRST)
    # Jane Tester wrote one work, in 2024
    jane = queries.select("works-by-author", root=two_articles.root, scope=scope, person="sr:JaneTester")
    assert {(r.year.value, r.work.value) for r in jane} == (set() if scope == FIRST else {("2024", SR + "TestArticle2024")})


def test_query_command_article_option(two_articles, capsys):
    args = ["query", "--root", str(two_articles.root), "characterizations-by-type", "-p", "type=sr:DeFactoAlliance",
            "--format", "csv"]
    assert main(args + ["--article", SECOND]) == 0
    out = capsys.readouterr().out
    assert "TestArticle2024" in out and "Blank2020" not in out
    assert main(args + ["--article", "no-such-article"]) == 2
    err = capsys.readouterr().err
    assert "no-such-article" in err and FIRST in err and SECOND in err and "Traceback" not in err


# ---------------------------------------------------------------------------
# srkg load, and queries through the endpoint
# ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def loaded_two(two_articles, tmp_path_factory):
    from srkg.remote.serve import OxigraphServer

    server = OxigraphServer(location=tmp_path_factory.mktemp("two-store"), host="127.0.0.1", port=0,
                            union_default_graph=True).start()
    try:
        assert main(["load", "--endpoint", server.query_url, "--root", str(two_articles.root), "--timeout", "60",
                     "--no-progress"]) == 0
        yield server
    finally:
        server.stop()
        assert server.process.poll() is not None


def test_load_puts_each_article_in_its_own_named_graph(two_articles, loaded_two):
    from test_load import count, expected_count, graphs

    parts = paths.project_graphs(two_articles.root)
    assert {paths.article_graph(FIRST), paths.article_graph(SECOND), paths.VOCABULARIES_GRAPH} <= set(parts)
    assert graphs(loaded_two) == set(parts)
    for graph, files in parts.items():
        assert count(loaded_two, graph) == expected_count(files), graph
    assert count(loaded_two, "https://w3id.org/srkg/graph/article/tester-2024") == expected_count(
        paths.article_files(SECOND, two_articles.root))


@pytest.mark.parametrize("scope", [None, FIRST, SECOND])
def test_endpoint_answers_across_articles_or_for_one(two_articles, loaded_two, scope):
    t = queries.select("characterizations-by-type", endpoint=loaded_two.query_url, root=two_articles.root,
                       scope=scope, type="sr:DeFactoAlliance")
    assert works(t) == (DE_FACTO[FIRST] | DE_FACTO[SECOND] if scope is None else DE_FACTO[scope])
    embedded = queries.select("characterizations-by-type", root=two_articles.root, scope=scope,
                              type="sr:DeFactoAlliance")
    def rows(table):
        return sorted(tuple(sorted(r.items(), key=lambda kv: kv[0])) for r in table)
    assert rows(t) == rows(embedded)


# ---------------------------------------------------------------------------
# srkg build and the figures
# ---------------------------------------------------------------------------
def test_build_with_both_articles(two_articles, tmp_path):
    from rdflib import Dataset, Graph, URIRef

    from srkg.release.build import build_release

    out = tmp_path / "dist"
    build_release(out, root=two_articles.root, source=[two_articles.texts], reasoner=False, docs=False,
                  figures=True, date="2024-01-01")
    full = Graph().parse(out / "srkg-graph.nt", format="nt")
    assert (URIRef(SR + "TestArticle2024"), None, None) in full
    assert (URIRef(SR + "BossuytKaczmarek2021"), None, None) in full
    for name in ("literature-map", "timeline", "actor-network"):
        assert (out / "figures" / f"{name}.svg").stat().st_size > 1000
    ds = Dataset()
    ds.parse(out / "srkg-dataset.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {paths.article_graph(FIRST), paths.article_graph(SECOND), paths.VOCABULARIES_GRAPH} <= names


def test_figures_with_both_articles(two_articles):
    from srkg.rdf.reader import load_store
    from srkg.release.figures import literature_map_data, present_year, timeline_data

    store = load_store(paths.ontology_files(two_articles.root) + paths.instance_files(two_articles.root))
    assert present_year(store) == 2024  # the synthetic article's year is now the latest
    entries = literature_map_data(store)
    mine = {(e.year, e.work_label, e.kind, e.term.removeprefix(SR)) for e in entries
            if e.work == SR + "TestArticle2024"}
    # a de facto alliance (a claim of the article), realism (the work's own srkg:usesTheory)
    assert mine == {(2024, "Tester 2024", "relationship type", "DeFactoAlliance"),
                    (2024, "Tester 2024", "theory", "Realism")}
    # the main relationship is still read from the data, and it is the Russia-China one
    assert {e.main for e in entries} == {SR + "RussiaChinaRelationship"}
    assert not [e for e in entries if e.work == SR + "TestArticle2024" and e.other_relationship]
    assert timeline_data(store), "the timeline still has its events"


# ---------------------------------------------------------------------------
# Removing the second article restores today's answers
# ---------------------------------------------------------------------------
def _answers(root: Path | None):
    out = {}
    for q in queries.catalogue(root):
        params = {p.name: p.example for p in q.params if p.required}
        if q.form == "select":
            t = queries.select(q, root=root, **params)
            out[q.name] = Counter(tuple(sorted(r.items(), key=lambda kv: kv[0])) for r in t
                                  if not any(v is not None and v.kind == "bnode" for v in r.values()))
        elif q.form == "ask":
            out[q.name] = queries.ask(q, root=root, **params)
    return out


def test_removing_the_second_article_restores_todays_answers(two_articles, tmp_path):
    removed = two_articles.without_second(tmp_path)
    assert SECOND not in paths.article_ids(removed)
    today, after = _answers(None), _answers(removed)
    assert len(today) >= 20
    assert after == today
    with_second = _answers(two_articles.root)
    assert with_second["characterizations-by-type"] != today["characterizations-by-type"], \
        "the second article shows in the answers while it is there"


def test_a_rendition_in_any_file_of_the_folder_is_registered(two_articles, tmp_path):
    """srkg add writes the rendition into generated/article.ttl: the registry finds it there too."""
    root = tmp_path / "moved"
    shutil.copytree(two_articles.root, root)
    folder = root / "instances" / SECOND
    (folder / "generated").mkdir()
    (folder / "source.ttl").rename(folder / "generated" / "article-text.ttl")
    reg = {r.article: r.file_name for r in project_registry(root).values()}
    assert reg == {FIRST: "bossuyt-kaczmarek-2021.txt", SECOND: "tester-2024.txt"}


@pytest.mark.parametrize("graph", [paths.article_graph(SECOND), paths.VOCABULARIES_GRAPH])
def test_load_file_refuses_an_article_or_the_vocabularies_graph(graph, capsys):
    """A --file load replaces its graph whole: it must never wipe an article's or the vocabularies' graph."""
    new = Path(__file__).parent / "load" / "new-person.ttl"
    assert main(["load", "--endpoint", "http://127.0.0.1:9/query", "--file", str(new), "--graph", graph,
                 "--no-validate"]) == 2
    assert "graph of its own" in capsys.readouterr().err
