"""Hand-transcribed facts of the scholarship layer (issue 3).

Everything here was typed from the source article
(../shared/source/bossuyt-kaczmarek-2021.txt); nothing is computed.  The
builder (scholarship_build.py) checks every string below against the source
text and fails loudly when one is not there, then computes the offsets with
``srkg.evidence.locate``.
"""

# ---------------------------------------------------------------------------
# The reference list, in list order (55 entries).
# kind: JA journal article, BK book, CH book chapter, PM policy memo.
# authors: (given names as printed, family name as printed), in order.
# journal / publisher: keys of JOURNALS / PUBLISHERS below.
# ---------------------------------------------------------------------------
REFS = [
    dict(id="Ambrosio2017", kind="JA", authors=[("Thomas", "Ambrosio")], year="2017",
         title="The Architecture of Alignment: The Russia–China Relationship and International Agreements",
         journal="EuropeAsiaStudies", volume="69", issue="1", pages=("110", "156"),
         doi="10.1080/09668136.2016.1273318"),
    dict(id="AmbrosioSchramHeopfner2020", kind="JA",
         authors=[("Thomas", "Ambrosio"), ("Carson", "Schram"), ("Preston", "Heopfner")], year="2020",
         title="The American Securitization of China and Russia: U.S. Geopolitical Culture and Declining Unipolarity",
         journal="EurasianGeographyAndEconomics", volume="61", issue="2", pages=("162", "194"),
         doi="10.1080/15387216.2019.1702566"),
    dict(id="Blank2020", kind="JA", authors=[("Stephen", "Blank")], year="2020",
         title="The Un-Holy Russo-Chinese Alliance",
         journal="DefenseAndSecurityAnalysis", volume="36", issue="3", pages=("249", "274"),
         doi="10.1080/14751798.2020.1790805"),
    dict(id="Bobo2008", kind="BK", authors=[("Lo", "Bobo")], year="2008",
         title="Axis of Convenience: Moscow, Beijing, and the New Geopolitics",
         place="Washington, DC", publisher="BrookingsInstitutionPress"),
    dict(id="ChenYin2020", kind="JA", authors=[("Zheng", "Chen"), ("Hang", "Yin")], year="2020",
         title="China and Russia in R2P Debates at the UN Security Council",
         journal="InternationalAffairs", volume="96", issue="3", pages=("787", "805"),
         doi="10.1093/ia/iiz229"),
    dict(id="Christoffersen2018", kind="JA", authors=[("Gaye", "Christoffersen")], year="2018",
         title="Sino-Russian Accommodation and Adaptation in Eurasian Regional Order Formation",
         journal="AsianPerspective", volume="42", issue="3", pages=("439", "462"),
         doi="10.1353/apr.2018.0019"),
    dict(id="Cox2016", kind="JA", authors=[("Michael", "Cox")], year="2016",
         title="Not Just 'Convenient': China and Russia's New Strategic Partnership in the Age of Geopolitics",
         journal="AsianJournalOfComparativePolitics", volume="1", issue="4", pages=("317", "334"),
         doi="10.1177/2057891116666191"),
    dict(id="DonaldsonDonaldson2003", kind="JA", authors=[("Robert H", "Donaldson"), ("John A.", "Donaldson")],
         year="2003",
         title="The Arms Trade in Russian–Chinese Relations: Identity, Domestic Politics, and Geopolitical Positioning",
         journal="InternationalStudiesQuarterly", volume="47", issue="4", pages=("709", "732"),
         doi="10.1046/j.0020-8833.2003.00285.x"),
    dict(id="Elgin2021", kind="CH", authors=[("Katherine", "Elgin")], year="2021",
         title="The Other Actor: Gauging Russian Reactions to Potential EU–China Cooperation on the Belt and Road Initiative in Central Asia",
         book="BossuytDessein2021", pages=("97", "120")),
    dict(id="Flikke2016", kind="JA", authors=[("Geir", "Flikke")], year="2016",
         title="Sino–Russian Relations Status Exchange or Imbalanced Relationship?",
         journal="ProblemsOfPostCommunism", volume="63", issue="3", pages=("159", "170"),
         doi="10.1080/10758216.2016.1163227"),
    dict(id="Grant2020", kind="JA", authors=[("Andrew", "Grant")], year="2020",
         title="Crossing Khorgos: Soft Power, Security, and Suspect Loyalties at the Sino-Kazakh Boundary",
         journal="PoliticalGeographyJournal", volume="76", pages=("102070", None),
         doi="10.1016/j.polgeo.2019.102070"),
    dict(id="Hansen2013", kind="BK", authors=[("Lene", "Hansen")], year="2013",
         title="Security as Practice: Discourse Analysis and the Bosnian War",
         place="London", publisher="Routledge"),
    dict(id="Hansen2016", kind="CH", authors=[("Lene", "Hansen")], year="2016",
         title="Discourse Analysis, Post-structuralism, and Foreign Policy",
         book="SmithHadfieldDunne2016", pages=("95", "110")),
    dict(id="Haynes2020", kind="JA", authors=[("Kyle", "Haynes")], year="2020",
         title="Balancing or Backscratching? Sino-Russian Logrolling during US Decline",
         journal="InternationalPolitics", volume="57", issue="5", pages=("918", "944"),
         doi="10.1057/s41311-019-00191-x"),
    dict(id="Kaczmarek2015", kind="BK", authors=[("Marcin", "Kaczmarek")], year="2015",
         title="Russia-China relations in the post-crisis international order",
         place="Abingdon; New York", publisher="Routledge"),
    dict(id="Kaczmarek2017", kind="JA", authors=[("Marcin", "Kaczmarek")], year="2017",
         title="Two Ways of Influence-building: The Eurasian Economic Union and the One Belt, One Road Initiative",
         journal="EuropeAsiaStudies", volume="69", issue="7", pages=("1027", "1046"),
         doi="10.1080/09668136.2017.1373270"),
    dict(id="Kaczmarek2019", kind="JA", authors=[("Marcin", "Kaczmarek")], year="2019",
         title="Convergence or Divergence? Visions of World Order and the Russian-Chinese Relationship",
         journal="EuropeanPoliticsAndSociety", volume="20", issue="2", pages=("207", "224"),
         doi="10.1080/23745118.2018.1545185"),
    dict(id="Kaczmarek2020", kind="JA", authors=[("Marcin", "Kaczmarek")], year="2020",
         title="The Sino-Russian Relationship and the West",
         journal="Survival", volume="62", issue="6", pages=("199", "212"),
         doi="10.1080/00396338.2020.1851101"),
    dict(id="KazantsevMedvedevaSafranchuk2021", kind="JA",
         authors=[("Andrei", "Kazantsev"), ("Svetlana", "Medvedeva"), ("Ivan", "Safranchuk")], year="2021",
         title="Between Russia and China: Central Asia in Greater Eurasia",
         journal="JournalOfEurasianStudies", volume="12", issue="1", pages=("57", "71"),
         doi="10.1177/1879366521998242"),
    dict(id="KolosovZotova2021", kind="JA", authors=[("Vladimir", "Kolosov"), ("Maria", "Zotova")], year="2021",
         title="The 'Pivot to the East' and China in Russian Discourse",
         journal="Geopolitics", status="forthcoming",
         doi="10.1080/14650045.2021.1952184"),
    dict(id="Korolev2019", kind="JA", authors=[("Alexander", "Korolev")], year="2019",
         title="On the Verge of an Alliance: Contemporary China-Russia Military Cooperation",
         journal="AsianSecurity", volume="15", issue="3", pages=("233", "252"),
         doi="10.1080/14799855.2018.1463991"),
    dict(id="Korolev2016", kind="JA", authors=[("Alexandr", "Korolev")], year="2016",
         title="Systemic Balancing and Regional Hedging: China–Russia Relations",
         journal="ChineseJournalOfInternationalPolitics", volume="9", issue="4", pages=("375", "397"),
         doi="10.1093/cjip/pow013"),
    dict(id="Korolev2020", kind="JA", authors=[("Alexandr", "Korolev")], year="2020",
         title="How Closely Aligned are China and Russia? Measuring Strategic Cooperation in IR",
         journal="InternationalPolitics", volume="57", issue="5", pages=("760", "789"),
         doi="10.1057/s41311-019-00178-8"),
    dict(id="KorolevPortyakov2019", kind="JA", authors=[("Alexandr", "Korolev"), ("Vitalii", "Portyakov")],
         year="2019",
         title="Reluctant Allies: System-unit Dynamics and China-Russia Relations",
         journal="InternationalRelationsJournal", volume="33", issue="1", pages=("40", "66"),
         doi="10.1177/0047117818812561"),
    dict(id="KorostelevaPaikin2021", kind="JA", authors=[("Elena", "Korosteleva"), ("Zachary", "Paikin")],
         year="2021",
         title="Russia between East and West, and the Future of Eurasian Order",
         journal="InternationalPolitics", volume="58", issue="3", pages=("321", "333"),
         doi="10.1057/s41311-020-00261-5"),
    dict(id="Krickovic2017", kind="JA", authors=[("Andrei", "Krickovic")], year="2017",
         title="The Symbiotic China-Russia Partnership: Cautious Riser and Desperate Challenger",
         journal="ChineseJournalOfInternationalPolitics", volume="10", issue="3", pages=("299", "329"),
         doi="10.1093/cjip/pox011"),
    dict(id="KrickovicZhang2020", kind="JA", authors=[("Andrej", "Krickovic"), ("Chang", "Zhang")], year="2020",
         # printed inside the double quotes as "'Fears ... status-seeking.'" (see anomaly-krickoviczhang-title)
         title="Fears of Falling Short versus Anxieties of Decline: Explaining Russia and China's Approach to status-seeking",
         journal="ChineseJournalOfInternationalPolitics", volume="13", issue="2", pages=("219", "251"),
         doi="10.1093/cjip/poaa006"),
    dict(id="Kuhr2007", kind="BK", authors=[("Natasha", "Kuhr")], year="2007",
         title="Russian Policy Towards China and Japan: The El'tsin and Putin Periods",
         place="London", publisher="Routledge"),
    dict(id="Kuteleva2021", kind="BK", authors=[("Anna", "Kuteleva")], year="2021",
         title="China's Energy Security and Relations with Petrostates. Oil as an Idea",
         place="London", publisher="Routledge"),
    dict(id="Larson2020", kind="JA", authors=[("Deborah Welch", "Larson")], year="2020",
         title="An Equal Partnership of Unequals: China's and Russia's New Status Relationship",
         journal="InternationalPolitics", volume="57", issue="5", pages=("790", "808"),
         doi="10.1057/s41311-019-00177-9"),
    dict(id="LarsonShevchenko2019", kind="BK", authors=[("Deborah Welch", "Larson"), ("Alexei", "Shevchenko")],
         year="2019",
         title="Quest for Status: Chinese and Russian Foreign Policy",
         publisher="YaleUniversityPress"),
    dict(id="LaruelleLuo2020", kind="PM", authors=[("Marlene", "Laruelle"), ("Wei (Josh)", "Luo")], year="2020",
         title="Soviet Legacy as Soft Power. Chinese Reception of Russian Political and Cultural Influence",
         publisher="PONARSEurasia", series="PONARS Eurasia Policy Memo", number="667", pages=("1", "6")),
    dict(id="Lewis2018", kind="JA", authors=[("David", "Lewis")], year="2018",
         title="Geopolitical Imaginaries in Russian Foreign Policy: The Evolution of 'Greater Eurasia'",
         journal="EuropeAsiaStudies", volume="70", issue="10", pages=("1612", "1637"),
         doi="10.1080/09668136.2018.1515348"),
    dict(id="LukinNovikov2021", kind="JA", authors=[("Alexandr", "Lukin"), ("Dmitry", "Novikov")], year="2021",
         title="Sino-Russian Rapprochement and Greater Eurasia: From Geopolitical Pole to International Society?",
         journal="JournalOfEurasianStudies", volume="12", issue="1", pages=("28", "45"),
         doi="10.1177/18793665211000057"),
    dict(id="Lukin2021", kind="JA", authors=[("Artyom", "Lukin")], year="2021",
         title="The Russia–China Entente and Its Future",
         journal="InternationalPolitics", volume="58", issue="3", pages=("363", "380"),
         doi="10.1057/s41311-020-00251-7"),
    dict(id="Luthi2010", kind="BK", authors=[("Lorenz M.", "Lüthi")], year="2010",
         title="The Sino-Soviet Split: Cold War in the Communist World",
         place="Princeton", publisher="PrincetonUniversityPress"),
    dict(id="Odgaard2017", kind="JA", authors=[("Liselotte", "Odgaard")], year="2017",
         title="Beijing's Quest for Stability in Its Neighborhood: China's Relations with Russia in Central Asia",
         journal="AsianSecurity", volume="13", issue="1", pages=("41", "58"),
         doi="10.1080/14799855.2017.1287697"),
    dict(id="Owen2020", kind="JA", authors=[("John M.", "Owen")], year="2020",
         title="Sino-Russian Cooperation against Liberal Hegemony",
         journal="InternationalPolitics", volume="57", issue="5", pages=("809", "833"),
         doi="10.1057/s41311-020-00213-z"),
    dict(id="Paikin2021", kind="JA", authors=[("Zachary", "Paikin")], year="2021",
         title="Through Thick and Thin: Russia, China and the Future of Eurasian International Society",
         journal="InternationalPolitics", volume="58", issue="3", pages=("400", "420"),
         doi="10.1057/s41311-020-00260-6"),
    dict(id="Pieper2021", kind="JA", authors=[("Moritz", "Pieper")], year="2021",
         title="The Linchpin of Eurasia: Kazakhstan and the Eurasian Economic Union between Russia's Defensive Regionalism and China's New Silk Roads",
         journal="InternationalPolitics", volume="58", issue="3", pages=("462", "482"),
         doi="10.1057/s41311-020-00244-6"),
    dict(id="Radchenko2009", kind="BK", authors=[("Sergey", "Radchenko")], year="2009",
         title="Two Suns in the Heavens: The Sino–Soviet Struggle for Supremacy, 1962–1967",
         place="Washington, DC", publisher="WoodrowWilsonCenterPress"),
    dict(id="Radchenko2014", kind="BK", authors=[("Sergey", "Radchenko")], year="2014",
         title="Unwanted Visionaries: The Soviet Failure in Asia at the End of the Cold War",
         place="Oxford", publisher="OxfordUniversityPress"),
    dict(id="Rozman2014", kind="BK", authors=[("Gilbert", "Rozman")], year="2014",
         title="The Sino-Russian Challenge to the World Order: National Identities, Bilateral Relations, and East versus West in the 2010s",
         place="Washington, DC", publisher="WoodrowWilsonCenterPress"),
    dict(id="Samokhvalov2018", kind="JA", authors=[("Vsevolod", "Samokhvalov")], year="2018",
         title="Russia and Its Shared Neighbourhoods: A Comparative Analysis of Russia-EU and Russia-China Relations in the EU's Eastern Neighbourhood and Central Asia",
         journal="ContemporaryPolitics", volume="24", issue="1", pages=("30", "45"),
         doi="10.1080/13569775.2017.1408171"),
    dict(id="SanticAntic2020", kind="JA", authors=[("Danica", "Šantić"), ("Marija", "Antić")], year="2020",
         title='Serbia in the Time of COVID-19: Between "Corona Diplomacy", Tough Measures and Migration Management',
         journal="EurasianGeographyAndEconomics", volume="61", issue="4–5", pages=("546", "558"),
         doi="10.1080/15387216.2020.1780457"),
    dict(id="Skalamera2018a", kind="JA", authors=[("Morena", "Skalamera")], year="2018",
         title="Explaining the 2014 Sino–Russian Gas Breakthrough: The Primacy of Domestic Politics",
         journal="EuropeAsiaStudies", volume="70", issue="1", pages=("90", "107"),
         doi="10.1080/09668136.2017.1417356"),
    dict(id="Skalamera2018b", kind="JA", authors=[("Morena", "Skalamera")], year="2018",
         title="Understanding Russia's Energy Turn to China: Domestic Narratives and National Identity Priorities",
         journal="PostSovietAffairs", volume="34", issue="1", pages=("55", "77"),
         doi="10.1080/1060586X.2017.1418613"),
    dict(id="SnetkovLanteigne2014", kind="JA", authors=[("Aglaya", "Snetkov"), ("Marc", "Lanteigne")], year="2014",
         title="'The Loud Dissenter and Its Cautious Partner'—Russia, China, Global Governance and Humanitarian Intervention",
         journal="InternationalRelationsOfTheAsiaPacific", volume="15", issue="1", pages=("113", "146"),
         doi="10.1093/irap/lcu018"),
    dict(id="Svarin2016", kind="JA", authors=[("David", "Svarin")], year="2016",
         title="The Construction of 'Geopolitical Spaces' in Russian Foreign Policy Discourse before and after the Ukraine Crisis",
         journal="JournalOfEurasianStudies", volume="7", issue="2", pages=("129", "140"),
         doi="10.1016/j.euras.2015.11.002"),
    dict(id="Wilson2019", kind="JA", authors=[("Jeanne L.", "Wilson")], year="2019",
         title="Russia's Relationship with China: The Role of Domestic and Ideational Factors",
         journal="InternationalPolitics", volume="56", issue="6", pages=("778", "794"),
         doi="10.1057/s41311-018-0167-8"),
    dict(id="Wilson2021", kind="JA", authors=[("Jeanne L.", "Wilson")], year="2021",
         title="Russia and China in Central Asia: Deepening Tensions in the Relationship",
         journal="ActaViaSerica", volume="6", issue="1", pages=("55", "90")),
    dict(id="Wishnick2001", kind="BK", authors=[("Elizabeth", "Wishnick")], year="2001",
         title="Mending Fences: The Evolution of Moscow's China Policy from Brezhnev to Yeltsin",
         place="Seattle", publisher="UniversityOfWashingtonPress"),
    dict(id="Wishnick2017", kind="JA", authors=[("Elizabeth", "Wishnick")], year="2017",
         title="In Search of the 'Other' in Asia: Russia–China Relations Revisited",
         journal="PacificReview", volume="30", issue="1", pages=("114", "132"),
         doi="10.1080/09512748.2016.1201129"),
    dict(id="XuReisinger2019", kind="JA", authors=[("Bo", "Xu"), ("William M", "Reisinger")], year="2019",
         title="Russia's Energy Diplomacy with China: Personalism and Institutionalism in Its Policy-making Process",
         journal="PacificReview", volume="32", issue="1", pages=("1", "19"),
         doi="10.1080/09512748.2018.1428675"),
    dict(id="Ying2018", kind="JA", authors=[("Liu", "Ying")], year="2018",
         title="Strategic Partnership or Alliance? Sino-Russian Relations from a Constructivist Perspective",
         journal="AsianPerspective", volume="42", issue="3", pages=("333", "354"),
         doi="10.1353/apr.2018.0015"),
]

