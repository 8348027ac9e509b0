"""Grow the SRKG graph with realistic extra data, in our vocabulary, for the query benchmark.

Each unit is one more scholarly article about Russia and China, shaped like the real
data so that every stored query has work to do:

* the work (journal article, title, year, DOI, journal, discipline, theory, region),
  two or three authors with ordered srkg:Authorship contributions, some authors
  recurring across works (so most-cited-authors and coauthors have something to count);
* its reference list (six srkg:ReferenceEntry nodes, describing earlier generated works
  and works of the real reference list), and six in-text citations in two citation
  groups (co-citation), each with evidence (quote and position selectors, blank nodes);
* two characterizations of sr:RussiaChinaRelationship (type from our vocabulary,
  explanatory factors, theory) and one finding about a region, all with evidence
  on the work's own text rendition;
* now and then a dated event of the relationship (OWL-Time instant), with participants.

It writes Turtle, deterministic for a given seed, and stops at about the number of
triples asked for.  The data is git-ignored benchmark material (benchmarks/out/); it is
never mixed into instances/.

    .venv/bin/python benchmarks/gen_graph.py 1000000 benchmarks/out/gen-1000000.ttl
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

PREFIXES = """@prefix sr:   <https://w3id.org/srkg/id/> .
@prefix srkg: <https://w3id.org/srkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix oa:   <http://www.w3.org/ns/oa#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix c4o:  <http://purl.org/spar/c4o/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

