"""``srkg validate``: check new instance data before it joins the graph."""

from __future__ import annotations

import argparse
import sys

HELP = "Validate new RDF data against the SHACL shapes, together with the graph and the ontology."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help=HELP, description=HELP,
                       epilog="Exit codes: 0 conforms (warnings allowed unless --strict); 1 does not conform; "
                              "2 bad input; 3 the shapes use a feature validation does not run (or would reach the network).")
    p.add_argument("files", nargs="+", metavar="FILE", help="new data: Turtle, JSON-LD, N-Triples, RDF/XML or TriG")
    p.add_argument("--format", "-f", dest="output", choices=("text", "json", "turtle"), default="text",
                   help="report format (turtle: the standard sh:ValidationReport)")
    p.add_argument("--input-format", metavar="FMT", help="RDF format of the files when their suffix does not say")
    p.add_argument("--source", metavar="PATH", action="append",
                   help="a source text, or a folder of them (with an optional manifest.yaml); repeatable: verify "
                        "the new data's evidence quotes at their offsets in the text of their own oa:hasSource")
    p.add_argument("--strict", action="store_true", help="warnings make the data fail too")
    p.add_argument("--max-mb", type=int, default=128, metavar="MB",
                   help="refuse input files larger than this (default 128 MB, about 3 million triples of Turtle)")
    p.add_argument("--root", metavar="DIR", help="data folder holding ontology/, instances/ (default: the project's)")
    p.add_argument("--engine", choices=("fast", "compiled", "turbo", "pyshacl"), default="fast",
                   help="fast (default): shapes compiled to SPARQL, pyshacl-turbo for what they do not cover; "
                        "compiled: the compiled engine only; turbo: pyshacl-turbo; pyshacl: the reference")
    p.add_argument("--shapes", action="append", metavar="FILE",
                   help="SHACL shapes to validate against instead of ontology/shapes/ (repeatable)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..errors import EXIT_FINDINGS, EXIT_OK
    from ..shacl.validate import validate_files

    rep = validate_files(args.files, fmt=args.input_format, source=args.source, engine=args.engine,
                         strict=args.strict, max_bytes=args.max_mb * 1024 * 1024,
                         root=Path(args.root) if args.root else None, shapes_files=_shapes(args.shapes))
    if args.output == "json":
        print(rep.to_json())
    elif args.output == "turtle":
        sys.stdout.write(rep.to_turtle())
    else:
        sys.stdout.write(rep.text)
    return EXIT_OK if rep.conforms else EXIT_FINDINGS


def _shapes(files):
    if not files:
        return None
    from pathlib import Path

    from ..rdf.reader import check_readable

    return [check_readable(Path(f)) for f in files]
