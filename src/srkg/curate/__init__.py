"""Curation without Turtle: ``srkg add`` (sheets, references, text -> Turtle) and ``srkg export``.

Reading: sheet (claim and thing sheets: YAML, CSV, TSV), refs (BibTeX, CSL-JSON, RIS).
Finding: quotes (tolerant quote finder), citations (in-text citations found and resolved),
terms (labels and IRIs of the graph).  Naming: mint (the IRI rules).  Building: build (the
pipeline, ``plan``), context (one run's state), biblio (works, entries, venues), intext (citations,
anomalies), rows (claims and things).  Writing: turtle (deterministic Turtle), writer (header
hashes, --force, all or nothing).  Also: export (BibTeX / CSL-JSON out), compare (dogfooding).
"""