"""
TYPES = ["Alliance", "DeFactoAlliance", "Alignment", "StrategicAlignment", "StrategicPartnership", "AxisOfConvenience",
         "BifurcatedRelationship"]
FACTORS = ["BalanceOfPower", "BalanceOfThreat", "BalanceOfInterest", "EconomicInterests", "PowerAsymmetry",
           "InterpersonalRelations", "OppositionToUSPrimacy", "StatusRecognition", "NormativeAffinity"]
BEHAVIOURS = ["Balancing", "Bandwagoning", "Hedging", "Adaptation"]
THEORIES = ["Realism", "Constructivism", "EnglishSchool", "Poststructuralism", "StatusTheory", "DomesticPolitics"]
DISCIPLINES = ["InternationalRelations", "History", "AreaStudies", "InternationalEconomics", "InternationalLaw",
               "PoliticalGeography"]
REGIONS = ["CentralAsia", "Arctic", "RussianFarEast", "SouthChinaSea", "Eurasia", "Kazakhstan", "Mongolia"]
REAL_WORKS = ["Ambrosio2017", "Blank2020", "Bobo2008", "Cox2016", "Korolev2016", "Korolev2020", "Larson2020",
              "Wishnick2017", "Lukin2021", "Haynes2020", "Owen2020", "Flikke2016", "XuReisinger2019"]
ACTORS = ["Russia", "China", "USA", "Kazakhstan", "Mongolia", "EU"]
GIVEN = ("Anna Boris Chen Dmitri Elena Fei Galina Hao Igor Jun Kirill Lin Maria Nikolai Olga Pavel Qing Roman "
         "Svetlana Tao Vera Wei Xenia Yuri Zhanna").split()
FAMILY = ("Ivanov Wang Petrova Li Smirnov Zhang Kuznetsova Liu Popov Chen Sokolova Yang Lebedev Zhao Kozlova Huang "
          "Novikov Zhou Morozova Wu Volkov Xu Alekseeva Sun Fedorov Ma Orlova Zhu Belov Hu").split()
WORDS = ("partnership alignment cooperation competition rivalry balancing hedging order region energy security trade "
         "border status identity discourse power Eurasia Arctic pipeline sanctions summit convergence").split()


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def evidence(name: str, source: str, quote: str, start: int) -> str:
    return (f'sr:ev-{name} a oa:SpecificResource ;\n'
            f'    oa:hasSource {source} ;\n'
            f'    oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "{esc(quote)}" ; oa:prefix "… " ; oa:suffix " …" ] ,\n'
            f'                   [ a oa:TextPositionSelector ; oa:start {start} ; oa:end {start + len(quote)} ] .\n')


def unit(i: int, rnd: random.Random, persons: int) -> str:
    w = f"GenW{i:07d}"
    year = rnd.randint(1995, 2024)
    title = " ".join(rnd.choice(WORDS) for _ in range(7)).capitalize()
    text = f"sr:{w}-text"
    out = [f'sr:{w} a srkg:JournalArticle ;\n'
           f'    rdfs:label "{w} ({year})"@en ;\n'
           f'    srkg:title "{esc(title)}" ;\n'
           f'    srkg:publicationYear "{year}"^^xsd:gYear ;\n'
           f'    srkg:doi "10.9999/srkg-gen.{i}" ;\n'
           f'    srkg:publishedIn sr:GenJournal{i % 40:02d} ;\n'
           f'    srkg:inDiscipline sr:{rnd.choice(DISCIPLINES)} ;\n'
           f'    srkg:usesTheory sr:{rnd.choice(THEORIES)} ;\n'
           f'    srkg:coversRegion sr:{rnd.choice(REGIONS)} .\n',
           f'{text} a srkg:TextRendition ; rdfs:label "text of {w}"@en ; srkg:renditionOf sr:{w} .\n']
    for k in range(1, rnd.choice((2, 2, 3)) + 1):
        p = rnd.randrange(persons)  # persons recur across works
        out.append(f'sr:{w}-a{k} a srkg:Authorship ; rdfs:label "author {k} of {w}"@en ;\n'
                   f'    srkg:contributor sr:GenPerson{p:06d} ; srkg:position {k} ; srkg:contributionTo sr:{w} .\n'
                   f'sr:{w} srkg:hasContribution sr:{w}-a{k} .\n')
    cited = []
    for k in range(1, 7):
        target = f"GenW{rnd.randrange(i):07d}" if i > 10 and rnd.random() < 0.7 else rnd.choice(REAL_WORKS)
        cited.append(target)
        out.append(f'sr:{w}-ref{k} a srkg:ReferenceEntry ; rdfs:label "entry {k} of {w}"@en ;\n'
                   f'    srkg:entryIn sr:{w} ; srkg:position {k} ; srkg:describesWork sr:{target} .\n')
    for g in (1, 2):
        out.append(f'sr:{w}-group{g} a srkg:CitationGroup ; rdfs:label "citation group {g} of {w}"@en ; srkg:citedIn sr:{w} .\n')
    pos = 100
    for k, target in enumerate(cited, 1):
        content = f"{target} {year - 1}"
        out.append(f'sr:{w}-cit{k} a srkg:InTextCitation ; rdfs:label "citation {k} of {w}"@en ;\n'
                   f'    c4o:hasContent "{content}" ; srkg:citedIn sr:{w} ; srkg:resolvesTo sr:{w}-ref{k} ;\n'
                   f'    srkg:citesWork sr:{target} ; srkg:inGroup sr:{w}-group{1 + (k > 3)} ; srkg:position {k} ;\n'
                   f'    srkg:hasEvidence sr:ev-{w}-cit{k} .\n')
        out.append(evidence(f"{w}-cit{k}", text, content, pos))
        pos += 200
    for k in (1, 2):
        rtype = rnd.choice(TYPES)
        factors = ", ".join(f"sr:{f}" for f in rnd.sample(FACTORS, 2))
        quote = f"{w} reads the relationship as {rtype.lower()} driven by {factors.replace('sr:', '').lower()}"
        out.append(f'sr:claim-{w}-{k} a srkg:Characterization ;\n'
                   f'    rdfs:label "{w}: the relationship as {rtype}"@en ;\n'
                   f'    srkg:about sr:RussiaChinaRelationship ; srkg:assignsType sr:{rtype} ;\n'
                   f'    srkg:explainedBy {factors} ; srkg:drawsOnTheory sr:{rnd.choice(THEORIES)} ;\n'
                   f'    srkg:namesBehaviour sr:{rnd.choice(BEHAVIOURS)} ;\n'
                   f'    srkg:madeIn sr:{w} ; srkg:hasEvidence sr:ev-claim-{w}-{k} .\n')
        out.append(evidence(f"claim-{w}-{k}", text, quote, pos))
        pos += 300
    region = rnd.choice(REGIONS)
    quote = f"{w} finds that cooperation in {region} is uneven"
    out.append(f'sr:finding-{w} a srkg:Finding ; rdfs:label "{w}: finding on {region}"@en ;\n'
               f'    srkg:about sr:{region} ; srkg:coversRegion sr:{region} ; srkg:madeIn sr:{w} ;\n'
               f'    srkg:hasEvidence sr:ev-finding-{w} .\n')
    out.append(evidence(f"finding-{w}", text, quote, pos))
    if rnd.random() < 0.2:
        ey = rnd.randint(1990, 2024)
        a, b = rnd.sample(ACTORS, 2)
        out.append(f'sr:GenE{i:07d} a srkg:PoliticalEvent ; rdfs:label "generated event {i} ({ey})"@en ;\n'
                   f'    srkg:inRelationship sr:RussiaChinaRelationship ; srkg:participant sr:{a} , sr:{b} ;\n'
                   f'    srkg:hasTime [ a time:Instant ; srkg:timeExpression "in {ey}" ; time:inXSDgYear "{ey}"^^xsd:gYear ] .\n')
    return "".join(out)


def header(persons: int) -> str:
    out = [PREFIXES]
    for j in range(40):
        out.append(f'sr:GenJournal{j:02d} a srkg:Journal ; rdfs:label "Generated Journal of Eurasian Affairs {j}"@en .\n')
    for p in range(persons):
        given, family = GIVEN[p % len(GIVEN)], FAMILY[(p // len(GIVEN)) % len(FAMILY)]
        out.append(f'sr:GenPerson{p:06d} a srkg:Person ; rdfs:label "{given} {family} {p}"@en ;\n'
                   f'    foaf:givenName "{given}" ; foaf:familyName "{family}" .\n')
    return "".join(out)


TRIPLES_PER_UNIT = 243  # measured on the output (pyoxigraph count / units)
TRIPLES_PER_PERSON = 4


def generate(triples: int, path: Path, seed: int = 20211229) -> int:
    """Write about ``triples`` triples of extra data to ``path``; returns the number of units."""
    rnd = random.Random(seed)
    units = max(1, triples // (TRIPLES_PER_UNIT + TRIPLES_PER_PERSON // 2))
    persons = max(10, units // 2)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(header(persons))
        for i in range(units):
            fh.write(unit(i, rnd, persons))
    tmp.replace(path)
    return units


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("triples", type=int, help="about how many triples to write")
    ap.add_argument("out", type=Path, help="the Turtle file to write")
    ap.add_argument("--seed", type=int, default=20211229)
    args = ap.parse_args(argv)
    units = generate(args.triples, args.out, args.seed)
    print(f"wrote {units} works to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