# The edited books that hold the two chapters (they have no entry of their own).
BOOKS = {
    "BossuytDessein2021": dict(
        title="The European Union, China and Central Asia. Global and Regional Cooperation in A New Era",
        editors=[("Fabienne", "Bossuyt"), ("Bart", "Dessein")], year="2021",
        place="London", publisher="Routledge", label="Bossuyt and Dessein 2021 (edited book)"),
    "SmithHadfieldDunne2016": dict(
        title="Foreign Policy",
        editors=[("Steve", "Smith"), ("Anne", "Hadfield"), ("Tim", "Dunne")], year="2016",
        place="Oxford", publisher="OxfordUniversityPress", label="Smith, Hadfield, and Dunne 2016 (edited book)"),
}

# Journal individuals: key -> title as printed.  Labels that would collide with a
# discipline or concept of the vocabularies get " (journal)".
JOURNALS = {
    "EurasianGeographyAndEconomics": "Eurasian Geography and Economics",
    "EuropeAsiaStudies": "Europe-Asia Studies",
    "DefenseAndSecurityAnalysis": "Defense & Security Analysis",
    "InternationalAffairs": "International Affairs",
    "AsianPerspective": "Asian Perspective",
    "AsianJournalOfComparativePolitics": "Asian Journal of Comparative Politics",
    "InternationalStudiesQuarterly": "International Studies Quarterly",
    "ProblemsOfPostCommunism": "Problems of Post-Communism",
    "PoliticalGeographyJournal": "Political Geography",
    "InternationalPolitics": "International Politics",
    "EuropeanPoliticsAndSociety": "European Politics and Society",
    "Survival": "Survival",
    "JournalOfEurasianStudies": "Journal of Eurasian Studies",
    "Geopolitics": "Geopolitics",
    "AsianSecurity": "Asian Security",
    "ChineseJournalOfInternationalPolitics": "The Chinese Journal of International Politics",
    "InternationalRelationsJournal": "International Relations",
    "ContemporaryPolitics": "Contemporary Politics",
    "PostSovietAffairs": "Post-Soviet Affairs",
    "InternationalRelationsOfTheAsiaPacific": "International Relations of the Asia-Pacific",
    "ActaViaSerica": "Acta Via Serica",
    "PacificReview": "The Pacific Review",
}
JOURNAL_LABEL_SUFFIX = {"PoliticalGeographyJournal", "InternationalRelationsJournal", "Geopolitics"}

