"""Write the controlled vocabularies: instances/vocabularies/*.ttl.

Each term is an individual of one srkg vocabulary class and a skos:Concept in
one concept scheme per kind, with rdfs:label = skos:prefLabel (@en), a
definition in our own words, skos:broader for the hierarchy and
skos:topConceptOf / skos:hasTopConcept for terms without a broader one.

Run: .venv/bin/python tools/curation/domain_vocab.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from domain_common import Node, en, write  # noqa: E402

# scheme IRI -> (file, scheme label, scheme definition, srkg class of its terms)
SCHEMES = {
    "sr:RelationshipTypeScheme": ("relationship-types.ttl", "SRKG relationship types",
                                  "The kinds of relationship that scholars attribute to the ties between Russia and China, arranged from broad to narrow.",
                                  "srkg:RelationshipType"),
    "sr:TheoryScheme": ("theories.ttl", "SRKG theories",
                        "The theoretical approaches and schools of thought that works on the Russia-China relationship draw on or that are proposed for it.",
                        "srkg:Theory"),
    "sr:ConceptScheme": ("concepts.ttl", "SRKG concepts",
                         "The analytical ideas, explanatory factors and patterns of state conduct through which scholars describe and explain the Russia-China relationship.",
                         "srkg:Concept"),
    "sr:DisciplineScheme": ("disciplines.ttl", "SRKG disciplines",
                            "The academic fields from which research on the Russia-China relationship is or could be conducted.",
                            "srkg:Discipline"),
    "sr:MethodScheme": ("methods.ttl", "SRKG methods",
                        "The ways of gathering and analysing evidence used in research on the Russia-China relationship.",
                        "srkg:Method"),
    "sr:PolicyAreaScheme": ("policy-areas.ttl", "SRKG policy areas",
                            "The fields of public policy in which Russia, China and their neighbours act and which research on them covers.",
                            "srkg:PolicyArea"),
}

# (IRI, label, definition, broader or None, specific class or None, altLabels)
TERMS: dict[str, list[tuple]] = {
    "sr:RelationshipTypeScheme": [
        ("sr:Alliance", "alliance", "A pact, formal or tacit, in which states commit themselves to act together, usually including military support against third parties.", None, None, ()),
        ("sr:DeFactoAlliance", "de facto alliance", "An alliance that exists in practice through sustained coordination and mutual support although no treaty obliges the partners to it.", "sr:Alliance", None, ()),
        ("sr:TraditionalGreatPowerAlliance", "traditional great power alliance", "An alliance of the classic kind between major powers pooling their strength, with obligations fixed by treaty.", "sr:Alliance", None, ()),
        ("sr:Alignment", "alignment", "Shared expectations between states that they will support or coordinate with each other on political and security matters, looser than an alliance and not necessarily formalised.", None, None, ()),
        ("sr:StrategicAlignment", "strategic alignment", "Alignment that reaches the strategic level, the partners coordinating their positions on the main questions of security and world politics.", "sr:Alignment", None, ()),
        ("sr:StrategicPartnership", "strategic partnership", "A declared framework of broad, long-term cooperation between states that stops short of mutual defence obligations.", None, None, ()),
        ("sr:AxisOfConvenience", "axis of convenience", "A tactical, limited and opportunistic partnership held together by short-term advantage rather than by shared purpose.", None, None, ()),
        ("sr:PatronClientRelationship", "patron-client relationship", "An unequal relationship in which a stronger state supports and protects a weaker one in return for loyalty and a say over its course.", None, None, ()),
        ("sr:BifurcatedRelationship", "bifurcated relationship", "A relationship that takes different forms at different levels, such as joint pushback against a third power globally combined with rivalry inside a region.", None, None, ()),
    ],
    "sr:TheoryScheme": [
        ("sr:Realism", "realism", "The school of international relations theory that explains state conduct by the distribution of material power and the search for security under anarchy.", None, None, ()),
        ("sr:Constructivism", "constructivism", "The approach that treats international politics as socially made, explaining state conduct through identities, norms and shared ideas.", None, None, ()),
        ("sr:Poststructuralism", "poststructuralism", "The approach that studies how discourse and representation constitute identities and make particular foreign policies possible.", None, None, ("post-structuralism",)),
        ("sr:EnglishSchool", "English School", "The tradition that studies international society: the common rules, institutions and values that states share and how they sustain order among them.", None, None, ()),
        ("sr:StatusTheory", "status-based approach", "Approaches that explain state conduct by the pursuit and recognition of standing and prestige among states.", None, None, ("status",)),
        ("sr:DomesticPolitics", "domestic-political approach", "Approaches that explain foreign policy by the interests, institutions, narratives and power struggles inside states.", None, None, ()),
        ("sr:CriticalGeopolitics", "critical geopolitics", "A strand of political geography that examines how political actors imagine and represent world space and give meaning to regions.", None, None, ()),
        ("sr:SocioTechnicalApproach", "socio-technical approach", "Approaches that analyse technology, infrastructure and society as intertwined systems shaping one another.", None, None, ()),
        ("sr:ScienceAndTechnologyApproach", "Science and Technology approach", "Approaches from science and technology studies that examine how knowledge and technical artefacts are produced and how they shape social and political life.", None, None, ()),
        ("sr:NewMaterialism", "new materialism", "Approaches that grant matter, objects and other non-human forces an active part in social and political processes.", None, None, ("new materialisms",)),
    ],
    "sr:ConceptScheme": [
        # explanatory factors
        ("sr:BalanceOfPower", "balance of power", "The mechanism by which states draw together to offset the material capabilities of a stronger power.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:BalanceOfThreat", "balance of threat", "The mechanism by which states align against the power they see as most threatening, weighing intentions and proximity as well as capabilities.", None, "srkg:ExplanatoryFactor", ("balance of threats",)),
        ("sr:BalanceOfInterest", "balance of interests", "The mechanism by which states align according to whether they wish to keep or to revise the existing order and what they expect to gain.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:OppositionToUSPrimacy", "opposition to US primacy", "Shared resistance to the material predominance of the United States, as a reason for states to draw together.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:OppositionToLiberalHegemony", "opposition to Western liberal hegemony", "Shared resistance to the dominance of Western liberal norms and institutions in the international order.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:EconomicInterests", "economic interests", "Material gains in trade, energy, investment and finance that give states reasons to cooperate.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:InterpersonalRelations", "interpersonal relations", "The personal ties and trust between individual leaders, as a force that shapes relations between their states.", None, "srkg:ExplanatoryFactor", ("personal relationship between leaders",)),
        ("sr:PowerAsymmetry", "power asymmetry", "An imbalance of capabilities and standing between partners that shapes who leads and who adjusts in their relations.", None, "srkg:ExplanatoryFactor", ("asymmetry",)),
        ("sr:CommonInterests", "common interests", "Goals that two states both pursue and that make cooperation between them worthwhile.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:CommonViewsOnInternationalPolitics", "common views on international politics", "Shared assessments of how world politics works and how it ought to be ordered.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:Institutionalization", "institutionalization", "The embedding of a relationship in a dense web of treaties, agreements and regular mechanisms that makes it durable.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:AntiAmericanPerspectives", "anti-American perspectives", "Geopolitical and ideological outlooks hostile to the United States that prevail among a state's elites.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:PerceivedUSDecline", "perceived US decline", "The belief that the power of the United States is waning, which encourages others to challenge it.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:NormativeAffinity", "normative affinity", "Closeness between states in the norms and values they hold about domestic rule and international conduct.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:PowerPolitics", "power-political dynamics", "Competition between states over relative power and primacy, as a cause of their cooperation or conflict.", None, "srkg:ExplanatoryFactor", ()),
        ("sr:IdeologicalTensions", "ideological tensions", "Rivalry or disagreement between states over doctrine and over leadership of a shared ideological camp.", None, "srkg:ExplanatoryFactor", ("ideological rivalry",)),
        ("sr:DomesticPoliticalDynamics", "domestic political dynamics", "Struggles, interests and institutions inside a state considered as causes of its external conduct.", None, "srkg:ExplanatoryFactor", ("domestic politics",)),
        ("sr:StatusRecognition", "status recognition", "Acknowledgement by others of the standing a state claims for itself, such as that of a great power.", None, "srkg:ExplanatoryFactor", ()),
        # behaviours
        ("sr:Balancing", "balancing", "Building up one's own strength or combining with others to counter a stronger or threatening power.", None, "srkg:Behaviour", ()),
        ("sr:Bandwagoning", "bandwagoning", "Siding with a stronger or rising power rather than opposing it.", None, "srkg:Behaviour", ()),
        ("sr:Hedging", "hedging", "Keeping options open by mixing cooperation with insurance so that no single commitment becomes binding.", None, "srkg:Behaviour", ()),
        ("sr:Adaptation", "adaptation", "Adjusting one's policies and expectations to a partner's growing power and influence.", None, "srkg:Behaviour", ()),
        ("sr:Acquiescence", "acquiescence", "Accepting a partner's rise without resisting it, even where it weakens one's own position.", None, "srkg:Behaviour", ()),
        ("sr:Deference", "deference", "Yielding to or openly respecting another state's claims and standing, for instance in a region it regards as its own.", None, "srkg:Behaviour", ()),
        ("sr:StatusSeeking", "status-seeking", "Striving for others' recognition of a higher international standing, such as that of a great power.", None, "srkg:Behaviour", ()),
        ("sr:RegionalCompetition", "regional competition", "Rivalry between states for influence inside one particular region.", None, "srkg:Behaviour", ()),
        # other analytical concepts
        ("sr:NormativeConvergence", "normative convergence", "The coming together of states' norms, values and preferences about domestic and international order.", None, None, ("normative alignment",)),
        ("sr:InternationalOrder", "international order", "The arrangement of rules, institutions and distribution of power that structures relations among states.", None, None, ("world order",)),
        ("sr:GlobalGovernance", "global governance", "The collective handling of problems that cross borders through international institutions, rules and practices.", None, None, ()),
        ("sr:MultipolarWorldOrder", "multipolar world order", "An international order in which power is spread among several major centres instead of being held by one.", "sr:InternationalOrder", None, ()),
        ("sr:Agency", "agency", "The capacity of an actor, including a smaller state, to make its own choices and to shape the relations and processes around it.", None, None, ()),
        ("sr:LocalPerception", "local perception", "How a relationship is seen and received inside the societies concerned, by elites, experts and the wider public.", None, None, ("the local",)),
        ("sr:Identity", "identity", "The understanding a state and its society hold of who they are and how they differ from others.", None, None, ("national identity",)),
        ("sr:OntologicalSecurity", "ontological security", "A state's sense of a stable and continuous identity, which others may confirm or unsettle.", "sr:Identity", None, ()),
        ("sr:SelfOtherNexus", "Self-Other nexus", "The way a collective identity is formed by representing another as different from or similar to oneself.", "sr:Identity", None, ()),
        ("sr:DiscursivePolitics", "discursive politics", "The ways in which language, narratives and framings enable and constrain policy choices.", None, None, ()),
        ("sr:SoftPower", "soft power", "The ability to attract or persuade others through culture, values and example rather than coercion or payment.", None, None, ()),
        ("sr:GreatPowerStatus", "great power status", "The recognised position of a state as one of the leading powers of the international system.", None, None, ()),
        ("sr:SphereOfInfluence", "sphere of influence", "A region in which one outside power holds sway over the policies of the states there.", None, None, ()),
        ("sr:DiscourseOfEquality", "discourse of equality", "Official language that presents two unequal partners as standing on the same level.", None, None, ()),
        ("sr:PostTerritorialApproach", "post-territorial approach", "A way of governing a shared space in which states agree on common legal frameworks instead of asserting territorial control.", None, None, ()),
        ("sr:RegionalLeadership", "regional leadership", "The role of a state that sets the direction in its region and is followed by the other states there.", None, None, ()),
        ("sr:MaterialCapabilities", "material capabilities", "The military and economic resources a state commands, taken as the measure of its power.", None, None, ()),
        ("sr:CooperationCompetitionFramework", "cooperation-competition framework", "The habit of analysing a relationship only by placing it somewhere on a scale between cooperation and rivalry.", None, None, ("competition-cooperation dichotomy",)),
        ("sr:PointsOfCorrespondence", "points of correspondence", "Matters on which the aims of several outside powers and of the states they court overlap, leaving room for both competition and collaboration.", None, None, ()),
        ("sr:ImmaterialFactors", "immaterial and discursive factors", "Ideas, norms, identities and discourses treated as forces in international relations alongside material power.", None, None, ()),
        ("sr:Spatiality", "spatiality", "The spatial side of social and political life: how space is produced, organised and experienced.", None, None, ()),
        ("sr:Borders", "borders", "The lines and zones that separate state territories, together with the practices of control and crossing at them.", None, None, ()),
        # aspects of the topic that research should account for ("the historical, economic, domestic, legal and spatial aspects")
        ("sr:HistoricalAspects", "historical aspects", "The side of a relationship that concerns its past and how that past is narrated and remembered.", None, None, ()),
        ("sr:EconomicAspects", "economic aspects", "The side of a relationship that concerns trade, investment, production and economic integration.", None, None, ()),
        ("sr:DomesticAspects", "domestic aspects", "The side of a relationship that concerns the politics, society and institutions inside each state.", None, None, ()),
        ("sr:LegalAspects", "legal aspects", "The side of a relationship that concerns the rules, legal frameworks and governance binding the actors.", None, None, ()),
        ("sr:SpatialAspects", "spatial aspects", "The side of a relationship that concerns territory, borders, distance and the organisation of space.", None, None, ()),
        ("sr:Interdisciplinarity", "interdisciplinarity", "Research that combines the concepts and methods of several academic disciplines on one problem.", None, None, ("cross-disciplinary perspective",)),
    ],
    "sr:DisciplineScheme": [
        ("sr:InternationalRelations", "International Relations", "The academic study of relations among states and other international actors, and of the international system they form.", None, None, ("IR",)),
        ("sr:History", "history", "The study of the past through its records, including how later societies narrate and remember it.", None, None, ()),
        ("sr:AreaStudies", "area studies", "The study of a world region as a whole, combining knowledge of its languages, societies, politics and cultures.", None, None, ()),
        ("sr:Economics", "economics", "The study of how societies produce, exchange and distribute goods and resources.", None, None, ()),
        ("sr:InternationalEconomics", "international economics", "The branch of economics that studies trade, investment, integration and finance between countries.", "sr:Economics", None, ()),
        ("sr:InternationalLaw", "international law", "The study of the rules and legal frameworks that bind states and govern their dealings with one another.", None, None, ()),
        ("sr:Geography", "geography", "The study of places, spaces and the relations between people and their environments.", None, None, ()),
        ("sr:PoliticalGeography", "political geography", "The branch of geography that studies how power, territory, borders and political processes are organised in space.", "sr:Geography", None, ()),
        ("sr:HumanGeography", "human geography", "The branch of geography that studies how human societies, economies and cultures shape and are shaped by space and place.", "sr:Geography", None, ()),
    ],
    "sr:MethodScheme": [
        ("sr:DiscourseAnalysis", "discourse analysis", "The systematic study of spoken or written language in its context to reveal the meanings, identities and framings it produces.", None, None, ()),
        ("sr:FieldObservation", "field observation", "Gathering evidence by observing sites, practices or displays in person where they take place.", None, None, ()),
        ("sr:EliteInterviews", "elite interviews", "Gathering evidence through conversations with officials, experts and other decision-makers.", None, None, ()),
        ("sr:DocumentAnalysis", "document analysis", "Examining official papers, statements and other written records as evidence.", None, None, ()),
        ("sr:EconomicModeling", "economic modeling", "Representing economic relations formally, often with data, in order to explain or estimate outcomes.", None, None, ("economic modelling",)),
    ],
    "sr:PolicyAreaScheme": [
        ("sr:SecurityPolicy", "security policy", "The field of policy concerned with defence, military power and the protection of a state against threats.", None, None, ()),
        ("sr:CounterTerrorism", "counter-terrorism", "The field of policy concerned with preventing and combating terrorist violence.", "sr:SecurityPolicy", None, ()),
        ("sr:ArmsTrade", "arms trade", "The sale and transfer of weapons and military technology between states.", "sr:SecurityPolicy", None, ()),
        ("sr:InfrastructureDevelopment", "infrastructure development", "The planning, financing and building of the physical networks an economy depends on.", None, None, ()),
        ("sr:TransportInfrastructure", "transport infrastructure", "The roads, railways, ports and crossings that carry goods and people.", "sr:InfrastructureDevelopment", None, ()),
        ("sr:WaterManagement", "water management", "The field of policy concerned with the use, sharing and protection of water resources.", None, None, ()),
        ("sr:AntiCorruption", "anti-corruption", "The field of policy concerned with preventing and punishing the abuse of public office for private gain.", None, None, ()),
        ("sr:DevelopmentAssistance", "development assistance", "Aid and concessional finance that one state gives another to support its economic and social development.", None, None, ()),
        ("sr:Energy", "energy", "The field of policy concerned with the production, trade and transport of oil, gas and other sources of energy.", None, None, ("energy sphere",)),
        ("sr:HigherEducation", "higher education", "The field of policy concerned with universities, academic mobility and tertiary education.", None, None, ()),
    ],
}


def build() -> list[Path]:
    written = []
    all_defs: list[str] = []
    for scheme, (fname, slabel, sdef, cls) in SCHEMES.items():
        terms = TERMS[scheme]
        tops = [t[0] for t in terms if t[3] is None]
        nodes = [Node(scheme, ["skos:ConceptScheme"], slabel,
                      [("skos:prefLabel", [en(slabel)]), ("skos:definition", [en(sdef)]),
                       ("skos:hasTopConcept", tops)])]
        all_defs.append(sdef)
        iris = {t[0] for t in terms}
        for iri, label, definition, broader, specific, alts in terms:
            if broader is not None and broader not in iris:
                raise ValueError(f"{iri}: broader {broader} is not in {scheme}")
            all_defs.append(definition)
            props = [("skos:prefLabel", [en(label)]), ("skos:altLabel", [en(a) for a in alts]),
                     ("skos:definition", [en(definition)]), ("skos:inScheme", [scheme])]
            props.append(("skos:broader", [broader]) if broader else ("skos:topConceptOf", [scheme]))
            nodes.append(Node(iri, [specific or cls, "skos:Concept"], label, props))
        written.append(write(f"instances/vocabularies/{fname}",
                             f"{slabel}: the {cls} individuals of {scheme}.\n"
                             "Definitions are our own words, not quotations from the article.", nodes))
    if len(set(d.lower() for d in all_defs)) != len(all_defs):
        raise ValueError("two vocabulary definitions are identical")
    if any(not d[0].isupper() for d in all_defs):
        raise ValueError("a definition does not start with a capital letter")
    return written


if __name__ == "__main__":
    for p in build():
        print(p)
