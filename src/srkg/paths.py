"""The one module that knows folder names, file suffixes, environment variables and graph IRIs.

The data (``ontology/``, ``instances/``, ``queries/``) is found either in a
source checkout (next to ``src/``) or, after a wheel install, inside the
package as ``srkg/data/``.  ``SRKG_HOME`` overrides both.

Instance data is kept by article: ``instances/<article-id>/`` holds one
article's data (its bibliographic record, its text rendition in
``source.ttl``, its claims), ``instances/vocabularies/`` the controlled
vocabularies every article shares.  ``srkg load`` gives each its own named graph:

=============================  ==================================================
files                          named graph
=============================  ==================================================
``ontology/*.ttl``             ``https://w3id.org/srkg/graph/ontology``
``instances/vocabularies/``    ``https://w3id.org/srkg/graph/vocabularies``
``instances/<article-id>/``    ``https://w3id.org/srkg/graph/article/<article-id>``
``ontology/shapes/``           ``https://w3id.org/srkg/graph/shapes``
=============================  ==================================================

>>> article_graph("bossuyt-kaczmarek-2021")
'https://w3id.org/srkg/graph/article/bossuyt-kaczmarek-2021'
>>> article_of_graph(article_graph("tester-2024"))
'tester-2024'
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .rdf.formats import SUFFIXES, for_path

RDF_SUFFIXES = SUFFIXES  # file suffix -> RDF format name, from the one format registry
SHAPES_SUFFIX = ".shacl.ttl"
QUERY_SUFFIX = ".rq"
VIOLATION_SUFFIX = "-violation.rq"
SOURCE_ENV = "SRKG_SOURCE"        # legacy: one source text
SOURCES_ENV = "SRKG_SOURCES"      # os.pathsep-separated source texts or folders of them
SOURCE_MANIFEST = "manifest.yaml"  # in a folder of source texts: which file is which rendition
SOURCE_RECORD = "source.ttl"       # in an article folder: its text rendition (the sources registry)
VOCABULARIES = "vocabularies"      # the folder (under instances/) of the shared vocabularies

GRAPH_BASE = "https://w3id.org/srkg/graph/"
ONTOLOGY_GRAPH = GRAPH_BASE + "ontology"
VOCABULARIES_GRAPH = GRAPH_BASE + "vocabularies"
SHAPES_GRAPH = GRAPH_BASE + "shapes"
INSTANCES_GRAPH = GRAPH_BASE + "instances"  # instance files outside any article folder
ARTICLE_GRAPH_BASE = GRAPH_BASE + "article/"
ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def data_root() -> Path:
    """The folder that holds ``ontology/``, ``instances/`` and ``queries/``."""
    env = os.environ.get("SRKG_HOME")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    if (packaged / "ontology").is_dir():
        return packaged
    checkout = here.parent.parent
    if (checkout / "ontology").is_dir():
        return checkout
    return packaged


def ontology_dir(root: Path | None = None) -> Path:
    return (root or data_root()) / "ontology"


def shapes_dir(root: Path | None = None) -> Path:
    return ontology_dir(root) / "shapes"


def instances_dir(root: Path | None = None) -> Path:
    return (root or data_root()) / "instances"


def queries_dir(root: Path | None = None) -> Path:
    return (root or data_root()) / "queries"


def checks_dir(root: Path | None = None) -> Path:
    return queries_dir(root) / "checks"


def figures_dir(root: Path | None = None) -> Path:
    return queries_dir(root) / "figures"


def _rdf_files(folder: Path, *, exclude: Path | None = None) -> list[Path]:
    if not folder.is_dir():
        return []
    out = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or p.suffix not in RDF_SUFFIXES:
            continue
        if exclude is not None and exclude in p.parents:
            continue
        out.append(p)
    return out


def ontology_files(root: Path | None = None) -> list[Path]:
    """OWL modules: every RDF file under ``ontology/`` except the shapes."""
    return _rdf_files(ontology_dir(root), exclude=shapes_dir(root))


def shapes_files(root: Path | None = None) -> list[Path]:
    folder = shapes_dir(root)
    return sorted(folder.glob("*" + SHAPES_SUFFIX)) if folder.is_dir() else []


def instance_files(root: Path | None = None) -> list[Path]:
    return _rdf_files(instances_dir(root))


def query_files(root: Path | None = None) -> list[Path]:
    """Stored queries (not the checks), one ``.rq`` per question."""
    folder = queries_dir(root)
    return sorted(folder.glob("*" + QUERY_SUFFIX)) if folder.is_dir() else []


def violation_query_files(root: Path | None = None) -> list[Path]:
    folder = checks_dir(root)
    return sorted(folder.glob("*" + VIOLATION_SUFFIX)) if folder.is_dir() else []


def figure_query_files(root: Path | None = None) -> list[Path]:
    """The figure queries, one ``.rq`` per picture of ``srkg build``."""
    folder = figures_dir(root)
    return sorted(folder.glob("*" + QUERY_SUFFIX)) if folder.is_dir() else []


def rdf_format(path: Path | str) -> str:
    """rdflib format name for a path, by suffix (the format registry); InputError if unknown."""
    return for_path(path).name


# ---------------------------------------------------------------------------
# Articles: one folder each under instances/, one named graph each
# ---------------------------------------------------------------------------
def article_graph(article_id: str) -> str:
    """The named graph of one article's data."""
    return ARTICLE_GRAPH_BASE + article_id


