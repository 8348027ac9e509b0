"""Serve the graph as a local SPARQL endpoint with the Oxigraph server (``srkg serve``).

The ``oxigraph`` binary comes with the ``oxigraph`` package from PyPI (it
lands next to the Python executable of the venv).  :func:`serve` loads the
ontology, the instance data and the shapes into a store, each into the named
graph that ``srkg load`` uses, with ``oxigraph load``; then runs
``oxigraph serve-read-only`` (``oxigraph serve`` with ``writable=True``) with
``--union-default-graph``, so the stored queries, which read the default
graph, see all three.  The server binds the loopback interface unless told
otherwise.  Its query UI is at the root URL; SPARQL at ``/query``::

    srkg serve --port 7878 &
    srkg query actors --endpoint http://127.0.0.1:7878/query

SIGINT, SIGTERM and SIGHUP are forwarded to the server, which is waited for; the
temporary store is removed.  No process and no folder is left behind, even after
``kill -9`` of ``srkg serve``: the server is started with a parent-death signal
(Linux ``prctl(PR_SET_PDEATHSIG, SIGTERM)``), so it stops when we die, and the
temporary store, which holds our PID in ``srkg-serve.pid``, is removed by the next
``srkg serve`` once that PID is gone.

>>> find_oxigraph().name
'oxigraph'
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from .. import paths
from ..errors import EndpointError, EnvironmentProblem, InputError, UsageError

__all__ = ["OxigraphServer", "find_oxigraph", "free_port", "check_port_free", "build_store", "project_graphs",
           "serve"]


def find_oxigraph() -> Path:
    """The ``oxigraph`` server binary: the venv's scripts folder first, then ``PATH``."""
    names = ("oxigraph.exe", "oxigraph") if os.name == "nt" else ("oxigraph",)
    folders = [sysconfig.get_path("scripts"), str(Path(sys.executable).parent)]
    for folder in folders:
        for name in names:
            cand = Path(folder) / name
            if cand.is_file() and os.access(cand, os.X_OK):
                return cand
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise EnvironmentProblem("the oxigraph server binary was not found; install it with 'pip install oxigraph'")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _load_error(text: str) -> str:
    """The line of ``oxigraph load``'s output that says what went wrong.

    >>> _load_error("Some files like Wikidata dumps...\\nError while loading file /d/a.ttl: Parser error at line 1"
    ...             " column 49: . is not a valid RDF object\\nError: One or more files failed to load\\n")
    'Error while loading file /d/a.ttl: Parser error at line 1 column 49: . is not a valid RDF object'
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for ln in lines:
        if ln.startswith("Error while loading") or ln.startswith("Error:"):
            return ln[:300]
    return (lines[0] if lines else "no message")[:300]


def check_host(host: str) -> str:
    """``host`` if it is an address this machine can bind; else UsageError."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as err:
        raise UsageError(f"--host {host!r} is not an IP address or host name this machine knows "
                         f"({getattr(err, 'strerror', None) or err})") from None
    family = infos[0][0]
    try:
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.bind((host, 0))
    except OSError as err:
        raise UsageError(f"--host {host} is not an address of this machine ({err.strerror or err}); "
                         "use 127.0.0.1, or 0.0.0.0 for every interface") from None
    return host


