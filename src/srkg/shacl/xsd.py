"""Lexical forms of the XSD datatypes the compiled engine accepts in ``sh:datatype``.

A literal ``"v"^^D`` has datatype D for SHACL only when ``v`` is in the
lexical space of D (RDF 1.1: otherwise it is ill-typed).  These are the
XSD 1.1 rules, checked on the lexical form as written (no whitespace
collapsing: RDF lexical forms are taken as they are):

>>> valid("2021-02-28", XSD + "date"), valid("2021-02-30", XSD + "date"), valid("2020-02-29", XSD + "date")
(True, False, True)
>>> valid("yes", XSD + "boolean"), valid("1", XSD + "boolean"), valid("300", XSD + "byte")
(False, True, False)
>>> valid("4.0", XSD + "decimal"), valid("1e5", XSD + "decimal"), valid("-INF", XSD + "double")
(True, False, True)
>>> valid("24:00:00", XSD + "time"), valid("2021-01-01T24:00:01", XSD + "dateTime")
(True, False)

A datatype outside :data:`CHECKED` raises KeyError: the compiler refuses it
instead of guessing.
"""

from __future__ import annotations

import calendar
import re

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

_YEAR = r"(-?(?:[1-9][0-9]{3,}|0[0-9]{3}))"
_TZ = r"(Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"
_DATE = _YEAR + r"-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_TIME = r"([01][0-9]|2[0-4]):([0-5][0-9]):([0-5][0-9](?:\.[0-9]+)?)"

_RE = {
    "boolean": r"true|false|1|0",
    "decimal": r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)",
    "double": r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[Ee][+-]?[0-9]+)?|[+-]?INF|NaN",
    "integer": r"[+-]?[0-9]+",
    "date": _DATE + _TZ,
    "dateTime": _DATE + "T" + _TIME + _TZ,
    "time": _TIME + _TZ,
    "gYear": _YEAR + _TZ,
    "gYearMonth": _YEAR + r"-(0[1-9]|1[0-2])" + _TZ,
    "gMonth": r"--(0[1-9]|1[0-2])" + _TZ,
    "gMonthDay": r"--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + _TZ,
    "gDay": r"---(0[1-9]|[12][0-9]|3[01])" + _TZ,
}
_RE["float"] = _RE["double"]
_COMPILED = {k: re.compile(v) for k, v in _RE.items()}

# integer subtypes: (min, max), None = unbounded
_INT_RANGES = {
    "integer": (None, None), "long": (-2 ** 63, 2 ** 63 - 1), "int": (-2 ** 31, 2 ** 31 - 1),
    "short": (-2 ** 15, 2 ** 15 - 1), "byte": (-128, 127), "nonNegativeInteger": (0, None),
    "positiveInteger": (1, None), "nonPositiveInteger": (None, 0), "negativeInteger": (None, -1),
    "unsignedLong": (0, 2 ** 64 - 1), "unsignedInt": (0, 2 ** 32 - 1), "unsignedShort": (0, 2 ** 16 - 1),
    "unsignedByte": (0, 255),
}

#: datatypes whose lexical forms are checked; any string is a valid lexical form of the last three
CHECKED = frozenset({XSD + k for k in list(_RE) + list(_INT_RANGES)}
                    | {XSD + "string", XSD + "anyURI", RDF + "langString"})


def _day_ok(year: str, month: str, day: str) -> bool:
    y = int(year)
    # XSD 1.1: year 0000 is 1 BCE, a leap year; negative years count the same way
    leap = calendar.isleap(y if y > 0 else y + 1) if y != 0 else True
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][int(month) - 1]
    return int(day) <= days


def valid(lexical: str, datatype: str) -> bool:
    """True when ``lexical`` is in the lexical space of ``datatype`` (one of CHECKED)."""
    if datatype not in CHECKED:
        raise KeyError(datatype)
    local = datatype[len(XSD):] if datatype.startswith(XSD) else None
    if local in ("string", "anyURI") or datatype == RDF + "langString":
        return True
    if local in _INT_RANGES:
        if not _COMPILED["integer"].fullmatch(lexical):
            return False
        lo, hi = _INT_RANGES[local]
        n = int(lexical)
        return (lo is None or n >= lo) and (hi is None or n <= hi)
    m = _COMPILED[local].fullmatch(lexical)
    if m is None:
        return False
    if local in ("date", "dateTime"):
        if not _day_ok(m.group(1), m.group(2), m.group(3)):
            return False
    if local in ("dateTime", "time"):
        h, mi, s = m.groups()[-4:-1] if local == "dateTime" else m.groups()[0:3]
        if h == "24" and not (mi == "00" and float(s) == 0):
            return False
    if local == "gMonthDay" and not _day_ok("2000", m.group(1), m.group(2)):
        return False
    return True
