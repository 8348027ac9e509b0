"""A tiny, deterministic Turtle writer: subjects in the order given, no blank-node labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..rdf.reader import PREFIXES as _NS

_USED = ("sr", "srkg", "rdfs", "xsd", "skos", "dcterms", "foaf", "oa", "time", "cito", "c4o")
PREFIXES = "".join(f"@prefix {p + ':':<8} <{_NS[p]}> .\n" for p in _USED)


def lit(s: str) -> str:
    return '"' + (str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                  .replace("\r", "\\r").replace("\t", "\\t")) + '"'


def en(s: str) -> str:
    return lit(s) + "@en"


def year(y: str) -> str:
    return f'"{y}"^^xsd:gYear'


def iri(local: str) -> str:
    """``sr:<local>`` when ``local`` is a valid prefixed local name, else the full IRI."""
    import re

    if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", local) and not local.endswith("."):
        return f"sr:{local}"
    return f"<https://w3id.org/srkg/id/{local}>"


@dataclass
class Doc:
    """One Turtle file: blocks of (subject, [(predicate, [objects])]) in the order added."""

    title: str
    blocks: list[tuple[str, list[tuple[str, list[str]]]]] = field(default_factory=list)

    def add(self, subject: str, pairs: list[tuple[str, object]]) -> None:
        rows = []
        for p, o in pairs:
            if o is None or o == [] or o == "":
                continue
            rows.append((p, list(o) if isinstance(o, (list, tuple)) else [o]))
        if rows:
            self.blocks.append((subject, rows))

    def evidence(self, name: str, label: str, source: str, hit) -> str:
        self.blocks.append((name, [
            ("a", ["oa:SpecificResource"]), ("rdfs:label", [en(label)]), ("oa:hasSource", [source]),
            ("oa:hasSelector", [
                f"[ a oa:TextQuoteSelector ; oa:exact {lit(hit.exact)} ;\n"
                f"                     oa:prefix {lit(hit.prefix)} ; oa:suffix {lit(hit.suffix)} ]",
                f"[ a oa:TextPositionSelector ; oa:start {hit.start} ; oa:end {hit.end} ]"])]))
        return name

    def body(self) -> str:
        out = [f"# {self.title}\n\n", PREFIXES]
        for subject, rows in self.blocks:
            lines = []
            for i, (p, objs) in enumerate(rows):
                end = " ." if i == len(rows) - 1 else " ;"
                head = f"{subject} " if i == 0 else "    "
                sep = " ,\n        " if len(objs) > 4 else " , "
                lines.append(f"{head}{p} {sep.join(objs)}{end}")
            out.append("\n" + "\n".join(lines) + "\n")
        return "".join(out)

    def __len__(self) -> int:
        return len(self.blocks)