def _parent_death_signal():
    """A preexec_fn that makes the child get SIGTERM when we die (Linux), or None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    parent = os.getpid()

    def preexec() -> None:  # in the child, between fork and exec
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # we died before the prctl took effect
            os._exit(1)
    return preexec


PID_FILE = "srkg-serve.pid"


def sweep_stale_stores(folder: Path | None = None) -> list[Path]:
    """Remove temporary stores of ``srkg serve`` runs whose process is gone (killed with -9)."""
    removed = []
    for d in Path(folder or tempfile.gettempdir()).glob("srkg-serve-*"):
        try:
            pid = int((d / PID_FILE).read_text().strip())
        except (OSError, ValueError):
            continue
        try:
            os.kill(pid, 0)
            continue  # still running
        except ProcessLookupError:
            pass
        except PermissionError:
            continue  # someone else's
        shutil.rmtree(d, ignore_errors=True)
        removed.append(d)
    return removed


def check_port_free(host: str, port: int) -> None:
    """EnvironmentProblem if ``port`` cannot be bound on ``host`` (0 always can)."""
    if port == 0:
        return
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
            if os.name != "nt":  # as servers do: connections in TIME_WAIT do not make a port busy
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
    except OSError as err:
        raise EnvironmentProblem(f"port {port} on {host} is not available ({err.strerror or err}); "
                                 "choose another with --port (0 picks a free one)") from None


def build_store(location: Path, graphs: dict[str, Sequence[Path]], *, binary: Path | None = None,
                timeout: float = 600.0) -> None:
    """Bulk-load files into the on-disk store at ``location``, one ``oxigraph load`` per named graph."""
    exe = str(binary or find_oxigraph())
    for graph, files in graphs.items():
        if not files:
            continue
        cmd = [exe, "load", "--location", str(location), "--graph", graph, "--file", *map(str, files)]
        env = {**os.environ, "RUST_BACKTRACE": "0"}
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            raise EnvironmentProblem(f"oxigraph load of <{graph}> took more than {timeout:g} s") from None
        if res.returncode != 0:
            raise InputError(f"oxigraph load of <{graph}> failed: {_load_error(res.stderr or res.stdout or '')}")


def _build_then_rename(location: Path, graphs: dict[str, Sequence[Path]]) -> None:
    """Build the store next to ``location`` and rename it into place once complete, so that a
    failed load never leaves a half-loaded store to be served next time."""
    location = Path(location)
    location.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{location.name}.building-", dir=location.parent))
    try:
        build_store(work / "store", graphs)
        if location.exists():
            location.rmdir()  # empty (checked by the caller)
        os.replace(work / "store", location)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def project_graphs(root: Path | None = None, *, shapes: bool = True) -> dict[str, list[Path]]:
    """The project's files by named graph, as ``srkg load`` stores them."""
    return paths.project_graphs(root, shapes=shapes)


