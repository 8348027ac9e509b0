"""The compiled shapes, kept between runs in the user's cache folder.

Compiling the shapes (parsing them, proving the SPARQL constraints on rdflib's
SPARQL algebra, trying each query once) costs about a second per run; the
result depends only on the shapes files and on this package's compiler, so it
is kept under ``<cache_dir>/shapes/<key>.pickle`` (``srkg.rdf.store.cache_dir``),
the key being the SHA-256 of the compiler's own source files and of the shapes
files' paths and bytes.  Shapes that would reach the network are never cached
(they are refused before anything is written).  ``SRKG_NO_CACHE=1``, or a
cache folder that cannot be written, compiles every time.  An entry is
written to a temporary file and renamed into place: a reader never sees half
of one.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Callable, Sequence

FORMAT = "srkg-shapes-1"
_SOURCES = ("engine.py", "sparql_check.py", "xsd.py", "core.py", "cache.py", "shapes.py")


def _key(files: Sequence[Path]) -> str:
    import pyoxigraph as ox
    import rdflib

    h = hashlib.sha256(f"{FORMAT}\0{ox.__version__}\0{rdflib.__version__}\0".encode("utf-8"))
    here = Path(__file__).resolve().parent
    for name in _SOURCES:
        h.update((here / name).read_bytes() + b"\0")
    for f in files:
        h.update(str(Path(f).resolve()).encode("utf-8") + b"\0" + Path(f).read_bytes() + b"\0")
    return h.hexdigest()


def compiled(files: Sequence[Path], compute: Callable[[], tuple]) -> tuple:
    """``compute()`` (-> picklable tuple), or its result from an earlier run on the same files."""
    from ..rdf.store import NO_CACHE_ENV, cache_dir

    if os.environ.get(NO_CACHE_ENV):
        return compute()
    try:
        entry = cache_dir() / "shapes" / f"{_key(files)}.pickle"
    except OSError:
        return compute()
    try:
        with entry.open("rb") as fh:
            value = pickle.load(fh)
        if isinstance(value, tuple):
            return value
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = compute()
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry)
    except (OSError, pickle.PickleError, TypeError, AttributeError):
        pass  # an unwritable cache only costs the next run a compile
    return value
