"""The scholarship layer (issue 3) against answers written by hand from the article.

Every expected value below was read off the source article
(../shared/source/bossuyt-kaczmarek-2021.txt) by a person, not copied from the
generator's output: the reference list in its printed order, the DOIs, the
in-text citations, the name variants, the special-issue articles and authors.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef

from srkg import paths
from srkg.evidence import Selector, locate, verify_selector

ROOT = Path(__file__).resolve().parents[1]
SCHOLARSHIP = ROOT / "instances" / "bossuyt-kaczmarek-2021" / "scholarship"
SR = Namespace("https://w3id.org/srkg/id/")
SRKG = Namespace("https://w3id.org/srkg/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
C4O = Namespace("http://purl.org/spar/c4o/")
CITO = Namespace("http://purl.org/spar/cito/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
TIME = Namespace("http://www.w3.org/2006/time#")
ART = SR.BossuytKaczmarek2021


# --------------------------------------------------------------------------- fixtures
def _source_path() -> Path:
    env = os.environ.get("SRKG_SOURCE")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "source" / "bossuyt-kaczmarek-2021.txt"


@pytest.fixture(scope="module")
def text() -> str:
    path = _source_path()
    if not path.is_file():
        pytest.skip(f"source text not found at {path} (set SRKG_SOURCE)")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def scholarship_files() -> list[Path]:
    files = sorted(SCHOLARSHIP.glob("*.ttl"))
    assert len(files) >= 5, f"expected the scholarship Turtle files under {SCHOLARSHIP}"
    return files


@pytest.fixture(scope="module")
def mine(scholarship_files) -> rdflib.Graph:
    """Only the scholarship layer's own files."""
    g = rdflib.Graph()
    for f in scholarship_files:
        g.parse(f, format="turtle")
    return g


@pytest.fixture(scope="module")
def g(scholarship_files) -> rdflib.Graph:
    """All of ontology/ and instances/ together, as the graph is published."""
    files = paths.ontology_files(ROOT) + paths.instance_files(ROOT)
    assert any(f in files for f in scholarship_files)
    assert any(f.name == "srkg.ttl" for f in files)
    graph = rdflib.Graph()
    for f in files:
        graph.parse(f, format=paths.rdf_format(f))
    return graph


def entries(g) -> dict[int, URIRef]:
    return {int(g.value(e, SRKG.position)): e for e in g.subjects(SRKG.entryIn, ART)}


def first_author(g, work) -> URIRef:
    for c in g.objects(work, SRKG.hasContribution):
        if (c, RDF.type, SRKG.Authorship) in g and int(g.value(c, SRKG.position)) == 1:
            return g.value(c, SRKG.contributor)
    raise AssertionError(f"{work} has no first author")


def authors(g, work) -> list[URIRef]:
    rows = [(int(g.value(c, SRKG.position)), g.value(c, SRKG.contributor))
            for c in g.objects(work, SRKG.hasContribution) if (c, RDF.type, SRKG.Authorship) in g]
    return [p for _, p in sorted(rows)]


def citations(g) -> list[URIRef]:
    out = set(g.subjects(RDF.type, SRKG.InTextCitation)) | set(g.subjects(RDF.type, SRKG.UnresolvedCitation))
    return [c for c in out if (c, SRKG.citedIn, ART) in g]


def by_content(g, content: str) -> list[URIRef]:
    return [c for c in citations(g) if str(g.value(c, C4O.hasContent)) == content]


