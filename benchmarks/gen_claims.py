"""Generate realistic new data for ``srkg validate`` benchmarks.

Each unit is one new research article, as a researcher would write it after
reading it: the work (title, DOI, year, journal, theory, region), two
authors with their contributions, and three characterizations of the
Russia-China relationship, each with its evidence (an oa:SpecificResource
with a quote selector and a position selector, blank nodes as in the
conventions).  Everything points into our graph (sr:RussiaChinaRelationship,
sr:Alliance, sr:BalanceOfPower, sr:EurasianGeographyAndEconomics,
sr:BossuytKaczmarek2021-text, ...).  About 1% of the nodes are broken, one
mistake each, drawn from the mistakes users make (see BREAKAGES); the
generator returns how many of each it made.

    .venv/bin/python benchmarks/gen_claims.py 100000 benchmarks/out/claims-100k.ttl
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

PREFIXES = """@prefix sr:   <https://w3id.org/srkg/id/> .
@prefix srkg: <https://w3id.org/srkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix oa:   <http://www.w3.org/ns/oa#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .

"""
TYPES = ["sr:Alliance", "sr:DeFactoAlliance", "sr:Alignment", "sr:StrategicAlignment", "sr:StrategicPartnership",
         "sr:AxisOfConvenience"]
FACTORS = ["sr:BalanceOfPower", "sr:BalanceOfThreat", "sr:BalanceOfInterest", "sr:EconomicInterests",
           "sr:PowerAsymmetry"]
THEORIES = ["sr:Realism", "sr:Constructivism", "sr:EnglishSchool", "sr:Poststructuralism"]
REGIONS = ["sr:CentralAsia", "sr:Arctic", "sr:RussianFarEast", "sr:SouthChinaSea", "sr:Eurasia"]
BREAK_RATE = 0.01
WORDS = ("partnership alignment cooperation competition rivalry balancing hedging order region energy "
         "security trade border status identity discourse power Eurasia Arctic").split()


def _title(rnd: random.Random) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(6)).capitalize()


def unit(i: int, rnd: random.Random, made: Counter, rate: float = BREAK_RATE) -> str:
    """One article with two authors and three claims (~80 triples); each node broken with probability ``rate``."""
    def broken(kinds: list[str]) -> str | None:
        if rnd.random() < rate:
            k = rnd.choice(kinds)
            made[k] += 1
            return k
        return None

    w = f"sr:GenArticle{i}"
    year = 1995 + i % 27
    b = broken(["doi-pattern", "year-datatype", "two-titles", "theory-class", "journal-misspelt"])
    doi = f'"10.{9000 + i % 900}/gen.{i}"' if b != "doi-pattern" else f'"https://doi.org/10.9999/gen.{i}"'
    yr = f'"{year}"^^xsd:gYear' if b != "year-datatype" else f'"{year}"'
    titles = f'"{_title(rnd)}"' + (f' , "{_title(rnd)}"' if b == "two-titles" else "")
    theory = rnd.choice(THEORIES) if b != "theory-class" else "sr:CentralAsia"
    journal = "sr:EurasianGeographyAndEconomics" if b != "journal-misspelt" else "sr:EurasianGeographyAndEconomcs"
    out = [f"""{w} a srkg:ResearchArticle ;
    rdfs:label "Generated article {i} ({year})"@en ;
    srkg:title {titles} ;
    srkg:doi {doi} ;
    srkg:publicationYear {yr} ;
    srkg:publishedIn {journal} ;
    srkg:usesTheory {theory} ;
    srkg:coversRegion {rnd.choice(REGIONS)} ;
    srkg:hasContribution {w}-author1 , {w}-author2 .
"""]
    for k in (1, 2):
        p = f"sr:GenPerson{i}x{k}"
        b = broken(["position-zero", "position-string", "contributor-missing"])
        pos = {"position-zero": "0", "position-string": f'"{k}"'}.get(b, str(k))
        contributor = "" if b == "contributor-missing" else f"srkg:contributor {p} ; "
        out.append(f'{w}-author{k} a srkg:Authorship ; rdfs:label "author {k} of article {i}"@en ; '
                   f"srkg:contributionTo {w} ; {contributor}srkg:position {pos} .\n")
        b = broken(["label-missing", "label-no-language"])
        label = {"label-missing": "", "label-no-language": f'rdfs:label "Author {k} of article {i}" ; '}.get(
            b, f'rdfs:label "Author {k} of article {i}"@en ; ')
        out.append(f'{p} a srkg:Person ; {label}foaf:familyName "Surname{i}x{k}" .\n')
    for k in (1, 2, 3):
        c = f"sr:claim-GenArticle{i}-{k}"
        ev = f"sr:ev-claim-GenArticle{i}-{k}"
        b = broken(["type-region", "actor-misspelt", "evidence-missing", "madeIn-person"])
        rtype = rnd.choice(TYPES) if b != "type-region" else rnd.choice(REGIONS)
        about = "sr:RussiaChinaRelationship" if b != "actor-misspelt" else "sr:RussiaChinaRelationshp"
        evidence = f"srkg:hasEvidence {ev} ;\n    " if b != "evidence-missing" else ""
        made_in = w if b != "madeIn-person" else f"sr:GenPerson{i}x1"
        out.append(f"""{c} a srkg:Characterization ;
    rdfs:label "Generated article {i}: claim {k}"@en ;
    srkg:about {about} ;
    srkg:assignsType {rtype} ;
    srkg:explainedBy {rnd.choice(FACTORS)} ;
    {evidence}srkg:madeIn {made_in} ;
    srkg:reportedIn sr:BossuytKaczmarek2021 .
""")
        start = rnd.randrange(0, 58000)
        length = rnd.randrange(20, 200)
        b = broken(["quote-missing", "start-after-end", "start-negative", "selector-extra", "offset-string"])
        quote = f'[ a oa:TextQuoteSelector ; oa:exact "quoted passage {i}-{k} {_title(rnd)}" ; ' \
                f'oa:prefix "before {i}" ; oa:suffix "after {i}" ]'
        s_, e_ = start, start + length
        if b == "start-after-end":
            s_, e_ = e_, s_
        if b == "start-negative":
            s_ = -5
        extra = ' ; oa:refinedBy "x"' if b == "selector-extra" else ""
        end_lit = f'"{e_}"' if b == "offset-string" else str(e_)
        pos = f"[ a oa:TextPositionSelector ; oa:start {s_} ; oa:end {end_lit}{extra} ]"
        sels = pos if b == "quote-missing" else f"{quote} ,\n        {pos}"
        out.append(f"""{ev} a oa:SpecificResource ;
    oa:hasSource sr:BossuytKaczmarek2021-text ;
    oa:hasSelector {sels} .
""")
    return "".join(out)


TRIPLES_PER_UNIT = 82


def generate(triples: int, path: Path, *, seed: int = 6, rate: float = BREAK_RATE) -> Counter:
    """Write about ``triples`` triples of new data to ``path``; returns the mistakes made."""
    rnd = random.Random(seed)
    made: Counter = Counter()
    units = max(1, round(triples / TRIPLES_PER_UNIT))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(PREFIXES)
        for i in range(units):
            fh.write(unit(i, rnd, made, rate))
    return made


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parent / "out" / f"claims-{n}.ttl"
    made = generate(n, out)
    print(f"{out}: {sum(made.values())} mistakes: {dict(sorted(made.items()))}")
