"""Compare what ``srkg add`` produced with the graph as it stands (dogfooding).

``differences(old, new)`` lists the statements only one side has; both empty
means the two graphs are isomorphic.
"""

from __future__ import annotations

from collections import Counter

from rdflib import BNode, Graph


def canonical(g: Graph) -> Counter:
    """The triples of ``g`` with each blank node replaced by a description of what it holds.

    The blank nodes of SRKG data are trees (selectors, time instants and
    intervals), for which two graphs are isomorphic exactly when these
    multisets are equal; this is fast where rdflib's general algorithm is not.
    """
    memo: dict = {}

    def sig(node, depth=0):
        if not isinstance(node, BNode):
            return node.n3()
        if node in memo:
            return memo[node]
        if depth > 20:
            raise ValueError("blank nodes nested too deep (a cycle?)")
        memo[node] = "[" + " ; ".join(sorted(f"{p.n3()} {sig(o, depth + 1)}" for p, o in g.predicate_objects(node))) + "]"
        return memo[node]

    return Counter((sig(s), p.n3(), sig(o)) for s, p, o in g if not isinstance(s, BNode))


def differences(a: Graph, b: Graph) -> tuple[list, list]:
    """Statements only in ``a`` and only in ``b``, blank nodes written out as their content."""
    ca, cb = canonical(a), canonical(b)
    return sorted((ca - cb).elements()), sorted((cb - ca).elements())