# --------------------------------------------------------------------------- the reference list
# Read off the printed reference list, in order (the Korolev entries are printed 2019, 2016, 2020).
HAND_REFERENCE_LIST = [
    "Ambrosio2017", "AmbrosioSchramHeopfner2020", "Blank2020", "Bobo2008", "ChenYin2020", "Christoffersen2018",
    "Cox2016", "DonaldsonDonaldson2003", "Elgin2021", "Flikke2016", "Grant2020", "Hansen2013", "Hansen2016",
    "Haynes2020", "Kaczmarek2015", "Kaczmarek2017", "Kaczmarek2019", "Kaczmarek2020",
    "KazantsevMedvedevaSafranchuk2021", "KolosovZotova2021", "Korolev2019", "Korolev2016", "Korolev2020",
    "KorolevPortyakov2019", "KorostelevaPaikin2021", "Krickovic2017", "KrickovicZhang2020", "Kuhr2007",
    "Kuteleva2021", "Larson2020", "LarsonShevchenko2019", "LaruelleLuo2020", "Lewis2018", "LukinNovikov2021",
    "Lukin2021", "Luthi2010", "Odgaard2017", "Owen2020", "Paikin2021", "Pieper2021", "Radchenko2009",
    "Radchenko2014", "Rozman2014", "Samokhvalov2018", "SanticAntic2020", "Skalamera2018a", "Skalamera2018b",
    "SnetkovLanteigne2014", "Svarin2016", "Wilson2019", "Wilson2021", "Wishnick2001", "Wishnick2017",
    "XuReisinger2019", "Ying2018",
]
# The entries that print no DOI: the books, the two chapters, the policy memo and Wilson 2021.
HAND_NO_DOI = {"Bobo2008", "Elgin2021", "Hansen2013", "Hansen2016", "Kaczmarek2015", "Kuhr2007", "Kuteleva2021",
               "LarsonShevchenko2019", "LaruelleLuo2020", "Luthi2010", "Radchenko2009", "Radchenko2014",
               "Rozman2014", "Wilson2021", "Wishnick2001"}


def test_reference_list_has_55_entries_in_printed_order(g):
    es = entries(g)
    assert len(HAND_REFERENCE_LIST) == 55
    assert sorted(es) == list(range(1, 56))
    got = [g.value(es[i], SRKG.describesWork) for i in range(1, 56)]
    assert got == [SR[w] for w in HAND_REFERENCE_LIST]
    assert set(g.objects(ART, SRKG.hasReferenceEntry)) == set(es.values())


def test_forty_dois_exactly_as_printed(g):
    works = [SR[w] for w in HAND_REFERENCE_LIST]
    dois = {w: [str(d) for d in g.objects(w, SRKG.doi)] for w in works}
    assert sum(len(v) for v in dois.values()) == 40
    assert {w for w, v in dois.items() if not v} == {SR[w] for w in HAND_NO_DOI}
    assert all(len(v) <= 1 for v in dois.values())
    assert len({v[0] for v in dois.values() if v}) == 40
    # spot checks typed from the text
    assert dois[SR.Grant2020] == ["10.1016/j.polgeo.2019.102070"]
    assert dois[SR.Skalamera2018b] == ["10.1080/1060586X.2017.1418613"]
    assert dois[SR.DonaldsonDonaldson2003] == ["10.1046/j.0020-8833.2003.00285.x"]
    assert dois[SR.KolosovZotova2021] == ["10.1080/14650045.2021.1952184"]


def test_work_kinds_and_details(g):
    assert (SR.Bobo2008, RDF.type, SRKG.Book) in g
    assert (SR.LaruelleLuo2020, RDF.type, SRKG.PolicyMemo) in g
    assert (SR.Hansen2016, RDF.type, SRKG.BookChapter) in g
    assert (SR.Elgin2021, RDF.type, SRKG.BookChapter) in g
    book = g.value(SR.Elgin2021, SRKG.chapterOf)
    editors = sorted((int(g.value(c, SRKG.position)), str(g.value(g.value(c, SRKG.contributor), RDFS.label)))
                     for c in g.objects(book, SRKG.hasContribution) if (c, RDF.type, SRKG.Editorship) in g)
    assert editors == [(1, "Fabienne Bossuyt"), (2, "Bart Dessein")]
    # the editor Bossuyt is the article's first author: one person
    assert g.value(next(c for c in g.objects(book, SRKG.hasContribution)
                        if int(g.value(c, SRKG.position)) == 1), SRKG.contributor) == first_author(g, ART)
    assert str(g.value(SR.Grant2020, SRKG.pageStart)) == "102070"
    assert g.value(SR.Grant2020, SRKG.pageEnd) is None
    assert str(g.value(SR.KolosovZotova2021, SRKG.publicationStatus)) == "forthcoming"
    assert str(g.value(SR.LaruelleLuo2020, SRKG.seriesTitle)) == "PONARS Eurasia Policy Memo"
    assert str(g.value(SR.LaruelleLuo2020, SRKG.seriesNumber)) == "667"
    assert g.value(SR.LaruelleLuo2020, SRKG.issue) is None
    assert str(g.value(SR.Kaczmarek2015, SRKG.publicationPlace)) == "Abingdon; New York"
    assert g.value(SR.Skalamera2018a, SRKG.publicationYear) == Literal("2018", datatype=rdflib.XSD.gYear)
    assert str(g.value(g.value(SR.Korolev2020, SRKG.publishedIn), SRKG.title)) == "International Politics"
    assert [str(g.value(p, FOAF.familyName)) for p in authors(g, SR.AmbrosioSchramHeopfner2020)] == \
        ["Ambrosio", "Schram", "Heopfner"]