PUBLISHERS = {
    "BrookingsInstitutionPress": "Brookings Institution Press",
    "Routledge": "Routledge",
    "OxfordUniversityPress": "Oxford University Press",
    "YaleUniversityPress": "Yale University Press",
    "PrincetonUniversityPress": "Princeton University Press",
    "WoodrowWilsonCenterPress": "Woodrow Wilson Center Press",
    "UniversityOfWashingtonPress": "University of Washington Press",
    "PONARSEurasia": "PONARS Eurasia",
}

# ---------------------------------------------------------------------------
# Persons whose printed forms vary: (given, family) as printed -> IRI local name.
# Everyone else gets <Given><Family> (first given name, ASCII).
# ---------------------------------------------------------------------------
PERSON_IRI = {
    ("Alexander", "Korolev"): "AlexanderKorolev",   # IRI fixed by the conventions
    ("Alexandr", "Korolev"): "AlexanderKorolev",
    ("Andrei", "Krickovic"): "AndrejKrickovic",
    ("Andrej", "Krickovic"): "AndrejKrickovic",
    ("Lo", "Bobo"): "LoBobo",
    ("Wei (Josh)", "Luo"): "WeiLuo",
    ("Deborah Welch", "Larson"): "DeborahWelchLarson",
    ("Jean-Christophe", "Defraigne"): "JeanChristopheDefraigne",
}
# Preferred printed form (rdfs:label) and other printed forms (skos:altLabel).
PERSON_FORMS = {
    "AlexanderKorolev": dict(label="Alexandr Korolev", given="Alexandr", family="Korolev",
                             alt=["Alexander Korolev"]),
    "AndrejKrickovic": dict(label="Andrej Krickovic", given="Andrej", family="Krickovic",
                            alt=["Andrei Krickovic"]),
    "LoBobo": dict(label="Lo Bobo", given="Lo", family="Bobo", alt=["Bobo Lo"]),
    "MarcinKaczmarek": dict(label="Marcin Kaczmarek", given="Marcin", family="Kaczmarek", alt=["Kaczmariski"]),
    "NatashaKuhr": dict(label="Natasha Kuhr", given="Natasha", family="Kuhr", alt=["Kuhrt"]),
}

