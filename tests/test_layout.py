"""The layout keeps one place for each concept: no import cycles, every error class in errors.py,
one map from file suffixes to RDF formats."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import srkg

SRC = Path(srkg.__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def _modules() -> dict[str, ast.Module]:
    out = {}
    for f in sorted(SRC.rglob("*.py")):
        parts = f.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = ast.parse(f.read_text(encoding="utf-8"))
    assert len(out) > 20, "the srkg modules were not found"
    return out


def _package(name: str, tree_is_package: bool) -> str:
    return name if tree_is_package else name.rsplit(".", 1)[0]


def _imports(name: str, tree: ast.Module, known: set[str], is_package: bool) -> set[str]:
    """The srkg modules ``name`` imports, at module level or inside a function (a deferred
    import is still a dependency: a cycle through one is still a cycle)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package(name, is_package).split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target in known:
                out.add(target)
            for a in node.names:  # "from . import paths" imports a module
                if f"{target}.{a.name}" in known:
                    out.add(f"{target}.{a.name}")
    return out - {name}


def test_no_import_cycle():
    mods = _modules()
    known = set(mods)
    packages = {n for n in known if (SRC.parent / n.replace(".", "/") / "__init__.py").is_file()}
    graph = {n: _imports(n, t, known, n in packages) for n, t in mods.items()}
    assert "srkg.sparql.results" in graph["srkg.remote.endpoint"], "the import scan found nothing"
    assert "srkg.sparql.queries" not in graph["srkg.remote.endpoint"]
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> None:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph[n]):
            if state.get(m) == 1:
                cycle = stack[stack.index(m):] + [m]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if m not in state:
                visit(m)
        stack.pop()
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n)


def test_the_cycle_check_can_fail():
    tree = ast.parse("from .b import x\n")
    assert _imports("srkg.a", tree, {"srkg.a", "srkg.b"}, False) == {"srkg.b"}


def test_every_error_class_lives_in_errors_py():
    from srkg import errors

    elsewhere = []
    for name, tree in _modules().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                if any(b.endswith(("Error", "Exception", "Problem")) for b in bases) or \
                        node.name.endswith(("Error", "Refused", "Conforming")):
                    if name != "srkg.errors":
                        elsewhere.append(f"{name}.{node.name}")
    assert elsewhere == []
    assert {"SrkgError", "InputError", "RDFSyntaxError", "UsageError", "EnvironmentProblem", "EndpointError",
            "SparqlSyntaxError", "NotConforming", "BuildRefused", "UnsupportedShape"} <= set(vars(errors))


def test_one_map_from_suffixes_to_rdf_formats():
    """No module but the format registry spells out an RDF file suffix as a dict key."""
    rdf_suffixes = {".ttl", ".nt", ".nq", ".trig", ".rdf", ".owl", ".jsonld"}
    maps = []
    for name, tree in _modules().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
                if len(keys & rdf_suffixes) >= 2 and name != "srkg.rdf.formats":
                    maps.append(name)
    assert maps == []
    from srkg.rdf.formats import SUFFIXES

    assert rdf_suffixes <= set(SUFFIXES)