# --------------------------------------------------------------------------- citations
# Counted by hand in the body: 29 single pointers and 16 parentheses holding 39 pointers.
HAND_CITATIONS = 68
HAND_GROUPS = 16
# How often some entries are cited, counted by hand.
HAND_CITED_TIMES = {"Bobo2008": 2, "Wishnick2017": 3, "Larson2020": 3, "Korolev2020": 2, "Blank2020": 2,
                    "Ambrosio2017": 2, "Haynes2020": 2, "AmbrosioSchramHeopfner2020": 2, "XuReisinger2019": 2,
                    "Flikke2016": 2, "Kaczmarek2015": 1, "Hansen2016": 1, "Lukin2021": 1, "LukinNovikov2021": 1}


def test_citation_and_group_counts(g):
    assert len(citations(g)) == HAND_CITATIONS
    groups = [x for x in g.subjects(RDF.type, SRKG.CitationGroup) if (x, SRKG.citedIn, ART) in g]
    assert len(groups) == HAND_GROUPS
    sizes = Counter(len(list(g.subjects(SRKG.inGroup, x))) for x in groups)
    assert sizes == Counter({2: 10, 3: 5, 4: 1})


def test_every_reference_entry_is_cited(g):
    es = entries(g)
    targets = Counter(g.value(c, SRKG.resolvesTo) for c in citations(g))
    uncited = [i for i, e in es.items() if targets[e] == 0]
    assert uncited == []
    for work, n in HAND_CITED_TIMES.items():
        e = es[HAND_REFERENCE_LIST.index(work) + 1]
        assert targets[e] == n, work


def test_citations_resolve_consistently(g):
    for c in citations(g):
        e = g.value(c, SRKG.resolvesTo)
        if e is not None:
            assert g.value(e, SRKG.describesWork) == g.value(c, SRKG.citesWork)
        assert (ART, CITO.cites, g.value(c, SRKG.citesWork)) in g


def test_sample_citations(g):
    [k] = by_content(g, "Korosteleva and Paikin (2021, 321–323)")
    assert g.value(k, SRKG.citesWork) == SR.KorostelevaPaikin2021
    [h13] = by_content(g, "Hansen 2013")
    [h16] = by_content(g, "2016")
    grp = g.value(h13, SRKG.inGroup)
    assert grp is not None and g.value(h16, SRKG.inGroup) == grp
    assert g.value(h16, SRKG.citesWork) == SR.Hansen2016
    assert str(g.value(grp, C4O.hasContent)) == "(see e.g. Hansen 2013, 2016)"
    [blank] = by_content(g, "Blank (2020)")
    assert g.value(blank, SRKG.inGroup) is None


def test_the_unresolved_citation(g):
    unresolved = [c for c in g.subjects(RDF.type, SRKG.UnresolvedCitation) if (c, SRKG.citedIn, ART) in g]
    assert len(unresolved) == 1
    [c] = unresolved
    assert str(g.value(c, C4O.hasContent)) == "Dikarev and Lukin (2021)"
    assert g.value(c, SRKG.resolvesTo) is None
    work = g.value(c, SRKG.citesWork)
    assert work is not None and str(g.value(work, SRKG.publicationYear)) == "2021"
    assert [str(g.value(p, FOAF.familyName)) for p in authors(g, work)] == ["Dikarev", "Lukin"]
    assert g.value(work, SRKG.title) is None
    assert list(g.subjects(SRKG.describesWork, work)) == []
    # its Lukin is identified with neither Lukin of the reference list
    assert authors(g, work)[1] not in {first_author(g, SR.Lukin2021), first_author(g, SR.LukinNovikov2021)}
    assert g.value(c, SRKG.hasAnomaly) is not None
    # every other citation resolves
    assert all(g.value(x, SRKG.resolvesTo) is not None for x in citations(g) if x != c)