# ---------------------------------------------------------------------------
# In-text citations in the body, in reading order.  ("cite", content, work)
# for a lone pointer, ("group", whole parenthesis, [(content, work), ...]) for a
# parenthesis listing several works.  work None = not in the reference list.
# ---------------------------------------------------------------------------
CITATIONS = [
    ("group", "(e.g. Krickovic 2017; Korolev and Portyakov 2019; Ambrosio, Schram, and Heopfner 2020)",
     [("Krickovic 2017", "Krickovic2017"), ("Korolev and Portyakov 2019", "KorolevPortyakov2019"),
      ("Ambrosio, Schram, and Heopfner 2020", "AmbrosioSchramHeopfner2020")]),
    ("cite", "Bobo 2008", "Bobo2008"),
    ("group", "(Radchenko 2009; Lüthi 2010)", [("Radchenko 2009", "Radchenko2009"), ("Lüthi 2010", "Luthi2010")]),
    ("cite", "Radchenko 2014", "Radchenko2014"),
    ("cite", "Wishnick 2001", "Wishnick2001"),
    ("cite", "Donaldson and Donaldson 2003", "DonaldsonDonaldson2003"),
    ("cite", "Kuhrt 2007", "Kuhr2007"),
    ("cite", "Bobo 2008", "Bobo2008"),
    ("cite", "Kaczmariski 2015", "Kaczmarek2015"),
    ("cite", "Wilson 2021", "Wilson2021"),
    ("cite", "Xu and Reisinger 2019", "XuReisinger2019"),
    ("cite", "Skalamera 2018a", "Skalamera2018a"),
    ("cite", "Korolev 2019", "Korolev2019"),
    ("cite", "Kaczmariski 2020", "Kaczmarek2020"),
    ("group", "(Blank 2020; Lukin 2021)", [("Blank 2020", "Blank2020"), ("Lukin 2021", "Lukin2021")]),
    ("group", "(Ambrosio 2017; Korolev 2020)", [("Ambrosio 2017", "Ambrosio2017"), ("Korolev 2020", "Korolev2020")]),
    ("group", "(Cox 2016; Haynes 2020)", [("Cox 2016", "Cox2016"), ("Haynes 2020", "Haynes2020")]),
    ("group", "(e.g. Ambrosio, Schram, and Heopfner 2020; Haynes 2020; Owen 2020)",
     [("Ambrosio, Schram, and Heopfner 2020", "AmbrosioSchramHeopfner2020"), ("Haynes 2020", "Haynes2020"),
      ("Owen 2020", "Owen2020")]),
    ("cite", "Xu and Reisinger 2019", "XuReisinger2019"),
    ("cite", "Korolev (2020)", "Korolev2020"),
    ("cite", "Blank (2020)", "Blank2020"),
    ("cite", "Ambrosio (2017)", "Ambrosio2017"),
    ("group", "(Flikke 2016; Wishnick 2017)", [("Flikke 2016", "Flikke2016"), ("Wishnick 2017", "Wishnick2017")]),
    ("group", "(Krickovic and Zhang 2020; Larson 2020)",
     [("Krickovic and Zhang 2020", "KrickovicZhang2020"), ("Larson 2020", "Larson2020")]),
    ("group", "(Skalamera 2018b; Wilson 2019)", [("Skalamera 2018b", "Skalamera2018b"), ("Wilson 2019", "Wilson2019")]),
    ("group", "(Paikin 2021; Lukin and Novikov 2021)",
     [("Paikin 2021", "Paikin2021"), ("Lukin and Novikov 2021", "LukinNovikov2021")]),
    ("group", "(Rozman 2014; Wishnick 2017; Ying 2018)",
     [("Rozman 2014", "Rozman2014"), ("Wishnick 2017", "Wishnick2017"), ("Ying 2018", "Ying2018")]),
    ("group", "(Flikke 2016; Larson and Shevchenko 2019; Larson 2020)",
     [("Flikke 2016", "Flikke2016"), ("Larson and Shevchenko 2019", "LarsonShevchenko2019"),
      ("Larson 2020", "Larson2020")]),
    ("group", "(Snetkov and Lanteigne 2014; Kaczmariski 2019; Chen and Yin 2020)",
     [("Snetkov and Lanteigne 2014", "SnetkovLanteigne2014"), ("Kaczmariski 2019", "Kaczmarek2019"),
      ("Chen and Yin 2020", "ChenYin2020")]),
    ("group", "(Korolev 2016; Elgin 2021)", [("Korolev 2016", "Korolev2016"), ("Elgin 2021", "Elgin2021")]),
    ("cite", "Wishnick (2017)", "Wishnick2017"),
    ("cite", "Dikarev and Lukin (2021)", None),
    ("group", "(Christoffersen 2018; Kaczmarek 2017; Samokhvalov 2018; Odgaard 2017)",
     [("Christoffersen 2018", "Christoffersen2018"), ("Kaczmarek 2017", "Kaczmarek2017"),
      ("Samokhvalov 2018", "Samokhvalov2018"), ("Odgaard 2017", "Odgaard2017")]),
    ("cite", "Lewis 2018", "Lewis2018"),
    ("cite", "Larson 2020", "Larson2020"),
    ("cite", "Kazantsev, Medvedeva, and Safranchuk (2021)", "KazantsevMedvedevaSafranchuk2021"),
    ("cite", "Korosteleva and Paikin (2021, 321–323)", "KorostelevaPaikin2021"),
    ("cite", "Pieper (2021)", "Pieper2021"),
    ("cite", "Šantić and Antić (2020)", "SanticAntic2020"),
    ("cite", "Grant (2020)", "Grant2020"),
    ("cite", "Laruelle and Luo (2020)", "LaruelleLuo2020"),
    ("cite", "Kolosov and Zotova (2021)", "KolosovZotova2021"),
    ("cite", "Kuteleva (2021)", "Kuteleva2021"),
    ("cite", "Svarin (2016)", "Svarin2016"),
    ("group", "(see e.g. Hansen 2013, 2016)", [("Hansen 2013", "Hansen2013"), ("2016", "Hansen2016")]),
]

