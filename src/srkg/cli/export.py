"""``srkg export``: the reference list of an article, or of the whole graph, as BibTeX or CSL-JSON."""

from __future__ import annotations

import argparse
import sys

HELP = "Write the reference list of an article (or of the whole graph) as BibTeX or CSL-JSON."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=HELP, description=HELP,
                       epilog="Exit codes: 0 written; 2 bad input or an unknown article.")
    p.add_argument("--format", "-f", choices=("bibtex", "csl-json"), default="bibtex")
    p.add_argument("--article", metavar="IRI", help="the article (sr:BossuytKaczmarek2021 or a full IRI); default: every work some reference entry describes")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--root", metavar="DIR", help="data folder holding instances/ (default: the project's)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .. import paths
    from ..curate.export import records, to_bibtex, to_csl
    from ..curate.terms import expand
    from ..errors import InputError, UsageError

    article = None
    if args.article:
        article = expand(args.article)
        if article is None:
            raise UsageError(f"--article takes an IRI such as sr:BossuytKaczmarek2021, not {args.article!r}")
    recs = records(list(paths.instance_files(Path(args.root) if args.root else None)), article)
    if article and not recs:
        raise InputError(f"{args.article}: no reference entries of that article in the graph")
    text = to_bibtex(recs) if args.format == "bibtex" else to_csl(recs)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as err:
            raise InputError(f"{args.output}: cannot write: {err.strerror or err}") from None
        print(f"{len(recs)} works written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
