"""Read a claim sheet: YAML, or the same columns as CSV or TSV (a spreadsheet's export).

Row numbers are the ones a researcher sees: in CSV/TSV the header is row 1 and
the first claim row 2 (as in the spreadsheet); in YAML the first item is row 1.
Column names are case-insensitive; spaces, hyphens and underscores are the
same (``About theories`` = ``about_theories``); a few aliases are accepted.

A cell that holds several terms separates them with ``;`` (in YAML it may be a
list instead).  Quotes go in ``quote``, ``quote 2``, ... with optional
``occurrence N`` (which one, when the passage stands more than once) and
``near N`` (a longer, unique passage around it).  In YAML a row may instead give
``quotes:`` as a list of strings or of ``{text, occurrence, near}`` mappings.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SheetError

SHEET_SUFFIXES = (".yaml", ".yml", ".csv", ".tsv")

# canonical column -> aliases (after normalisation)
COLUMNS = {
    "id": ("id", "slug"),
    "kind": ("kind", "claim_kind"),
    "work": ("work", "made_in", "by", "citation_key", "cite_key", "key", "doi"),
    "label": ("label", "title", "summary"),
    "about": ("about", "subject"),
    "types": ("type", "types", "relationship_type", "relationship_types"),
    "theories": ("theory", "theories", "draws_on_theory"),
    "factors": ("factor", "factors", "explained_by"),
    "behaviours": ("behaviour", "behaviours", "behavior", "behaviors"),
    "concepts": ("concept", "concepts"),
    "disciplines": ("discipline", "disciplines"),
    "methods": ("method", "methods"),
    "about_theories": ("about_theory", "about_theories", "concerns_theory"),
    "policy": ("policy", "policy_area", "policy_areas"),
    "regions": ("region", "regions"),
    "period": ("period",),
    "period_text": ("period_text", "period_expression"),
    "stance": ("stance",),
    "comment": ("comment", "note"),
    "supported_by": ("supported_by", "citations", "cites"),
    "alt": ("alt", "alt_label", "alt_labels", "altlabel", "also_known_as"),
}
_ALIAS = {a: c for c, aliases in COLUMNS.items() for a in aliases}
_QUOTE_COL = re.compile(r"^(quote|occurrence|near)(?:_?(\d+))?$")


def norm_column(name: str) -> str:
    return re.sub(r"[\s\-_]+", "_", str(name).strip().lower())


@dataclass
class Quote:
    text: str
    occurrence: int | None = None
    near: str | None = None
    column: str = "quote"


@dataclass
class Row:
    file: str
    number: int
    cells: dict[str, object] = field(default_factory=dict)     # canonical column -> raw value
    columns: dict[str, str] = field(default_factory=dict)      # canonical column -> name as written
    quotes: list[Quote] = field(default_factory=list)

    def error(self, column: str | None, message: str) -> SheetError:
        return SheetError(self.file, self.number, self.columns.get(column, column) if column else None, message)

    def text(self, column: str, *, required: bool = False) -> str | None:
        v = self.cells.get(column)
        if v is None or (isinstance(v, str) and not v.strip()):
            if required:
                raise self.error(column, "this cell is required and empty")
            return None
        if not isinstance(v, (str, int)) or isinstance(v, bool):
            raise self.error(column, f"expected text, found {_typename(v)}")
        return str(v).strip()

    raw = text

    def properties(self) -> list[str]:
        return [k for k in self.cells if k.startswith("prop:")]

    def raw_items(self, column: str) -> list[str]:
        return self.items(column)

    def items(self, column: str) -> list[str]:
        v = self.cells.get(column)
        if v is None:
            return []
        if isinstance(v, str):
            return [x.strip() for x in v.split(";") if x.strip()]
        if isinstance(v, list):
            out = []
            for x in v:
                if not isinstance(x, str) or isinstance(x, bool):
                    raise self.error(column, f"expected a list of terms, found {_typename(x)} in it")
                out.append(x.strip())
            return [x for x in out if x]
        raise self.error(column, f"expected a term or a list of terms, found {_typename(v)}")


def _typename(v) -> str:
    if isinstance(v, bool):
        return f"a yes/no value ({v})"
    if isinstance(v, (int, float)):
        return f"a number ({v})"
    if isinstance(v, dict):
        return "a mapping"
    if isinstance(v, list):
        return "a list"
    return type(v).__name__


def read_text(path: Path) -> str:
    """A sheet's or reference file's text; a one-line SheetError when it cannot be read as UTF-8."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise SheetError(Path(path).name, None, None, f"cannot read: {err.strerror or err}") from None
    except UnicodeDecodeError as err:
        raise SheetError(Path(path).name, None, None, f"not UTF-8 text (byte {err.start})") from None


def read_sheet(path: Path, columns: tuple[str, ...] | None = None) -> list[Row]:
    """Rows of a claim sheet; with ``columns``, of a sheet with exactly those (normalised) column names."""
    path = Path(path)
    raw = read_text(path)
    if path.suffix in (".yaml", ".yml"):
        records = _yaml_records(path, raw)
    elif path.suffix in (".csv", ".tsv"):
        records = _csv_records(path, raw, "\t" if path.suffix == ".tsv" else ",")
    else:
        raise SheetError(path.name, None, None, f"not a sheet (use one of {', '.join(SHEET_SUFFIXES)})")
    rows = [_row(path.name, n, rec, columns) for n, rec in records]
    if not rows:
        raise SheetError(path.name, None, None, "the sheet has no rows")
    return rows