# --------------------------------------------------------------------------- persons and variants
def anomaly_variants(g, node) -> set[str]:
    return {str(v) for a in g.objects(node, SRKG.hasAnomaly) for v in g.objects(a, SRKG.variantForm)}


def test_korolev_is_one_person(g):
    p = first_author(g, SR.Korolev2019)
    assert p == SR.AlexanderKorolev
    for w in (SR.Korolev2016, SR.Korolev2020, SR.KorolevPortyakov2019):
        assert first_author(g, w) == p
    assert str(g.value(p, RDFS.label)) == "Alexandr Korolev"
    assert "Alexander Korolev" in {str(x) for x in g.objects(p, SKOS.altLabel)}
    assert "Korolev, Alexander" in anomaly_variants(g, p)
    entry = entries(g)[21]
    assert g.value(entry, SRKG.describesWork) == SR.Korolev2019
    assert "Korolev, Alexander" in anomaly_variants(g, entry)


def test_krickovic_is_one_person(g):
    p = first_author(g, SR.Krickovic2017)
    assert p == first_author(g, SR.KrickovicZhang2020)
    assert {str(g.value(p, RDFS.label))} | {str(x) for x in g.objects(p, SKOS.altLabel)} >= \
        {"Andrei Krickovic", "Andrej Krickovic"}
    assert "Krickovic, Andrei" in anomaly_variants(g, p)


def test_lo_bobo(g):
    p = first_author(g, SR.Bobo2008)
    assert str(g.value(p, FOAF.familyName)) == "Bobo" and str(g.value(p, FOAF.givenName)) == "Lo"
    assert "Bobo Lo" in {str(x) for x in g.objects(p, SKOS.altLabel)}
    cs = by_content(g, "Bobo 2008")
    assert len(cs) == 2
    for c in cs:
        assert g.value(c, SRKG.citesWork) == SR.Bobo2008
        assert "Bobo, Lo" in anomaly_variants(g, c)


def test_kaczmariski_resolves_to_kaczmarek(g):
    hand = {"Kaczmariski 2015": "Kaczmarek2015", "Kaczmariski 2020": "Kaczmarek2020",
            "Kaczmariski 2019": "Kaczmarek2019"}
    author = authors(g, ART)[1]
    assert author == SR.MarcinKaczmarek
    for content, work in hand.items():
        [c] = by_content(g, content)
        assert g.value(c, SRKG.citesWork) == SR[work]
        assert g.value(g.value(c, SRKG.resolvesTo), SRKG.describesWork) == SR[work]
        assert first_author(g, SR[work]) == author
        assert "Kaczmariski" in anomaly_variants(g, c)
    [ok] = by_content(g, "Kaczmarek 2017")
    assert anomaly_variants(g, ok) == set()
    assert "Kaczmariski" in {str(x) for x in g.objects(author, SKOS.altLabel)}


def test_kuhrt_resolves_to_kuhr(g):
    [c] = by_content(g, "Kuhrt 2007")
    assert g.value(c, SRKG.citesWork) == SR.Kuhr2007
    p = first_author(g, SR.Kuhr2007)
    assert str(g.value(p, FOAF.familyName)) == "Kuhr"
    assert "Kuhrt" in {str(x) for x in g.objects(p, SKOS.altLabel)}
    assert "Kuhrt" in anomaly_variants(g, c)
    a = next(iter(g.objects(c, SRKG.hasAnomaly)))
    # the article prints both forms and does not say which is right: no expected form
    assert {str(x) for x in g.objects(a, SRKG.variantForm)} == {"Kuhrt", "Kuhr"}
    assert g.value(a, SRKG.expectedForm) is None