# Extra comments on single citations (by content and occurrence among citations with that content).
CITATION_COMMENTS = {
    ("Lukin 2021", 1): "Resolved to the entry 'Lukin, Artyom. 2021. The Russia–China Entente and Its Future', not to "
                       "'Lukin, Alexandr, and Dmitry Novikov. 2021': the pointer names a single author (the two-author "
                       "work is cited elsewhere as 'Lukin and Novikov 2021'), and it is given as an example of the "
                       "alliance concept, which fits a work on a Russia–China entente.",
    ("Lukin and Novikov 2021", 1): "Resolved to the entry 'Lukin, Alexandr, and Dmitry Novikov. 2021', the only "
                                   "reference entry with the authors Lukin and Novikov; it is cited for an English "
                                   "School-based explanation, which fits its subtitle 'From Geopolitical Pole to "
                                   "International Society?'.",
    ("Dikarev and Lukin (2021)", 1): "The reference list has no entry for a work by Dikarev and Lukin (2021). The text "
                                     "gives only the authors' surnames and the year, and says the work analyses "
                                     "Russia's policy toward the South China Sea; it does not say which Lukin this is.",
    ("2016", 1): "The second pointer of 'Hansen 2013, 2016': the author name 'Hansen' is given once for both years.",
    ("Korosteleva and Paikin (2021, 321–323)", 1): "The pointer carries the page range 321–323 of the cited article.",
    ("Kaczmariski 2015", 1): "The text misspells the author's surname as 'Kaczmariski'; the reference list has "
                             "'Kaczmarek, Marcin. 2015'.",
    ("Kaczmariski 2020", 1): "The text misspells the author's surname as 'Kaczmariski'; the reference list has "
                             "'Kaczmarek, Marcin. 2020'.",
    ("Kaczmariski 2019", 1): "The text misspells the author's surname as 'Kaczmariski'; the reference list has "
                             "'Kaczmarek, Marcin. 2019'.",
    ("Kuhrt 2007", 1): "The text spells the surname 'Kuhrt'; the reference list has 'Kuhr, Natasha. 2007'.",
}