def _yaml_records(path: Path, raw: str):
    import yaml

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise SheetError(path.name, None, None, f"{where}not valid YAML: {getattr(err, 'problem', err)}") from None
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        data = data["rows"]
    if not isinstance(data, list):
        raise SheetError(path.name, None, None, "a YAML sheet is a list of rows (mappings), or 'rows:' with that list")
    out = []
    for n, rec in enumerate(data, 1):
        if not isinstance(rec, dict):
            raise SheetError(path.name, n, None, f"a row is a mapping of column: value, found {_typename(rec)}")
        out.append((n, rec))
    return out


def _csv_records(path: Path, raw: str, delimiter: str):
    reader = csv.reader(io.StringIO(raw.lstrip("\ufeff")), delimiter=delimiter)
    try:
        lines = list(reader)
    except csv.Error as err:
        raise SheetError(path.name, reader.line_num, None, f"not valid {path.suffix[1:].upper()}: {err}") from None
    if not lines:
        return []
    header = lines[0]
    out = []
    for n, line in enumerate(lines[1:], 2):
        if not any(c.strip() for c in line):
            continue
        if len(line) > len(header) and any(c.strip() for c in line[len(header):]):
            raise SheetError(path.name, n, None, f"{len(line)} cells but only {len(header)} column names")
        out.append((n, {h: (line[i] if i < len(line) else "") for i, h in enumerate(header) if h.strip()}))
    return out


def _row(file: str, n: int, rec: dict, allowed: tuple[str, ...] | None = None) -> Row:
    row = Row(file, n)
    quote_parts: dict[int, dict[str, object]] = {}
    for name, value in rec.items():
        col = norm_column(name)
        if allowed is None and re.match(r"^[A-Za-z][\w-]*:[A-Za-z_]\w*$", str(name).strip()):
            # a property column, ROBOT-template style: the header is the property's prefixed name
            key = "prop:" + str(name).strip()
            if key in row.cells:
                raise SheetError(file, n, str(name), "column given twice")
            row.cells[key], row.columns[key] = value, str(name).strip()
            continue
        if allowed is not None and col in allowed:
            row.cells[col], row.columns[col] = value, str(name)
            continue
        if col == "quotes":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list):
                raise row.error(None, f"column {name!r}: expected a list of quotes, found {_typename(value)}")
            for i, q in enumerate(value, 1):
                quote_parts[1000 + i] = {"quote": q, "_column": f"{name}[{i}]"}
            continue
        m = _QUOTE_COL.match(col)
        if m:
            k = int(m.group(2) or 1)
            quote_parts.setdefault(k, {})[m.group(1)] = value
            quote_parts[k]["_" + m.group(1) + "_column"] = str(name)
            quote_parts[k].setdefault("_column", name if m.group(1) == "quote" else None)
            if m.group(1) == "quote":
                quote_parts[k]["_column"] = name
            continue
        canon = _ALIAS.get(col) if allowed is None else (col if col in allowed else None)
        if canon is None and allowed is not None:
            raise SheetError(file, n, str(name), f"unknown column; this sheet has {', '.join(allowed)}, quote, quote 2")
        if canon is None:
            known = sorted(set(_ALIAS) | {"quote", "quotes"})
            import difflib

            hint = difflib.get_close_matches(col, known, n=1, cutoff=0.7)
            raise SheetError(file, n, str(name), "unknown column" + (f": did you mean {hint[0]!r}?" if hint else
                             f"; known columns: {', '.join(COLUMNS)}, quote, quote 2, occurrence, near"))
        if canon in row.cells:
            raise SheetError(file, n, str(name), f"column given twice (also as {row.columns[canon]!r})")
        row.cells[canon], row.columns[canon] = value, str(name)
    for k in sorted(quote_parts):
        part = quote_parts[k]
        column = part.get("_column") or f"quote {k}"
        q = part.get("quote")
        if isinstance(q, dict):  # YAML {text, occurrence, near}
            part = {"quote": q.get("text", q.get("quote")), "occurrence": q.get("occurrence"), "near": q.get("near"),
                    "_column": column}
            q = part["quote"]
        if q is None or (isinstance(q, str) and not q.strip()):
            if part.get("occurrence") not in (None, "") or part.get("near") not in (None, ""):
                raise SheetError(file, n, column, "an occurrence or near is given without its quote")
            continue
        if not isinstance(q, str):
            raise SheetError(file, n, column, f"expected the quote as text, found {_typename(q)}")
        occ = part.get("occurrence")
        if occ in (None, ""):
            occ = None
        elif isinstance(occ, bool) or not (isinstance(occ, int) or (isinstance(occ, str) and occ.strip().isdigit())):
            raise SheetError(file, n, part.get("_occurrence_column") or column,
                             f"expected a whole number (1 for the first), found {occ!r}")
        else:
            occ = int(occ)
        near = part.get("near")
        if near in (None, ""):
            near = None
        elif not isinstance(near, str):
            raise SheetError(file, n, column, f"expected the context passage as text, found {_typename(near)}")
        row.quotes.append(Quote(q, occ, near, column))
    return row