def article_of_graph(graph: str) -> str | None:
    """The article id of an article graph IRI (None for any other graph)."""
    return graph[len(ARTICLE_GRAPH_BASE):] if graph.startswith(ARTICLE_GRAPH_BASE) else None


def article_ids(root: Path | None = None) -> list[str]:
    """The articles of the graph: every folder under ``instances/`` except the vocabularies."""
    folder = instances_dir(root)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir()
                  if p.is_dir() and p.name != VOCABULARIES and not p.name.startswith(".") and _rdf_files(p))


def article_dir(article_id: str, root: Path | None = None) -> Path:
    return instances_dir(root) / article_id


def article_files(article_id: str, root: Path | None = None) -> list[Path]:
    """One article's RDF files; raises UsageError for an unknown article id."""
    if article_id not in article_ids(root):
        from .errors import UsageError

        known = ", ".join(article_ids(root)) or "none"
        raise UsageError(f"no article {article_id!r} under {instances_dir(root)} (articles: {known})")
    return _rdf_files(article_dir(article_id, root))


def vocabulary_files(root: Path | None = None) -> list[Path]:
    return _rdf_files(instances_dir(root) / VOCABULARIES)


def article_of_file(path: Path, root: Path | None = None) -> str | None:
    """The article whose folder holds ``path`` (None for vocabularies and loose files)."""
    try:
        rel = Path(path).resolve().relative_to(instances_dir(root).resolve())
    except ValueError:
        return None
    return rel.parts[0] if len(rel.parts) > 1 and rel.parts[0] != VOCABULARIES else None


def instance_graphs(root: Path | None = None) -> dict[str, list[Path]]:
    """The instance files by the named graph ``srkg load`` puts them in (see the module docstring).

    Files directly under ``instances/`` (in no folder) go to ``.../graph/instances``.
    """
    out: dict[str, list[Path]] = {}
    for f in instance_files(root):
        rel = f.relative_to(instances_dir(root))
        if len(rel.parts) == 1:
            graph = INSTANCES_GRAPH
        elif rel.parts[0] == VOCABULARIES:
            graph = VOCABULARIES_GRAPH
        else:
            graph = article_graph(rel.parts[0])
        out.setdefault(graph, []).append(f)
    return out


def article_scope_files(article_id: str, root: Path | None = None) -> list[Path]:
    """What one article's answers are drawn from: the ontology, the vocabularies and that article's data."""
    return ontology_files(root) + vocabulary_files(root) + article_files(article_id, root)


def project_graphs(root: Path | None = None, *, shapes: bool = True) -> dict[str, list[Path]]:
    """Every file of the project by named graph, as ``srkg load`` stores them."""
    out = {ONTOLOGY_GRAPH: ontology_files(root), **instance_graphs(root)}
    if shapes:
        out[SHAPES_GRAPH] = shapes_files(root)
    return out


def article_scope_graphs(article_id: str, root: Path | None = None) -> list[str]:
    """The named graphs that form one article's dataset on an endpoint (the SPARQL default graph)."""
    article_files(article_id, root)  # an unknown article is a usage error here too
    return [ONTOLOGY_GRAPH, VOCABULARIES_GRAPH, article_graph(article_id)]


# ---------------------------------------------------------------------------
# Source texts: given on the command line, else by environment variable
# ---------------------------------------------------------------------------
def source_locations(given: "list[str | os.PathLike] | str | os.PathLike | None" = None) -> list[Path]:
    """Where the source texts are: ``given`` (files or folders), else ``$SRKG_SOURCES``, else ``$SRKG_SOURCE``."""
    if given:
        items = [given] if isinstance(given, (str, os.PathLike)) else list(given)
        return [Path(g) for g in items if str(g)]
    env = os.environ.get(SOURCES_ENV)
    if env:
        return [Path(x) for x in env.split(os.pathsep) if x]
    one = os.environ.get(SOURCE_ENV)
    return [Path(one)] if one else []
