"""Evidence against its sources: every quote at its offsets in the text of its own ``oa:hasSource``.

Used by ``srkg check`` (:mod:`srkg.quality.check`) and ``srkg validate`` (:mod:`srkg.shacl.validate`);
it imports neither, so neither import goes round in a circle.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..evidence import Selector, verify_selector
from ..rdf.reader import shorten
from ..sources import Rendition, SourceTexts
from .findings import ERROR, WARN, Finding

__all__ = ["EvidenceCheck", "verify_evidence"]

OA = "http://www.w3.org/ns/oa#"
SRKG = "https://w3id.org/srkg/ontology#"


def _evidence_nodes(graph):
    """(evidence, holder, source, quotes, positions) of every oa:SpecificResource, read by graph walks.

    Walking the graph is some ten times faster than rdflib's SPARQL engine on the OPTIONAL-laden
    query it replaces (4 s for the first article), and says the same: ``quotes`` are the
    (exact, prefix, suffix) of its TextQuoteSelectors, ``positions`` the (start, end) of its
    TextPositionSelectors.
    """
    from rdflib import RDF, URIRef

    def o(name):
        return URIRef(OA + name)

    for ev in set(graph.subjects(RDF.type, o("SpecificResource"))):
        holder = min(graph.subjects(URIRef(SRKG + "hasEvidence"), ev), default=None, key=str)
        src = min(graph.objects(ev, o("hasSource")), default=None, key=str)
        quotes, positions = set(), set()
        for sel in graph.objects(ev, o("hasSelector")):
            kinds = set(graph.objects(sel, RDF.type))
            if o("TextQuoteSelector") in kinds:
                for exact in graph.objects(sel, o("exact")):
                    prefixes = [str(x) for x in graph.objects(sel, o("prefix"))] or [""]
                    suffixes = [str(x) for x in graph.objects(sel, o("suffix"))] or [""]
                    quotes |= {(str(exact), p, q) for p in prefixes for q in suffixes}
            if o("TextPositionSelector") in kinds:
                for start in graph.objects(sel, o("start")):
                    for end in graph.objects(sel, o("end")):
                        try:
                            positions.add((int(start), int(end)))
                        except ValueError:
                            continue  # not an integer: the shapes report it
        yield ev, holder, src, quotes, positions


@dataclass
class EvidenceCheck:
    """The outcome of :func:`verify_evidence`."""

    findings: list[Finding]
    verified: int  # selector pairs checked against their text
    used: list[Path]  # the texts that were read
    absent: list[str]  # renditions with evidence but no text given

    def summary(self) -> str:
        s = f"{self.verified} selectors verified against {', '.join(p.name for p in self.used) or 'no text'}"
        if self.absent:
            s += f"; no text given for {', '.join(self.absent)}"
        return s


def verify_evidence(graph, texts: SourceTexts, *, renditions: dict[str, Rendition] | None = None) -> EvidenceCheck:
    """Every quote at its offsets in the text of its own ``oa:hasSource``, every position holding its quote.

    ``renditions`` is the sources registry (default: the text renditions in ``graph``).
    A rendition whose text is not among ``texts`` gets one warning and its evidence
    is not judged; a text that is not the rendition the registry describes (SHA-256
    or length differ) gets one error and its evidence is not judged either.
    """
    from ..sources import registry

    found: list[Finding] = []
    seen = 0
    reg = registry(graph) if renditions is None else renditions
    resolved: dict[str, object] = {}
    skipped: dict[str, int] = {}
    for ev, holder, src, quotes, positions in sorted(_evidence_nodes(graph), key=lambda e: str(e[0])):
        name = shorten(str(holder)) if holder is not None else shorten(str(ev))
        if src is None:
            found.append(Finding(ERROR, "evidence-no-source", name, "evidence has no oa:hasSource"))
            continue
        rendition = reg.get(str(src))
        if rendition is None:
            found.append(Finding(ERROR, "evidence-unknown-source", name,
                                 f"oa:hasSource {shorten(str(src))} is no srkg:TextRendition of the sources registry"))
            continue
        if not quotes or not positions:
            found.append(Finding(ERROR, "evidence-incomplete", name, "evidence needs one TextQuoteSelector and one TextPositionSelector"))
            continue
        if len(quotes) > 1 or len(positions) > 1:
            found.append(Finding(ERROR, "evidence-ambiguous", name, "evidence has more than one quote or position selector"))
            continue
        if rendition.iri not in resolved:
            resolved[rendition.iri] = texts.resolve(rendition)
        res = resolved[rendition.iri]
        if res.text is None:
            skipped[rendition.iri] = skipped.get(rendition.iri, 0) + 1
            continue
        (exact, prefix, suffix), (start, end) = quotes.pop(), positions.pop()
        seen += 1
        for problem in verify_selector(res.text, Selector(exact, start, end, prefix, suffix)):
            found.append(Finding(ERROR, "evidence-mismatch", name, problem))
    absent = []
    for iri, n in sorted(skipped.items()):
        res = resolved[iri]
        r = res.rendition
        what = f"{n} selector{'s' if n != 1 else ''} not verified"
        if res.wrong:
            found.append(Finding(ERROR, "evidence-wrong-source", r.short,
                                 f"{res.wrong}: not the text its offsets refer to; {what}"))
        else:
            absent.append(r.short)
            where = f" ({r.file_name})" if r.file_name else ""
            found.append(Finding(WARN, "source-text-absent", r.short,
                                 f"no text given for this rendition{where}: {what}; pass --source FILE or "
                                 f"FOLDER, or set ${paths.SOURCES_ENV}"))
    for p in texts.unused(list(resolved.values())):
        found.append(Finding(WARN, "source-text-unused", p.name,
                             "this text is no rendition in the sources registry (neither its SHA-256 nor its file "
                             "name is recorded), or no evidence refers to it"))
    used = [x.path for x in resolved.values() if x.text is not None]
    return EvidenceCheck(found, seen, used, absent)
