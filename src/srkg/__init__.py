"""SRKG: the Sino-Russian relations knowledge graph.

The library behind the ``srkg`` command. Each module owns one concept:
``paths`` (where files live), ``errors`` (the error hierarchy and exit codes),
``rdfio`` (parsing with precise syntax errors), ``evidence`` (quote and offset
checks against the source text), ``check`` (the quality gate).
"""

__version__ = "0.1.0"
