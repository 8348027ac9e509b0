"""Write the claims of the domain layer: characterizations and the article's own arguments.

instances/bossuyt-kaczmarek-2021/domain/characterizations.ttl -- one srkg:Characterization per (work, statement)
that the article reports: the type a work gives the relationship, the factors it offers,
the theory it draws on, the behaviours it names.

instances/bossuyt-kaczmarek-2021/domain/arguments.ttl -- the article's own srkg:Argument claims: what the
literature overstates and overlooks, what the article observes and what it proposes.

Works are referenced by the IRIs of the conventions (sr:<Surname...><Year>[a|b]); they
are described by the scholarship layer, not here.

Run: .venv/bin/python tools/curation/domain_claims.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from domain_common import TEXT, Node, Q, find, plain, write  # noqa: E402
from scholarship_data import CITATIONS  # noqa: E402

from srkg.evidence import locate  # noqa: E402

ARTICLE = "sr:BossuytKaczmarek2021"
RC, SS = "sr:RussiaChinaRelationship", "sr:SinoSovietRelationship"

PROPS = [  # keyword -> predicate, in output order
    ("about", "srkg:about"), ("types", "srkg:assignsType"), ("factors", "srkg:explainedBy"),
    ("theories", "srkg:drawsOnTheory"), ("behaviours", "srkg:namesBehaviour"),
    ("concepts", "srkg:involvesConcept"), ("disciplines", "srkg:concernsDiscipline"),
    ("methods", "srkg:concernsMethod"), ("about_theories", "srkg:concernsTheory"),
    ("policy", "srkg:addressesPolicyArea"), ("regions", "srkg:coversRegion"),
]


def _citation_numbers() -> dict[tuple[str, int], int]:
    """(content, occurrence) -> number of the in-text citation, as scholarship_build.py numbers them."""
    out, seen, n = {}, {}, 0
    for item in CITATIONS:
        members = item[2] if item[0] == "group" else [(item[1], item[2])]
        for content, _work in members:
            n += 1
            seen[content] = seen.get(content, 0) + 1
            out[(content, seen[content])] = n
    return out


CITATION_NO = _citation_numbers()


def _citation_spans() -> list[tuple[int, int, str, str]]:
    """(start, end, work IRI, citation IRI) of every in-text citation, located as scholarship_build.py does."""
    out, cursor, n = [], 0, 0
    for item in CITATIONS:
        if item[0] == "group":
            g = locate(TEXT, item[1], after=cursor)
            at = g.start
            for content, work in item[2]:
                sel = locate(TEXT, content, after=at)
                at, n = sel.end, n + 1
                out.append((sel.start, sel.end, f"sr:{work or 'DikarevLukin2021'}", f"sr:BossuytKaczmarek2021-cit{n:02d}"))
            cursor = g.end
        else:
            sel = locate(TEXT, item[1], after=cursor)
            n += 1
            out.append((sel.start, sel.end, f"sr:{item[2] or 'DikarevLukin2021'}", f"sr:BossuytKaczmarek2021-cit{n:02d}"))
            cursor = sel.end
    return out


CITATION_SPANS = _citation_spans()


def citations_inside(q, work: str) -> list[str]:
    """The in-text citations of ``work`` that lie inside the passage of quote ``q``."""
    sel = find(q)
    return [iri for start, end, w, iri in CITATION_SPANS if w == work and sel.start <= start and end <= sel.end]


def citation(content: str, occurrence: int = 1) -> str:
    """The IRI of an in-text citation of the article (see scholarship/citations.ttl)."""
    return f"sr:BossuytKaczmarek2021-cit{CITATION_NO[(content, occurrence)]:02d}"


def claim(cls: str, slug: str, work: str, label: str, quotes, *, stance=None, comment=None, cites=(), **kw) -> Node:
    unknown = set(kw) - {k for k, _ in PROPS}
    if unknown:
        raise TypeError(f"{slug}: unknown keywords {unknown}")
    props = []
    for key, pred in PROPS:
        vals = kw.get(key, [RC] if key == "about" else [])
        props.append((pred, [vals] if isinstance(vals, str) else list(vals)))
    props.append(("srkg:madeIn", [work]))
    if isinstance(quotes, (str, Q)):
        quotes = [quotes]
    support = [citation(*c) if isinstance(c, tuple) else citation(c) for c in cites]
    if cls == "srkg:Characterization" and work != ARTICLE:
        support += [c for c in citations_inside(quotes[0], work) if c not in support]  # the primary quote's citation
    props.append(("srkg:supportedBy", support))
    if cls == "srkg:Characterization":  # the article's own arguments are made, not reported, in it
        props.append(("srkg:reportedIn", [ARTICLE]))
    if stance:
        props.append(("srkg:stance", [plain(stance)]))
    if isinstance(quotes, (str, Q)):
        quotes = [quotes]
    prefix = "claim" if cls == "srkg:Characterization" else "arg"
    return Node(f"sr:{prefix}-{slug}", [cls], label, props, list(quotes), comment)


def C(slug, work, label, quotes, **kw) -> Node:
    return claim("srkg:Characterization", slug, work, label, quotes, **kw)


def A(slug, stance, label, quotes, **kw) -> Node:
    return claim("srkg:Argument", slug, ARTICLE, label, quotes, stance=stance, **kw)


def group(works_slugs, label_fmt, quotes, **kw) -> list[Node]:
    """One characterization per work cited together for one statement."""
    return [C(slug, work, label_fmt.format(name), quotes, **kw) for work, slug, name in works_slugs]


# ---------------------------------------------------------------------------
# Characterizations
# ---------------------------------------------------------------------------
REALIST_Q = Q("continue to be embedded in realist assumptions and power-political perspectives (e.g. Krickovic 2017; Korolev and Portyakov 2019; Ambrosio, Schram, and Heopfner 2020)")
OPPOSITION_Q = Q("the role of the opposition to the material primacy of the USA and Western liberal hegemony as the key driver underpinning ever closer cooperation between Moscow and Beijing (e.g. Ambrosio, Schram, and Heopfner 2020; Haynes 2020; Owen 2020)")
AFFINITY_Q = Q("the growing normative affinity between Russia and China that can be traced back to the mid-2000s (Rozman 2014; Wishnick 2017; Ying 2018)")
STATUS_SEEKING_Q = Q("explanations of Russia's policy toward China in terms of status-seeking have gained prominence (Flikke 2016; Larson and Shevchenko 2019; Larson 2020)")
DIVERGENCE_Q = Q("Little attention is paid to Russia and China's divergent approaches to a number of aspects of the international order and global governance (Snetkov and Lanteigne 2014; Kaczmariski 2019; Chen and Yin 2020)")
BIFURCATED_Q = Q("Some authors see the relationship as bifurcated, with global balancing (i.e. joint push back) against the US and regional competition, in Central Asia in particular (Korolev 2016; Elgin 2021)")
ADAPTATION_Q = Q("they explore the processes of Russia's gradual adaptation to China's rising power and influence (Christoffersen 2018; Kaczmarek 2017; Samokhvalov 2018; Odgaard 2017)")

CHARACTERIZATIONS: list[Node] = [
    # --- the historical context --------------------------------------------------------
    C("bossuytkaczmarek2021-asymmetry", ARTICLE, "Bossuyt and Kaczmarek (2021): shifting asymmetry in the balance of power",
      Q("Overall, Sino-Russian relations in recent history are characterized by shifting patterns of asymmetry in terms of balance of power."),
      concepts=["sr:PowerAsymmetry", "sr:BalanceOfPower"]),
    C("bossuytkaczmarek2021-partners-competitors", ARTICLE, "Bossuyt and Kaczmarek (2021): partners and competitors, above all in Central Asia",
      [Q("in their aspirations to create a non-western international order, they are not only partners but also competitors"),
       Q("Nowhere does this duality emerge more openly than in Central Asia"),
       Q("also neighbors, with a contentious historical relationship")],
      behaviours=["sr:RegionalCompetition"], concepts=["sr:InternationalOrder"], regions=["sr:CentralAsia"]),
    C("bossuytkaczmarek2021-sinosoviet-mixture", ARTICLE,
      "Bossuyt and Kaczmarek (2021): the Sino-Soviet relationship as a mixture of great power alliance and patron-client relationship",
      Q("The Sino-Soviet relationship emerged as a mixture of a traditional great power alliance and a patron-client relationship."),
      about=SS, types=["sr:TraditionalGreatPowerAlliance", "sr:PatronClientRelationship"],
      comment="The article's own characterization; the two types are assigned together because the article calls the relationship a mixture of both."),
    C("bossuytkaczmarek2021-sinosoviet-split", ARTICLE, "Bossuyt and Kaczmarek (2021): ideological rivalry and domestic politics behind the Sino-Soviet split",
      [Q("The attempts by the People's Republic of China (PRC) to break free from the Soviet influence coincided with the increasing ideological rivalry for primacy in the communist camp."),
       Q("The domestic political dynamic in both states fueled tensions, leading to the breakup of the Sino-Soviet ties in the early 1960s.")],
      about=[SS, "sr:SinoSovietSplit"], factors=["sr:IdeologicalTensions", "sr:DomesticPoliticalDynamics"]),
    C("bobo2008-sinosoviet-asymmetry", "sr:Bobo2008", "Bobo (2008): a clear asymmetry in the Sino-Soviet relationship",
      [Q("the scale of technological assistance and the provisions of an alliance treaty of 1950 indicated the existence of a clear asymmetry between the two (Bobo 2008)"),
       Q("The Soviet Union's degree of control over the Chinese Communist Party never reached the level typical for Eastern Europe")],
      about=[SS, "sr:SinoSovietAllianceTreaty1950", "sr:ChineseCommunistParty"], concepts=["sr:PowerAsymmetry"]),
    *group([("sr:Radchenko2009", "radchenko2009-sinosoviet-rise-fall", "Radchenko (2009)"),
            ("sr:Luthi2010", "luthi2010-sinosoviet-rise-fall", "Lüthi (2010)")],
           "{}: causes of the rise and fall of the Sino-Soviet alliance",
           Q("scholars have pointed to the role of power-political dynamics, ideological tensions, and domestic politics, in China in particular (Radchenko 2009; Lüthi 2010)"),
           about=[SS, "sr:SinoSovietSplit"], factors=["sr:PowerPolitics", "sr:IdeologicalTensions", "sr:DomesticPoliticalDynamics"],
           regions=["sr:China"]),
    C("radchenko2014-reconciliation", "sr:Radchenko2014", "Radchenko (2014): Gorbachev's openings and the Soviet retreat in Asia enabled reconciliation",
      [Q("enabled Moscow's reconciliation with Beijing (Radchenko 2014)"),
       Q("Mikhail Gorbachev's openings toward China, coupled with the rolling back of the Soviet influence in Asia (in Afghanistan and Vietnam)")],
      about=[SS, "sr:SinoSovietRapprochement", "sr:MikhailGorbachev"], regions=["sr:Asia", "sr:Afghanistan", "sr:Vietnam"]),
    C("wishnick2001-multipolarity", "sr:Wishnick2001", "Wishnick (2001): 1990s settlement and the shared idea of a multipolar world order",
      [Q("signaled their dissatisfaction with Western primacy by promoting the idea of a multipolar world order (Wishnick 2001)"),
       Q("In the 1990s, Russia and China solved the majority of their border disputes, introduced confidence-building measures")],
      about=[RC, "sr:BorderSettlement1990s", "sr:ConfidenceBuildingMeasures1990s"], concepts=["sr:MultipolarWorldOrder"]),
    C("donaldsondonaldson2003-arms-trade", "sr:DonaldsonDonaldson2003", "Donaldson and Donaldson (2003): arms sales to the PLA saved Russia's military industry",
      Q("The modernization of the People's Liberation Army saved the Russian military-industrial complex (Donaldson and Donaldson 2003)"),
      about=[RC, "sr:PeoplesLiberationArmy"], policy=["sr:ArmsTrade"]),
    C("kuhr2007-u-turn", "sr:Kuhr2007", "Kuhr (2007): Putin's post-9/11 U-turn left China in the cold",
      [Q("thereby leaving his Chinese counterpart in the cold (Kuhrt 2007)"),
       Q("Putin made a U-turn in the aftermath of the 9/11 attacks when seeking to reestablish the relationship with the US")],
      about=[RC, "sr:PutinUTurnAfter911", "sr:VladimirPutin"],
      comment="Cited in the text as 'Kuhrt 2007'; the reference list prints the author as 'Kuhr'."),
    C("bobo2008-axis-of-convenience", "sr:Bobo2008", "Bobo (2008): the relationship as an axis of convenience",
      [Q("making the term \u201caxis of convenience\u201d (Bobo 2008) a dominant interpretation"),
       Q("These developments led scholars to emphasize the tactical and superficial nature of the Sino-Russian rapprochement")],
      types=["sr:AxisOfConvenience"]),
    C("kaczmarek2015-watershed", "sr:Kaczmarek2015", "Kaczmarek (2015): the 2008–2009 crisis as a watershed and Russia's acquiescence",
      [Q("The 2008–2009 global economic crisis turned out to be a watershed in Sino-Russian relations (Kaczmariski 2015)"),
       Q("having in effect chosen to acquiesce to China's rise")],
      about=[RC, "sr:GlobalEconomicCrisis2008"], behaviours=["sr:Acquiescence"],
      comment="Cited in the text as 'Kaczmariski 2015'; the reference list prints 'Kaczmarek'."),
    C("wilson2021-adaptation", "sr:Wilson2021", "Wilson (2021): Russia adapts to China's economic influence in Central Asia",
      Q("Russia also began to adapt to China's growing economic influence in Central Asia (Wilson 2021)"),
      behaviours=["sr:Adaptation"], regions=["sr:CentralAsia"]),
    C("xureisinger2019-personal-ties", "sr:XuReisinger2019", "Xu and Reisinger (2019): the personal relationship of Putin and Xi strengthened the ties",
      [Q("the personal relationship between the two has further strengthened the ties between Moscow and Beijing (Xu and Reisinger 2019)"),
       Q("Since Vladimir Putin’s return to the presidency in Russia in 2012 and the selection of Xi Jinping as China’s leader in the same year")],
      about=[RC, "sr:VladimirPutin", "sr:XiJinping", "sr:PutinReturn2012", "sr:XiSelection2012"], factors=["sr:InterpersonalRelations"]),
    C("skalamera2018a-energy", "sr:Skalamera2018a", "Skalamera (2018a): Chinese support after 2014 intensified energy cooperation",
      [Q("selected economic support intensified Sino-Russian cooperation in the energy sphere (Skalamera 2018a)"),
       Q("Beijing’s political support emboldened Russia in its policy")],
      about=[RC, "sr:RussiaWestConflict"], policy=["sr:Energy"],
      comment="The passage follows the sentence on Russia's 2014 annexation of Crimea and the ensuing conflict with the West; 'its policy' is Russia's policy in that conflict."),
    C("korolev2019-military", "sr:Korolev2019", "Korolev (2019): more joint exercises and major arms deals after 2014",
      Q("The number and scope of joint exercises increased, accompanied by major arms deals (Korolev 2019)"),
      policy=["sr:ArmsTrade"]),
    C("kaczmarek2020-symmetry", "sr:Kaczmarek2020", "Kaczmarek (2020): Sino-American rivalry restored some symmetry",
      Q("brought back a certain degree of symmetry into the Russian-Chinese relationship, as it increased the value of Russia's political support for Beijing (Kaczmariski 2020)"),
      about=[RC, "sr:SinoAmericanRivalry"], concepts=["sr:PowerAsymmetry"],
      comment="Cited in the text as 'Kaczmariski 2020'; the reference list prints 'Kaczmarek'."),
    # --- the article's own reading of the history (issue 14) -------------------------------
    C("bossuytkaczmarek2021-central-asia-sphere", ARTICLE,
      "Bossuyt and Kaczmarek (2021): Central Asia, traditionally dominated by Russia, is increasingly part of China's sphere of influence",
      Q("Central Asia, a region traditionally dominated by Russia but increasingly becoming part of China's sphere of influence"),
      about="sr:CentralAsia", concepts=["sr:SphereOfInfluence"], regions=["sr:CentralAsia"]),
    C("bossuytkaczmarek2021-moscow-primacy", ARTICLE,
      "Bossuyt and Kaczmarek (2021): the end of the Second World War and the communist victory in China formalized Moscow's primacy",
      [Q("it was only the end of the Second World War and the victory of the communist movement in China that formalized Moscow's primacy"),
       Q("Russia had enjoyed the upper hand over its south-eastern neighbor since the mid-19th century in terms of power and status")],
      about=[SS, "sr:EndOfSecondWorldWar", "sr:CommunistVictoryInChina"], concepts=["sr:PowerAsymmetry"]),
    C("bossuytkaczmarek2021-china-steep-rise", ARTICLE,
      "Bossuyt and Kaczmarek (2021): Russia, long the stronger, witnessed China's steep rise after the collapse of the Soviet Union",
      Q("While Russia was long the most powerful of the two, it witnessed China's steep rise onto the international stage in the decades following the collapse of the Soviet Union."),
      about=[RC, "sr:FallOfTheSovietUnion"], concepts=["sr:PowerAsymmetry"]),
    C("bossuytkaczmarek2021-rapprochement-continued", ARTICLE,
      "Bossuyt and Kaczmarek (2021): the fall of the Soviet Union did not slow down the rapprochement",
      Q("The fall of the Soviet Union and the emergence of a new democratizing Russian state did not slow down the process of Sino-Russian rapprochement."),
      about=[RC, "sr:FallOfTheSovietUnion"]),
    C("bossuytkaczmarek2021-putin-inconsistent", ARTICLE,
      "Bossuyt and Kaczmarek (2021): under Putin, Russia's policy toward China was not particularly consistent",
      Q("These dynamics continued under Vladimir Putin, even though Russia's policy toward China was not particularly consistent."),
      about=[RC, "sr:VladimirPutin"]),
    C("bossuytkaczmarek2021-cautiousness", ARTICLE,
      "Bossuyt and Kaczmarek (2021): pushed closer to Beijing, Russia stayed cautious in the mid-2000s",
      [Q("While disappointment with Washington pushed Moscow once again closer to Beijing, Russia exercised a degree of cautiousness in its dealing with China."),
       Q("In the mid-2000s, Moscow practically suspended arms trade with China and attempted to bid Beijing and Tokyo against each other in the race for Russia's oil and gas.")],
      about=[RC, "sr:ArmsTradeSuspension", "sr:OilAndGasBidding"], policy=["sr:ArmsTrade", "sr:Energy"]),
    C("bossuytkaczmarek2021-post-2008-reversals", ARTICLE,
      "Bossuyt and Kaczmarek (2021): after the 2008–2009 crisis Russia reversed its policies: oil pipeline, loans, arms trade, joint exercises",
      [Q("Russia reversed a number of its policies, having in effect chosen to acquiesce to China’s rise."),
       Q("Russia built an oil pipeline to China and Russian state energy companies entered into long-term contracts on oil supply and borrowed heavily from Chinese banks."),
       Q("Both sides intensified their security cooperation with the revival of arms trade and regular joint exercises.")],
      about=[RC, "sr:GlobalEconomicCrisis2008"], behaviours=["sr:Acquiescence"], policy=["sr:Energy", "sr:ArmsTrade"]),
    C("bossuytkaczmarek2021-crimea-accelerated", ARTICLE,
      "Bossuyt and Kaczmarek (2021): the annexation of Crimea and the conflict with the West accelerated cooperation and Russia's acquiescence",
      Q("Russia’s 2014 annexation of Crimea and the ensuing conflict with the West only accelerated bilateral cooperation and the process of Moscow’s acquiescence to China’s rise."),
      about=[RC, "sr:CrimeaAnnexation2014", "sr:RussiaWestConflict"], behaviours=["sr:Acquiescence"]),
    C("bossuytkaczmarek2021-avoided-competition", ARTICLE,
      "Bossuyt and Kaczmarek (2021): Russia and China avoided competition over the EAEU and the BRI and over the Arctic",
      Q("Both states managed to avoid competition over such issues as alternative projects for Eurasia, namely the Russia-backed Eurasian Economic Union and China’s Belt and Road Initiative, or over their ambitions in the Arctic."),
      about=[RC, "sr:EAEU", "sr:BeltAndRoadInitiative"], behaviours=["sr:RegionalCompetition"],
      regions=["sr:Eurasia", "sr:Arctic"], stance="denies",
      comment="Regional competition is named in order to deny it (stance 'denies')."),
    C("bossuytkaczmarek2021-not-transformed", ARTICLE,
      "Bossuyt and Kaczmarek (2021): the China-US conflict brought Moscow and Beijing closer but has not fundamentally transformed the relationship",
      Q("Although the China-US conflict brought Moscow and Beijing closer together, it has not fundamentally transformed the relationship."),
      about=[RC, "sr:SinoAmericanRivalry"]),
    C("bossuytkaczmarek2021-identity-status-seeking", ARTICLE,
      "Bossuyt and Kaczmarek (2021): shifting identity narratives in Russia since the mid-2000s fueled status-seeking",
      Q("The shifts in dominant identity narratives, observed in Russia since the mid-2000s, have fueled status-seeking, thus increasing the relevance of status recognition in Russia’s foreign policy."),
      about="sr:Russia", behaviours=["sr:StatusSeeking"], concepts=["sr:Identity", "sr:StatusRecognition"]),
    # --- the IR literature: realism, types, drivers --------------------------------------
    *group([("sr:Krickovic2017", "krickovic2017-realist", "Krickovic (2017)"),
            ("sr:KorolevPortyakov2019", "korolevportyakov2019-realist", "Korolev and Portyakov (2019)"),
            ("sr:AmbrosioSchramHeopfner2020", "ambrosioschramheopfner2020-realist", "Ambrosio, Schram and Heopfner (2020)")],
           "{}: realist assumptions and power-political perspectives", REALIST_Q, theories=["sr:Realism"]),
    C("blank2020-alliance", "sr:Blank2020", "Blank (2020): the relationship as an alliance",
      Q("concepts such as alliance (Blank 2020; Lukin 2021)"), types=["sr:Alliance"]),
    C("lukin2021-alliance", "sr:Lukin2021", "Lukin (2021): the relationship as an alliance",
      Q("concepts such as alliance (Blank 2020; Lukin 2021)"), types=["sr:Alliance"],
      comment="'Lukin 2021' in this passage is read as the single-author entry 'Lukin, Artyom. 2021' (sr:Lukin2021); the other 2021 Lukin entry is co-authored with Novikov and is cited as 'Lukin and Novikov 2021'."),
    C("ambrosio2017-alignment-list", "sr:Ambrosio2017", "Ambrosio (2017): the relationship as an alignment",
      Q("alignment (Ambrosio 2017; Korolev 2020)"), types=["sr:Alignment"]),
    C("korolev2020-alignment-list", "sr:Korolev2020", "Korolev (2020): the relationship as an alignment",
      Q("alignment (Ambrosio 2017; Korolev 2020)"), types=["sr:Alignment"]),
    C("cox2016-strategic-partnership", "sr:Cox2016", "Cox (2016): the relationship as a strategic partnership",
      Q("strategic partnership (Cox 2016; Haynes 2020)"), types=["sr:StrategicPartnership"]),
    C("haynes2020-strategic-partnership", "sr:Haynes2020", "Haynes (2020): the relationship as a strategic partnership",
      Q("strategic partnership (Cox 2016; Haynes 2020)"), types=["sr:StrategicPartnership"]),
    *group([("sr:AmbrosioSchramHeopfner2020", "ambrosioschramheopfner2020-opposition", "Ambrosio, Schram and Heopfner (2020)"),
            ("sr:Haynes2020", "haynes2020-opposition", "Haynes (2020)"),
            ("sr:Owen2020", "owen2020-opposition", "Owen (2020)")],
           "{}: opposition to US primacy and Western liberal hegemony as the key driver", OPPOSITION_Q,
           factors=["sr:OppositionToUSPrimacy", "sr:OppositionToLiberalHegemony"]),
    C("korolev2020-alignment", "sr:Korolev2020", "Korolev (2020): the relationship as strategic alignment",
      [Q("Korolev (2020), for instance, interprets the Sino-Russian relationship in terms of strategic alignment, which he explains with the combination of three mechanisms of the balance of power, balance of threats, and balance of interests"),
       Q("mostly centered on US power and policy")],
      types=["sr:StrategicAlignment"], factors=["sr:BalanceOfPower", "sr:BalanceOfThreat", "sr:BalanceOfInterest"]),
    C("blank2020-de-facto-alliance", "sr:Blank2020", "Blank (2020): the relationship as a de facto alliance",
      [Q("Blank (2020) reads Sino-Russian relations as a *de facto* alliance, the emergence of which in the 2010s he ascribes to geopolitical and ideological anti-American perspectives dominant in both states"),
       Q("reinforced by the belief in the growing weakness of the US")],
      types=["sr:DeFactoAlliance"], factors=["sr:AntiAmericanPerspectives", "sr:PerceivedUSDecline"]),
    C("ambrosio2017-durability", "sr:Ambrosio2017", "Ambrosio (2017): a durable alignment based on common interests and views",
      [Q("Ambrosio (2017) focuses on the durability of Sino-Russian alignment, summarizing the relationship as one based on common interests and common views on international politics, institutionalized by the network of agreements."),
       Q("he traces the foundations of the alignment to the 1990s")],
      types=["sr:Alignment"], factors=["sr:CommonInterests", "sr:CommonViewsOnInternationalPolitics", "sr:Institutionalization"]),
    # --- beyond realism: theories --------------------------------------------------------
    C("flikke2016-constructivist", "sr:Flikke2016", "Flikke (2016): a constructivist explanation",
      Q("constructivist (Flikke 2016; Wishnick 2017)"), theories=["sr:Constructivism"]),
    C("wishnick2017-constructivist", "sr:Wishnick2017", "Wishnick (2017): a constructivist explanation",
      Q("constructivist (Flikke 2016; Wishnick 2017)"), theories=["sr:Constructivism"]),
    C("krickoviczhang2020-status", "sr:KrickovicZhang2020", "Krickovic and Zhang (2020): a status-based explanation",
      Q("status (Krickovic and Zhang 2020; Larson 2020)"), theories=["sr:StatusTheory"]),
    C("larson2020-status", "sr:Larson2020", "Larson (2020): a status-based explanation",
      Q("status (Krickovic and Zhang 2020; Larson 2020)"), theories=["sr:StatusTheory"]),
    C("skalamera2018b-domestic", "sr:Skalamera2018b", "Skalamera (2018b): a domestic-political explanation",
      Q("domestic-political (Skalamera 2018b; Wilson 2019)"), theories=["sr:DomesticPolitics"]),
    C("wilson2019-domestic", "sr:Wilson2019", "Wilson (2019): a domestic-political explanation",
      Q("domestic-political (Skalamera 2018b; Wilson 2019)"), theories=["sr:DomesticPolitics"]),
    C("paikin2021-english-school", "sr:Paikin2021", "Paikin (2021): an English School explanation",
      Q("English School-based (Paikin 2021; Lukin and Novikov 2021) explanations"), theories=["sr:EnglishSchool"]),
    C("lukinnovikov2021-english-school", "sr:LukinNovikov2021", "Lukin and Novikov (2021): an English School explanation",
      Q("English School-based (Paikin 2021; Lukin and Novikov 2021) explanations"), theories=["sr:EnglishSchool"]),
    *group([("sr:Rozman2014", "rozman2014-normative-affinity", "Rozman (2014)"),
            ("sr:Wishnick2017", "wishnick2017-normative-affinity", "Wishnick (2017)"),
            ("sr:Ying2018", "ying2018-normative-affinity", "Ying (2018)")],
           "{}: growing normative affinity since the mid-2000s",
           [AFFINITY_Q, Q("In identity terms, China as the \"Other\" does not threaten Russia's ontological security"),
            Q("Russia and China's shared worldviews have been rooted in their opposition to political and ideological values promoted by the West in domestic politics, and resistance to liberal internationalism"),
            Q("Russia and China increasingly share norms constitutive of political identity that brings them closer together despite the absence of a civilizational affinity")],
           factors=["sr:NormativeAffinity"], concepts=["sr:Identity", "sr:OntologicalSecurity"]),
    *group([("sr:Flikke2016", "flikke2016-status-seeking", "Flikke (2016)"),
            ("sr:LarsonShevchenko2019", "larsonshevchenko2019-status-seeking", "Larson and Shevchenko (2019)"),
            ("sr:Larson2020", "larson2020-status-seeking", "Larson (2020)")],
           "{}: Russia's China policy explained by status-seeking",
           [STATUS_SEEKING_Q, Q("the search for great power status has pushed Russia closer toward China, with cooperation with Beijing reinforcing Moscow's great-power status")],
           behaviours=["sr:StatusSeeking"], factors=["sr:StatusSeeking"], concepts=["sr:GreatPowerStatus"]),
    *group([("sr:Rozman2014", "rozman2014-russian-identity", "Rozman (2014)"),
            ("sr:Wishnick2017", "wishnick2017-russian-identity", "Wishnick (2017)"),
            ("sr:Ying2018", "ying2018-russian-identity", "Ying (2018)")],
           "{}: China as the Other does not threaten Russia's ontological security or its distinctiveness from the West",
           [AFFINITY_Q, Q("as it does not pose a challenge to the civilisationist identity discourses that emphasize Russia’s distinctiveness from the West")],
           about="sr:Russia", concepts=["sr:Identity", "sr:OntologicalSecurity"],
           comment="The article gives this identity reading ('In identity terms') as part of the normative-affinity literature it cites in the sentence before."),
    *group([("sr:Flikke2016", "flikke2016-status-recognition", "Flikke (2016)"),
            ("sr:LarsonShevchenko2019", "larsonshevchenko2019-status-recognition", "Larson and Shevchenko (2019)"),
            ("sr:Larson2020", "larson2020-status-recognition", "Larson (2020)")],
           "{}: China recognises Russia's great power status and promotes a discourse of equality",
           [STATUS_SEEKING_Q,
            Q("These new insights have helped to explain why China continues to explicitly recognize this status, promoting the discourse of equality between the two states."),
            Q("Beijing pays particular attention not to look down on Moscow")],
           factors=["sr:StatusRecognition"], concepts=["sr:GreatPowerStatus", "sr:DiscourseOfEquality"],
           comment="The article reports these as insights of the status-seeking literature it cites in the sentence before."),
    *group([("sr:SnetkovLanteigne2014", "snetkovlanteigne2014-divergence", "Snetkov and Lanteigne (2014)"),
            ("sr:Kaczmarek2019", "kaczmarek2019-divergence", "Kaczmarek (2019)"),
            ("sr:ChenYin2020", "chenyin2020-divergence", "Chen and Yin (2020)")],
           "{}: divergent approaches to international order and global governance", DIVERGENCE_Q,
           concepts=["sr:InternationalOrder", "sr:GlobalGovernance"]),
    # --- the regional dimension -----------------------------------------------------------
    *group([("sr:Korolev2016", "korolev2016-bifurcated", "Korolev (2016)"),
            ("sr:Elgin2021", "elgin2021-bifurcated", "Elgin (2021)")],
           "{}: global balancing and regional competition", BIFURCATED_Q,
           types=["sr:BifurcatedRelationship"], behaviours=["sr:Balancing", "sr:RegionalCompetition"],
           regions=["sr:CentralAsia"]),
    C("wishnick2017-euro-asian-identity", "sr:Wishnick2017", "Wishnick (2017): Russia's Asian ties as the construction of a Euro-Asian identity",
      Q("Wishnick (2017) interprets Moscow's development of relations with other Asian states as reflecting its attempts to (re)construct Russia's identity as that of a Euro-Asian, rather than just European or Eurasian, power."),
      about="sr:Russia", concepts=["sr:Identity"]),
    C("dikarevlukin2021-south-china-sea", "sr:DikarevLukin2021", "Dikarev and Lukin (2021): Russia's South China Sea policy is neither balancing nor hedging",
      Q("Dikarev and Lukin (2021) reiterate this assertion when analyzing Russia's policy toward the South China Sea that, they argue, does not constitute either balancing or hedging vis-à-vis China."),
      behaviours=["sr:Balancing", "sr:Hedging"], concepts=["sr:Identity"], regions=["sr:SouthChinaSea"], stance="denies",
      comment="The behaviours are named in order to deny them (stance 'denies'). The reference list of the article has no entry for Dikarev and Lukin (2021)."),
    *group([("sr:Christoffersen2018", "christoffersen2018-adaptation", "Christoffersen (2018)"),
            ("sr:Kaczmarek2017", "kaczmarek2017-adaptation", "Kaczmarek (2017)"),
            ("sr:Samokhvalov2018", "samokhvalov2018-adaptation", "Samokhvalov (2018)"),
            ("sr:Odgaard2017", "odgaard2017-adaptation", "Odgaard (2017)")],
           "{}: Russia's gradual adaptation to China's rise in the shared neighbourhood", ADAPTATION_Q,
           behaviours=["sr:Adaptation"], concepts=["sr:CooperationCompetitionFramework"], regions=["sr:SharedNeighbourhood"]),
    C("larson2020-deference", "sr:Larson2020", "Larson (2020): China's deference to Russia's great power status",
      [Q("seems to have helped to alleviate the Russian elite's fears of becoming a junior partner (Larson 2020)"),
       Q("China's implicit deference to Russia's great power status in their shared neighborhood")],
      behaviours=["sr:Deference"], concepts=["sr:GreatPowerStatus"], regions=["sr:SharedNeighbourhood"],
      about=[RC, "sr:GreaterEurasianPartnership"],
      comment="The article gives China's acceptance of the Great Eurasian Partnership as an instance of this deference."),
    C("lewis2018-greater-eurasian-partnership", "sr:Lewis2018", "Lewis (2018): the Greater Eurasian Partnership as a grand idea with dim prospects",
      Q("a grand idea with little economic underpinnings and dim prospects of implementation (e.g. Lewis 2018)"),
      about="sr:GreaterEurasianPartnership"),
    C("kazantsevmedvedevasafranchuk2021-agency", "sr:KazantsevMedvedevaSafranchuk2021",
      "Kazantsev, Medvedeva and Safranchuk (2021): Central Asian states as active agents in Greater Eurasia",
      Q("Kazantsev, Medvedeva, and Safranchuk (2021) are among the first to consider the role of the Central Asian states as active agents shaping integration processes in Greater Eurasia"),
      about="sr:CentralAsianStates", concepts=["sr:Agency"], regions=["sr:GreaterEurasia"]),
    C("korostelevapaikin2021-the-local", "sr:KorostelevaPaikin2021", "Korosteleva and Paikin (2021): a call to focus on the local",
      [Q("Korosteleva and Paikin (2021, 321–323) have called upon scholars of Sino-Russian relations in Eurasia"),
       Q("go beyond the existing debates that traditionally focus on geopolitics and great power rivalry so well-rehearsed in the mainstream scholarship")],
      concepts=["sr:LocalPerception"], regions=["sr:Eurasia"], stance="proposes"),
    C("pieper2021-kazakhstan-agency", "sr:Pieper2021", "Pieper (2021): Kazakhstan's agency towards the BRI",
      [Q("Pieper (2021) follows up on this call by examining to what extent Kazakhstan's agency in its interaction with the BRI is shaped"),
       Q("but also by “de-centring practices at the regional and sub-national level”"),
       Q("how Kazakhstan is a microcosm for the dynamics of a new Eurasian order in the making")],
      about=["sr:Kazakhstan", "sr:BeltAndRoadInitiative"], concepts=["sr:Agency", "sr:InternationalOrder"],
      regions=["sr:Kazakhstan", "sr:Eurasia"],
      comment="Pieper (2021) in International Politics, not the special-issue article by the same author (sr:SI-Pieper)."),
    C("santicantic2020-serbia", "sr:SanticAntic2020", "Šantić and Antić (2020): Serbia in a coronavirus diplomacy triangle",
      Q("Šantić and Antić (2020) have analyzed the specificities of Serbia's response to the COVID pandemic by showing, among other things, how the country has found itself in a coronavirus diplomacy triangle between China, Russia and the EU"),
      about="sr:Serbia", regions=["sr:Serbia"]),
    C("grant2020-kazakh-border", "sr:Grant2020", "Grant (2020): China's border practices undercut BRI soft power",
      Q("Using a political geography lens, Grant (2020), in turn, has demonstrated how China's border practices at the Kazakh border complicates the exercise of Chinese BRI soft power."),
      about="sr:BeltAndRoadInitiative", concepts=["sr:SoftPower", "sr:Borders"], disciplines=["sr:PoliticalGeography"],
      regions=["sr:Khorgos"]),
    C("laruelleluo2020-reception", "sr:LaruelleLuo2020", "Laruelle and Luo (2020): Chinese reception of Russian influence",
      Q("Laruelle and Luo (2020), for instance, have provided a unique insight into Chinese reception of Russian political and cultural influence at both elite and popular levels."),
      concepts=["sr:LocalPerception"], regions=["sr:China"]),
    C("kolosovzotova2021-discourses", "sr:KolosovZotova2021", "Kolosov and Zotova (2021): Russian discourses on China and the relationship",
      Q("Kolosov and Zotova (2021) have studied discourses in Russia on Sino-Russian relations, as well as China at the level of officials, experts and the media."),
      concepts=["sr:LocalPerception"], regions=["sr:Russia"]),
    C("kuteleva2021-discursive-politics", "sr:Kuteleva2021", "Kuteleva (2021): the discursive politics of oil in China's energy relations",
      Q("Kuteleva (2021) has provided a pioneering account that shows how China's energy relations with Russia and Kazakhstan are simultaneously enabled and constrained by the discursive politics of oil."),
      about=["sr:China", "sr:Russia", "sr:Kazakhstan"], concepts=["sr:DiscursivePolitics"], policy=["sr:Energy"]),
    C("svarin2016-geopolitical-spaces", "sr:Svarin2016", "Svarin (2016): Russia's three geopolitical spaces",
      Q("Svarin (2016), in turn, has used a critical geopolitical lens to analyze how Russian policy-makers define and articulate the three \"geopolitical spaces\""),
      about="sr:Russia", theories=["sr:CriticalGeopolitics"], regions=["sr:Eurasia", "sr:EuroAtlantic", "sr:AsiaPacific"]),
    # --- special-issue articles: theoretical lenses ------------------------------------
    C("si-kutelevavasiliev-constructivist", "sr:SI-KutelevaVasiliev", "Kuteleva and Vasiliev (special issue): a constructivist reading of the BRI in Russian media",
      Q("using a constructivist lens, the contribution by Kuteleva and Vasiliev looks into the discursive politics of the BRI in Russian media"),
      about=["sr:BeltAndRoadInitiative"], theories=["sr:Constructivism"], concepts=["sr:DiscursivePolitics"],
      comment="The article names no method of this contribution; the methods it lists belong to the special issue as a whole."),
    C("si-dharmaputra-poststructuralist", "sr:SI-Dharmaputra", "Dharmaputra (special issue): a poststructuralist reading of Russia's identity discourse on China",
      Q("The contribution by Dharmaputra, in turn, adopts a poststructuralist perspective in order to examine how discourses on China have been embedded in Russia's identity discourses"),
      theories=["sr:Poststructuralism"], concepts=["sr:Identity"]),
]

# ---------------------------------------------------------------------------
# The article's own arguments
# ---------------------------------------------------------------------------
ARGUMENTS: list[Node] = [
    A("observes-post-liberal-order", "observes", "Non-Western powers such as Russia and China challenge Western hegemony and seek a post-liberal order",
      Q("non-Western powers are increasingly challenging Western hegemony and are attempting to shape a post-liberal world order"),
      concepts=["sr:InternationalOrder"], about=[RC, "sr:TheWest"]),
    A("overstates-normative-convergence", "overstates", "The IR literature overstates normative convergence between Russia and China",
      [Q("such as the extent of normative convergence between the two states, while overlooking"),
       Q("tends to overstate the extent of normative convergence between the two states"),
       Q("such as the degree of normative alignment between the two states")],
      concepts=["sr:NormativeConvergence"]),
    A("overlooks-divergent-approaches", "overlooks", "The literature overlooks Russia's and China's divergent approaches to international order and global governance",
      [Q("Russia and China's divergent approaches to a number of key aspects of the international order and global governance"),
       Q("Little attention is paid to Russia and China's divergent approaches")],
      concepts=["sr:InternationalOrder", "sr:GlobalGovernance"],
      cites=[("Snetkov and Lanteigne 2014", 1), ("Kaczmariski 2019", 1), ("Chen and Yin 2020", 1)]),
    A("overlooks-countries-in-between", "overlooks", "The literature overlooks the agency of the countries in-between",
      [Q("as well as the agency of the \"countries-in-between\""),
       Q("the literature tends to remain silent about the views and roles of the \"countries in-between\""),
       Q("while neglecting or minimizing several other elements, including the agency of the \"countries in-between\"")],
      about=[RC, "sr:CountriesInBetween"], concepts=["sr:Agency"]),
    A("overlooks-complexity", "overlooks", "The IR literature fails to capture the complexity and multi-faceted nature of the relationship",
      [Q("the IR literature fails to capture the complexity and multi-faceted nature of the Sino-Russian relationship"),
       Q("most of the existing scholarship fails to capture the complexity and multi-faceted nature of the Sino-Russian relationship"),
       Q("Engaging more with these studies and approaches could undoubtedly help to better capture the complexity and multi-faceted nature of the Sino-Russian relationship.")],
      disciplines=["sr:InternationalRelations"]),
    A("observes-si-reversed-focus", "observes", "The special issue reverses the focus on the agency of China and Russia, starting from the countries in-between",
      Q("it has also reversed the dominant scholarly focus on the agency of China and Russia by starting instead from the perspective of the countries \"in-between\""),
      about=["sr:SpecialIssue2021", "sr:CountriesInBetween"], concepts=["sr:Agency"],
      policy=["sr:HigherEducation", "sr:AntiCorruption", "sr:DevelopmentAssistance"]),
    A("overlooks-local-perceptions", "overlooks", "The literature cannot say how the relationship is perceived locally",
      [Q("the scholarship is unable to provide insights on how the relationship is perceived locally in Russia and China"),
       Q("whether\n\nthe political elite's discourse resonates with that of the experts and the population")],
      concepts=["sr:LocalPerception"], regions=["sr:Russia", "sr:China"]),
    A("overlooks-outcomes-on-the-ground", "overlooks", "Little is known about how cooperation in the shared neighbourhood plays out on the ground",
      [Q("we still know little about how the deeper cooperation between Russia and China in their shared neighborhood plays out concretely on the ground"),
       Q("to what extent the lofty declarations of partnership result in actual outcomes")],
      regions=["sr:SharedNeighbourhood"]),
    A("overlooks-discursive-politics", "overlooks", "Knowledge is lacking on how discursive politics shape the partnership",
      Q("we still lack knowledge on how discursive politics determine the evolving partnership"),
      concepts=["sr:DiscursivePolitics", "sr:Identity"]),
    A("overlooks-other-disciplines", "overlooks", "IR does not engage with geographical, economic and historical studies of the relationship",
      [Q("a lack of engagement by the discipline of IR can be observed with studies of the Sino-Russian dynamics that use a different disciplinary approach, in particular geography, economics and history"),
       Q("the IR-dominated literature does not engage with studies of the Sino-Russian dynamics that use a different disciplinary approach")],
      disciplines=["sr:InternationalRelations", "sr:Geography", "sr:Economics", "sr:History"]),
    A("overlooks-immaterial-factors", "overlooks", "Immaterial and discursive factors remain understudied",
      Q("immaterial and discursive factors and aspects can be more accounted for in the Sino-Russian engagement"),
      concepts=["sr:ImmaterialFactors"]),
    A("overlooks-material-implications", "overlooks", "Material aspects of the relationship remain understudied at the theoretical level",
      Q("several material aspects of the Sino-Russian relationship also remain understudied at the theoretical level"),
      concepts=["sr:MaterialCapabilities"]),
    A("observes-ir-realist-dominance", "observes", "Most studies are conducted from IR and embedded in realist assumptions",
      [Q("most studies of Sino-Russian dynamics are not only conducted from the disciplinary perspective of International Relations (IR), but also continue to be embedded in realist assumptions and power-political perspectives.", occurrence=1),
       Q("the literature remains dominated by studies embedded in the discipline of International Relations")],
      disciplines=["sr:InternationalRelations"], about_theories=["sr:Realism"]),
    A("observes-narrow-questions", "observes", "The IR literature asks a narrow range of questions",
      [Q("an IR literature that is preoccupied with a narrow range of questions, focused mainly on the character of the relationship, the causes of the enhanced cooperation and the barriers preventing both states from entering into a fully-fledged political-military alliance"),
       Q("these questions are mostly addressed using a limited conceptual-theoretical repertoire"),
       Q("a limited set of realist-inspired questions pertaining mostly to the character of the relationship and the causes of the enhanced cooperation")],
      concepts=["sr:Alliance"], disciplines=["sr:InternationalRelations"]),
    A("observes-other-factors", "observes", "Several scholars challenge or complement the opposition explanation with other factors",
      Q("although several scholars have sought to either challenge or complement this specific explanation with other factors linked to economic interests, interpersonal relations and/or power asymmetry (e.g. Xu and Reisinger 2019)"),
      factors=["sr:EconomicInterests", "sr:InterpersonalRelations", "sr:PowerAsymmetry"],
      cites=[("Xu and Reisinger 2019", 2)],
      comment="The article gives Xu and Reisinger (2019) only as an example ('e.g.') of these several scholars, so the three "
              "factors are not attributed to that work; the citation is linked with srkg:supportedBy."),
    A("observes-surge-in-interest", "observes", "The intensification of Sino-Russian cooperation has triggered a surge in scholarly interest",
      [Q("The steady intensification of Sino-Russian cooperation over the past few years has triggered a surge in scholarly interest.", occurrence=2),
       Q("It cannot be denied that Sino-Russian cooperation has steadily intensified over the past decade.")]),
    A("observes-realist-concepts", "observes", "The nature, intensity and durability of the relationship are examined with realist concepts",
      Q("a substantial amount of scholarly attention has been paid to the nature, intensity and durability of the relationship, with a series of realist concepts used to examine these questions"),
      concepts=["sr:Alliance", "sr:Alignment", "sr:StrategicPartnership"], about_theories=["sr:Realism"]),
    A("observes-theoretical-widening", "observes", "Scholars have recently drawn more widely on IR theory, beyond realism",
      [Q("More recently, scholars have begun to draw more extensively from the IR theory repertoire"),
       Q("By moving away from realist assumptions and concepts, the emphasis has shifted toward the growing normative affinity between Russia and China")],
      about_theories=["sr:Constructivism", "sr:StatusTheory", "sr:DomesticPolitics", "sr:EnglishSchool"],
      concepts=["sr:NormativeAffinity"]),
    A("observes-realist-terms", "observes", "Explanations are coated in realist terms",
      Q("the explanations tend to be based on realist assumptions and coated in realist terms (e.g. balancing, bandwagoning, hedging, material military and economic capabilities)"),
      behaviours=["sr:Balancing", "sr:Bandwagoning", "sr:Hedging"], concepts=["sr:MaterialCapabilities"],
      about_theories=["sr:Realism"]),
    A("observes-new-consensus", "observes", "A new consensus recognises a substantial deepening of the relationship",
      [Q("a new consensus has emerged, recognizing a substantial deepening of the Sino-Russian relationship over the last decade"),
       Q("the \"axis of convenience\" interpretation, which emphasized the tactical and superficial nature of the Sino-Russian rapprochement, has lost its dominant position in recent scholarship")],
      concepts=["sr:AxisOfConvenience"]),
    A("observes-great-power-preoccupation", "observes", "Even the shift away from realism has not broadened the scope of analysis",
      Q("the literature on the Sino-Russian relationship remains preoccupied with great-power politics and geopolitical dynamics and even the recent shift away from realism has not helped much in terms of broadening the scope of analysis"),
      about_theories=["sr:Realism"]),
    A("observes-cooperation-competition-axis", "observes", "Regional research is centred on the cooperation-competition axis",
      [Q("Scholarly focus appears to be centered around the binary cooperation-competition axis."),
       Q("research on the regional dimensions of the Sino-Russian relationship, which have gained increasing prominence since China and Russia have further deepened their cooperation in their shared neighborhood")],
      concepts=["sr:CooperationCompetitionFramework"], regions=["sr:SharedNeighbourhood"]),
    A("observes-no-consensus-hedging", "observes", "No consensus on whether Russia is hedging or balancing",
      Q("No consensus has been achieved on whether the \"facts on the ground\" are sufficient to constitute hedging (i.e. keeping one's options open) or balancing behavior on the part of Russia."),
      behaviours=["sr:Hedging", "sr:Balancing"]),
    A("observes-security-focus", "observes", "Empirical attention is limited to material power and security policy",
      Q("empirical attention has remained limited to the more \"traditional\" or material power aspects, such as military and geo-economic capabilities, and geopolitical policy areas, such as security policy"),
      concepts=["sr:MaterialCapabilities"], policy=["sr:SecurityPolicy"]),
    A("proposes-expanding-scope", "proposes", "Expand the scope of analysis theoretically, disciplinarily and empirically",
      [Q("by making the case for expanding the scope of analysis theoretically, disciplinarily and empirically"),
       Q("In particular, it makes the case for expanding the scope of analysis theoretically, disciplinarily and empirically.", occurrence=1)]),
    A("proposes-broadening-theoretically", "proposes", "Broaden the field theoretically with constructivism and poststructuralism",
      [Q("(1) theoretically, by including a wider variety of approaches, including constructivism and poststructuralism"),
       Q("Theoretically, the special issue has sought to broaden the scope of analysis by including a wider variety of approaches, including constructivism and poststructuralism.")],
      about_theories=["sr:Constructivism", "sr:Poststructuralism"], concepts=["sr:ImmaterialFactors"]),
    A("proposes-poststructuralism", "proposes", "Poststructuralism can grasp the co-constitution of identity, discourse and foreign policy",
      [Q("Poststructuralism, which has yet to enter the IR scholarship on the relationship between China and Russia, is uniquely placed to help examine a number of underexplored questions"),
       Q("how the Self-Other nexus has been (re)constructed in their relationship", occurrence=1)],
      about_theories=["sr:Poststructuralism"], concepts=["sr:Identity", "sr:SelfOtherNexus"],
      cites=[("Hansen 2013", 1), ("2016", 1)],
      comment="The article points to Hansen (2013, 2016) for this view of poststructuralism ('see e.g.'); the two citations are linked with srkg:supportedBy."),
    A("proposes-geography-approaches", "proposes", "Engage with socio-technical, Science and Technology and new materialist approaches from geography",
      [Q("theoretical engagement with the approaches used within political and/or human geography, such as socio-technical approaches, Science and Technology approaches and new materialisms"),
       Q("including the impact of their deepening relationship on the countries in-between.", occurrence=1),
       Q("approaches like socio-technical approaches, Science and Technology and new materialisms could help to better understand certain material, as well as immaterial dimensions of Sino-Russian dynamics")],
      about=[RC, "sr:CountriesInBetween"],
      about_theories=["sr:SocioTechnicalApproach", "sr:ScienceAndTechnologyApproach", "sr:NewMaterialism"],
      disciplines=["sr:PoliticalGeography", "sr:HumanGeography"]),
    A("proposes-broadening-disciplinarily", "proposes", "Broaden the field disciplinarily by working across disciplines",
      [Q("(2) disciplinarily, by working across disciplines"),
       Q("it seems essential to go beyond the field of IR and to engage with the disciplines of economics, political geography, history and area studies, among others")],
      concepts=["sr:Interdisciplinarity"],
      disciplines=["sr:Economics", "sr:PoliticalGeography", "sr:History", "sr:AreaStudies"]),
    A("proposes-historical-economic-legal-spatial-aspects", "proposes", "Account for the historical, economic, domestic, legal and spatial aspects",
      [Q("it seems essential to account for the historical, economic, domestic, legal and spatial aspects"),
       Q("more research is needed that accounts for the historical, economic, domestic, legal and spatial aspects of this topic")],
      concepts=["sr:HistoricalAspects", "sr:EconomicAspects", "sr:DomesticAspects", "sr:LegalAspects", "sr:SpatialAspects"],
      comment="Aspects of the topic, not disciplines: the article names the disciplines separately ('the disciplines of economics, political geography, history and area studies')."),
    A("proposes-broadening-empirically", "proposes", "Broaden the field empirically: new policy areas and the perspective of the countries in-between",
      [Q("(3) empirically, by expanding the analysis to underexplored domains of the Sino-Russian relationship and their engagement with the shared neighborhood"),
       Q("there is a need to venture into un(der) explored policy areas, such as higher education, anti-corruption and development assistance, and to reverse the focus of the agency")],
      concepts=["sr:Agency"], policy=["sr:HigherEducation", "sr:AntiCorruption", "sr:DevelopmentAssistance"],
      regions=["sr:SharedNeighbourhood"]),
    A("proposes-cross-disciplinary-agenda", "proposes", "Work more across disciplines, above all with political and human geography",
      [Q("Particularly important in this regard is our call to work more across disciplines."),
       Q("there lies specific potential in cross-fertilization of insights from political and/or human geography")],
      concepts=["sr:Interdisciplinarity"], disciplines=["sr:PoliticalGeography", "sr:HumanGeography"]),
    A("proposes-spatiality-borders", "proposes", "Bring in spatiality, borders and socio-technical aspects",
      Q("bring in concepts and issues like spatiality, borders and socio-technical aspects and the interconnection between them"),
      concepts=["sr:Spatiality", "sr:Borders"], about_theories=["sr:SocioTechnicalApproach"],
      disciplines=["sr:PoliticalGeography", "sr:HumanGeography"]),
    A("observes-si-disciplines", "observes", "The special issue draws on history, area studies, international economics, international law and political geography",
      [Q("At the disciplinary level, the special issue moves beyond the field of IR to include insights from history, area studies, international economics, international law and political geography."),
       Q("Disciplinarily, the special issue has moved beyond the field of IR to include insights from history, area studies, international economics, international law and political geography.")],
      disciplines=["sr:History", "sr:AreaStudies", "sr:InternationalEconomics", "sr:InternationalLaw", "sr:PoliticalGeography"]),
    A("observes-si-theories", "observes", "The special issue ranges from realist-inspired perspectives to constructivism and post-structuralism",
      Q("the special issue includes a variety of theoretical perspectives, ranging from realist-inspired perspectives to constructivism and post-structuralism"),
      about_theories=["sr:Realism", "sr:Constructivism", "sr:Poststructuralism"]),
    A("observes-si-policy-areas", "observes", "The special issue covers a multitude of under-explored policy areas, among them five it names",
      Q("Empirically, the special issue covers a multitude of un(der)explored policy areas, including higher education, anti-corruption, development assistance, transport infrastructure and water management."),
      policy=["sr:HigherEducation", "sr:AntiCorruption", "sr:DevelopmentAssistance", "sr:TransportInfrastructure", "sr:WaterManagement"]),
    A("observes-si-contributions", "observes", "The special issue's articles analyze the depth, Russian discourses, limits and dilemmas of the relationship and the agency of the countries in-between",
      [Q("Together, the articles in the special issue add new insights to the literature by analyzing the depth of the relationship"),
       Q("The articles aim at analyzing the depth of the relationship; scrutinize Russian discourses on China, in both historical and contemporary contexts; and explore the limitations and dilemmas of the relationship."),
       Q("together, the articles in the special issue add new insights to the existing scholarly knowledge by analyzing the depth of the relationship")],
      about=[RC, "sr:SpecialIssue2021", "sr:CountriesInBetween"], concepts=["sr:Agency"], regions=["sr:CentralAsia", "sr:Mongolia"]),
    A("observes-si-reception", "observes", "The special issue studies how the countries in Eurasia receive Russian and Chinese leadership and initiatives",
      [Q("the special issue seeks to offer new insights into how their perception and reception of Russian and Chinese leadership and cooperation initiatives influences the dynamics between Moscow and Beijing"),
       Q("By assessing how countries in Eurasia respond to Russia's and China's initiatives in their shared neighborhood"),
       Q("the special issue offers new insights into how these countries' perception and reception of Russian and Chinese leadership and cooperation initiatives affects the Sino-Russian dynamics")],
      about=[RC, "sr:SpecialIssue2021", "sr:CountriesInBetween"], concepts=["sr:Agency", "sr:RegionalLeadership", "sr:LocalPerception"],
      regions=["sr:Eurasia", "sr:SharedNeighbourhood"]),
    A("observes-si-first-three", "observes", "The first three articles study perceptions, narratives and discourses and go beyond the view of the ties as a response to US primacy",
      [Q("the first three articles are each centered around (mutual) perceptions, narratives and discourses that characterize historical and contemporary Sino-Russian relations"),
       Q("These three contributions neatly enrich our understanding of the dynamics underpinning the Sino-Russian relationship and help to go beyond the prevailing vision of Moscow-Beijing ties as a geopolitical response to US primacy.")],
      about=[RC, "sr:SI-Adda", "sr:SI-KutelevaVasiliev", "sr:SI-Dharmaputra"], concepts=["sr:DiscursivePolitics"]),
    A("observes-si-power-disparity", "observes", "The first three articles show the relationship constantly reconstructed as Russia adapts to the growing power disparity",
      Q("All three articles illustrate the constant (re)construction of the relationship and the attempts to adapt to the growing power disparity between Russia and China."),
      about=[RC, "sr:SI-Adda", "sr:SI-KutelevaVasiliev", "sr:SI-Dharmaputra"], behaviours=["sr:Adaptation"], concepts=["sr:PowerAsymmetry"]),
    A("observes-si-regional-leadership", "observes", "The middle three articles study the shared neighbourhood with attention to regional leadership",
      Q("The subsequent three articles go deeper into investigating the processes taking place between Russia and China in their shared neighborhood, paying particular attention to the question of regional leadership."),
      about=[RC, "sr:SI-SobolevaKrivokhizh", "sr:SI-Defraigne", "sr:SI-Kruessmann"], concepts=["sr:RegionalLeadership"],
      regions=["sr:SharedNeighbourhood"]),
    A("observes-si-in-between", "observes", "The last two articles foreground the perspectives of the Central Asian countries and Mongolia",
      Q("The final two contributions foreground the perspectives of the states located “in-between” China and Russia, and in particular the Central Asian countries and Mongolia."),
      about=["sr:CountriesInBetween", "sr:CentralAsianStates", "sr:Mongolia", "sr:SI-LeskinaSabzalieva", "sr:SI-Pieper"],
      concepts=["sr:Agency"]),
    A("observes-si-methods", "observes", "The special issue as a whole uses a wide range of methods",
      Q("Also methodologically, the special issue reflects a wide range of approaches and methods, including discourse analysis, field observation, elite interviews, document analysis, and economic modeling."),
      methods=["sr:DiscourseAnalysis", "sr:FieldObservation", "sr:EliteInterviews", "sr:DocumentAnalysis", "sr:EconomicModeling"],
      comment="The article gives this list for the special issue as a whole and ties none of these methods to a single contribution."),
]


def build() -> list[Path]:
    return [
        write("instances/bossuyt-kaczmarek-2021/domain/characterizations.ttl",
              "How the works the article cites characterize the Russia-China (or Sino-Soviet) relationship,\n"
              "one srkg:Characterization per (work, statement), each reported in sr:BossuytKaczmarek2021.\n"
              "A label is a claim, never an rdf:type of the relationship.", CHARACTERIZATIONS),
        write("instances/bossuyt-kaczmarek-2021/domain/arguments.ttl",
              "The article's own arguments (srkg:Argument): what the literature overstates and overlooks, what the\n"
              "article observes and what it proposes. srkg:stance is one of overstates, overlooks, observes, proposes.",
              ARGUMENTS),
    ]


if __name__ == "__main__":
    for p in build():
        print(p)
