"""The organization hub: a CouchDB 3.x database used as a dumb, write-once store of sealed objects.

The hub never opens anything. Each :class:`~parole_desktop.exchange.objects.SealedObject` is one document::

    {"_id": sha256("parole-desktop hub document v1" NUL object id),
     "_attachments": {<object id>: {"content_type": "application/octet-stream", "data": …}}}

* the ``_id`` is derived from the object id (the SHA-256 of the sealed bytes, which the hub could compute
  itself from the attachment): a re-push after a kill lands on the same document, so pushing is
  idempotent, and the id says nothing the hub does not already hold (no case, revision or device id);
* the sealed bytes are the document's only attachment, named by the object id so a puller can skip what
  it already holds without downloading it; their size is already Padmé-padded by the seal;
* the design document :data:`DESIGN_ID` carries a ``validate_doc_update`` that refuses any change to or
  deletion of an existing document (and any document of another shape), for site users and admins alike;
  only an admin may replace the design document itself.

Push: what the store has not seen acknowledged by ``hub:<hash of the URL>`` goes up in batches with
``_bulk_docs`` (attachments inline), an object larger than :data:`INLINE_MAX` alone with an attachment PUT
(which creates the document); the store is told only what the hub confirmed. Pull: ``_changes`` from the
checkpoint the store keeps for the hub, the documents' attachments with ``_bulk_get`` (or an attachment
GET for a large one), each object handed to the store, and the checkpoint moved only after the whole
batch was received — a pull killed at any point re-reads at most one batch, which the store counts as
duplicates. What a pull received is acknowledged to the hub too (the hub holds it), so the store's relayed
copies of other laptops' objects are not pushed back up. A hub document that is not of our shape is handed to the store as it is (its JSON bytes), so
the store quarantines it with its reason rather than it being silently dropped.

Credentials come from the environment (``PAROLE_HUB_USER``, ``PAROLE_HUB_PASSWORD``) or the OS keyring,
never from the URL (a URL with a password is refused) nor from the command line, and never reach the log.
Plain ``http://`` is refused except to a loopback address: the hub sits behind TLS.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import httpx

from parole_desktop.errors import UserError
from parole_desktop.exchange.objects import ObjectStore, Outcome, SealedObject

log = logging.getLogger(__name__)

DOC_LABEL = b"parole-desktop hub document v1\0"
DESIGN_ID = "_design/parole-hub"
ATTACHMENT_TYPE = "application/octet-stream"
SITE_ROLE = "parole-site"
INLINE_MAX = 1024 * 1024  # larger objects go up and down one by one, as raw attachment bytes
BATCH_COUNT = 200  # documents per _bulk_docs / _changes / _bulk_get request
BATCH_BYTES = 4 * 1024 * 1024  # sealed bytes per _bulk_docs request (before base64)
KEYRING_SERVICE = "parole-desktop hub"
ENV_USER = "PAROLE_HUB_USER"
ENV_PASSWORD = "PAROLE_HUB_PASSWORD"
ENV_ADMIN_USER = "PAROLE_HUB_ADMIN_USER"
ENV_ADMIN_PASSWORD = "PAROLE_HUB_ADMIN_PASSWORD"
_HEX64 = re.compile(r"[0-9a-f]{64}")

# Runs inside CouchDB (and pouchdb-server) on every write. Kept as small as possible: the hub's only job
# is to never change or lose what was written.
VALIDATE_DOC_UPDATE = """function (newDoc, oldDoc, userCtx, secObj) {
  var admin = userCtx.roles.indexOf('_admin') !== -1;
  if (newDoc._id.indexOf('_design/') === 0) {
    if (admin) { return; }
    throw({forbidden: 'parole-hub: only the org admin changes the design document'});
  }
  if (oldDoc) {
    throw({forbidden: 'parole-hub: a document is written once, never changed or deleted'});
  }
  if (newDoc._deleted) {
    throw({forbidden: 'parole-hub: a document is never deleted'});
  }
  if (!/^[0-9a-f]{64}$/.test(newDoc._id)) {
    throw({forbidden: 'parole-hub: not a hub document id'});
  }
  var names = Object.keys(newDoc._attachments || {});
  if (names.length !== 1 || !/^[0-9a-f]{64}$/.test(names[0])) {
    throw({forbidden: 'parole-hub: a hub document holds exactly one sealed object'});
  }
  for (var k in newDoc) {
    if (k !== '_id' && k !== '_rev' && k !== '_attachments' && k !== '_revisions') {
      throw({forbidden: 'parole-hub: a hub document holds nothing but its sealed object'});
    }
  }
}"""


class HubError(UserError):
    """The hub could not be reached, refused us, or answered something we do not understand. ``kind`` says
    which, for a caller that words it its own way (the GUI): ``unreachable``, ``refused`` (the user name or
    password), ``not_set_up`` (no database: ``hub init`` not run), or ``""`` (anything else)."""

    def __init__(self, message: str, *, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind


class HubCancelled(HubError):
    """The person cancelled; what was confirmed before stays confirmed."""


def doc_id(object_id: str) -> str:
    """The hub document id of a sealed object (see the module)."""
    return hashlib.sha256(DOC_LABEL + bytes.fromhex(object_id)).hexdigest()


def design_document() -> dict[str, Any]:
    return {"_id": DESIGN_ID, "language": "javascript", "validate_doc_update": VALIDATE_DOC_UPDATE}


# --- the URL and the credentials ------------------------------------------------------------------


@dataclass(frozen=True)
class HubUrl:
    """A hub database URL without credentials: ``https://hub.example.org/parole``."""

    base: str  # scheme://host[:port] (no trailing slash)
    database: str

    @property
    def url(self) -> str:
        return f"{self.base}/{quote(self.database, safe='')}"

    @property
    def peer(self) -> str:
        """The store's peer name for this hub: checkpoints and acknowledgements are kept under it."""
        return "hub:" + hashlib.sha256(self.url.encode("utf-8")).hexdigest()[:32]

    @property
    def keyring_service(self) -> str:
        return f"{KEYRING_SERVICE} {self.base}"


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_url(text: str) -> HubUrl:
    """Check a hub URL. A password in it is refused (it would be in the shell history, the process list
    and the log); plain http is refused except to this machine."""
    raw = text.strip()
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:
        raise HubError(f"Not a hub URL: {exc}.") from None
    if parts.password is not None:
        raise HubError(
            "The hub URL has a password in it: that would end up in the shell history, the process list "
            f"and the logs. Give the password in {ENV_PASSWORD} or the OS keyring, and the URL without it."
        )
    if parts.username:
        raise HubError(f"Give the hub user name in {ENV_USER} (or the keyring), not in the URL.")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise HubError(f"Not a hub URL: {raw!r} (expected https://host/database).")
    host = parts.hostname
    if parts.scheme == "http" and not _loopback(host):
        raise HubError(
            "The hub must be reached over https (TLS in front of CouchDB): plain http would show the "
            "password and everything exchanged to the network. Plain http is allowed only to this machine."
        )
    if parts.query or parts.fragment:
        raise HubError("The hub URL takes no query or fragment: https://host/database.")
    database = parts.path.strip("/")
    if not database or "/" in database:
        raise HubError(f"The hub URL must name one database: https://{host}/<database> (got {raw!r}).")
    if not re.fullmatch(r"[a-z][a-z0-9_$()+-]*", database):
        raise HubError(f"Not a CouchDB database name: {database!r} (lower-case letters, digits, _$()+-).")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return HubUrl(urlunsplit((parts.scheme, netloc, "", "", "")), database)


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)

    def __repr__(self) -> str:  # never the password, in a log or a traceback
        return f"Credentials(user={self.user!r})"


