"""Curation without Turtle: ``srkg add`` (sheets, references, text -> Turtle) and ``srkg export``.

sheet (claim sheets), refs (BibTeX / CSL-JSON / RIS), quotes (tolerant quote finder),
citations (in-text citation finder and resolver), terms (labels -> IRIs), mint (IRI rules),
build (the pipeline), turtle (deterministic writer), writer (hashes, --force), export, compare.
"""