def test_no_expected_form_the_article_cannot_support(g):
    # "Korolev, Alexander" (2019) against "Korolev, Alexandr"; "Krickovic, Andrei" against "Andrej";
    # "Bobo, Lo": the article never says which form is right. Only "Kaczmariski" has a form the
    # article itself confirms (the by-line "Marcin Kaczmarek").
    expected = {str(a).removeprefix(str(SR)): str(e) for a, e in g.subject_objects(SRKG.expectedForm)}
    assert "anomaly-kuhrt" not in expected and "anomaly-korolev-alexander" not in expected
    assert "anomaly-bobo-lo" not in expected and "anomaly-krickovic-andrei" not in expected
    assert expected["anomaly-kaczmariski"] == "Kaczmarek"
    assert {str(x) for x in g.objects(SR["anomaly-korolev-alexander"], SRKG.variantForm)} == {
        "Korolev, Alexander", "Korolev, Alexandr"}


def test_two_lukins_kept_apart(g):
    artyom, alexandr = first_author(g, SR.Lukin2021), first_author(g, SR.LukinNovikov2021)
    assert artyom != alexandr
    assert str(g.value(artyom, RDFS.label)) == "Artyom Lukin"
    assert str(g.value(alexandr, RDFS.label)) == "Alexandr Lukin"
    es = entries(g)
    [c1] = by_content(g, "Lukin 2021")
    assert g.value(c1, SRKG.resolvesTo) == es[35]
    assert g.value(c1, RDFS.comment) is not None
    [c2] = by_content(g, "Lukin and Novikov 2021")
    assert g.value(c2, SRKG.resolvesTo) == es[34]
    assert "Lukin 2021" in anomaly_variants(g, c1)


def test_every_person_is_labelled(mine):
    persons = set(mine.subjects(RDF.type, SRKG.Person))
    assert len(persons) == 72  # 61 authors and editors in the reference list, 9 more in the special issue, Dikarev and his Lukin
    for p in persons:
        assert len(list(mine.objects(p, RDFS.label))) == 1
        assert mine.value(p, FOAF.familyName) is not None


# --------------------------------------------------------------------------- the special issue
HAND_SI = {
    "SI-Adda": ["Iacopo Adda"],
    "SI-KutelevaVasiliev": ["Anna Kuteleva", "Dmitrii Vasiliev"],
    "SI-Dharmaputra": ["Radityo Dharmaputra"],
    "SI-SobolevaKrivokhizh": ["Elena Soboleva", "Svetlana Krivokhizh"],
    "SI-Defraigne": ["Jean-Christophe Defraigne"],
    "SI-Kruessmann": ["Thomas Kruessmann"],
    "SI-LeskinaSabzalieva": ["Natalia Leskina", "Emma Sabzalieva"],
    "SI-Pieper": ["Moritz Pieper"],
}


def test_eight_special_issue_articles_and_authors(g):
    arts = {a for a in g.subjects(SRKG.inSpecialIssue, SR.SpecialIssue2021)
            if (a, RDF.type, SRKG.ResearchArticle) in g}
    assert arts == {SR[k] for k in HAND_SI}
    assert set(g.objects(SR.SpecialIssue2021, SRKG.hasArticle)) == arts
    assert (ART, SRKG.introduces, SR.SpecialIssue2021) in g
    for k, names in HAND_SI.items():
        assert [str(g.value(p, RDFS.label)) for p in authors(g, SR[k])] == names
        assert g.value(SR[k], SRKG.title) is None
    # the same names in the reference list are the same persons
    assert authors(g, SR["SI-KutelevaVasiliev"])[0] == first_author(g, SR.Kuteleva2021)
    assert authors(g, SR["SI-Pieper"])[0] == first_author(g, SR.Pieper2021)


def _interval(g, node):
    b = g.value(g.value(node, TIME.hasBeginning), TIME.inXSDgYear)
    e = g.value(g.value(node, TIME.hasEnd), TIME.inXSDgYear)
    return str(b), str(e)


