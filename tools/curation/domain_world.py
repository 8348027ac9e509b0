"""Write the domain layer that the article narrates: actors, places, history, initiatives.

instances/bossuyt-kaczmarek-2021/domain/actors.ttl, places.ttl, history.ttl, initiatives.ttl.  Every
individual carries evidence: a passage of the source that names it (and, for
a link such as partOf or leaderOf, a passage that makes the link plain).

Run: .venv/bin/python tools/curation/domain_world.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from domain_common import Node, Q, en, instant, interval, plain, undated, write, year_month  # noqa: E402

# ---------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------
def wd(qid: str) -> str:
    return plain(qid)


ACTORS = [
    Node("sr:Russia", ["srkg:State"], "Russia",
         [("srkg:wikidata", [wd("Q159")])],
         [Q("This special issue focuses on two of the main protagonists of this global transformation, namely Russia and China.")]),
    Node("sr:China", ["srkg:State"], "China",
         [("skos:altLabel", [en("People's Republic of China"), en("PRC")]), ("srkg:wikidata", [wd("Q148")])],
         [Q("The attempts by the People's Republic of China (PRC) to break free from the Soviet influence")]),
    Node("sr:SovietUnion", ["srkg:State"], "Soviet Union",
         [("srkg:predecessorOf", ["sr:Russia"]), ("srkg:wikidata", [wd("Q15180")])],
         [Q("The fall of the Soviet Union and the emergence of a new democratizing Russian state"),
          ],
         comment="The article names the Soviet Union as the state whose fall led to the emergence of the new Russian state; hence srkg:predecessorOf sr:Russia."),
    Node("sr:USA", ["srkg:State"], "United States of America",
         [("skos:altLabel", [en("USA"), en("US")]), ("srkg:wikidata", [wd("Q30")])],
         [Q("the opposition to the material primacy of the USA")]),
    Node("sr:Kazakhstan", ["srkg:State"], "Kazakhstan",
         [("srkg:wikidata", [wd("Q232")])],
         [Q("Kazakhstan's agency in its interaction with the BRI")]),
    Node("sr:Mongolia", ["srkg:State"], "Mongolia",
         [("srkg:memberOf", ["sr:CountriesInBetween"]), ("srkg:wikidata", [wd("Q711")])],
         [Q("the triangular relationship between Russia, China and Mongolia"),
          Q("the states located “in-between” China and Russia, and in particular the Central Asian countries and Mongolia")],
         comment="Counted among the states 'in-between' China and Russia (second evidence)."),
    Node("sr:Serbia", ["srkg:State"], "Serbia",
         [("srkg:wikidata", [wd("Q403")])],
         [Q("the specificities of Serbia's response to the COVID pandemic")]),
    Node("sr:Japan", ["srkg:State"], "Japan",
         [("srkg:wikidata", [wd("Q17")])],
         [Q("attempted to bid Beijing and Tokyo against each other"),
          Q("Russian Policy Towards China and Japan")],
         comment="The body of the article names Japan only by its capital (Tokyo, used for the Japanese government, as Moscow and Beijing are); the reference list names it."),
    Node("sr:Belgium", ["srkg:State"], "Belgium", [],
         [Q("which took place at Ghent University in Belgium")]),
    Node("sr:UnitedKingdom", ["srkg:State"], "United Kingdom",
         [("skos:altLabel", [en("UK")])],
         [Q("University of Glasgow, Glasgow, UK")]),
    Node("sr:Afghanistan", ["srkg:State"], "Afghanistan", [("srkg:partOf", ["sr:Asia"])],
         [Q("the rolling back of the Soviet influence in Asia (in Afghanistan and Vietnam)")],
         comment="Named as a place in Asia where Soviet influence was rolled back."),
    Node("sr:Vietnam", ["srkg:State"], "Vietnam", [("srkg:partOf", ["sr:Asia"])],
         [Q("the rolling back of the Soviet influence in Asia (in Afghanistan and Vietnam)")],
         comment="Named as a place in Asia where Soviet influence was rolled back."),
    Node("sr:EU", ["srkg:InternationalOrganisation"], "European Union",
         [("skos:altLabel", [en("EU")]), ("srkg:wikidata", [wd("Q458")])],
         [Q("a coronavirus diplomacy triangle between China, Russia and the EU")]),
    Node("sr:EAEU", ["srkg:InternationalOrganisation", "srkg:Initiative"], "Eurasian Economic Union",
         [("skos:altLabel", [en("EAEU")]), ("srkg:wikidata", [wd("Q4173083")]),
          ("srkg:backedBy", ["sr:Russia"]), ("srkg:ledBy", ["sr:Russia"]), ("srkg:targetsRegion", ["sr:Eurasia"])],
         [Q("alternative projects for Eurasia, namely the Russia-backed Eurasian Economic Union and China’s Belt and Road Initiative"),
          Q("the Russia-led EAEU with the BRI")],
         comment="Both an international organisation and an initiative (a Russia-backed project for Eurasia). The article calls it "
                 "'Russia-backed' and 'Russia-led' but does not say who launched it, so srkg:backedBy and srkg:ledBy are recorded, "
                 "not srkg:launchedBy. The article speaks of 'EAEU member countries' without naming them, so no membership is recorded."),
    Node("sr:ChineseCommunistParty", ["srkg:PoliticalParty"], "Chinese Communist Party",
         [("srkg:institutionOf", ["sr:China"])],
         [Q("The Soviet Union's degree of control over the Chinese Communist Party")]),
    Node("sr:PeoplesLiberationArmy", ["srkg:StateInstitution"], "People's Liberation Army",
         [("srkg:institutionOf", ["sr:China"])],
         [Q("The modernization of the People's Liberation Army saved the Russian military-industrial complex")]),
    Node("sr:VladimirPutin", ["srkg:PoliticalLeader"], "Vladimir Putin",
         [("skos:altLabel", [en("Putin")]), ("srkg:leaderOf", ["sr:Russia"]), ("srkg:wikidata", [wd("Q7747")])],
         [Q("Vladimir Putin’s return to the presidency in Russia in 2012")]),
    Node("sr:XiJinping", ["srkg:PoliticalLeader"], "Xi Jinping",
         [("srkg:leaderOf", ["sr:China"]), ("srkg:wikidata", [wd("Q15031")])],
         [Q("the selection of Xi Jinping as China’s leader in the same year")]),
    Node("sr:MikhailGorbachev", ["srkg:PoliticalLeader"], "Mikhail Gorbachev",
         [("srkg:leaderOf", ["sr:SovietUnion"]), ("srkg:wikidata", [wd("Q30487")])],
         [Q("Mikhail Gorbachev's openings toward China, coupled with the rolling back of the Soviet influence in Asia")],
         comment="The article presents Gorbachev's openings as the moves that enabled Moscow's reconciliation with Beijing, that is, as acting for the Soviet Union; it does not name his office."),
    Node("sr:TheWest", ["srkg:CollectiveActor"], "the West",
         [("skos:altLabel", [en("Western societies")])],
         [Q("Russia’s 2014 annexation of Crimea and the ensuing conflict with the West")]),
    Node("sr:CountriesInBetween", ["srkg:CollectiveActor"], "countries in-between",
         [("skos:altLabel", [en("countries-in-between"), en("in-between countries"), en("states located in-between")])],
         [Q('the agency of the "countries-in-between"'),
          Q("the views and roles of the “countries in-between”")],
         comment="The states lying between Russia and China, from Central Asia to Mongolia, seen as actors in their own right."),
    Node("sr:CentralAsianStates", ["srkg:CollectiveActor"], "Central Asian states",
         [("skos:altLabel", [en("Central Asian countries")]), ("srkg:memberOf", ["sr:CountriesInBetween"])],
         [Q("the role of the Central Asian states as active agents"),
          Q("the states located “in-between” China and Russia, and in particular the Central Asian countries and Mongolia")]),
]

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
RFE_PASSAGE = "Russian Far East's museums in Vladivostok, Khabarovsk, Chita and Nerchinsk"
PLACES = [
    Node("sr:CentralAsia", ["srkg:Region"], "Central Asia",
         [("srkg:partOf", ["sr:SharedNeighbourhood"]), ("srkg:wikidata", [plain("Q27275")])],
         [Q("Nowhere does this duality emerge more openly than in Central Asia"),
          Q("further deepened their cooperation in their shared neighborhood, and in particular in Central Asia")]),
    Node("sr:SharedNeighbourhood", ["srkg:Region"], "shared neighbourhood of Russia and China",
         [("skos:altLabel", [en("shared neighborhood")])],
         [Q("further deepened their cooperation in their shared neighborhood, and in particular in Central Asia")],
         comment="The states and regions lying between Russia and China that both engage with."),
    Node("sr:Eurasia", ["srkg:Region"], "Eurasia", [],
         [Q("alternative projects for Eurasia")]),
    Node("sr:GreaterEurasia", ["srkg:Region"], "Greater Eurasia", [],
         [Q("shaping integration processes in Greater Eurasia"),
          Q("the emergence of the notion of \"Greater Eurasia\"")],
         comment="Named both as a space of integration processes and as a notion of Russian discourse."),
    Node("sr:Arctic", ["srkg:Region"], "Arctic", [],
         [Q("their ambitions in the Arctic")]),
    Node("sr:RussianFarEast", ["srkg:Region"], "Russian Far East", [("srkg:partOf", ["sr:Russia"])],
         [Q(RFE_PASSAGE)]),
    Node("sr:Vladivostok", ["srkg:City"], "Vladivostok", [("srkg:partOf", ["sr:RussianFarEast"])], [Q(RFE_PASSAGE)]),
    Node("sr:Khabarovsk", ["srkg:City"], "Khabarovsk", [("srkg:partOf", ["sr:RussianFarEast"])], [Q(RFE_PASSAGE)]),
    Node("sr:Chita", ["srkg:City"], "Chita", [("srkg:partOf", ["sr:RussianFarEast"])], [Q(RFE_PASSAGE)]),
    Node("sr:Nerchinsk", ["srkg:City"], "Nerchinsk", [("srkg:partOf", ["sr:RussianFarEast"])], [Q(RFE_PASSAGE)]),
    Node("sr:SouthChinaSea", ["srkg:MaritimeArea"], "South China Sea", [("srkg:wikidata", [plain("Q37660")])],
         [Q("Russia’s policy toward the South China Sea")]),
    Node("sr:AsiaPacific", ["srkg:Region"], "Asia-Pacific", [],
         [Q("Eurasia, the Euro-Atlantic and the Asia-Pacific")]),
    Node("sr:EuroAtlantic", ["srkg:Region"], "Euro-Atlantic", [],
         [Q("Eurasia, the Euro-Atlantic and the Asia-Pacific")]),
    Node("sr:Khorgos", ["srkg:BorderArea"], "Sino-Kazakh boundary at Khorgos",
         [("skos:altLabel", [en("Kazakh border"), en("Khorgos")]),
          ("srkg:partOf", ["sr:China", "sr:Kazakhstan"])],
         [Q("China's border practices at the Kazakh border"),
          Q("Crossing Khorgos: Soft Power, Security, and Suspect Loyalties at the Sino-Kazakh Boundary")],
         comment="The body of the article speaks of China's border practices at the Kazakh border; the title of the cited work (Grant 2020) names the crossing, Khorgos."),
    Node("sr:Ghent", ["srkg:City"], "Ghent", [("srkg:partOf", ["sr:Belgium"])],
         [Q("Ghent University, Ghent, Belgium")]),
    Node("sr:Glasgow", ["srkg:City"], "Glasgow", [("srkg:partOf", ["sr:UnitedKingdom"])],
         [Q("University of Glasgow, Glasgow, UK")]),
    Node("sr:Asia", ["srkg:Region"], "Asia", [],
         [Q("the rolling back of the Soviet influence in Asia")]),
    Node("sr:EasternEurope", ["srkg:Region"], "Eastern Europe", [],
         [Q("never reached the level typical for Eastern Europe")]),
    Node("sr:Crimea", ["srkg:Region"], "Crimea", [],
         [Q("Russia’s 2014 annexation of Crimea")]),
]

# ---------------------------------------------------------------------------
# History: relationships, phases and events
# ---------------------------------------------------------------------------
TIME_NOTE = ("Time phrases are kept in srkg:timeExpression with the article's words and mapped to "
             "year-precision OWL-Time instants: a named year is an instant; a decade phrase is an interval "
             "whose beginning and end years are: early 1960s = 1960-1963, late 1980s = 1986-1989, "
             "mid-2000s = 2004-2006, 1990s = 1990-1999, mid-19th century = 1840-1860; '2017-18' and "
             "'2008-2009' are intervals between the named years. A phase that starts or ends at such a "
             "phrase takes the earliest year of the phrase as its beginning and the latest as its end. "
             "No finer precision than the text's is ever stated.")

RUSSIA_CHINA, SINO_SOVIET = "sr:RussiaChinaRelationship", "sr:SinoSovietRelationship"


def event(iri, cls, label, rel, participants, time, quotes, comment=None, extra=()):
    props = [("srkg:inRelationship", [rel]), ("srkg:participant", participants), ("srkg:hasTime", [time])]
    props += list(extra)
    return Node(iri, [cls], label, props, quotes, comment)


HISTORY = [
    Node(SINO_SOVIET, ["srkg:Relationship"], "Sino-Soviet relationship",
         [("skos:altLabel", [en("Sino-Soviet ties")]), ("srkg:hasParty", ["sr:SovietUnion", "sr:China"]),
          ("srkg:predecessorOf", [RUSSIA_CHINA]),
          ("srkg:hasPhase", ["sr:PhaseSinoSovietAlliance", "sr:PhaseSinoSovietEstrangement", "sr:PhaseRapprochement"])],
         [Q("The Sino-Soviet relationship emerged as a mixture"),
          Q("The context: from Sino-Soviet to Sino-Russian relations")],
         comment="The relationship between the Soviet Union and the People's Republic of China, the predecessor of the Russia-China relationship. " + TIME_NOTE),
    Node(RUSSIA_CHINA, ["srkg:Relationship"], "Russia-China relationship",
         [("skos:altLabel", [en("Sino-Russian relationship"), en("Sino-Russian relations"), en("Russian-Chinese relationship")]),
          ("srkg:hasParty", ["sr:Russia", "sr:China"]),
          ("srkg:hasPhase", ["sr:PhaseRussianUpperHand", "sr:PhaseRapprochement", "sr:PhaseCautiousCooperation",
                             "sr:PhaseAcquiescence", "sr:PhaseRestoredSymmetry"])],
         [Q("This special issue seeks to advance the scholarly knowledge on the Sino-Russian relationship by making the case", occurrence=1),
          Q("The context: from Sino-Soviet to Sino-Russian relations")],
         comment="The relationship between Russia and China across its history, from the Nerchinsk Treaty to the present; "
                 "its Soviet-era stretch is also modelled as its predecessor, the Sino-Soviet relationship. " + TIME_NOTE),
    # phases
    Node("sr:PhaseRussianUpperHand", ["srkg:RelationshipPhase"], "Russia's upper hand over China (mid-19th century to 2008)",
         [("srkg:phaseOf", [RUSSIA_CHINA]),
          ("srkg:hasTime", [interval(1840, 2008, "since the mid-19th century, until Russia chose to acquiesce to China's rise after the 2008–2009 crisis")])],
         [Q("Russia had enjoyed the upper hand over its south-eastern neighbor since the mid-19th century in terms of power and status"),
          Q("While Russia was long the most powerful of the two, it witnessed China's steep rise onto the international stage in the decades following the collapse of the Soviet Union."),
          Q("Russia reversed a number of its policies, having in effect chosen to acquiesce to China’s rise.")],
         comment="The article dates the beginning (the mid-19th century) but gives no year for the end: it tells of China's steep rise "
                 "in the decades after the Soviet collapse and of Russia's choice, after the 2008–2009 crisis, to acquiesce to that rise. "
                 "The phase is closed at 2008, the first year of that crisis and the beginning of sr:PhaseAcquiescence, so that it "
                 "does not run on into the years of acquiescence and restored symmetry."),
    Node("sr:PhaseSinoSovietAlliance", ["srkg:RelationshipPhase"], "Sino-Soviet alliance (1950 to the early 1960s)",
         [("srkg:phaseOf", [SINO_SOVIET]), ("srkg:hasTime", [interval(1950, 1963, "from the alliance treaty of 1950 to the breakup in the early 1960s")])],
         [Q("the causes of the rise and fall of the Sino-Soviet alliance")]),
    Node("sr:PhaseSinoSovietEstrangement", ["srkg:RelationshipPhase"], "Sino-Soviet estrangement (early 1960s to late 1980s)",
         [("srkg:phaseOf", [SINO_SOVIET]), ("srkg:hasTime", [interval(1960, 1989, "from the early 1960s to the late 1980s")])],
         [Q("It took both states more than two decades to initiate the process of rapprochement in the late 1980s.")]),
    Node("sr:PhaseRapprochement", ["srkg:RelationshipPhase"], "rapprochement (late 1980s and 1990s)",
         [("srkg:phaseOf", [SINO_SOVIET, RUSSIA_CHINA]), ("srkg:hasTime", [interval(1986, 1999, "from the late 1980s through the 1990s")])],
         [Q("The fall of the Soviet Union and the emergence of a new democratizing Russian state did not slow down the process of Sino-Russian rapprochement.")],
         comment="Begun between the Soviet Union and China and continued between Russia and China, so it is a phase of both relationships."),
    Node("sr:PhaseCautiousCooperation", ["srkg:RelationshipPhase"], "cautious cooperation under Putin (2001 to 2008)",
         [("srkg:phaseOf", [RUSSIA_CHINA]), ("srkg:hasTime", [interval(2001, 2008, "from the June 2001 treaty to the 2008–2009 crisis")])],
         [Q("Russia exercised a degree of cautiousness in its dealing with China")]),
    Node("sr:PhaseAcquiescence", ["srkg:RelationshipPhase"], "Russia's acquiescence to China's rise (from 2008)",
         [("srkg:phaseOf", [RUSSIA_CHINA]), ("srkg:hasTime", [interval(2008, None, "since the 2008–2009 global economic crisis")])],
         [Q("Russia reversed a number of its policies, having in effect chosen to acquiesce to China’s rise.")]),
    Node("sr:PhaseRestoredSymmetry", ["srkg:RelationshipPhase"], "partial return of symmetry (from 2017–18)",
         [("srkg:phaseOf", [RUSSIA_CHINA]), ("srkg:hasTime", [interval(2017, None, "since the advent of open Sino-American rivalry in 2017–18")])],
         [Q("brought back a certain degree of symmetry into the Russian-Chinese relationship")]),
    # events
    event("sr:NerchinskTreaty", "srkg:Treaty", "Nerchinsk Treaty (1689)", RUSSIA_CHINA, [],
          instant(1689, "1689"),
          [Q("the Nerchinsk Treaty (1689), the first ever international agreement between Russia and China")],
          comment="The article calls it the first agreement 'between Russia and China' but does not name the states that "
                  "concluded it in 1689. sr:Russia and sr:China are the present-day states (Wikidata Q159 and Q148, the "
                  "People's Republic of China), so neither is recorded as a participant; the treaty belongs to the history of "
                  "the Russia-China relationship (srkg:inRelationship).",
          extra=[("skos:altLabel", [en("Treaty of Nerchinsk")])]),
    event("sr:SinoSovietAllianceTreaty1950", "srkg:Treaty", "Sino-Soviet alliance treaty of 1950", SINO_SOVIET,
          ["sr:SovietUnion", "sr:China"], instant(1950, "1950"),
          [Q("the provisions of an alliance treaty of 1950")]),
    # events the article names without a year: kept out of the relationships' chronology (which orders by year)
    # and linked to the claims that turn on them with srkg:about
    event("sr:EndOfSecondWorldWar", "srkg:PoliticalEvent", "end of the Second World War", None, [],
          undated("the end of the Second World War"),
          [Q("it was only the end of the Second World War and the victory of the communist movement in China that formalized Moscow's primacy")],
          comment="The article gives no year; with the communist victory in China it formalized Moscow's primacy over China."),
    event("sr:CommunistVictoryInChina", "srkg:PoliticalEvent", "victory of the communist movement in China", None, [],
          undated("the victory of the communist movement in China"),
          [Q("it was only the end of the Second World War and the victory of the communist movement in China that formalized Moscow's primacy")],
          comment="The article gives no year and does not name the movement's party, so no participant is recorded.",
          extra=[("srkg:location", ["sr:China"])]),
    event("sr:FallOfTheSovietUnion", "srkg:PoliticalEvent", "fall of the Soviet Union", None, ["sr:SovietUnion"],
          undated("the fall of the Soviet Union"),
          [Q("The fall of the Soviet Union and the emergence of a new democratizing Russian state did not slow down the process of Sino-Russian rapprochement."),
           Q("in the decades following the collapse of the Soviet Union")],
          comment="The article gives no year.",
          extra=[("skos:altLabel", [en("collapse of the Soviet Union")])]),
    event("sr:SinoSovietSplit", "srkg:PoliticalEvent", "breakup of Sino-Soviet ties (early 1960s)", SINO_SOVIET,
          ["sr:SovietUnion", "sr:China"], interval(1960, 1963, "early 1960s"),
          [Q("leading to the breakup of the Sino-Soviet ties in the early 1960s")]),
    event("sr:SinoSovietRapprochement", "srkg:PoliticalEvent", "start of Sino-Soviet rapprochement (late 1980s)", SINO_SOVIET,
          ["sr:SovietUnion", "sr:China", "sr:MikhailGorbachev"], interval(1986, 1989, "late 1980s"),
          [Q("It took both states more than two decades to initiate the process of rapprochement in the late 1980s."),
           Q("Mikhail Gorbachev's openings toward China, coupled with the rolling back of the Soviet influence in Asia (in Afghanistan and Vietnam), enabled Moscow's reconciliation with Beijing")]),
    event("sr:BorderSettlement1990s", "srkg:PoliticalEvent", "settlement of most border disputes (1990s)", RUSSIA_CHINA,
          ["sr:Russia", "sr:China"], interval(1990, 1999, "1990s"),
          [Q("In the 1990s, Russia and China solved the majority of their border disputes")],
          comment="The article says the disputes were solved, not by what instrument, so the settlement is a political event, not an agreement."),
    event("sr:ConfidenceBuildingMeasures1990s", "srkg:PoliticalEvent", "introduction of confidence-building measures (1990s)", RUSSIA_CHINA,
          ["sr:Russia", "sr:China"], interval(1990, 1999, "1990s"),
          [Q("In the 1990s, Russia and China solved the majority of their border disputes, introduced confidence-building measures")],
          comment="The article says the measures were introduced, not that they were agreed in a treaty or agreement."),
    event("sr:GoodNeighbourhoodTreaty2001", "srkg:Treaty", "good neighbourhood treaty (June 2001)", RUSSIA_CHINA,
          ["sr:Russia", "sr:China", "sr:VladimirPutin"], year_month("2001-06", "June 2001"),
          [Q("After signing the good neighborhood treaty in June 2001")],
          extra=[("skos:altLabel", [en("good neighborhood treaty")])]),
    event("sr:PutinUTurnAfter911", "srkg:PoliticalEvent", "Putin's U-turn towards the US after 9/11", RUSSIA_CHINA,
          ["sr:Russia", "sr:VladimirPutin", "sr:USA", "sr:China"], instant(2001, "in the aftermath of the 9/11 attacks"),
          [Q("Putin made a U-turn in the aftermath of the 9/11 attacks when seeking to reestablish the relationship with the US, thereby leaving his Chinese counterpart in the cold")],
          comment="The article dates the U-turn by '9/11', the name of the attacks of 11 September 2001 and, in the article, after the June 2001 treaty; the instant is given at year precision only."),
    event("sr:ArmsTradeSuspension", "srkg:PoliticalEvent", "Russia practically suspends arms trade with China (mid-2000s)", RUSSIA_CHINA,
          ["sr:Russia", "sr:China"], interval(2004, 2006, "mid-2000s"),
          [Q("In the mid-2000s, Moscow practically suspended arms trade with China")]),
    event("sr:OilAndGasBidding", "srkg:PoliticalEvent", "Russia bids China and Japan against each other for oil and gas (mid-2000s)", RUSSIA_CHINA,
          ["sr:Russia", "sr:China", "sr:Japan"], interval(2004, 2006, "mid-2000s"),
          [Q("attempted to bid Beijing and Tokyo against each other in the race for Russia's oil and gas")]),
    event("sr:BorderAgreement2004", "srkg:Agreement", "border agreement (2004)", RUSSIA_CHINA,
          ["sr:Russia", "sr:China"], instant(2004, "2004"),
          [Q("ultimately solved their remaining border dispute, with an agreement in 2004")]),
    event("sr:JointExercise2005", "srkg:MilitaryExercise", "first joint military exercises: the 2005 exercise", RUSSIA_CHINA,
          ["sr:Russia", "sr:China"], instant(2005, "2005"),
          [Q("the first joint military exercises taking place in 2005 and 2007")],
          comment="The article counts the exercises of 2005 and of 2007 together as 'the first joint military exercises'."),
    event("sr:JointExercise2007", "srkg:MilitaryExercise", "first joint military exercises: the 2007 exercise", RUSSIA_CHINA,
          ["sr:Russia", "sr:China"], instant(2007, "2007"),
          [Q("the first joint military exercises taking place in 2005 and 2007")],
          comment="The article counts the exercises of 2005 and of 2007 together as 'the first joint military exercises'."),
    event("sr:BorderAgreementImplementation2008", "srkg:PoliticalEvent", "implementation of the border agreement (2008)", RUSSIA_CHINA,
          ["sr:Russia", "sr:China"], instant(2008, "2008"),
          [Q("with an agreement in 2004 and its implementation in 2008")],
          comment="The carrying out of the 2004 agreement (sr:BorderAgreement2004), not an agreement of its own."),
    event("sr:GlobalEconomicCrisis2008", "srkg:Crisis", "global economic crisis (2008–2009)", RUSSIA_CHINA,
          ["sr:Russia", "sr:China"], interval(2008, 2009, "2008–2009"),
          [Q("The 2008–2009 global economic crisis turned out to be a watershed in Sino-Russian relations")],
          comment="A global crisis; Russia and China are recorded as participants because the article treats it as a watershed in their relations."),
    event("sr:PutinReturn2012", "srkg:PoliticalEvent", "Putin's return to the presidency (2012)", RUSSIA_CHINA,
          ["sr:VladimirPutin", "sr:Russia"], instant(2012, "2012"),
          [Q("Vladimir Putin’s return to the presidency in Russia in 2012")]),
    event("sr:XiSelection2012", "srkg:PoliticalEvent", "selection of Xi Jinping as China's leader (2012)", RUSSIA_CHINA,
          ["sr:XiJinping", "sr:China"], instant(2012, "in the same year"),
          [Q("the selection of Xi Jinping as China’s leader in the same year")]),
    event("sr:CrimeaAnnexation2014", "srkg:PoliticalEvent", "Russia's annexation of Crimea (2014)", RUSSIA_CHINA,
          ["sr:Russia"], instant(2014, "2014"),
          [Q("Russia’s 2014 annexation of Crimea")], extra=[("srkg:location", ["sr:Crimea"])]),
    event("sr:RussiaWestConflict", "srkg:PoliticalEvent", "Russia's conflict with the West (from 2014)", RUSSIA_CHINA,
          ["sr:Russia", "sr:TheWest"], interval(2014, None, "post-2014"),
          [Q("Russia’s 2014 annexation of Crimea and the ensuing conflict with the West"),
           Q("the post-2014 Russian-Western crisis")],
          extra=[("skos:altLabel", [en("post-2014 Russian-Western crisis")])]),
    event("sr:SinoAmericanRivalry", "srkg:PoliticalEvent", "advent of open Sino-American rivalry (2017–18)", RUSSIA_CHINA,
          ["sr:China", "sr:USA"], interval(2017, 2018, "2017–18"),
          [Q("The advent of open Sino-American rivalry in 2017–18")]),
]

# ---------------------------------------------------------------------------
# Initiatives (sr:EAEU is written with the actors: it is both)
# ---------------------------------------------------------------------------
INITIATIVES = [
    Node("sr:BeltAndRoadInitiative", ["srkg:Initiative"], "Belt and Road Initiative",
         [("skos:altLabel", [en("BRI")]), ("srkg:launchedBy", ["sr:China", "sr:XiJinping"]),
          ("srkg:targetsRegion", ["sr:Eurasia"])],
         [Q("alternative projects for Eurasia, namely the Russia-backed Eurasian Economic Union and China’s Belt and Road Initiative"),
          Q("China's – and Xi Jinping's personal – flagship project, the BRI")]),
    Node("sr:GreaterEurasianPartnership", ["srkg:Initiative"], "Greater Eurasian Partnership",
         [("skos:altLabel", [en("Great Eurasian Partnership")])],
         [Q("the acceptance of the Great Eurasian Partnership")],
         comment="The article prints 'Great Eurasian Partnership'; it says that China accepted it, not who proposed it, so no launchedBy is recorded."),
    Node("sr:PolarSilkRoad", ["srkg:Initiative"], "Polar Silk Road",
         [("srkg:targetsRegion", ["sr:Arctic"]), ("srkg:participant", ["sr:China", "sr:Russia"])],
         [Q("shifts the focus to the Arctic by exploring whether a shared understanding"),
          Q("any shared governance between China and Russia on anti-corruption on the Polar Silk Road")],
         comment="The article treats it as a case of 'the new spatial regimes of the BRI' but does not say who launched it."),
    Node("sr:EAEUBRILinkingUp", ["srkg:Initiative"], "linking up of the EAEU and the BRI",
         [("skos:altLabel", [en("linking-up of the EAEU and the BRI")]), ("srkg:links", ["sr:EAEU", "sr:BeltAndRoadInitiative"]),
          ("srkg:launchedBy", ["sr:Russia"]), ("srkg:targetsRegion", ["sr:Eurasia"])],
         [Q("support Sino-Russian cooperation in Eurasia and, in particular, the Russian proposal of the \"linking up\" of the EAEU and BRI")]),
    Node("sr:PivotToTheEast", ["srkg:Initiative"], "Russia's pivot to the East",
         [("srkg:launchedBy", ["sr:Russia"])],
         [Q("our understanding of Russia's \"pivot to the East\"")]),
]


def build() -> list[Path]:
    return [
        write("instances/bossuyt-kaczmarek-2021/domain/actors.ttl",
              "Actors that the article names: states, organisations, a party, a state institution, leaders and\n"
              "collective actors. Wikidata ids only those listed in the modeling guide.", ACTORS),
        write("instances/bossuyt-kaczmarek-2021/domain/places.ttl",
              "Regions, cities, seas and border areas that the article names, with srkg:partOf where the text\n"
              "makes the containment plain. States are places too (see actors.ttl).", PLACES),
        write("instances/bossuyt-kaczmarek-2021/domain/history.ttl",
              "The Russia-China and Sino-Soviet relationships, their phases and the dated events the article narrates.\n"
              + TIME_NOTE, HISTORY),
        write("instances/bossuyt-kaczmarek-2021/domain/initiatives.ttl",
              "Initiatives the article names. sr:EAEU (organisation and initiative) is in actors.ttl.", INITIATIVES),
    ]


if __name__ == "__main__":
    for p in build():
        print(p)
