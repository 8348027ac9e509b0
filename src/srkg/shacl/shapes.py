"""Reading and compiling the SHACL shapes, as ``srkg validate`` and ``srkg check`` both do.

One place, so that the gate compiles the shapes exactly as validation does: a shape that
``srkg validate --engine compiled`` cannot run fails ``srkg check``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .. import paths
from ..errors import InputError, NetworkRefused, UnsupportedShape
from .engine import compile_shapes

_SHAPES_CACHE: dict[tuple, tuple] = {}


class Shapes:
    """The shapes, and their compiled form or the reason the compiler refused them."""

    def __init__(self, files: list, compiled: list | None, refusal: UnsupportedShape | None, graph=None):
        self.files, self.compiled, self.refusal = files, compiled, refusal
        self._graph = graph

    @property
    def graph(self):
        """The shapes graph (rdflib, literals as written), parsed on first use (the slow path needs it)."""
        if self._graph is None:
            self._graph = _shapes_graph(self.files)
        return self._graph

    @property
    def constraints(self) -> int:
        return sum(len(s.constraints) for s in self.compiled or [])


def _shapes_graph(files):
    from ..rdf.reader import iter_quads
    from .core import graph_of

    return graph_of(q for f in files for q in iter_quads(f))  # literals as written ("1"^^xsd:boolean stays)


def read_shapes(files: Sequence[Path] | None = None, *, root: Path | None = None) -> Shapes:
    """Parse and compile the shapes files (default: ``ontology/shapes/*.shacl.ttl``), once per
    process and, through :mod:`srkg.shacl.cache`, once per change of the files.

    Raises UnsupportedShape (exit 3) at once for what no engine may run (SPARQL
    SERVICE, remote owl:imports); other refusals of the compiler are kept in
    ``refusal``, for the caller to decide (the default engine hands them to pyshacl-turbo).
    """
    from . import cache
    from .core import refuse_network

    files = [Path(f) for f in files] if files is not None else paths.shapes_files(root)
    if not files:
        raise InputError(f"no shapes found under {paths.shapes_dir(root)}")
    # keyed by each file's absolute path, size and mtime: two data folders never share an entry
    key = tuple((str(f.resolve()), f.stat().st_size, f.stat().st_mtime_ns) for f in files)
    if key not in _SHAPES_CACHE:
        graph = []

        def compute() -> tuple:
            g = _shapes_graph(files)
            graph.append(g)
            refuse_network(g)  # raises: never cached
            try:
                return compile_shapes(g), None
            except NetworkRefused:
                raise
            except UnsupportedShape as err:
                return None, err.message

        compiled, refusal = cache.compiled(files, compute)
        _SHAPES_CACHE[key] = Shapes(files, compiled, UnsupportedShape(refusal) if refusal else None,
                                    graph[0] if graph else None)
    return _SHAPES_CACHE[key]


def load_shapes(files: Sequence[Path] | None = None, *, root: Path | None = None):
    """The compiled shapes; raises UnsupportedShape (exit 3) when the compiler refuses them.

    This is what ``srkg check`` runs: shapes that ``srkg validate --engine compiled`` cannot run fail the gate.
    """
    sh = read_shapes(files, root=root)
    if sh.refusal is not None:
        raise sh.refusal
    return sh.compiled