def test_special_issue_articles_take_up(g):
    si = lambda k: SR[k]  # noqa: E731
    assert set(g.objects(si("SI-Kruessmann"), SRKG.inDiscipline)) == {SR.InternationalLaw, SR.PoliticalGeography}
    assert set(g.objects(si("SI-Adda"), SRKG.inDiscipline)) == {SR.History}
    assert set(g.objects(si("SI-Defraigne"), SRKG.inDiscipline)) == {SR.InternationalEconomics}
    assert set(g.objects(si("SI-KutelevaVasiliev"), SRKG.usesTheory)) == {SR.Constructivism}
    assert set(g.objects(si("SI-Dharmaputra"), SRKG.usesTheory)) == {SR.Poststructuralism}
    assert set(g.objects(si("SI-SobolevaKrivokhizh"), SRKG.addressesPolicyArea)) == \
        {SR.CounterTerrorism, SR.InfrastructureDevelopment, SR.WaterManagement}
    assert set(g.objects(si("SI-LeskinaSabzalieva"), SRKG.addressesPolicyArea)) == {SR.HigherEducation}
    assert SR.Arctic in set(g.objects(si("SI-Kruessmann"), SRKG.coversRegion))
    assert SR.Mongolia in set(g.objects(si("SI-Pieper"), SRKG.coversRegion))
    assert _interval(g, g.value(si("SI-KutelevaVasiliev"), SRKG.coversPeriod)) == ("2013", "2019")
    assert _interval(g, g.value(si("SI-Dharmaputra"), SRKG.coversPeriod)) == ("2010", "2016")
    # no theory is claimed for an article the text does not give one for
    assert g.value(si("SI-Defraigne"), SRKG.usesTheory) is None


def test_findings_of_each_article(g):
    findings = set(g.subjects(RDF.type, SRKG.Finding))
    made_in = Counter(g.value(f, SRKG.madeIn) for f in findings if (f, SRKG.reportedIn, ART) in g)
    for k in HAND_SI:
        assert made_in[SR[k]] >= 1, k
    for f in findings:
        if g.value(f, SRKG.madeIn) in {SR[k] for k in HAND_SI}:
            assert (f, SRKG.reportedIn, ART) in g
            assert g.value(f, SRKG.about) is not None
            assert g.value(f, SRKG.hasEvidence) is not None


def test_article_record(g):
    assert str(g.value(ART, SRKG.doi)) == "10.1080/15387216.2021.2023363"
    assert str(g.value(ART, SRKG.title)) == \
        "Russia and China between cooperation and competition at the regional and global level. Introduction"
    assert (str(g.value(ART, SRKG.volume)), str(g.value(ART, SRKG.pageStart)), str(g.value(ART, SRKG.pageEnd))) == \
        ("62", "539", "556")
    assert str(g.value(ART, SRKG.receivedOn)) == "2021-12-21"
    assert str(g.value(ART, SRKG.acceptedOn)) == "2021-12-23"
    assert str(g.value(ART, SRKG.publishedOnlineOn)) == "2022-01-06"
    assert {str(k) for k in g.objects(ART, SRKG.keyword)} == \
        {"Russia", "China", "Central Asia", "Sino-Russian cooperation"}
    assert g.value(ART, URIRef("http://purl.org/dc/terms/license")) == \
        URIRef("http://creativecommons.org/licenses/by-nc-nd/4.0/")
    assert [str(g.value(p, RDFS.label)) for p in authors(g, ART)] == ["Fabienne Bossuyt", "Marcin Kaczmarek"]
    c1 = next(c for c in g.objects(ART, SRKG.hasContribution) if int(g.value(c, SRKG.position)) == 1)
    dept = g.value(c1, SRKG.affiliation)
    assert str(g.value(dept, RDFS.label)).startswith("Department of Political Sciences")
    assert str(g.value(g.value(dept, SRKG.subOrganisationOf), RDFS.label)) == "Ghent University"
    conf = g.value(ART, SRKG.outcomeOf)
    assert (conf, RDF.type, SRKG.Conference) in g
    assert set(g.objects(conf, SRKG.location)) == {SR.Ghent, SR.Belgium}
    assert str(g.value(g.value(conf, SRKG.hasTime), TIME.inXSDDate)) == "2019-11-04"


def test_rendition_matches_the_source_file(g, text):
    rendition = SR["BossuytKaczmarek2021-text"]
    assert g.value(rendition, SRKG.renditionOf) == ART
    assert int(g.value(rendition, SRKG.characterCount)) == len(text) == 58833
    digest = hashlib.sha256(_source_path().read_bytes()).hexdigest()
    assert str(g.value(rendition, SRKG.sha256)) == digest