@dataclass
class OxigraphServer:
    """One ``oxigraph serve`` process; :meth:`start` waits until it answers, :meth:`stop` waits until it is gone.

    Args:
        location: the store folder (None: in memory, ``serve`` only).
        host, port: where to listen (port 0: a free port).
        read_only: ``serve-read-only`` instead of ``serve``.
        union_default_graph: the default graph is the union of all graphs.
    """

    location: Path | None = None
    host: str = "127.0.0.1"
    port: int = 0
    read_only: bool = False
    union_default_graph: bool = True
    binary: Path | None = None
    log: Path | None = None
    process: subprocess.Popen | None = None

    @property
    def connect_host(self) -> str:
        """Where to reach the server: the bound address, or loopback for a wildcard bind."""
        return {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.host, self.host)

    @property
    def base_url(self) -> str:
        host = self.connect_host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base_url + "/query"

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def command(self) -> list[str]:
        if self.read_only and self.location is None:
            raise UsageError("a read-only server needs a store location")
        cmd = [str(self.binary or find_oxigraph()), "serve-read-only" if self.read_only else "serve"]
        if self.location is not None:
            cmd += ["--location", str(self.location)]
        cmd += ["--bind", f"{self.host}:{self.port}"]
        if self.union_default_graph:
            cmd.append("--union-default-graph")
        return cmd

    def start(self, *, timeout: float = 30.0) -> "OxigraphServer":
        if self.port == 0:
            self.port = free_port(self.host)
        else:
            check_port_free(self.host, self.port)
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        try:
            self.process = subprocess.Popen(self.command(), stdout=out, stderr=out, stdin=subprocess.DEVNULL,
                                            start_new_session=True, preexec_fn=_parent_death_signal())
        finally:
            if self.log:
                out.close()
        self.wait_ready(timeout=timeout)
        return self

    def wait_ready(self, *, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise EnvironmentProblem(f"the oxigraph server exited with code {self.process.returncode} at start "
                                         f"(port {self.port} in use, or the store locked by another process?)")
            if self._answers():
                return
            time.sleep(0.05)
        self.stop()
        raise EnvironmentProblem(f"the oxigraph server did not answer on {self.base_url} within {timeout:g} s")

    def _answers(self) -> bool:
        import http.client

        conn = http.client.HTTPConnection(self.connect_host, self.port, timeout=2)
        try:
            conn.request("HEAD", "/")
            return conn.getresponse().status < 500
        except (OSError, http.client.HTTPException):
            return False
        finally:
            conn.close()

    def signal(self, sig: int) -> None:
        if self.process is not None and self.process.poll() is None:
            try:
                os.kill(self.process.pid, sig)
            except ProcessLookupError:
                pass

    def stop(self, *, timeout: float = 10.0) -> int | None:
        """SIGTERM, wait; SIGKILL if it will not go.  Returns the exit code."""
        p = self.process
        if p is None:
            return None
        if p.poll() is None:
            self.signal(signal.SIGTERM)
            try:
                p.wait(timeout)
            except subprocess.TimeoutExpired:
                self.signal(signal.SIGKILL)
                p.wait(timeout)
        return p.returncode

    def kill(self) -> None:
        """SIGKILL at once (a crash, for tests), and reap."""
        if self.process is not None and self.process.poll() is None:
            self.signal(signal.SIGKILL)
            self.process.wait(10)

    def __enter__(self) -> "OxigraphServer":
        return self.start() if self.process is None else self

    def __exit__(self, *exc) -> None:
        self.stop()


def _check_location(location: Path) -> None:
    """UsageError unless a store can be kept at ``location`` (a folder we can write in, or make)."""
    if location.exists() and not location.is_dir():
        raise UsageError(f"--location {location} is a file, not a folder")
    try:
        location.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(tempfile.mkdtemp(prefix=".srkg-probe-", dir=location.parent))
    except OSError as err:
        raise UsageError(f"--location {location}: cannot create a store there ({err.strerror or err})") from None


def _store_is_empty(location: Path) -> bool:
    """True for a new or empty folder; False for an Oxigraph store; UsageError for any other folder."""
    if not location.exists() or (location.is_dir() and not any(location.iterdir())):
        return True
    if location.is_dir() and (location / "CURRENT").is_file():  # a RocksDB store
        return False
    raise UsageError(f"{location} is not empty and holds no Oxigraph store; give a new or empty folder")


def serve(*, port: int = 7878, host: str = "127.0.0.1", location: Path | None = None, writable: bool = False,
          root: Path | None = None, shapes: bool = True,
          on_ready: Callable[[OxigraphServer, str], None] | None = None) -> int:
    """Load the graph and serve it until SIGINT or SIGTERM; returns 0 after a clean stop.

    With ``location`` the store is kept there (loaded only when the folder is
    empty or new; an existing store is served as it is); without it a
    temporary folder is used and removed at the end.
    """
    check_host(host)
    check_port_free(host, port)
    tmp = None
    if location is None:
        sweep_stale_stores()
        tmp = Path(tempfile.mkdtemp(prefix="srkg-serve-"))
        (tmp / PID_FILE).write_text(str(os.getpid()))
        store = tmp / "store"
    else:
        store = Path(location)
        _check_location(store)
    server = OxigraphServer(location=store, host=host, port=port, read_only=not writable)
    stop_requested: list[int] = []
    previous = {}

    def _forward(signum, _frame):
        stop_requested.append(signum)
        server.signal(signum)

    try:
        for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)):
            if sig is not None:
                previous[sig] = signal.signal(sig, _forward)
        if _store_is_empty(store):
            graphs = project_graphs(root, shapes=shapes)
            if not any(graphs.values()):
                raise InputError("no ontology or instance files found to serve")
            note = "loaded " + ", ".join(f"<{g}> ({len(f)} files)" for g, f in graphs.items() if f)
            _build_then_rename(store, graphs)
        else:
            note = f"serving the existing store in {store}"
        if stop_requested:
            return 130
        server.start()
        if on_ready:
            on_ready(server, note)
        while server.process.poll() is None:
            try:
                server.process.wait(0.5)
            except subprocess.TimeoutExpired:
                pass
        code = server.process.returncode
        if stop_requested:
            return 0
        raise EndpointError(f"the oxigraph server stopped by itself (exit code {code})")
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
