"""``srkg check``: the quality gate."""

from __future__ import annotations

import argparse
import sys

from ..render import FINDING_FORMATS  # the render module imports only the standard library

HELP = "Run the quality gate: parsing, ontology report, pitfalls, violation queries, evidence, HermiT."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help=HELP, description=HELP)
    p.add_argument("--source", metavar="PATH", action="append",
                   help="a source text, or a folder of them (with an optional manifest.yaml); repeatable. Every "
                        "evidence quote is verified at its offsets in the text of its own oa:hasSource "
                        "(default: $SRKG_SOURCES, os.pathsep-separated, else $SRKG_SOURCE)")
    p.add_argument("--root", metavar="DIR", help="data folder holding ontology/, instances/, queries/ (default: the project's)")
    p.add_argument("--no-reasoner", action="store_true", help="skip HermiT (no Java needed)")
    p.add_argument("--quiet", "-q", action="store_true", help="print ERROR findings and the summary only")
    p.add_argument("--format", "-f", choices=FINDING_FORMATS, default="text",
                   help="findings as text lines (default), csv, markdown or json; the summary goes to stderr "
                        "unless text")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .. import render
    from ..quality.check import run_check
    from ..errors import EXIT_FINDINGS, EXIT_OK

    root = Path(args.root) if args.root else None
    result = run_check(root, source=args.source, reasoner=not args.no_reasoner,
                       progress=lambda m: print(f"srkg check: {m}", file=sys.stderr))
    found = [f for f in result.findings if not (args.quiet and f.level != "ERROR")]
    sys.stdout.write(render.findings(found, args.format))
    summary = (f"srkg check: {result.errors} errors, {result.warnings} warnings; {result.files} files, "
               f"{result.triples} triples; evidence: {result.evidence}; {result.reasoner}")
    print(summary, file=sys.stdout if args.format == "text" else sys.stderr)
    return EXIT_FINDINGS if result.errors else EXIT_OK
