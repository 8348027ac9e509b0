"""The embedded store: the ontology and the instance data in pyoxigraph, opened fast.

The files are bulk-loaded once into an on-disk (RocksDB) pyoxigraph store under the
user's cache folder (``$SRKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/srkg``, else
``~/.cache/srkg``); later runs open it read-only, which is faster than parsing the
Turtle again even for the shipped graph (about half the time, measured) and takes
milliseconds for a graph of a million triples.  ``cache=False`` (or
``SRKG_NO_CACHE=1``) parses the files into memory instead; so does the automatic mode
when the cache folder cannot be written.

The cache is keyed by the data files themselves.  A cheap *stat key* (paths, sizes,
modification times) names a small index entry that holds the full fingerprint and the
*content key* (SHA-256 of the paths and bytes, the cache format and the pyoxigraph
version); the store folder is named after the content key.  A touched but unchanged file costs one re-hash, never a rebuild; a
changed file gives a new content key and a new store (the three most recent are kept).
A store is built in a temporary folder and renamed into place only once complete, so
a reader never sees a half-written cache: either the whole load succeeds and the
folder appears, or nothing is written.  Two processes building the same store at once
both succeed; the second rename loses and its copy is removed.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.ttl").write_text("<urn:s> <urn:p> 1 .")
>>> s = open_store(files=[d / "a.ttl"], cache=False)
>>> len(s)
1
"""

from __future__ import annotations

import os
import shutil
from collections import namedtuple
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from .. import paths
from ..errors import InputError, RDFSyntaxError
from .reader import load_file

__all__ = ["open_store", "data_files", "cache_dir", "fingerprint", "StoreInfo", "last_info", "clear_memo"]

CACHE_ENV = "SRKG_CACHE_DIR"
NO_CACHE_ENV = "SRKG_NO_CACHE"
KEEP_STORES = 3
_MARKER = "srkg-store.json"
_memo: dict[tuple, ox.Store] = {}


class StoreInfo(namedtuple("StoreInfo", "strategy files bytes location", defaults=(None,))):
    """How the last :func:`open_store` got its store: ``strategy`` is "memory", "cache-hit",
    "cache-built" or "memo" (for ``--verbose`` and the benchmark)."""

    __slots__ = ()


last_info: StoreInfo | None = None


def data_files(root: Path | None = None) -> list[Path]:
    """The files of the graph: every ontology module and every instance file."""
    return paths.ontology_files(root) + paths.instance_files(root)