def credentials_for(
    hub: HubUrl,
    environ: Mapping[str, str] | None = None,
    *,
    admin: bool = False,
    keyring_get: Callable[[str, str], str | None] | None = None,
) -> Credentials:
    """The site's (or, with ``admin``, the org admin's) credentials for ``hub``: the environment first,
    then the OS keyring under ``parole-desktop hub <scheme://host:port>`` and the user name."""
    env = os.environ if environ is None else environ
    user_var, pw_var = (ENV_ADMIN_USER, ENV_ADMIN_PASSWORD) if admin else (ENV_USER, ENV_PASSWORD)
    user = env.get(user_var, "").strip()
    if not user:
        raise HubError(f"Set {user_var} to the hub user name (the password goes in {pw_var} or the keyring).")
    password = env.get(pw_var, "")
    if not password:
        getter = keyring_get or _keyring_get
        password = getter(hub.keyring_service, user) or ""
    if not password:
        raise HubError(
            f"No password for hub user {user!r}: set {pw_var}, or keep it in the OS keyring "
            f'(python -m keyring set "{hub.keyring_service}" {user}).'
        )
    return Credentials(user, password)


def _keyring_get(service: str, user: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        return keyring.get_password(service, user)
    except KeyringError as exc:
        log.info("hub: no OS keyring available (%s)", type(exc).__name__)
        return None


# --- the HTTP client ---------------------------------------------------------------------------------

Progress = Callable[[str, int, int], None]  # (phase, done, total; total 0 when unknown)
_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})


