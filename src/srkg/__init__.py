"""SRKG: the Sino-Russian relations knowledge graph.

The library behind the ``srkg`` command, one subpackage per concern:

* ``srkg.rdf``: RDF formats, reading files with precise errors, the embedded store;
* ``srkg.sparql``: the stored queries, their parameters and typed results;
* ``srkg.shacl``: the SHACL engine and ``srkg validate``;
* ``srkg.quality``: the quality gate ``srkg check`` (ontology report, pitfalls, reasoner);
* ``srkg.release``: ``srkg build`` and the figures;
* ``srkg.remote``: HTTP, SPARQL endpoints, ``srkg load`` and ``srkg serve``;
* ``srkg.cli``: the ``srkg`` command, a thin layer over the rest.

``errors`` (the error hierarchy and exit codes), ``paths`` (folders and suffixes) and
``evidence`` (quotes and offsets in source texts) are shared by all of them.
``from srkg import queries`` gives the query API, ``from srkg import validate`` the validator.
"""

__version__ = "0.1.0"

_FACADE = {"queries": "srkg.sparql.queries", "validate": "srkg.shacl.validate"}


def __getattr__(name: str):
    """``srkg.queries`` and ``srkg.validate``, imported on first use (``srkg --help`` stays fast)."""
    if name in _FACADE:
        import importlib

        return importlib.import_module(_FACADE[name])
    raise AttributeError(f"module 'srkg' has no attribute {name!r}")
