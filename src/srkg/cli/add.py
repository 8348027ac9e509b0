"""``srkg add``: an article's sheets, reference list and text -> validated Turtle."""

from __future__ import annotations

import argparse
import sys

HELP = "Add an article from its sheets (claims as YAML/CSV/TSV, references as BibTeX/CSL-JSON/RIS) and its text."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("add", help=HELP, description=HELP,
                       epilog="Reads ARTICLE_DIR/sheets/, writes ARTICLE_DIR/generated/*.ttl after validating them. "
                              "Exit codes: 0 written (or unchanged); 1 the result does not validate (nothing "
                              "written); 2 a bad sheet, a quote not found, or a hand-edited output file.")
    p.add_argument("article_dir", metavar="ARTICLE_DIR", help="the article's folder, e.g. instances/my-article")
    p.add_argument("--source", action="append", metavar="PATH",
                   help="the article's text, or folders of texts where the sources registry finds it "
                        "(repeatable; default: $SRKG_SOURCES, else $SRKG_SOURCE)")
    p.add_argument("--references", metavar="FILE", help="the reference list (.bib, .ris, CSL-JSON .json) when it is "
                   "not ARTICLE_DIR/sheets/references.*; keep CSL-JSON outside instances/")
    p.add_argument("--out", metavar="DIR", help="write here instead of ARTICLE_DIR/generated")
    p.add_argument("--force", action="store_true", help="overwrite generated files even if edited by hand")
    p.add_argument("--dry-run", action="store_true", help="plan and validate, write nothing")
    p.add_argument("--replaces", action="append", default=[], metavar="PATH",
                   help="a file or folder of the graph that this run's output takes the place of (its old, hand-made "
                        "version): left out when checking names and validating (repeatable)")
    p.add_argument("--root", metavar="DIR", help="data folder holding ontology/, instances/ (default: the project's)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..curate.build import plan
    from ..curate.writer import validate, write
    from ..errors import NotConforming
    from ..errors import UsageError
    from .. import paths

    article_dir = Path(args.article_dir)
    root = Path(args.root) if args.root else None
    source = _text_of(article_dir, args.source, root)
    out = Path(args.out) if args.out else article_dir / "generated"
    skip = [out.resolve()] + [Path(x).resolve() for x in args.replaces]
    for x in args.replaces:
        if not Path(x).exists():
            raise UsageError(f"--replaces {x}: no such file or folder")
    base = [f for f in paths.instance_files(root)
            if not any(f.resolve() == s or s in f.resolve().parents for s in skip)]
    pl = plan(article_dir, Path(source), out_dir=out, base_files=base, root=root,
              reference_file=Path(args.references) if args.references else None)
    rep = validate(pl.files, Path(source), base, root=root)
    if not rep.conforms:
        sys.stderr.write(rep.text)
        raise NotConforming(f"the generated data does not validate ({rep.count('Violation')} violations, "
                             f"{rep.count('Warning')} warnings); nothing written")
    for line in pl.summary:
        print(line)
    if args.dry_run:
        print(f"validated; would write {len(pl.files)} files to {out} (dry run)")
        return 0
    for name, what in write(out, pl.files, force=args.force):
        print(f"{what}: {out / name}")
    return 0


def _text_of(article_dir, given, root):
    """The article's text: the one file given, else the file the sources registry finds for the article."""
    from pathlib import Path

    from .. import paths
    from ..errors import InputError, UsageError

    locations = paths.source_locations(given)
    files = [p for p in locations if p.is_file()]
    if len(locations) == 1 and files:
        return files[0]
    if not locations:
        raise UsageError(f"give the article's text with --source TEXT (or set {paths.SOURCES_ENV})")
    from ..sources import SourceTexts, project_registry

    mine = [r for r in project_registry(root).values() if r.article == Path(article_dir).name]
    if len(mine) != 1:
        raise InputError(f"{article_dir}: the sources registry has no text rendition for it yet; give its text "
                         f"as one file with --source TEXT")
    res = SourceTexts.find(given).resolve(mine[0])
    if res.path is None or res.text is None:
        raise InputError(res.wrong or f"no text found for {mine[0].short} ({mine[0].file_name}) in "
                                      f"{', '.join(map(str, locations))}")
    return res.path