# ---------------------------------------------------------------------------
# The special issue's eight research articles.
# ev: passages naming the article and supporting its attributes (occurrence 1 unless given).
# ---------------------------------------------------------------------------
SI_ARTICLES = [
    dict(id="SI-Adda", label="Adda (special-issue research article)", authors=[("Iacopo", "Adda")],
         disciplines=["History"],
         regions=["RussianFarEast", "Vladivostok", "Khabarovsk", "Chita", "Nerchinsk"],
         ev=["To begin with, Iacopo Adda's article offers a unique micro perspective",
             "Russian Far East's museums in Vladivostok, Khabarovsk, Chita and Nerchinsk",
             "By engaging with history, for instance, and focusing on the present-day depiction of the Nerchinsk "
             "Treaty in Russian museums near the Chinese border, the contribution by Adda"]),
    dict(id="SI-KutelevaVasiliev", label="Kuteleva and Vasiliev (special-issue research article)",
         authors=[("Anna", "Kuteleva"), ("Dmitrii", "Vasiliev")],
         theories=["Constructivism"], regions=["Russia"],
         period=("2013", "2019", "between 2013 and 2019"),
         ev=["Next, Anna Kuteleva and Dmitrii Vasiliev scrutinize how China's",
             "using a constructivist lens, the contribution by Kuteleva and Vasiliev looks into the discursive "
             "politics of the BRI in Russian media",
             "They trace the coverage of the BRI in Russia's major newspapers between 2013 and 2019."]),
    dict(id="SI-Dharmaputra", label="Dharmaputra (special-issue research article)",
         authors=[("Radityo", "Dharmaputra")],
         theories=["Poststructuralism"], actors=["Russia"], regions=["Russia"],
         period=("2010", "2016", "between 2010 and 2016"),
         ev=["In turn, Radityo Dharmaputra focuses on changing discourses on Russia's identity",
             "The contribution by Dharmaputra, in turn, adopts a poststructuralist perspective",
             "Analyzing foreign policy debates in Russia between 2010 and 2016"]),
    dict(id="SI-SobolevaKrivokhizh", label="Soboleva and Krivokhizh (special-issue research article)",
         authors=[("Elena", "Soboleva"), ("Svetlana", "Krivokhizh")],
         policy=["CounterTerrorism", "InfrastructureDevelopment", "WaterManagement"],
         regions=["CentralAsia"], actors=["China"],
         ev=["Elena Soboleva and Svetlana Krivokhizh analyze the prospect of regional leadership in Central Asia "
             "from Beijing's perspective.",
             "They focus on Chinese initiatives in the policy fields of counter-terrorism, infrastructure "
             "development and water management."]),
    dict(id="SI-Defraigne", label="Defraigne (special-issue research article)",
         authors=[("Jean-Christophe", "Defraigne")],
         disciplines=["InternationalEconomics"], regions=["Eurasia"],
         ev=["Jean-Christophe Defraigne, in turn, takes an in-depth look at the economic challenges posed to the "
             "EAEU by the Chinese Belt and Road Initiative.",
             "The contribution by Defraigne, in turn, draws on insights from international economics",
             "the contribution by Defraigne adds new insights to the debate on the EAEU as a tool for economic "
             "integration and for enhancing Russia's economic leadership in Eurasia"]),
    dict(id="SI-Kruessmann", label="Kruessmann (special-issue research article)",
         authors=[("Thomas", "Kruessmann")],
         disciplines=["InternationalLaw", "PoliticalGeography"], policy=["AntiCorruption"], regions=["Arctic"],
         ev=["The contribution by Thomas Kruessmann shifts the focus to the Arctic",
             "The article by Kruessmann takes a highly original angle by marrying international law with political "
             "geography in order to examine whether anti-corruption governance is emerging in the case of the "
             "Polar Silk Road"]),
    dict(id="SI-LeskinaSabzalieva", label="Leskina and Sabzalieva (special-issue research article)",
         authors=[("Natalia", "Leskina"), ("Emma", "Sabzalieva")],
         policy=["HigherEducation"], regions=["CentralAsia"], actors=["CentralAsianStates"],
         ev=["Natalia Leskina and Emma Sabzalieva focus on the underexplored realm of higher education",
             "By highlighting the perspectives of the Central Asian states, they assess how these countries are "
             "approaching China and Russia’s efforts to construct a Eurasian higher education region."]),
    dict(id="SI-Pieper", label="Pieper (special-issue research article)", authors=[("Moritz", "Pieper")],
         disciplines=["AreaStudies", "InternationalRelations"], regions=["Mongolia"],
         actors=["Mongolia", "Russia", "China"],
         ev=["the article by Moritz Pieper investigates the triangular relationship between Russia, China and "
             "Mongolia.",
             "several contributions combine insights from area studies with IR, which is particularly helpful in "
             "order to shed light on the perspectives and agency of the \"in-between countries\". In the "
             "contribution by Pieper"]),
]