def cache_dir() -> Path:
    """``$SRKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/srkg``, else ``~/.cache/srkg``."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "srkg"


def fingerprint(files: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    """(absolute path, size, mtime in ns) of each file; InputError if one is missing."""
    out = []
    for f in files:
        try:
            st = os.stat(f)
        except OSError as err:
            raise InputError(f"{f}: cannot read: {err.strerror or err}") from None
        out.append((os.path.abspath(f), st.st_size, st.st_mtime_ns))
    return tuple(out)


def _load_into(store: ox.Store, files: Iterable[Path], *, bulk: bool) -> None:
    for f in files:
        load_file(store, f, bulk=bulk)


#: Changes whenever the way a cached store is built changes; part of every content key,
#: with the pyoxigraph version (whose on-disk format may change between releases).
CACHE_FORMAT = "srkg-store-2"


def _content_key(files: Sequence[Path]) -> str:
    import hashlib

    h = hashlib.sha256(f"{CACHE_FORMAT}\0{ox.__version__}\0".encode("utf-8"))
    for f in files:
        h.update(os.path.abspath(f).encode("utf-8") + b"\0")
        with open(f, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()


def _stat_key(fp: tuple) -> str:
    """A short file name for a fingerprint (the entry itself holds the full fingerprint)."""
    import zlib

    return f"{zlib.crc32(repr((CACHE_FORMAT, ox.__version__, fp)).encode('utf-8')):08x}-{len(fp)}"


def _entry_text(ckey: str, fp: tuple) -> str:
    return (ckey + "\n" + f"{CACHE_FORMAT}\t{ox.__version__}\n"
            + "".join(f"{size}\t{mtime}\t{path}\n" for path, size, mtime in fp))


def _read_entry(entry: Path, fp: tuple) -> str | None:
    """The content key an index entry maps ``fp`` to, or None (missing, garbled, or another fingerprint)."""
    try:
        text = entry.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    ckey, _, rest = text.partition("\n")
    if len(ckey) != 64 or rest != _entry_text(ckey, fp)[len(ckey) + 1:]:
        return None
    return ckey


def _atomic_write(path: Path, text: str) -> None:
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _build(files: Sequence[Path], final: Path, key: str) -> None:
    """Bulk-load ``files`` into a fresh store and rename it to ``final``: all or nothing."""
    import json
    import shutil
    import tempfile

    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=final.parent, prefix=".build-"))
    try:
        store = ox.Store(str(tmp / "db"))
        _load_into(store, files, bulk=True)
        store.flush()
        store.optimize()  # compact the bulk-loaded files: 2-4x faster reads on a big graph (measured)
        n = len(store)
        del store
        meta = {"content_key": key, "triples": n, "files": [os.path.abspath(f) for f in files]}
        (tmp / _MARKER).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        try:
            os.rename(tmp, final)
        except OSError:
            if not (final / _MARKER).is_file():
                raise
            shutil.rmtree(tmp, ignore_errors=True)  # another process finished first
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _prune(stores: Path, keep: Path) -> None:
    """Keep the few most recently used stores; remove stale temporary builds."""
    import shutil

    try:
        entries = [p for p in stores.iterdir() if p.is_dir()]
    except OSError:
        return
    done = sorted((p for p in entries if (p / _MARKER).is_file()), key=lambda p: p.stat().st_mtime, reverse=True)
    for p in done[KEEP_STORES:]:
        if p != keep:
            shutil.rmtree(p, ignore_errors=True)


def _open_cached(files: Sequence[Path], fp: tuple) -> tuple[ox.Store, str, Path]:
    root = cache_dir()
    stores, index = root / "stores", root / "index"
    entry = index / _stat_key(fp)
    ckey = _read_entry(entry, fp)
    strategy = "cache-hit"
    if ckey is None or not (stores / ckey / _MARKER).is_file():
        ckey = _content_key(files)
        final = stores / ckey
        if not (final / _MARKER).is_file():
            _build(files, final, ckey)
            strategy = "cache-built"
            _prune(stores, final)
        try:
            _atomic_write(entry, _entry_text(ckey, fp))
        except OSError:
            pass  # a read-only index still serves; the next run re-hashes
    final = stores / ckey
    try:
        store = ox.Store.read_only(str(final / "db"))
    except (OSError, RuntimeError):  # RuntimeError: RocksDB "Corruption" (a damaged disk, a copy cut short)
        shutil.rmtree(final, ignore_errors=True)  # the cache is derived data: rebuild it once from the files
        try:
            _build(files, final, ckey)
            store = ox.Store.read_only(str(final / "db"))
            strategy = "cache-rebuilt"
        except (OSError, RuntimeError) as err:
            first = str(err).splitlines()[0][:200] if str(err) else type(err).__name__
            raise InputError(f"cannot open the cached store {final}: {first} (remove the folder, or set "
                             f"{CACHE_ENV})") from None
    return store, strategy, final


def open_store(root: Path | None = None, *, files: Sequence[Path | str] | None = None,
               cache: bool | None = None) -> ox.Store:
    """A pyoxigraph store holding the graph (the ontology and all instance files).

    Args:
        root: data folder holding ``ontology/`` and ``instances/`` (default: the project's).
        files: the RDF files to load instead of those under ``root``.
        cache: ``None`` (auto) uses the on-disk cache and falls back to memory when the
            cache folder cannot be written; ``True`` always uses the cache (errors if it
            cannot); ``False`` never (parses the files into memory).

    The same files (same stat key) give the same store object within one process.
    Raises InputError or RDFSyntaxError (exit 2) when a file is missing or does not parse.
    """
    global last_info
    fl = [Path(f) for f in files] if files is not None else data_files(root)
    if not fl:
        raise InputError(f"no RDF files found under {paths.ontology_dir(root)} and {paths.instances_dir(root)}")
    fp = fingerprint(fl)
    total = sum(size for _, size, _ in fp)
    use_cache = cache is not False and os.environ.get(NO_CACHE_ENV, "") in ("", "0")
    memo_key = (fp, use_cache, str(cache_dir()) if use_cache else "")
    hit = _memo.get(memo_key)  # a race only loads twice; the dict stays consistent
    if hit is not None:
        last_info = StoreInfo("memo", len(fl), total)
        return hit
    store = None
    if use_cache:
        try:
            store, strategy, where = _open_cached(fl, fp)
            last_info = StoreInfo(strategy, len(fl), total, str(where))
        except (OSError, InputError) as err:
            if cache is True or isinstance(err, RDFSyntaxError):
                if isinstance(err, InputError):
                    raise
                raise InputError(f"cannot use the cache folder {cache_dir()}: {err}") from None
            store = None  # auto: an unwritable cache folder is no reason to fail
    if store is None:
        store = ox.Store()
        _load_into(store, fl, bulk=False)
        last_info = StoreInfo("memory", len(fl), total)
    _memo[memo_key] = store
    return store


def clear_memo() -> None:
    """Forget the stores opened in this process (tests use it after touching files)."""
    _memo.clear()
