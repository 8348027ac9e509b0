"""Tests of the domain layer (actors, places, history, initiatives, claims, vocabularies).

Every expected answer below was written by hand from the article, not copied
from the output of a query: the passage each one rests on is named beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from srkg import paths
from srkg.evidence import Selector, read_source, verify_selector

ROOT = Path(__file__).resolve().parents[1]
SR = Namespace("https://w3id.org/srkg/id/")
SRKG = Namespace("https://w3id.org/srkg/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
PREFIXES = """
PREFIX sr:   <https://w3id.org/srkg/id/>
PREFIX srkg: <https://w3id.org/srkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa:   <http://www.w3.org/ns/oa#>
"""

DOMAIN_FILES = sorted((ROOT / "instances" / "bossuyt-kaczmarek-2021" / "domain").glob("*.ttl"))
VOCAB_FILES = sorted((ROOT / "instances" / "vocabularies").glob("*.ttl"))


def test_domain_and_vocabulary_files_exist():
    names = {p.name for p in DOMAIN_FILES}
    assert {"actors.ttl", "places.ttl", "history.ttl", "initiatives.ttl",
            "characterizations.ttl", "arguments.ttl"} <= names
    assert len(VOCAB_FILES) == 6


@pytest.fixture(scope="module")
def graph() -> Graph:
    files = paths.ontology_files(ROOT) + paths.instance_files(ROOT)
    assert files, "no ontology or instance files found"
    g = Graph()
    for f in files:
        g.parse(f, format=paths.rdf_format(f))
    return g


@pytest.fixture(scope="module")
def mine() -> Graph:
    assert DOMAIN_FILES and VOCAB_FILES
    g = Graph()
    for f in DOMAIN_FILES + VOCAB_FILES:
        g.parse(f, format="turtle")
    return g


def works(g: Graph, where: str) -> set[str]:
    rows = g.query(PREFIXES + "SELECT DISTINCT ?w WHERE { ?c a srkg:Characterization ; srkg:madeIn ?w . " + where + " }")
    return {str(r.w).removeprefix(str(SR)) for r in rows}


# ---------------------------------------------------------------------------
# Characterizations: types (walking skos:broader*), theories, factors
# ---------------------------------------------------------------------------
TYPE_CASES = {
    # "concepts such as alliance (Blank 2020; Lukin 2021)"; "Blank (2020) reads ... a de facto alliance"
    "Alliance": {"Blank2020", "Lukin2021"},
    # "alignment (Ambrosio 2017; Korolev 2020)"; Korolev (2020) "strategic alignment"
    "Alignment": {"Ambrosio2017", "Korolev2020"},
    "StrategicAlignment": {"Korolev2020"},
    "DeFactoAlliance": {"Blank2020"},
    # "strategic partnership (Cox 2016; Haynes 2020)"
    "StrategicPartnership": {"Cox2016", "Haynes2020"},
    # "the term “axis of convenience” (Bobo 2008)"
    "AxisOfConvenience": {"Bobo2008"},
    # "Some authors see the relationship as bifurcated ... (Korolev 2016; Elgin 2021)"
    "BifurcatedRelationship": {"Korolev2016", "Elgin2021"},
}


@pytest.mark.parametrize("rtype", sorted(TYPE_CASES))
def test_works_assigning_a_type_of_any_kind(graph, rtype):
    found = works(graph, f"?c srkg:about sr:RussiaChinaRelationship ; srkg:assignsType/skos:broader* sr:{rtype} .")
    assert found == TYPE_CASES[rtype]


def test_sino_soviet_relationship_is_characterized_by_the_article_itself(graph):
    # "The Sino-Soviet relationship emerged as a mixture of a traditional great power alliance and a patron-client relationship."
    assert works(graph, "?c srkg:about sr:SinoSovietRelationship ; srkg:assignsType/skos:broader* sr:Alliance .") \
        == {"BossuytKaczmarek2021"}
    assert works(graph, "?c srkg:about sr:SinoSovietRelationship ; srkg:assignsType sr:PatronClientRelationship .") \
        == {"BossuytKaczmarek2021"}


THEORY_CASES = {
    # "reaching out to constructivist (Flikke 2016; Wishnick 2017)"; "using a constructivist lens, ... Kuteleva and Vasiliev"
    "Constructivism": {"Flikke2016", "Wishnick2017", "SI-KutelevaVasiliev"},
    # "status (Krickovic and Zhang 2020; Larson 2020)"
    "StatusTheory": {"KrickovicZhang2020", "Larson2020"},
    # "domestic-political (Skalamera 2018b; Wilson 2019)"
    "DomesticPolitics": {"Skalamera2018b", "Wilson2019"},
    # "English School-based (Paikin 2021; Lukin and Novikov 2021)"
    "EnglishSchool": {"Paikin2021", "LukinNovikov2021"},
    # "Dharmaputra, in turn, adopts a poststructuralist perspective"
    "Poststructuralism": {"SI-Dharmaputra"},
    # "embedded in realist assumptions ... (e.g. Krickovic 2017; Korolev and Portyakov 2019; Ambrosio, Schram, and Heopfner 2020)"
    "Realism": {"Krickovic2017", "KorolevPortyakov2019", "AmbrosioSchramHeopfner2020"},
    # "Svarin (2016), in turn, has used a critical geopolitical lens"
    "CriticalGeopolitics": {"Svarin2016"},
}


@pytest.mark.parametrize("theory", sorted(THEORY_CASES))
def test_works_by_theoretical_approach(graph, theory):
    assert works(graph, f"?c srkg:drawsOnTheory/skos:broader* sr:{theory} .") == THEORY_CASES[theory]


FACTOR_CASES = {
    # Korolev (2020): "balance of power, balance of threats, and balance of interests"
    "BalanceOfThreat": {"Korolev2020"},
    # "(e.g. Ambrosio, Schram, and Heopfner 2020; Haynes 2020; Owen 2020)"
    "OppositionToLiberalHegemony": {"AmbrosioSchramHeopfner2020", "Haynes2020", "Owen2020"},
    # "several scholars have sought to either challenge or complement this specific explanation with other
    # factors linked to economic interests, interpersonal relations and/or power asymmetry (e.g. Xu and
    # Reisinger 2019)": Xu and Reisinger are only an example of "several scholars", so no work is given
    # economic interests (the article's own observation carries the three factors, see below).
    "EconomicInterests": set(),
    # "the personal relationship between the two has further strengthened the ties ... (Xu and Reisinger 2019)"
    "InterpersonalRelations": {"XuReisinger2019"},
    # "normative affinity ... (Rozman 2014; Wishnick 2017; Ying 2018)"
    "NormativeAffinity": {"Rozman2014", "Wishnick2017", "Ying2018"},
    # Ambrosio (2017): "based on common interests and common views on international politics"
    "CommonInterests": {"Ambrosio2017"},
    # Blank (2020): "geopolitical and ideological anti-American perspectives"
    "AntiAmericanPerspectives": {"Blank2020"},
}


@pytest.mark.parametrize("factor", sorted(FACTOR_CASES))
def test_works_by_explanatory_factor(graph, factor):
    assert works(graph, f"?c srkg:explainedBy sr:{factor} .") == FACTOR_CASES[factor]


BEHAVIOUR_CASES = {
    # "Russia's gradual adaptation ... (Christoffersen 2018; Kaczmarek 2017; Samokhvalov 2018; Odgaard 2017)";
    # "Russia also began to adapt to China’s growing economic influence in Central Asia (Wilson 2021)"
    "Adaptation": {"Christoffersen2018", "Kaczmarek2017", "Samokhvalov2018", "Odgaard2017", "Wilson2021"},
    # "China's implicit deference ... (Larson 2020)"
    "Deference": {"Larson2020"},
    # "in terms of status-seeking ... (Flikke 2016; Larson and Shevchenko 2019; Larson 2020)"
    # and the article's own: "The shifts in dominant identity narratives, observed in Russia since the
    # mid-2000s, have fueled status-seeking"
    "StatusSeeking": {"Flikke2016", "LarsonShevchenko2019", "Larson2020", "BossuytKaczmarek2021"},
    # "Both states managed to avoid competition over such issues as alternative projects for Eurasia"
    # (named to be denied); "not only partners but also competitors"; "regional competition, in Central
    # Asia in particular (Korolev 2016; Elgin 2021)"
    "RegionalCompetition": {"BossuytKaczmarek2021", "Korolev2016", "Elgin2021"},
    # "Russia’s 2014 annexation of Crimea ... only accelerated ... Moscow’s acquiescence to China’s rise";
    # "The 2008–2009 global economic crisis turned out to be a watershed ... (Kaczmariski 2015)"
    "Acquiescence": {"BossuytKaczmarek2021", "Kaczmarek2015"},
}


@pytest.mark.parametrize("behaviour", sorted(BEHAVIOUR_CASES))
def test_works_by_behaviour_named(graph, behaviour):
    assert works(graph, f"?c srkg:namesBehaviour sr:{behaviour} .") == BEHAVIOUR_CASES[behaviour]


def test_the_e_g_factors_are_the_articles_observation_of_several_scholars(graph):
    # "(e.g. Xu and Reisinger 2019)": an example of "several scholars", linked as the supporting citation
    rows = list(graph.query(PREFIXES + """SELECT ?a ?w WHERE { ?a a srkg:Argument ;
        srkg:explainedBy sr:EconomicInterests , sr:InterpersonalRelations , sr:PowerAsymmetry ;
        srkg:supportedBy ?c . ?c srkg:citesWork ?w }"""))
    assert [str(r.w).removeprefix(str(SR)) for r in rows] == ["XuReisinger2019"]


def test_every_characterization_is_complete(mine):
    claims = set(mine.subjects(RDF.type, SRKG.Characterization))
    assert len(claims) >= 60
    for c in claims:
        assert mine.value(c, SRKG.madeIn) is not None, c
        assert mine.value(c, SRKG.about) is not None, c
        assert (c, SRKG.reportedIn, SR.BossuytKaczmarek2021) in mine, c
        assert mine.value(c, SRKG.hasEvidence) is not None, c


def test_no_relationship_is_typed_by_a_scholars_label(graph):
    for rel in (SR.RussiaChinaRelationship, SR.SinoSovietRelationship):
        for t in graph.objects(rel, RDF.type):
            assert (t, RDF.type, SRKG.RelationshipType) not in graph
            assert t == SRKG.Relationship


# ---------------------------------------------------------------------------
# History: the chronology
# ---------------------------------------------------------------------------
CHRONOLOGY_QUERY = PREFIXES + """
SELECT ?e ?year WHERE {
  ?e srkg:inRelationship ?rel ; srkg:hasTime ?t .
  OPTIONAL { ?t time:hasBeginning ?b }
  BIND (COALESCE(?b, ?t) AS ?i)
  OPTIONAL { ?i time:inXSDgYear ?gy }
  OPTIONAL { ?i time:inXSDgYearMonth ?gym }
  BIND (xsd:integer(SUBSTR(STR(COALESCE(?gy, ?gym)), 1, 4)) AS ?year)
} ORDER BY ?year
"""

# The article's chronology, read off its text; events of the same (beginning) year form one group.
EXPECTED_CHRONOLOGY = [
    (1689, {"NerchinskTreaty"}),                                   # "the Nerchinsk Treaty (1689)"
    (1950, {"SinoSovietAllianceTreaty1950"}),                      # "an alliance treaty of 1950"
    (1960, {"SinoSovietSplit"}),                                   # "in the early 1960s"
    (1986, {"SinoSovietRapprochement"}),                           # "in the late 1980s"
    (1990, {"BorderSettlement1990s", "ConfidenceBuildingMeasures1990s"}),  # "In the 1990s"
    (2001, {"GoodNeighbourhoodTreaty2001", "PutinUTurnAfter911"}),  # "June 2001", "the 9/11 attacks"
    (2004, {"ArmsTradeSuspension", "OilAndGasBidding", "BorderAgreement2004"}),  # "mid-2000s", "2004"
    (2005, {"JointExercise2005"}),                                 # "in 2005 and 2007"
    (2007, {"JointExercise2007"}),
    (2008, {"BorderAgreementImplementation2008", "GlobalEconomicCrisis2008"}),  # "in 2008", "2008–2009"
    (2012, {"PutinReturn2012", "XiSelection2012"}),                # "in 2012 ... in the same year"
    (2014, {"CrimeaAnnexation2014", "RussiaWestConflict"}),        # "2014 annexation of Crimea and the ensuing conflict"
    (2017, {"SinoAmericanRivalry"}),                               # "in 2017–18"
]


def test_events_ordered_by_beginning_year_give_the_articles_chronology(graph):
    rows = list(graph.query(CHRONOLOGY_QUERY))
    assert all(r.year is not None for r in rows), "an event without a year"
    groups: list[tuple[int, set]] = []
    for r in rows:
        year, name = int(r.year), str(r.e).removeprefix(str(SR))
        if groups and groups[-1][0] == year:
            groups[-1][1].add(name)
        else:
            groups.append((year, {name}))
    assert groups == EXPECTED_CHRONOLOGY


def test_vague_periods_are_intervals_with_the_texts_words(graph):
    cases = {  # event -> (time expression, beginning, end) by the documented mapping
        "SinoSovietSplit": ("early 1960s", 1960, 1963),
        "SinoSovietRapprochement": ("late 1980s", 1986, 1989),
        "BorderSettlement1990s": ("1990s", 1990, 1999),
        "ArmsTradeSuspension": ("mid-2000s", 2004, 2006),
        "GlobalEconomicCrisis2008": ("2008–2009", 2008, 2009),
    }
    for name, (expr, begin, end) in cases.items():
        rows = list(graph.query(PREFIXES + """
            SELECT ?expr ?b ?e WHERE { ?ev srkg:hasTime ?t . ?t a time:Interval ; srkg:timeExpression ?expr ;
              time:hasBeginning/time:inXSDgYear ?b ; time:hasEnd/time:inXSDgYear ?e . }""",
                                initBindings={"ev": SR[name]}))
        assert len(rows) == 1, name
        assert (str(rows[0].expr), int(str(rows[0].b)), int(str(rows[0].e))) == (expr, begin, end)


def test_the_2001_treaty_is_dated_to_the_month(graph):
    rows = list(graph.query(PREFIXES + "SELECT ?ym WHERE { sr:GoodNeighbourhoodTreaty2001 srkg:hasTime/time:inXSDgYearMonth ?ym }"))
    assert [str(r.ym) for r in rows] == ["2001-06"]


def test_relationships_parties_and_succession(graph):
    assert set(graph.objects(SR.RussiaChinaRelationship, SRKG.hasParty)) == {SR.Russia, SR.China}
    assert set(graph.objects(SR.SinoSovietRelationship, SRKG.hasParty)) == {SR.SovietUnion, SR.China}
    assert (SR.SinoSovietRelationship, SRKG.predecessorOf, SR.RussiaChinaRelationship) in graph
    assert (SR.SovietUnion, SRKG.predecessorOf, SR.Russia) in graph
    # the 1950 treaty belongs to the Sino-Soviet relationship, the 2001 treaty to the Russia-China one
    assert (SR.SinoSovietAllianceTreaty1950, SRKG.inRelationship, SR.SinoSovietRelationship) in graph
    assert (SR.GoodNeighbourhoodTreaty2001, SRKG.inRelationship, SR.RussiaChinaRelationship) in graph


# ---------------------------------------------------------------------------
# Actors, places, initiatives
# ---------------------------------------------------------------------------
def test_leaders_memberships_and_institutions(graph):
    assert (SR.VladimirPutin, SRKG.leaderOf, SR.Russia) in graph     # "Putin's return to the presidency in Russia"
    assert (SR.XiJinping, SRKG.leaderOf, SR.China) in graph          # "Xi Jinping as China's leader"
    assert (SR.ChineseCommunistParty, SRKG.institutionOf, SR.China) in graph
    assert (SR.Mongolia, SRKG.memberOf, SR.CountriesInBetween) in graph  # "the Central Asian countries and Mongolia"
    assert (SR.CentralAsianStates, SRKG.memberOf, SR.CountriesInBetween) in graph


WIKIDATA = {"Russia": "Q159", "China": "Q148", "SovietUnion": "Q15180", "USA": "Q30", "Kazakhstan": "Q232",
            "Mongolia": "Q711", "Serbia": "Q403", "Japan": "Q17", "EU": "Q458", "EAEU": "Q4173083",
            "CentralAsia": "Q27275", "SouthChinaSea": "Q37660", "VladimirPutin": "Q7747",
            "XiJinping": "Q15031", "MikhailGorbachev": "Q30487"}


def test_wikidata_ids_are_exactly_the_listed_ones(mine):
    found = {str(s).removeprefix(str(SR)): str(o) for s, o in mine.subject_objects(SRKG.wikidata)}
    assert found == WIKIDATA


def test_places_part_of(graph):
    rows = graph.query(PREFIXES + "SELECT ?c WHERE { ?c a srkg:City ; srkg:partOf+ sr:Russia }")
    assert {str(r.c).removeprefix(str(SR)) for r in rows} >= {"Vladivostok", "Khabarovsk", "Chita", "Nerchinsk"}
    assert (SR.Ghent, SRKG.partOf, SR.Belgium) in graph
    assert (SR.CentralAsia, SRKG.partOf, SR.SharedNeighbourhood) in graph
    assert (SR.Khorgos, RDF.type, SRKG.BorderArea) in graph


def test_initiatives(graph):
    assert {SR.EAEU, SR.BeltAndRoadInitiative} == set(graph.objects(SR.EAEUBRILinkingUp, SRKG.links))
    assert (SR.EAEU, RDF.type, SRKG.InternationalOrganisation) in graph
    assert (SR.EAEU, RDF.type, SRKG.Initiative) in graph
    assert (SR.BeltAndRoadInitiative, SRKG.launchedBy, SR.China) in graph
    assert (SR.PolarSilkRoad, SRKG.targetsRegion, SR.Arctic) in graph
    assert (SR.PivotToTheEast, SRKG.launchedBy, SR.Russia) in graph


# ---------------------------------------------------------------------------
# The special-issue articles and the regions they cover (scholarship layer)
# ---------------------------------------------------------------------------
SI_REGIONS = [  # from "The special issue's structure and contributions"
    ("SI-Adda", "RussianFarEast"),             # museums "in Vladivostok, Khabarovsk, Chita and Nerchinsk"
    ("SI-SobolevaKrivokhizh", "CentralAsia"),  # "regional leadership in Central Asia"
    ("SI-Defraigne", "Eurasia"),               # "Russia's economic leadership in Eurasia"
    ("SI-Kruessmann", "Arctic"),               # "shifts the focus to the Arctic"
    ("SI-LeskinaSabzalieva", "CentralAsia"),   # "the responses of the Central Asian countries"
    ("SI-Pieper", "Mongolia"),                 # "the triangular relationship between Russia, China and Mongolia"
    ("SI-Dharmaputra", "Russia"),  # "Analyzing foreign policy debates in Russia"
    ("SI-KutelevaVasiliev", "Russia"),  # "the coverage of the BRI in Russia's major newspapers"
]


@pytest.mark.parametrize("article,region", SI_REGIONS)
def test_special_issue_article_covers_region(graph, article, region):
    # the region itself, or a place inside it (Adda's four cities lie in the Russian Far East)
    ok = graph.query(PREFIXES + "ASK { ?a srkg:coversRegion ?r . ?r srkg:partOf* ?region }",
                     initBindings={"a": SR[article], "region": SR[region]}).askAnswer
    assert ok, f"{article} does not cover {region}"


# ---------------------------------------------------------------------------
# The article's own arguments
# ---------------------------------------------------------------------------
def arguments(g: Graph, stance: str, where: str = "") -> set[str]:
    rows = g.query(PREFIXES + "SELECT ?a WHERE { ?a a srkg:Argument ; srkg:madeIn sr:BossuytKaczmarek2021 ; "
                   "srkg:stance ?s . FILTER (STR(?s) = \"" + stance + "\") " + where + " }")
    return {str(r.a) for r in rows}


def test_what_the_literature_overstates_and_overlooks(graph):
    # "tends to overstate ... the extent of normative convergence"
    assert arguments(graph, "overstates", "?a srkg:involvesConcept sr:NormativeConvergence .")
    # "overlooking ... divergent approaches ... international order and global governance, as well as the agency of the countries-in-between"
    assert arguments(graph, "overlooks", "?a srkg:involvesConcept sr:GlobalGovernance .")
    assert arguments(graph, "overlooks", "?a srkg:involvesConcept sr:Agency ; srkg:about sr:CountriesInBetween .")
    # "unable to provide insights on how the relationship is perceived locally"
    assert arguments(graph, "overlooks", "?a srkg:involvesConcept sr:LocalPerception .")
    # "a lack of engagement ... in particular geography, economics and history"
    assert arguments(graph, "overlooks", "?a srkg:concernsDiscipline sr:Geography , sr:Economics , sr:History .")


def test_the_three_ways_to_broaden_the_field(graph):
    # theoretically: "including constructivism and poststructuralism"
    assert arguments(graph, "proposes", "?a srkg:concernsTheory sr:Constructivism , sr:Poststructuralism .")
    # disciplinarily: "economics, political geography, history and area studies"
    assert arguments(graph, "proposes", "?a srkg:concernsDiscipline sr:Economics , sr:PoliticalGeography , sr:History , sr:AreaStudies .")
    # empirically: "higher education, anti-corruption and development assistance"
    assert arguments(graph, "proposes", "?a srkg:addressesPolicyArea sr:HigherEducation , sr:AntiCorruption , sr:DevelopmentAssistance .")


def test_methods_and_policy_areas_of_the_special_issue(graph):
    rows = graph.query(PREFIXES + "SELECT DISTINCT ?m WHERE { ?a a srkg:Argument ; srkg:concernsMethod ?m }")
    # "discourse analysis, field observation, elite interviews, document analysis, and economic modeling"
    assert {str(r.m).removeprefix(str(SR)) for r in rows} >= {
        "DiscourseAnalysis", "FieldObservation", "EliteInterviews", "DocumentAnalysis", "EconomicModeling"}
    rows = graph.query(PREFIXES + "SELECT DISTINCT ?p WHERE { ?a a srkg:Argument ; srkg:addressesPolicyArea ?p }")
    # "higher education, anti-corruption, development assistance, transport infrastructure and water management"
    assert {str(r.p).removeprefix(str(SR)) for r in rows} >= {
        "HigherEducation", "AntiCorruption", "DevelopmentAssistance", "TransportInfrastructure", "WaterManagement"}


def test_every_argument_has_a_known_stance(mine):
    args = set(mine.subjects(RDF.type, SRKG.Argument))
    assert len(args) >= 20
    assert {str(mine.value(a, SRKG.stance)) for a in args} == {"overstates", "overlooks", "observes", "proposes"}


# ---------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------
SCHEME_CLASS = {"RelationshipTypeScheme": "RelationshipType", "TheoryScheme": "Theory", "ConceptScheme": "Concept",
                "DisciplineScheme": "Discipline", "MethodScheme": "Method", "PolicyAreaScheme": "PolicyArea"}


@pytest.mark.parametrize("scheme", sorted(SCHEME_CLASS))
def test_vocabulary_scheme_is_well_formed(graph, scheme):
    s = SR[scheme]
    terms = set(graph.subjects(SKOS.inScheme, s))
    assert terms, f"{scheme} has no terms"
    labels = []
    for t in terms:
        assert (t, RDF.type, SKOS.Concept) in graph
        cls = SRKG[SCHEME_CLASS[scheme]]
        assert graph.query(PREFIXES + "ASK { ?t a/rdfs:subClassOf* ?c }", initBindings={"t": t, "c": cls}).askAnswer, t
        pref = list(graph.objects(t, SKOS.prefLabel))
        lab = list(graph.objects(t, RDFS.label))
        assert len(pref) == 1 and pref == lab and pref[0].language == "en", t
        labels.append(str(pref[0]).lower())
        defs = list(graph.objects(t, SKOS.definition))
        assert len(defs) == 1 and str(defs[0])[0].isupper(), t
        broader = list(graph.objects(t, SKOS.broader))
        if broader:
            assert all((b, SKOS.inScheme, s) in graph for b in broader), t
        else:
            assert (t, SKOS.topConceptOf, s) in graph and (s, SKOS.hasTopConcept, t) in graph, t
    assert len(labels) == len(set(labels)), f"duplicate labels in {scheme}"


def test_vocabulary_definitions_are_distinct_and_not_quoted_from_the_article(mine, source_file):
    text = read_source(source_file)
    defs = [str(d) for d in mine.objects(None, SKOS.definition)]
    assert len(defs) > 80
    assert len(defs) == len(set(defs))
    for d in defs:
        assert d not in text


def test_vocabulary_hierarchy(graph):
    for narrow, broad in [("DeFactoAlliance", "Alliance"), ("StrategicAlignment", "Alignment"),
                          ("TraditionalGreatPowerAlliance", "Alliance"), ("PoliticalGeography", "Geography"),
                          ("InternationalEconomics", "Economics"), ("TransportInfrastructure", "InfrastructureDevelopment")]:
        assert (SR[narrow], SKOS.broader, SR[broad]) in graph
    for needed in ["FieldObservation", "EliteInterviews", "DocumentAnalysis", "EconomicModeling",
                   "CounterTerrorism", "InfrastructureDevelopment", "WaterManagement", "AntiCorruption",
                   "DevelopmentAssistance", "TransportInfrastructure", "SecurityPolicy", "Energy", "HigherEducation"]:
        assert (SR[needed], SKOS.inScheme, None) in graph, needed


# ---------------------------------------------------------------------------
# Evidence: every selector of the domain layer matches the source text
# ---------------------------------------------------------------------------
def selectors(g: Graph):
    for ev in g.subjects(RDF.type, OA.SpecificResource):
        quote = pos = None
        for sel in g.objects(ev, OA.hasSelector):
            if (sel, RDF.type, OA.TextQuoteSelector) in g:
                quote = sel
            if (sel, RDF.type, OA.TextPositionSelector) in g:
                pos = sel
        yield ev, quote, pos


@pytest.mark.parametrize("path", DOMAIN_FILES, ids=lambda p: p.name)
def test_every_evidence_selector_matches_the_source(path, source_file):
    text = read_source(source_file)
    g = Graph().parse(path, format="turtle")
    found = list(selectors(g))
    assert found, f"{path.name} has no evidence"
    for ev, quote, pos in found:
        assert quote is not None and pos is not None, ev
        assert (ev, OA.hasSource, SR["BossuytKaczmarek2021-text"]) in g, ev
        sel = Selector(str(g.value(quote, OA.exact)), int(g.value(pos, OA.start)), int(g.value(pos, OA.end)),
                       str(g.value(quote, OA.prefix) or ""), str(g.value(quote, OA.suffix) or ""))
        assert len(sel.exact) <= 300, ev
        assert verify_selector(text, sel) == [], ev


@pytest.mark.parametrize("path", DOMAIN_FILES, ids=lambda p: p.name)
def test_every_domain_individual_has_evidence(path):
    g = Graph().parse(path, format="turtle")
    subjects = {s for s in g.subjects(RDF.type, None)
                if isinstance(s, URIRef) and (s, RDF.type, OA.SpecificResource) not in g}
    assert subjects
    for s in subjects:
        assert (s, SRKG.hasEvidence, None) in g, s
        assert len([lab for lab in g.objects(s, RDFS.label) if isinstance(lab, Literal) and lab.language == "en"]) == 1, s


def test_a_broken_selector_is_caught(source_file):
    """The evidence check can fail: a shifted offset is reported."""
    text = read_source(source_file)
    at = text.index("axis of convenience")
    assert verify_selector(text, Selector("axis of convenience", at + 1, at + 20)) != []


# ---------------------------------------------------------------------------
# The committed Turtle is exactly what the curation scripts generate
# ---------------------------------------------------------------------------
def test_domain_files_are_up_to_date_with_their_generators(tmp_path, monkeypatch, source_file):
    import importlib
    import sys

    monkeypatch.setenv("SRKG_CURATION_OUT", str(tmp_path))
    monkeypatch.setenv("SRKG_SOURCE", str(source_file))
    monkeypatch.syspath_prepend(str(ROOT / "tools" / "curation"))
    written = []
    for name in ("domain_vocab", "domain_world", "domain_claims"):
        sys.modules.pop(name, None)
        written += importlib.import_module(name).build()
    assert len(written) == 12
    for path in written:
        rel = path.relative_to(tmp_path)
        assert path.read_text(encoding="utf-8") == (ROOT / rel).read_text(encoding="utf-8"), f"{rel} is stale: rerun its generator"


# ---------------------------------------------------------------------------
# Primary evidence: the passage that carries a claim
# ---------------------------------------------------------------------------
def _span(g: Graph, ev) -> tuple[int, int]:
    for sel in g.objects(ev, OA.hasSelector):
        if (sel, RDF.type, OA.TextPositionSelector) in g:
            return int(g.value(sel, OA.start)), int(g.value(sel, OA.end))
    raise AssertionError(f"no position selector on {ev}")


def test_every_claim_has_one_primary_evidence_among_its_evidence(graph):
    claims = {c for cls in (SRKG.Characterization, SRKG.Finding, SRKG.Argument) for c in graph.subjects(RDF.type, cls)}
    assert len(claims) > 100
    for c in claims:
        primary = list(graph.objects(c, SRKG.primaryEvidence))
        assert len(primary) == 1, c
        assert (c, SRKG.hasEvidence, primary[0]) in graph, c


def test_the_primary_quote_of_a_characterization_holds_its_citation(graph):
    # "Korolev (2020), for instance, interprets ..."; "... a dominant interpretation (Bobo 2008)": the
    # sentence that carries the citation of the characterizing work is the one shown for the claim
    checked = 0
    for c in graph.subjects(RDF.type, SRKG.Characterization):
        work = graph.value(c, SRKG.madeIn)
        if work == SR.BossuytKaczmarek2021 or str(work).startswith(str(SR) + "SI-"):
            continue  # the article's own characterizations, and the special-issue articles, carry no citation
        start, end = _span(graph, graph.value(c, SRKG.primaryEvidence))
        cites = [x for x in graph.objects(c, SRKG.supportedBy) if graph.value(x, SRKG.citesWork) == work]
        assert cites, f"{c}: no supporting citation of {work}"
        inside = [x for x in cites if start <= _span(graph, graph.value(x, SRKG.hasEvidence))[0] < end]
        assert inside, f"{c}: the citation of {work} is not inside the primary quote"
        checked += 1
    assert checked > 50


# ---------------------------------------------------------------------------
# Issue 14: the facts a careful reading corrected, and passages that were missing
# ---------------------------------------------------------------------------
def _claims(g: Graph, where: str) -> set[str]:
    rows = g.query(PREFIXES + "SELECT DISTINCT ?c WHERE { " + where + " }")
    return {str(r.c).removeprefix(str(SR)) for r in rows}


def test_corrected_history(graph):
    # "Russia had enjoyed the upper hand ... since the mid-19th century"; China's "steep rise" after the Soviet
    # collapse and Russia's choice "to acquiesce to China’s rise" after 2008: the phase is over by 2017-18
    end = graph.query(PREFIXES + """SELECT ?y WHERE { sr:PhaseRussianUpperHand srkg:hasTime/time:hasEnd/time:inXSDgYear ?y }""")
    assert [int(str(r.y)) for r in end] == [2008]
    # "the first ever international agreement between Russia and China": no party of 1689 is named
    assert not list(graph.objects(SR.NerchinskTreaty, SRKG.participant))
    # "with an agreement in 2004 and its implementation in 2008": the implementation is no agreement
    assert (SR.BorderAgreementImplementation2008, RDF.type, SRKG.Agreement) not in graph
    assert (SR.BorderAgreement2004, RDF.type, SRKG.Agreement) in graph
    # "the first joint military exercises taking place in 2005 and 2007": both are among the first
    for ex in (SR.JointExercise2005, SR.JointExercise2007):
        assert str(graph.value(ex, RDFS.label)).startswith("first joint military exercises")
    # "the Russia-backed Eurasian Economic Union", "the Russia-led EAEU": not "launched by"
    assert (SR.EAEU, SRKG.launchedBy, None) not in graph
    assert (SR.EAEU, SRKG.backedBy, SR.Russia) in graph and (SR.EAEU, SRKG.ledBy, SR.Russia) in graph


def test_methods_belong_to_the_special_issue_as_a_whole(graph):
    # "Also methodologically, the special issue reflects ... discourse analysis, field observation, ..."
    assert not list(graph.objects(SR["SI-KutelevaVasiliev"], SRKG.usesMethod))
    assert not list(graph.objects(SR["SI-Dharmaputra"], SRKG.usesMethod))
    assert (None, SKOS.prefLabel, Literal("media analysis", lang="en")) not in graph
    assert len(list(graph.objects(SR.SpecialIssue2021, SRKG.usesMethod))) == 5


def test_aspects_are_not_disciplines(graph):
    # "the historical, economic, domestic, legal and spatial aspects"
    c = SR["arg-proposes-historical-economic-legal-spatial-aspects"]
    assert not list(graph.objects(c, SRKG.concernsDiscipline))
    assert set(graph.objects(c, SRKG.involvesConcept)) == {
        SR.HistoricalAspects, SR.EconomicAspects, SR.DomesticAspects, SR.LegalAspects, SR.SpatialAspects}


OMISSIONS = [
    # "The 2008–2009 global economic crisis turned out to be a watershed ... (Kaczmariski 2015)"
    ("?c srkg:madeIn sr:Kaczmarek2015 ; srkg:about sr:GlobalEconomicCrisis2008 .", {"claim-kaczmarek2015-watershed"}),
    # "Russia built an oil pipeline to China ... borrowed heavily from Chinese banks"
    ("?c srkg:about sr:GlobalEconomicCrisis2008 ; srkg:addressesPolicyArea sr:Energy , sr:ArmsTrade .",
     {"claim-bossuytkaczmarek2021-post-2008-reversals"}),
    # "Both states managed to avoid competition over ... the Russia-backed Eurasian Economic Union and China’s
    # Belt and Road Initiative, or over their ambitions in the Arctic"
    ("?c srkg:about sr:EAEU , sr:BeltAndRoadInitiative ; srkg:coversRegion sr:Arctic ; srkg:stance \"denies\" .",
     {"claim-bossuytkaczmarek2021-avoided-competition"}),
    # "it has not fundamentally transformed the relationship"
    ("?c srkg:about sr:SinoAmericanRivalry ; srkg:madeIn sr:BossuytKaczmarek2021 .",
     {"claim-bossuytkaczmarek2021-not-transformed"}),
    # "promoting the discourse of equality between the two states"
    ("?c srkg:involvesConcept sr:DiscourseOfEquality .",
     {"claim-flikke2016-status-recognition", "claim-larsonshevchenko2019-status-recognition",
      "claim-larson2020-status-recognition"}),
    # "the end of the Second World War and the victory of the communist movement in China that formalized
    # Moscow's primacy"
    ("?c srkg:about sr:EndOfSecondWorldWar , sr:CommunistVictoryInChina .", {"claim-bossuytkaczmarek2021-moscow-primacy"}),
    # Kruessmann: "adopting a post-territorial approach"
    ("?c srkg:madeIn sr:SI-Kruessmann ; srkg:involvesConcept sr:PostTerritorialApproach .",
     {"finding-si-kruessmann-post-territorial"}),
    # Dharmaputra: "pivot to the East", "Greater Eurasia"; China as a "friend"
    ("?c srkg:madeIn sr:SI-Dharmaputra ; srkg:about sr:PivotToTheEast , sr:GreaterEurasia .",
     {"finding-si-dharmaputra-pivot-greater-eurasia"}),
    ("?c srkg:madeIn sr:SI-Dharmaputra ; srkg:hasEvidence/oa:hasSelector/oa:exact ?q . FILTER(CONTAINS(?q, \"friend\"))",
     {"finding-si-dharmaputra-china-friend"}),
    # Leskina and Sabzalieva: "the Russia-led EAEU and China’s BRI can lead to ... a common Eurasian higher education space"
    ("?c srkg:madeIn sr:SI-LeskinaSabzalieva ; srkg:about sr:EAEU , sr:BeltAndRoadInitiative .",
     {"finding-si-leskinasabzalieva-higher-education-space"}),
    # "propose instead the concept of points of correspondence"
    ("?c srkg:involvesConcept sr:PointsOfCorrespondence .", {"finding-si-leskinasabzalieva-points-of-correspondence"}),
    # Pieper: "to benefit from the potential gains ... 'linking-up' of the EAEU and the BRI and to counter-balance"
    ("?c srkg:madeIn sr:SI-Pieper ; srkg:about sr:EAEUBRILinkingUp ; srkg:namesBehaviour sr:Balancing .",
     {"finding-si-pieper-trilateral-diplomacy"}),
]


@pytest.mark.parametrize("where,expected", OMISSIONS)
def test_passages_once_missing(graph, where, expected):
    assert _claims(graph, "?c srkg:hasEvidence ?e . " + where) == expected


def test_regional_leadership_is_used(graph):
    # "paying particular attention to the question of regional leadership"; Soboleva and Krivokhizh
    # "trace the evolution of Beijing's approach to regional leadership"; Defraigne: "a weak economic regional leader"
    got = _claims(graph, "?c srkg:involvesConcept sr:RegionalLeadership .")
    assert {"arg-observes-si-regional-leadership", "finding-si-sobolevakrivokhizh-regional-leadership",
            "finding-si-defraigne-weak-leadership"} <= got