def _never() -> bool:
    return False


def _quiet(phase: str, done: int, total: int) -> None:
    return None


@dataclass
class Counts:
    sent: int = 0  # pushed and confirmed by the hub (or already there)
    applied: int = 0
    waiting: int = 0
    duplicate: int = 0
    quarantined: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "sent": self.sent,
            "applied": self.applied,
            "waiting": self.waiting,
            "duplicate": self.duplicate,
            "quarantined": self.quarantined,
        }


class HubClient:
    """One hub database over one HTTP connection pool. Use as a context manager."""

    def __init__(
        self,
        hub: HubUrl,
        credentials: Credentials,
        *,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 0.5,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.hub = hub
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=hub.url + "/",
            auth=httpx.BasicAuth(credentials.user, credentials.password),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"Accept": "application/json"},
            transport=transport,
            follow_redirects=False,
            trust_env=False,  # no proxy or .netrc from the environment: credentials only from us
        )

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # one request, with retries for what a retry can cure (a dropped connection, a busy server)
    def _request(self, method: str, path: str, **kw: Any) -> httpx.Response:
        attempt = 0
        while True:
            try:
                resp = self._http.request(method, path, **kw)
            except httpx.TransportError as exc:
                if attempt >= self.retries:
                    raise HubError(
                        f"The hub at {self.hub.url} could not be reached ({type(exc).__name__}): check the "
                        "network and the URL; run the same command again to resume.",
                        kind="unreachable",
                    ) from None
                log.info("hub: %s %s failed (%s), retrying", method, path.split("?")[0], type(exc).__name__)
            else:
                if resp.status_code not in _RETRY_STATUS or attempt >= self.retries:
                    return resp
                log.info("hub: %s %s answered %d, retrying", method, path.split("?")[0], resp.status_code)
            attempt += 1
            self._sleep(self.backoff * (2 ** (attempt - 1)))

    def _json(self, resp: httpx.Response, what: str) -> Any:
        if resp.status_code in (401, 403):
            raise HubError(
                f"The hub refused {what}: {_reason(resp)} (check the hub user and password).", kind="refused"
            )
        if resp.status_code == 404:
            raise HubError(
                f"The hub has no database {self.hub.database!r} (the org admin creates it with `hub init`).",
                kind="not_set_up",
            )
        if resp.status_code >= 400:
            raise HubError(f"The hub answered {resp.status_code} to {what}: {_reason(resp)}.")
        try:
            return resp.json()
        except ValueError:
            raise HubError(
                f"The hub's answer to {what} is not JSON: is {self.hub.url} a CouchDB database?"
            ) from None

    # --- the endpoints ---------------------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        body = self._json(self._request("GET", ""), "a look at the database")
        if not isinstance(body, dict) or "db_name" not in body:
            raise HubError(f"{self.hub.url} is not a CouchDB database.")
        return body

    def bulk_docs(self, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        body = self._json(self._request("POST", "_bulk_docs", json={"docs": docs}), "the upload")
        if not isinstance(body, list):
            raise HubError("The hub's answer to _bulk_docs is not a list of results.")
        return [r for r in body if isinstance(r, dict)]

    def put_attachment(self, document: str, name: str, data: bytes) -> httpx.Response:
        return self._request(
            "PUT", f"{document}/{name}", content=data, headers={"Content-Type": ATTACHMENT_TYPE}
        )

    def get_attachment(self, document: str, name: str) -> bytes | None:
        resp = self._request("GET", f"{document}/{name}", headers={"Accept": ATTACHMENT_TYPE})
        if resp.status_code == 404:
            return None
        if resp.status_code >= 400:
            self._json(resp, "an attachment download")
        return resp.content

    def get_doc(self, document: str) -> dict[str, Any] | None:
        resp = self._request("GET", document)
        if resp.status_code == 404:
            return None
        body = self._json(resp, "a document read")
        return body if isinstance(body, dict) else None

    def changes(self, since: str, limit: int) -> tuple[list[dict[str, Any]], str]:
        params = {"since": since or "0", "limit": str(limit), "include_docs": "true"}
        body = self._json(self._request("GET", "_changes", params=params), "the list of changes")
        if not isinstance(body, dict) or not isinstance(body.get("results"), list):
            raise HubError("The hub's _changes answer has no results.")
        last = body.get("last_seq", since)
        return [r for r in body["results"] if isinstance(r, dict)], str(last)

    def bulk_get(self, refs: list[tuple[str, str]]) -> dict[str, dict[str, Any]]:
        """The documents (with their attachments inline) by id, for (id, rev) pairs."""
        payload = {"docs": [{"id": i, "rev": r} if r else {"id": i} for i, r in refs]}
        body = self._json(
            self._request("POST", "_bulk_get", params={"attachments": "true", "revs": "false"}, json=payload),
            "the download",
        )
        found: dict[str, dict[str, Any]] = {}
        results = body.get("results", []) if isinstance(body, dict) else []
        for result in results:
            for entry in result.get("docs", []) if isinstance(result, dict) else []:
                doc = entry.get("ok") if isinstance(entry, dict) else None
                if isinstance(doc, dict) and isinstance(doc.get("_id"), str):
                    found[doc["_id"]] = doc
        return found


def _reason(resp: httpx.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return f"HTTP {resp.status_code}"
    if isinstance(body, dict):
        return str(body.get("reason") or body.get("error") or f"HTTP {resp.status_code}")
    return f"HTTP {resp.status_code}"


# --- push -----------------------------------------------------------------------------------------------


def _batches(objects: list[SealedObject]) -> Iterator[list[SealedObject]]:
    """The objects in their order, in _bulk_docs batches; an object over INLINE_MAX alone (a list of one),
    so the hub receives them in the store's order (parents before children, a file before its revision)."""
    batch: list[SealedObject] = []
    size = 0
    for obj in objects:
        if batch and (obj.size > INLINE_MAX or len(batch) >= BATCH_COUNT or size + obj.size > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        if obj.size > INLINE_MAX:
            yield [obj]
            continue
        batch.append(obj)
        size += obj.size
    if batch:
        yield batch


def _document(obj: SealedObject) -> dict[str, Any]:
    data = base64.b64encode(obj.data).decode("ascii")
    return {
        "_id": doc_id(obj.object_id),
        "_attachments": {obj.object_id: {"content_type": ATTACHMENT_TYPE, "data": data}},
    }


def _already_there(client: HubClient, obj: SealedObject) -> bool:
    """Whether the hub holds this object's document (a re-push after a kill): CouchDB says ``conflict``,
    pouchdb-server runs the design document first and says ``forbidden``; either way, look."""
    doc = client.get_doc(doc_id(obj.object_id))
    if doc is None:
        return False
    stub = (doc.get("_attachments") or {}).get(obj.object_id)
    return isinstance(stub, dict) and stub.get("length") == obj.size


def _put_large(client: HubClient, obj: SealedObject) -> list[str]:
    """One large object as a raw attachment PUT, which creates its document."""
    resp = client.put_attachment(doc_id(obj.object_id), obj.object_id, obj.data)
    if resp.status_code in (200, 201, 202) or (
        resp.status_code in (403, 409) and _already_there(client, obj)
    ):
        return [obj.object_id]
    client._json(resp, "an upload")
    raise HubError(f"The hub answered {resp.status_code} to an upload.")


def push(
    store: ObjectStore,
    client: HubClient,
    *,
    progress: Progress = _quiet,
    cancelled: Callable[[], bool] = _never,
) -> Counts:
    """Send what the hub has not confirmed; the store is told after each confirmed batch."""
    peer = client.hub.peer
    pending = store.pending_for(peer)
    total = len(pending)
    counts = Counts()
    progress("push", 0, total)

    def confirm(ids: list[str]) -> None:
        if ids:
            store.acknowledge(peer, ids)
            counts.sent += len(ids)
        progress("push", counts.sent, total)

    for batch in _batches(pending):
        if cancelled():
            raise HubCancelled(f"Cancelled: {counts.sent} of {total} objects were sent and confirmed.")
        if len(batch) == 1 and batch[0].size > INLINE_MAX:
            confirm(_put_large(client, batch[0]))
            continue
        by_doc = {doc_id(o.object_id): o for o in batch}
        results = client.bulk_docs([_document(o) for o in batch])
        done: list[str] = []
        for r in results:
            obj = by_doc.get(str(r.get("id", "")))
            if obj is None:
                continue
            if r.get("ok") or (r.get("error") in ("conflict", "forbidden") and _already_there(client, obj)):
                done.append(obj.object_id)
            else:
                raise HubError(f"The hub refused an object: {r.get('error')}: {r.get('reason', '')}.")
        confirm(done)
    log.info("hub push: %d object(s) confirmed by the hub", counts.sent)
    return counts


# --- pull -----------------------------------------------------------------------------------------------


def _object_name(doc: Mapping[str, Any]) -> tuple[str, int] | None:
    """(object id, length) of a well-formed hub document, else None."""
    atts = doc.get("_attachments")
    if not isinstance(atts, dict) or len(atts) != 1:
        return None
    name, stub = next(iter(atts.items()))
    if not (isinstance(name, str) and _HEX64.fullmatch(name) and isinstance(stub, dict)):
        return None
    if doc.get("_id") != doc_id(name):
        return None
    length = stub.get("length")
    return name, int(length) if isinstance(length, int) else 0


def _as_found(doc: Mapping[str, Any]) -> SealedObject:
    """A hub document not of our shape, as bytes for the store to quarantine (nothing dropped)."""
    return SealedObject(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8"))


def pull(
    store: ObjectStore,
    client: HubClient,
    *,
    progress: Progress = _quiet,
    cancelled: Callable[[], bool] = _never,
) -> Counts:
    """Take what the hub received since the store's checkpoint for it, batch by batch."""
    peer = client.hub.peer
    since = store.checkpoint(peer)
    counts = Counts()
    seen = 0
    progress("pull", 0, 0)
    while True:
        if cancelled():
            raise HubCancelled(
                f"Cancelled: {seen} document(s) were received; the next pull goes on from there."
            )
        results, last = client.changes(since, BATCH_COUNT)
        received = _receive_batch(store, client, results, counts, peer)
        seen += received
        store.set_checkpoint(peer, last)
        progress("pull", seen, 0)
        if not results or last == since:
            break
        since = last
    log.info("hub pull: %s", counts.as_dict())
    return counts


def _receive_batch(
    store: ObjectStore, client: HubClient, results: list[dict[str, Any]], counts: Counts, peer: str
) -> int:
    """Hand the batch's objects to the store in ``_changes`` order, then acknowledge them to the hub: the
    hub holds what it served, so a relayed copy (the store passes on what it received) is never pushed back
    up. Returns how many documents the batch listed."""
    plan: list[tuple[str, Any]] = []  # ("have" | "inline" | "large" | "odd", detail) in _changes order
    inline_refs: list[tuple[str, str]] = []
    for r in results:
        ident = str(r.get("id", ""))
        if ident.startswith("_design/") or r.get("deleted"):
            continue
        doc = r.get("doc")
        if not isinstance(doc, dict):
            continue  # CouchDB omits the body of a document removed by the admin's purge
        named = _object_name(doc)
        if named is None:
            plan.append(("odd", doc))
        elif store.has(named[0]):
            plan.append(("have", named[0]))
        elif named[1] > INLINE_MAX:
            plan.append(("large", (ident, named[0])))
        else:
            plan.append(("inline", (ident, named[0])))
            inline_refs.append((ident, str(doc.get("_rev", ""))))
    fetched = client.bulk_get(inline_refs) if inline_refs else {}
    held: list[str] = []  # object ids the hub holds (and served)
    for kind, detail in plan:
        if kind == "have":
            counts.duplicate += 1
            held.append(detail)
            continue
        if kind == "odd":
            obj = _as_found(detail)
        else:
            ident, name = detail
            data: bytes | None
            if kind == "large":
                data = client.get_attachment(ident, name)
            else:
                doc = fetched.get(ident)
                att = ((doc or {}).get("_attachments") or {}).get(name) or {}
                raw = att.get("data") if isinstance(att, dict) else None
                data = base64.b64decode(raw, validate=True) if isinstance(raw, str) else None
            if data is None:
                raise HubError(
                    "The hub listed a document it did not then serve; run the pull again to resume."
                )
            obj = SealedObject(data)
            if obj.object_id == name:  # the hub holds this object under its own document
                held.append(name)
        _count(counts, store.receive(obj).outcome)
    if held:
        store.acknowledge(peer, held)
    return len(plan)


def _count(counts: Counts, outcome: Outcome) -> None:
    if outcome is Outcome.APPLIED:
        counts.applied += 1
    elif outcome is Outcome.WAITING:
        counts.waiting += 1
    elif outcome is Outcome.DUPLICATE:
        counts.duplicate += 1
    else:
        counts.quarantined += 1


# --- the org admin's setup --------------------------------------------------------------------------------


def init_hub(client: HubClient, *, site_role: str = SITE_ROLE) -> list[str]:
    """Create the database if needed, install the design document and restrict the database to members
    of ``site_role`` (one CouchDB user per site holds it). Admin credentials. Says what it did."""
    did: list[str] = []
    resp = client._request("GET", "")
    if resp.status_code == 404:
        client._json(client._request("PUT", ""), "creating the database")
        did.append(f"created the database {client.hub.database!r}")
    else:
        client._json(resp, "a look at the database")
    current = client.get_doc(DESIGN_ID)
    wanted = design_document()
    if current is None or current.get("validate_doc_update") != VALIDATE_DOC_UPDATE:
        if current is not None:
            wanted["_rev"] = current["_rev"]
        client._json(client._request("PUT", DESIGN_ID, json=wanted), "installing the design document")
        did.append("installed the write-once design document")
    security = {"admins": {"names": [], "roles": []}, "members": {"names": [], "roles": [site_role]}}
    current_sec = client._json(client._request("GET", "_security"), "reading the database's security")
    if current_sec != security:
        client._json(client._request("PUT", "_security", json=security), "restricting the database")
        did.append(f"restricted the database to members of role {site_role!r}")
    return did or ["nothing to do: the hub was already set up"]


def object_ids(docs: Iterable[Mapping[str, Any]]) -> list[str]:
    """The object ids named by hub documents (for tests and the docs' scan)."""
    return [n[0] for d in docs if (n := _object_name(d)) is not None]


__all__ = [
    "DESIGN_ID",
    "Counts",
    "Credentials",
    "HubCancelled",
    "HubClient",
    "HubError",
    "HubUrl",
    "credentials_for",
    "design_document",
    "doc_id",
    "init_hub",
    "parse_url",
    "pull",
    "push",
]
