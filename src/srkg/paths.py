"""The one module that knows folder names and file suffixes.

The data (``ontology/``, ``instances/``, ``queries/``) is found either in a
source checkout (next to ``src/``) or, after a wheel install, inside the
package as ``srkg/data/``.  ``SRKG_HOME`` overrides both.
"""

from __future__ import annotations

import os
from pathlib import Path

from .rdf.formats import SUFFIXES, for_path

RDF_SUFFIXES = SUFFIXES  # file suffix -> RDF format name, from the one format registry
SHAPES_SUFFIX = ".shacl.ttl"
QUERY_SUFFIX = ".rq"
VIOLATION_SUFFIX = "-violation.rq"
SOURCE_ENV = "SRKG_SOURCE"


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
