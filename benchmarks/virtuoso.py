"""Start and stop a throw-away Virtuoso 7 (Debian ``virtuoso-opensource``) for the Virtuoso scripts.

The database lives in a folder of its own, with an ini written from the package's, ports on
127.0.0.1; ``dba``/``dba`` is the account of a fresh database.  Used by
``benchmarks/virtuoso_check.py``; CI does not run Virtuoso.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

PACKAGE_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    def __init__(self, folder: Path, *, sql_port: int | None = None, http_port: int | None = None,
                 extra: dict[str, dict[str, str]] | None = None) -> None:
        self.folder = Path(folder)
        self.sql_port = sql_port or _free_port()
        self.http_port = http_port or _free_port()
        self.extra = extra or {}
        self.process: subprocess.Popen | None = None

    @property
    def sparql(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def write_ini(self) -> Path:
        text = PACKAGE_INI.read_text()
        text = text.replace("/var/lib/virtuoso-opensource-7/db", str(self.folder))
        text = re.sub(r"(?m)^ServerPort\s*=\s*1111\s*$", f"ServerPort = 127.0.0.1:{self.sql_port}", text)
        text = re.sub(r"(?m)^ServerPort\s*=\s*8890\s*$", f"ServerPort = 127.0.0.1:{self.http_port}", text)
        for section, values in self.extra.items():
            for k, v in values.items():
                pat = re.compile(rf"(?m)^{re.escape(k)}\s*=.*$")
                if pat.search(text):
                    text = pat.sub(f"{k} = {v}", text)
                else:
                    text = text.replace(f"[{section}]", f"[{section}]\n{k} = {v}", 1)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(text)
        return ini

    def start(self, timeout: float = 60.0) -> "Virtuoso":
        self.folder.mkdir(parents=True, exist_ok=True)
        ini = self.write_ini()
        log = open(self.folder / "stdout.log", "ab")
        self.process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)], cwd=self.folder,
                                        stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        import requests

        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso exited with {self.process.returncode}; see {self.folder}/virtuoso.log")
            try:
                r = requests.get(self.sparql, params={"query": "ASK {}"}, timeout=2)
                if r.status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("virtuoso did not answer in time")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60.0) -> None:
        p = self.process
        if p is None or p.poll() is not None:
            return
        os.kill(p.pid, sig)
        try:
            p.wait(timeout)
        except subprocess.TimeoutExpired:
            os.kill(p.pid, signal.SIGKILL)
            p.wait(10)

    def kill(self) -> None:
        self.stop(signal.SIGKILL)

    def __enter__(self) -> "Virtuoso":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def available() -> bool:
    return shutil.which("virtuoso-t") is not None and PACKAGE_INI.is_file()