# --------------------------------------------------------------------------- evidence
def selectors(graph) -> list[tuple[URIRef, Selector]]:
    out = []
    for ev in graph.subjects(RDF.type, OA.SpecificResource):
        quotes = [s for s in graph.objects(ev, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in graph]
        poss = [s for s in graph.objects(ev, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in graph]
        assert len(quotes) == 1 and len(poss) == 1, ev
        q, p = quotes[0], poss[0]
        out.append((ev, Selector(str(graph.value(q, OA.exact)), int(graph.value(p, OA.start)),
                                 int(graph.value(p, OA.end)), str(graph.value(q, OA.prefix) or ""),
                                 str(graph.value(q, OA.suffix) or ""))))
    return out


def test_every_selector_of_the_layer_matches_the_source(mine, text):
    sels = selectors(mine)
    assert len(sels) > 200
    bad = {str(ev): verify_selector(text, sel) for ev, sel in sels if verify_selector(text, sel)}
    assert bad == {}
    for ev, sel in sels:
        assert len(sel.exact) <= 300, ev
        assert len(sel.prefix) == 32 and len(sel.suffix) == 32, ev
        assert mine.value(ev, OA.hasSource) == SR["BossuytKaczmarek2021-text"]
        assert any(True for _ in mine.subjects(SRKG.hasEvidence, ev)), ev


def test_citation_evidence_is_its_content_in_the_body(g, text):
    body_end = text.index("\nReferences\n")
    for c in citations(g):
        ev = g.value(c, SRKG.hasEvidence)
        [(_, sel)] = [(e, s) for e, s in selectors_of(g, ev)]
        assert sel.exact == str(g.value(c, C4O.hasContent))
        assert sel.end <= body_end
        grp = g.value(c, SRKG.inGroup)
        if grp is not None:
            [(_, gsel)] = selectors_of(g, g.value(grp, SRKG.hasEvidence))
            assert gsel.start <= sel.start and sel.end <= gsel.end
            assert gsel.exact.startswith("(") and gsel.exact.endswith(")")


def selectors_of(graph, ev):
    sub = rdflib.Graph()
    for t in graph.triples((ev, None, None)):
        sub.add(t)
        for t2 in graph.triples((t[2], None, None)):
            sub.add(t2)
    return selectors(sub)


def test_a_wrong_quote_or_offset_fails_verification(mine, text):
    [c] = by_content(mine, "Blank (2020)")
    [(_, good)] = selectors_of(mine, mine.value(c, SRKG.hasEvidence))
    assert verify_selector(text, good) == []
    # the same passage found independently
    assert locate(text, "Blank (2020) reads").start == good.start
    wrong = [
        Selector("Blank (2021)", good.start, good.end, good.prefix, good.suffix),       # wrong quote
        Selector(good.exact, good.start + 1, good.end + 1, good.prefix, good.suffix),   # shifted offsets
        Selector(good.exact, good.start, good.end - 1, good.prefix, good.suffix),       # short span
        Selector(good.exact, good.start, good.end, "not the prefix", good.suffix),      # wrong prefix
        Selector(good.exact, good.start, good.end, good.prefix, " not the suffix"),     # wrong suffix
        Selector(good.exact, len(text) - 2, len(text) + 10, "", ""),                    # outside the text
    ]
    for sel in wrong:
        assert verify_selector(text, sel) != [], sel


def test_scholarship_files_are_up_to_date_with_their_generator(tmp_path, monkeypatch, source_file):
    """The committed Turtle is exactly what tools/curation/scholarship_build.py writes."""
    import importlib
    import sys

    root = Path(__file__).resolve().parents[1]
    monkeypatch.setenv("SRKG_CURATION_OUT", str(tmp_path))
    monkeypatch.syspath_prepend(str(root / "tools" / "curation"))
    for name in ("scholarship_data", "scholarship_build"):
        sys.modules.pop(name, None)
    assert importlib.import_module("scholarship_build").main(["--source", str(source_file)]) == 0
    written = sorted((tmp_path / "instances" / "bossuyt-kaczmarek-2021" / "scholarship").glob("*.ttl"))
    assert len(written) == 7
    for path in written:
        committed = root / "instances" / "bossuyt-kaczmarek-2021" / "scholarship" / path.name
        assert path.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), \
            f"{path.name} is stale: rerun tools/curation/scholarship_build.py"
