"""pouchdb-server (CouchDB-compatible, npm) for the hub tests: started on 127.0.0.1 on a free port,
in memory, with an admin, and stopped at the end.

It is installed from ``tests/hub/package-lock.json`` with ``npm ci --ignore-scripts`` (``packaging/dev.py
test`` does it when npm exists; ``.ci/run`` installs nodejs and npm first). ``PAROLE_POUCHDB_SERVER`` may
name another pouchdb-server executable. Under CI (``CI`` or ``PAROLE_CI`` set) a missing server fails the
tests instead of skipping them.

What pouchdb-server 4.2.0 does differently from CouchDB 3.x, as checked for this client (see docs/sync.md):

* a write to an existing document id without its ``_rev`` runs ``validate_doc_update`` first and answers
  ``forbidden`` (CouchDB answers ``conflict`` before validation): the client accepts either and looks;
* a ``PUT /db`` by anyone but an admin (anonymous or a site user) once an admin exists crashes the
  whole server (``db.info is not a function``): the tests never send one; CouchDB answers 401;
* ``_bulk_get`` of a missing id answers ``{"docs": [{}]}`` rather than an ``error`` entry;
* ``_changes`` sequences are integers (CouchDB 3.x: opaque strings): the client keeps them as strings;
* ``_users``, ``_security``, ``validate_doc_update``, attachment PUT (creating the document) and GET,
  ``_bulk_docs``, ``_bulk_get?attachments=true`` and ``_changes?since=&include_docs=true`` behave as
  CouchDB's for everything the client uses.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ADMIN = ("hubadmin", "synthetic admin password 7Qx")


def in_ci() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("PAROLE_CI"))


def executable() -> Path | None:
    named = os.environ.get("PAROLE_POUCHDB_SERVER")
    if named:
        return Path(named) if Path(named).is_file() else None
    local = HERE / "node_modules" / ".bin" / "pouchdb-server"
    if local.exists() and shutil.which("node"):
        return local
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PouchServer:
    """A running pouchdb-server; ``url`` is ``http://127.0.0.1:PORT``."""

    process: subprocess.Popen[bytes]
    port: int
    folder: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def admin(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, auth=ADMIN, timeout=30, trust_env=False)

    def add_site(self, name: str, password: str, role: str = "parole-site") -> None:
        """A CouchDB user for one site (as the org admin does on the real hub)."""
        with self.admin() as c:
            r = c.put(
                f"/_users/org.couchdb.user:{name}",
                json={"name": name, "password": password, "roles": [role], "type": "user"},
            )
            assert r.status_code in (201, 202), r.text

    def dump(self, database: str) -> list[dict[str, object]]:
        """Everything the server holds in ``database``: every document with its attachments inline."""
        with self.admin() as c:
            r = c.get(f"/{database}/_all_docs", params={"include_docs": "true", "attachments": "true"})
            r.raise_for_status()
            return [row["doc"] for row in r.json()["rows"]]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def start(folder: Path, *, attempts: int = 3) -> PouchServer:
    """Start pouchdb-server in memory (its config.json and log.txt land in ``folder``), wait until it
    answers, and make the admin (pouchdb-server starts in CouchDB's "admin party")."""
    exe = executable()
    if exe is None:
        raise FileNotFoundError("pouchdb-server is not installed (cd tests/hub && npm ci --ignore-scripts)")
    folder.mkdir(parents=True, exist_ok=True)
    last = ""
    for _ in range(attempts):
        port = free_port()
        log = (folder / f"server-{port}.out").open("wb")
        proc = subprocess.Popen(
            [str(exe), "--in-memory", "--host", "127.0.0.1", "--port", str(port), "--dir", str(folder)],
            cwd=folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        log.close()
        server = PouchServer(proc, port, folder)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                r = httpx.get(server.url + "/", timeout=2, trust_env=False)
                if r.status_code == 200:
                    r = httpx.put(f"{server.url}/_config/admins/{ADMIN[0]}", json=ADMIN[1], trust_env=False)
                    r.raise_for_status()
                    return server
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        server.stop()
        last = (folder / f"server-{port}.out").read_text(errors="replace")[-2000:]
    raise RuntimeError(f"pouchdb-server did not start: {last}")
