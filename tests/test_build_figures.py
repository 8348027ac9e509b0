"""The figures' data: the stored figure queries answer what the article says.

Expectations are written by hand from the article (Bossuyt & Kaczmarek 2021), never copied from
the output of the code. The pictures themselves are checked in test_build.py; here we test the
rows they are drawn from, and that the drawing functions draw those rows and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from srkg import paths
from srkg.errors import SrkgError
from srkg.release.figures import (present_year, FIGURES, axis_segments, draw_timeline, figure_query_files,
                          literature_map_data, make_figures, network_data, read_header, run_figure_query,
                          timeline_data)
from srkg.rdf.reader import load_store

SR = "https://w3id.org/srkg/id/"


@pytest.fixture(scope="module")
def store():
    return load_store(paths.ontology_files() + paths.instance_files())


@pytest.fixture(scope="module")
def timeline(store):
    return timeline_data(store)


@pytest.fixture(scope="module")
def literature(store):
    return literature_map_data(store)


@pytest.fixture(scope="module")
def network(store):
    return network_data(store)


# ---------------------------------------------------------------------------
# The stored queries themselves
# ---------------------------------------------------------------------------
def test_every_figure_has_a_stored_query_with_a_grlc_header():
    files = figure_query_files()
    assert sorted(f.stem for f in files) == sorted(FIGURES)
    for f in files:
        text = f.read_text(encoding="utf-8")
        header = read_header(text)
        assert header.get("summary") and header.get("description"), f.name
        assert "figures" in header.get("tags", []), f.name
        ox.Store().query(text)  # parses (raises SyntaxError otherwise)


def test_a_missing_figure_query_is_an_error(store):
    with pytest.raises(SrkgError, match="no figure query named"):
        run_figure_query(store, "no-such-figure")


# ---------------------------------------------------------------------------
# Timeline: from the Nerchinsk Treaty (1689) to 2021
# ---------------------------------------------------------------------------
def test_timeline_starts_with_the_nerchinsk_treaty_of_1689(timeline):
    first = min(timeline, key=lambda i: i.start)
    assert first.start == 1689 and first.instant and first.kind == "Treaty"
    assert "Nerchinsk" in first.label


def test_timeline_holds_the_milestones_of_the_article(timeline):
    def find(word, start):
        hits = [i for i in timeline if word.lower() in i.label.lower() and int(i.start) == start]
        assert hits, f"no item with {word!r} starting in {start}"
        return hits[0]

    treaty_1950 = find("treaty", 1950)  # "an alliance treaty of 1950"
    assert treaty_1950.kind == "Treaty" and treaty_1950.instant
    split = [i for i in timeline if i.expression == "early 1960s"]  # "the breakup ... in the early 1960s"
    assert split and not split[0].instant and 1960 <= split[0].start and split[0].end <= 1963.99
    june_2001 = [i for i in timeline if i.expression and "June 2001" in i.expression and i.kind == "Treaty"]
    assert june_2001 and 2001 < june_2001[0].start < 2002  # "the good neighborhood treaty in June 2001"
    crimea = find("Crimea", 2014)  # "Russia's 2014 annexation of Crimea"
    assert crimea.instant
    find("exercise", 2005)  # "the first joint military exercises taking place in 2005 and 2007"
    find("exercise", 2007)
    crisis = [i for i in timeline if i.kind == "Crisis"]  # "The 2008-2009 global economic crisis"
    assert crisis and crisis[0].start == 2008 and crisis[0].end == 2009


# "Received 21 December 2021", "Accepted 23 December 2021": the article's present, where open phases end
ARTICLE_PRESENT = 2021


def test_the_present_is_the_articles_year_read_from_the_data(store):
    assert present_year(store) == ARTICLE_PRESENT


def test_timeline_phases_and_bounds(timeline):
    phases = [i for i in timeline if i.is_phase]
    assert len(phases) >= 4
    assert all(1689 <= i.start <= ARTICLE_PRESENT for i in timeline)
    assert all(i.end is None or i.start <= i.end <= ARTICLE_PRESENT for i in timeline)
    # the alliance of the 1950s is a phase that ends with the split of the early 1960s
    alliance = [p for p in phases if p.start == 1950]
    assert alliance and alliance[0].end is not None and 1960 <= alliance[0].end <= 1963
    # phases come first, then events, each group in time order
    kinds = [i.is_phase for i in timeline]
    assert kinds == sorted(kinds, reverse=True)
    events = [i.start for i in timeline if not i.is_phase]
    assert events == sorted(events)


def test_timeline_axis_is_broken_between_1689_and_the_twentieth_century(timeline):
    segments = axis_segments(timeline, present=ARTICLE_PRESENT)
    assert segments[0][0] <= 1689 <= segments[0][1] < 1800
    assert segments[-1][0] <= 1950 and segments[-1][1] >= ARTICLE_PRESENT


TINY = """
@prefix srkg: <https://w3id.org/srkg/ontology#> . @prefix sr: <https://w3id.org/srkg/id/> .
@prefix time: <http://www.w3.org/2006/time#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
srkg:Treaty rdfs:subClassOf srkg:Event .
sr:R a srkg:Relationship ; rdfs:label "r"@en .
sr:T a srkg:Treaty ; rdfs:label "a treaty"@en ; srkg:inRelationship sr:R ;
    srkg:hasTime [ a time:Instant ; time:inXSDgYearMonth "2001-06"^^xsd:gYearMonth ; srkg:timeExpression "June 2001" ] .