# Findings of the special-issue articles as the introduction reports them.
# (id, article, label, [quotes], about, extra predicates)
FINDINGS = [
    ("finding-si-adda-reconciling-narratives", "SI-Adda",
     "Adda: contradictory attempts to reconcile the official cooperative narrative with particularistic narratives",
     ["Adda illustrates the often contradictory attempts aimed at reconciling the cooperative narrative that "
      "dominates current official discourse in Russia with the inability to completely renounce particularistic "
      "narratives",
      "or obliterate elements of pride considered to be founding elements of Russia's past"],
     ["RussiaChinaRelationship"], {"coversRegion": ["RussianFarEast"]}),
    ("finding-si-adda-nerchinsk-museums", "SI-Adda",
     "Adda: how the museums of the Russian Far East present the Nerchinsk Treaty",
     ["analyzing ways in which the Nerchinsk Treaty (1689), the first ever international agreement between Russia and "
      "China, is presented in the",
      "focusing on the present-day depiction of the Nerchinsk Treaty in Russian museums near the Chinese border",
      "examining how history museums near the Chinese border currently present these narratives"],
     ["NerchinskTreaty"], {"coversRegion": ["RussianFarEast", "Vladivostok", "Khabarovsk", "Chita", "Nerchinsk"],
                           "concernsDiscipline": ["History"]}),
    ("finding-si-adda-historical-tensions", "SI-Adda",
     "Adda: ideological contradictions mirror tensions between Chinese and Russian historical narratives",
     ["the contribution by Adda reveals how contemporary ideological contradictions mirror the existence of "
      "important tensions between Chinese and Russian historical narratives.",
      "his findings highlight the contradiction between historical narratives that express patriotic pride in the "
      "national past and those that tend to downplay potential sources of criticism toward this past"],
     ["RussiaChinaRelationship"], {}),
    ("finding-si-kutelevavasiliev-status-recognition", "SI-KutelevaVasiliev",
     "Kuteleva and Vasiliev: China's recognition of Russia's great power status matters for smooth cooperation",
     ["Their research points to the relevance of China's recognition of Russia's great power status for smooth "
      "cooperation between Moscow and Beijing."],
     ["RussiaChinaRelationship"], {"involvesConcept": ["StatusRecognition", "GreatPowerStatus"]}),
    ("finding-si-kutelevavasiliev-linking-up", "SI-KutelevaVasiliev",
     "Kuteleva and Vasiliev: the Russian media assess the linking up of the EAEU and the BRI positively",
     ["The “linking up” of the Russia-led EAEU with the BRI received unanimously positive assessments in the "
      "Russian media",
      "the newspaper discourses unanimously support Sino-Russian cooperation in Eurasia and, in particular, the "
      "Russian proposal of the \"linking up\" of the EAEU and BRI",
      "serving as a testimony to Russia's unique position in Eurasia",
      "which they view as a strategy that benefits Russia's international status"],
     ["EAEU", "BeltAndRoadInitiative", "EAEUBRILinkingUp"], {"involvesConcept": ["GreatPowerStatus"], "coversRegion": ["Eurasia"]}),
    ("finding-si-kutelevavasiliev-contradictory-depictions", "SI-KutelevaVasiliev",
     "Kuteleva and Vasiliev: diverging, even contradictory depictions of the BRI in Russian newspapers, shifting over the years",
     ["despite diverging and even contradictory discursive depictions of the BRI in Russian newspapers",
      "they are able to uncover the narratives and images of the BRI in Russian newspapers and can trace how these have "
      "shifted over the past six years",
      "They trace the coverage of the BRI in Russia's major newspapers between 2013 and 2019."],
     ["BeltAndRoadInitiative"], {"involvesConcept": ["DiscursivePolitics"], "drawsOnTheory": ["Constructivism"]}),
    ("finding-si-dharmaputra-identity-limits", "SI-Dharmaputra",
     "Dharmaputra: identity structures limited Russia's economic engagement with China",
     ["Dharmaputra asserts that the existing identity structures seriously limited the scope of Russia's economic "
      "engagement with China.",
      "This allows him to recover Russia's identity discourse vis-à-vis China, structured around linking/differentiation "
      "and such topics as the relative perception of China's threat."],
     ["RussiaChinaRelationship", "Russia"], {"involvesConcept": ["Identity"]}),
    ("finding-si-dharmaputra-slow-shift", "SI-Dharmaputra",
     "Dharmaputra: the slow pace of identity shifts after 2014 limited Russia's cooperation with China",
     ["Whereas the post-2014 Russian-Western crisis has enabled the shifts in Russia's identity, its slow pace "
      "continued to put limitations on Russia's cooperation with China."],
     ["RussiaChinaRelationship", "Russia", "RussiaWestConflict"], {"involvesConcept": ["Identity"]}),
    ("finding-si-dharmaputra-core-identity", "SI-Dharmaputra",
     "Dharmaputra: discourse changes after the Ukraine crisis left the core of Russia's identity toward China unchanged",
     ["they were not sufficient to imprint any change on the core identity layer of Russian foreign policy "
      "identity toward China."],
     ["Russia", "China"], {"involvesConcept": ["Identity"]}),
    ("finding-si-dharmaputra-china-friend", "SI-Dharmaputra",
     "Dharmaputra: after the Ukraine crisis Russia's discourse repositioned China as a friend and spoke of a common history",
     ["despite some changes in Russia's discourse regarding China in the wake of the Ukraine crisis, such as the "
      "repositioning of China as a \"friend\" and the emerging notion of common history"],
     ["Russia", "China"], {"involvesConcept": ["Identity"]}),
    ("finding-si-dharmaputra-pivot-greater-eurasia", "SI-Dharmaputra",
     "Dharmaputra: new insights into Russia's pivot to the East and the emergence of the notion of Greater Eurasia",
     ["the contribution by Dharmaputra adds new insights to our understanding of Russia's \"pivot to the East\" and the "
      "emergence of the notion of \"Greater Eurasia\"",
      "By studying Russia's identity discourse vis-à-vis China, structured around linking/differentiation and key issues "
      "such as the relative perception of China's threat"],
     ["PivotToTheEast", "GreaterEurasia", "Russia"], {"involvesConcept": ["Identity"], "drawsOnTheory": ["Poststructuralism"]}),
    ("finding-si-sobolevakrivokhizh-variation", "SI-SobolevaKrivokhizh",
     "Soboleva and Krivokhizh: what explains the variation across China's initiatives in Central Asia",
     ["Their findings explain the variation in those three areas with the help of the evolution of China's foreign "
      "policy interests, the specificities of the Central Asian states, and the role of Russia as the other "
      "prominent external actor."],
     ["China", "CentralAsia"],
     {"addressesPolicyArea": ["CounterTerrorism", "InfrastructureDevelopment", "WaterManagement"],
      "involvesConcept": ["RegionalLeadership"]}),
    ("finding-si-sobolevakrivokhizh-regional-leadership", "SI-SobolevaKrivokhizh",
     "Soboleva and Krivokhizh: the evolution of Beijing's approach to regional leadership in Central Asia",
     ["Soboleva and Krivokhizh trace the evolution of Beijing's approach to regional leadership",
      "Elena Soboleva and Svetlana Krivokhizh analyze the prospect of regional leadership in Central Asia from Beijing's "
      "perspective.",
      "has traced the evolution of China's approach to regional leadership"],
     ["China", "CentralAsia"], {"involvesConcept": ["RegionalLeadership"], "coversRegion": ["CentralAsia"]}),
    ("finding-si-sobolevakrivokhizh-bypassing-russia", "SI-SobolevaKrivokhizh",
     "Soboleva and Krivokhizh: China is more ready to reach out to Central Asian states bypassing Russia",
     ["demonstrate China's growing readiness to reach out to selected Central Asian states bypassing Russia, which "
      "previously was not the case.",
      "has revealed China's increased readiness to engage with specific Central Asian states bypassing Russia."],
     ["China", "CentralAsianStates", "Russia"], {"involvesConcept": ["RegionalLeadership"]}),
    ("finding-si-defraigne-weak-leadership", "SI-Defraigne",
     "Defraigne: Russia's economic leadership via the EAEU has weak underpinnings",
     ["Defraigne concludes that Russia's economic leadership via the EAEU in the region has weak underpinnings and "
      "its prospects remain dim.",
      "by explaining why Russia remains a weak economic regional leader",
      "Exploring the processes of economic integration and the division of labor"],
     ["Russia", "EAEU"], {"involvesConcept": ["RegionalLeadership"]}),
    ("finding-si-defraigne-bri-effect", "SI-Defraigne",
     "Defraigne: how the BRI has affected the EAEU as a project of regional economic integration",
     ["to analyze how China's BRI has affected the Eurasian Economic Union (EAEU) as a project of regional economic "
      "integration",
      "takes an in-depth look at the economic challenges posed to the EAEU by the Chinese Belt and Road Initiative"],
     ["EAEU", "BeltAndRoadInitiative"], {"concernsDiscipline": ["InternationalEconomics"]}),
    ("finding-si-defraigne-chinese-influence", "SI-Defraigne",
     "Defraigne: China's economic influence grows in many EAEU member countries",
     ["His article finds that China's economic influence is increasing in many of the EAEU member countries, "
      "because of the EAEU countries' relatively low level of industrialization and their economic "
      "complementarity as provider of commodities to the growing Chinese economy."],
     ["China", "EAEU"], {}),
    ("finding-si-kruessmann-no-confrontation", "SI-Kruessmann",
     "Kruessmann: China is not likely to confront Russia over corruption risks on the Polar Silk Road",
     ["He finds that China is not likely to confront Russia on a state-to-state level over corruption risks on the "
      "Polar Silk Road, although Beijing knows that its continuing “soft spot” on anti-corruption is negatively "
      "affecting trust in the BRI in general."],
     ["China", "Russia", "PolarSilkRoad", "BeltAndRoadInitiative"], {"addressesPolicyArea": ["AntiCorruption"]}),
    ("finding-si-kruessmann-shared-governance", "SI-Kruessmann",
     "Kruessmann: shared Sino-Russian governance on anti-corruption on the Polar Silk Road seems preferable",
     ["Therefore, any shared governance between China and Russia on anti-corruption on the Polar Silk Road seems "
      "preferable."],
     ["PolarSilkRoad"], {"addressesPolicyArea": ["AntiCorruption"]}),
    ("finding-si-kruessmann-post-territorial", "SI-Kruessmann",
     "Kruessmann: could a shared understanding on corruption lead China and Russia to a post-territorial approach?",
     ["could result in China and Russia adopting a post-territorial approach in which both sides agree on common legal "
      "frameworks in such critical areas as infrastructure investment, procurement and trade"],
     ["PolarSilkRoad", "China", "Russia"],
     {"involvesConcept": ["PostTerritorialApproach"], "addressesPolicyArea": ["AntiCorruption"], "coversRegion": ["Arctic"]}),
    ("finding-si-kruessmann-test-case", "SI-Kruessmann",
     "Kruessmann: anti-corruption on the Polar Silk Road as a test case of governance in the new spatial regimes of the BRI",
     ["explore anti-corruption in the case of the Polar Silk Road as a test case of how governance in the new spatial "
      "regimes of the BRI is emerging",
      "to examine whether anti-corruption governance is emerging in the case of the Polar Silk Road and if so, how this "
      "governance can be characterized"],
     ["PolarSilkRoad", "BeltAndRoadInitiative"],
     {"addressesPolicyArea": ["AntiCorruption"], "concernsDiscipline": ["InternationalLaw", "PoliticalGeography"]}),
    ("finding-si-leskinasabzalieva-points-of-correspondence", "SI-LeskinaSabzalieva",
     "Leskina and Sabzalieva: Central Asian responses to higher education initiatives rely on points of correspondence",
     ["the responses of the Central Asian countries to China's and Russia's higher education initiatives in the "
      "region can be best described as a strategy that relies on points of correspondence, which allows for both "
      "competition and collaboration.",
      "They go beyond the competition-cooperation dichotomy and propose instead the concept of points of correspondence."],
     ["CentralAsianStates"], {"addressesPolicyArea": ["HigherEducation"],
                              "involvesConcept": ["PointsOfCorrespondence", "CooperationCompetitionFramework"]}),
    ("finding-si-leskinasabzalieva-higher-education-space", "SI-LeskinaSabzalieva",
     "Leskina and Sabzalieva: can the EAEU and the BRI lead to a common Eurasian higher education space?",
     ["examine to what extent the Russia-led EAEU and China’s BRI can lead to the emergence of a common Eurasian higher "
      "education space",
      "they assess how these countries are approaching China and Russia’s efforts to construct a Eurasian higher "
      "education region"],
     ["EAEU", "BeltAndRoadInitiative", "CentralAsianStates"],
     {"addressesPolicyArea": ["HigherEducation"], "coversRegion": ["Eurasia"]}),
    ("finding-si-pieper-mongolia-balance", "SI-Pieper",
     "Pieper: the evolution of Mongolia's balancing between Moscow and Beijing and its shifting approach to the BRI",
     ["Pieper traces the evolution of Mongolia’s attempts to keep the balance between Moscow and Beijing and "
      "identifies the shifts in Mongolia’s approach to the BRI."],
     ["Mongolia", "BeltAndRoadInitiative"], {}),
    ("finding-si-pieper-bridgehead", "SI-Pieper",
     "Pieper: reconciling Mongolia's self-perception as a geopolitical bridgehead state with the diverging interests of China and Russia",
     ["to address the puzzle of how Mongolia's self-perception as a geopolitical bridgehead state can be reconciled with "
      "the partially diverging interests of China and Russia and the dilemmas that it faces as China's influence grows"],
     ["Mongolia"], {"involvesConcept": ["Identity"], "concernsDiscipline": ["AreaStudies", "InternationalRelations"]}),
    ("finding-si-pieper-trilateral-diplomacy", "SI-Pieper",
     "Pieper: Mongolia has embarked on a new phase of trilateral diplomacy with China and Russia",
     ["the contribution by Pieper has demonstrated how Mongolia has embarked on a new phase of trilateral diplomacy "
      "with China and Russia",
      "both in an attempt to benefit from the potential gains that could come with the promised \"linking-up\" of the "
      "EAEU and the BRI and to counter-balance China and Russia against each other"],
     ["Mongolia", "China", "Russia", "EAEUBRILinkingUp"], {"namesBehaviour": ["Balancing"]}),
]
