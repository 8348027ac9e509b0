"""``srkg build``: the release (or only the pictures)."""

from __future__ import annotations

import argparse
import sys

HELP = "Build the release after the quality gate passes: RDF in five formats, docs, pictures, checksums."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help=HELP, description=HELP,
                       epilog="Exit codes: 0 built; 1 srkg check reports errors (nothing written); 2 usage or input error.")
    p.add_argument("--out", metavar="DIR", default="dist",
                   help="release folder, replaced as a whole (default: dist); with --figures-only, the pictures' folder")
    p.add_argument("--root", metavar="DIR", help="data folder holding ontology/, instances/, queries/ (default: the project's)")
    p.add_argument("--source", metavar="PATH",
                   help="the source text; evidence quotes are verified at their offsets (or set $SRKG_SOURCE)")
    p.add_argument("--no-reasoner", action="store_true", help="skip HermiT in the check (no Java needed)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="release date for owl:versionIRI/versionInfo (default: today)")
    p.add_argument("--figures-only", action="store_true",
                   help="only draw the pictures (PNG and SVG) into --out, e.g. --out docs/figures; no check")
    p.add_argument("--quiet", "-q", action="store_true", help="print only errors and the summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..release.build import BuildRefused, build_release
    from ..errors import EXIT_FINDINGS, EXIT_OK

    root = Path(args.root) if args.root else None
    say = (lambda m: None) if args.quiet else (lambda m: print(f"srkg build: {m}", file=sys.stderr))
    if args.figures_only:
        from ..release.figures import make_figures

        written = make_figures(Path(args.out), root=root)
        print(f"srkg build: {len(written)} figure files written to {args.out}")
        return EXIT_OK
    try:
        result = build_release(args.out, root=root, source=args.source, reasoner=not args.no_reasoner,
                               date=args.date, progress=say)
    except BuildRefused as refused:
        for f in refused.check.findings:
            if f.level == "ERROR":
                print(f.line())
        print(f"srkg build: refused: {refused}", file=sys.stderr)
        return EXIT_FINDINGS
    if not args.quiet:
        for f in result.files:
            print(f"{f.path}" + (f"\t{f.triples} triples" if f.triples is not None else ""))
    print(f"srkg build: release {result.date} written to {result.out} ({len(result.files)} files; "
          f"check: {result.check.warnings} warnings; {result.check.reasoner})")
    return EXIT_OK