sr:P a srkg:RelationshipPhase ; rdfs:label "an open phase"@en ; srkg:phaseOf sr:R ;
    srkg:hasTime [ a time:Interval ; time:hasBeginning [ a time:Instant ; time:inXSDgYear "2008"^^xsd:gYear ] ] .
sr:U a srkg:Treaty ; rdfs:label "undated"@en ; srkg:inRelationship sr:R ;
    srkg:hasTime [ a time:Instant ; srkg:timeExpression "once" ] .
sr:Q a srkg:Treaty ; rdfs:label "in no relationship"@en ;
    srkg:hasTime [ a time:Instant ; time:inXSDgYear "1990"^^xsd:gYear ] .
"""


def test_timeline_rows_come_from_the_query_over_the_given_graph(tmp_path):
    tiny = ox.Store()
    tiny.load(TINY.encode(), format=ox.RdfFormat.TURTLE)
    items = {i.label: i for i in timeline_data(tiny)}
    assert set(items) == {"a treaty", "an open phase"}  # undated and unrelated items are left out
    assert items["a treaty"].instant and 2001 < items["a treaty"].start < 2002
    assert items["an open phase"].is_phase and items["an open phase"].end is None
    written = draw_timeline(list(items.values()), tmp_path / "t")
    assert [p.suffix for p in written] == [".png", ".svg"]
    svg = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "a treaty" in svg and "an open phase" in svg and "undated" not in svg


# ---------------------------------------------------------------------------
# Literature map: who calls the relationship what, from which theory
# ---------------------------------------------------------------------------
# (work, term) pairs written by hand from the article's literature review
TYPES = {
    ("Korolev2020", "StrategicAlignment"),  # "Korolev (2020) ... in terms of strategic alignment"
    ("Blank2020", "DeFactoAlliance"),  # "Blank (2020) reads Sino-Russian relations as a de facto alliance"
    ("Bobo2008", "AxisOfConvenience"),  # "the term 'axis of convenience' (Bobo 2008)"
    ("Cox2016", "StrategicPartnership"),  # "strategic partnership (Cox 2016; Haynes 2020)"
    ("Haynes2020", "StrategicPartnership"),
    ("Ambrosio2017", "Alignment"),  # "alignment (Ambrosio 2017; Korolev 2020)"
    ("Lukin2021", "Alliance"),  # "alliance (Blank 2020; Lukin 2021)"
}
THEORIES = {
    ("Flikke2016", "Constructivism"), ("Wishnick2017", "Constructivism"),  # "constructivist (Flikke 2016; Wishnick 2017)"
    ("Larson2020", "StatusTheory"),  # "status (Krickovic and Zhang 2020; Larson 2020)"
    ("Skalamera2018b", "DomesticPolitics"),  # "domestic-political (Skalamera 2018b; Wilson 2019)"
    ("Paikin2021", "EnglishSchool"),  # "English School-based (Paikin 2021; Lukin and Novikov 2021)"
}


def test_literature_map_has_who_calls_the_relationship_what(literature):
    pairs = {(e.work.removeprefix(SR), e.term.removeprefix(SR)) for e in literature if e.kind == "relationship type"}
    assert TYPES <= pairs, TYPES - pairs


def test_literature_map_has_which_theory(literature):
    pairs = {(e.work.removeprefix(SR), e.term.removeprefix(SR)) for e in literature if e.kind == "theory"}
    assert THEORIES <= pairs, THEORIES - pairs


def test_literature_map_labels_and_years(literature):
    by_work = {e.work.removeprefix(SR): e for e in literature}
    assert (by_work["Korolev2020"].work_label, by_work["Korolev2020"].year) == ("Korolev 2020", 2020)
    assert (by_work["Bobo2008"].work_label, by_work["Bobo2008"].year) == ("Bobo 2008", 2008)
    assert by_work["Skalamera2018b"].work_label == "Skalamera 2018b"
    assert by_work["KorolevPortyakov2019"].work_label == "Korolev & Portyakov 2019"
    years = [e.year for e in literature if e.year is not None]
    assert years == sorted(years) and min(years) == 2008  # Bobo 2008 is the oldest characterization
    # the axis of convenience is said of the Russia-China relationship, not of the Sino-Soviet one
    bobo = [e for e in literature if e.work == SR + "Bobo2008" and e.kind == "relationship type"]
    assert bobo and not any(e.other_relationship for e in bobo)


# ---------------------------------------------------------------------------
# Actor network
# ---------------------------------------------------------------------------
EDGES = {
    ("RussiaChinaRelationship", "hasParty", "Russia"),
    ("RussiaChinaRelationship", "hasParty", "China"),
    ("SinoSovietRelationship", "hasParty", "SovietUnion"),  # "the Sino-Soviet relationship"
    ("SinoSovietRelationship", "predecessorOf", "RussiaChinaRelationship"),  # "from Sino-Soviet to Sino-Russian"
    ("VladimirPutin", "leaderOf", "Russia"),
    ("XiJinping", "leaderOf", "China"),  # "the selection of Xi Jinping as China's leader"
    ("PolarSilkRoad", "targetsRegion", "Arctic"),  # "the Polar Silk Road" (Kruessmann shifts the focus to the Arctic)
}


def test_network_has_the_hand_written_edges(network):
    edges = {(e.source.removeprefix(SR), e.relation, e.target.removeprefix(SR)) for e in network}
    assert EDGES <= edges, EDGES - edges


def test_network_edges_are_unique_and_hold_no_events(network):
    keys = [(e.source, e.relation, e.target) for e in network]
    assert len(keys) == len(set(keys)) > 10
    events = {"Event", "Treaty", "Agreement", "MilitaryExercise", "Crisis", "Conference", "PoliticalEvent"}
    for e in network:
        assert not events & set(e.source_classes) and not events & set(e.target_classes), e
    relations = {e.relation for e in network}
    assert {"partOf", "memberOf", "hasParty", "predecessorOf", "participant"} <= relations


def test_make_figures_refuses_an_empty_picture(tmp_path):
    with pytest.raises(SrkgError, match="returned no rows"):
        make_figures(tmp_path, store=ox.Store())
    assert not any(tmp_path.iterdir())


def test_the_readme_pictures_are_committed():
    folder = Path(__file__).resolve().parents[1] / "docs" / "figures"
    found = sorted(p.name for p in folder.glob("*.*"))
    assert found == sorted(f"{name}.{fmt}" for name in FIGURES for fmt in ("png", "svg"))
    assert all((folder / name).stat().st_size > 10_000 for name in found)
