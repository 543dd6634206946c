"""Laptop to laptop on a local network, without internet (issue #23 item 5): HTTPS with per-device
certificates checked against the organization's roster, a short code both screens show, and the transfer of
sealed objects in both directions in one session.

The handshake follows the Tella P2P protocol (Horizontal-org/Tella-P2P-Protocol: HTTPS with a self-signed
certificate per device, a short code both people compare, the receiver confirms), with one change: a
certificate is trusted only when the organization's roster lists the laptop that made it.

* **Certificates.** For each session a laptop makes a fresh Ed25519 TLS key and an X.509 certificate for
  it, **signed by its device key** (the Ed25519 signing key the roster lists). The certificate names the
  device id (subject CN) and the device's public key (issuer serialNumber). It is checked, against no CA,
  by :func:`check_certificate`: the signature must verify with the named device key, the roster must list
  that key as an active device (not revoked, within its listing) under the same device id, and it must not
  be this laptop's own key. The device key itself never leaves the vault.
* **Receiver authentication** (the TLS server): the sender checks the certificate of the TLS handshake
  before it sends anything. TLS 1.3 proves the receiver holds the certificate's key; a man in the middle
  with a certificate of its own is refused, and one replaying the receiver's certificate cannot finish the
  handshake.
* **Sender authentication**: the sender sends its certificate and a nonce (``hello``), gets the receiver's
  nonce, then signs with its device key the hash of both certificates and both nonces (``auth``), so the
  proof is bound to this receiver's certificate in this session (as SSH binds a user's signature to its
  session) and cannot be replayed or relayed.
* **Short code**: six digits derived from both certificates and both nonces (:func:`short_code`). Both
  screens show it; the receiver takes objects only after the person at it confirmed that it matches the
  sender's screen. It catches the wrong laptop of the organization answering at the address typed.

The transfer (the sender drives, one TLS connection, HTTP/1.1 keep-alive): ``offer`` (ids the sender has
pending for the receiver) → the receiver answers which it wants (those it does not ``has``) → ``PUT`` each
object, answered by its outcome → the sender ``acknowledge``\\ s it. Then the other direction: ``pending``
(the receiver's objects for the sender) → ``GET`` each the sender lacks → ``stored`` (the receiver
acknowledges). A connection cut anywhere leaves each side with what it stored and acknowledgements only for
what the other side confirmed; a re-run offers the rest (what the peer already has is acknowledged without
being sent again).

Limits: bodies must state their length (no chunked bodies); JSON bodies up to :data:`JSON_MAX`, objects up
to ``object_max`` (default :data:`OBJECT_MAX`); every read has a timeout. A peer over a limit is cut off
with a sentence saying which.

Before a connection has authenticated (the sender's proof verified in ``auth``) the receiver gives it little:
at most :data:`MAX_UNAUTHENTICATED` such connections at once and :data:`MAX_UNAUTHENTICATED_PER_PEER` from
one address (a connection over either is closed at once, before a thread or a TLS handshake is spent on it),
:data:`HANDSHAKE_TIMEOUT` seconds in all for the TLS handshake, ``hello`` and ``auth`` (a peer that sends
nothing, or a byte now and then, is cut off when they are up), and request bodies of at most
:data:`PREAUTH_JSON_MAX` bytes. Each closing is logged with the peer's address and the limit, nothing else.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import hashlib
import http.client
import http.server
import json
import logging
import re
import secrets
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID, SignatureAlgorithmOID

from parole_desktop.errors import UserError
from parole_desktop.exchange.identity import DeviceKeys
from parole_desktop.exchange.objects import ObjectStore, Outcome, Received, SealedObject
from parole_desktop.store.devices import DeviceSecrets

log = logging.getLogger(__name__)

PORT = 53317  # the Tella P2P protocol's default port
FORMAT = "parole-desktop-lan"
VERSION = 1
JSON_MAX = 32 * 1024 * 1024  # an offer of 100,000 ids is about 7 MB
OBJECT_MAX = 1024 * 1024 * 1024  # a sealed 512 MB exhibit (the largest a packet takes) with its padding
IO_TIMEOUT = 60.0  # seconds without a byte before a connection is given up
CONFIRM_TIMEOUT = 300.0  # how long the sender waits for the person at the receiver to confirm the code
_CHUNK = 1024 * 1024
_CODE_LABEL = b"parole-desktop-lan-code/v1\n"
_PROOF_LABEL = b"parole-desktop-lan-sender/v1\n"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_NONCE_BYTES = 32
_SKEW = dt.timedelta(days=1)  # laptops' clocks may differ; a certificate lives for one session anyway
MAX_UNAUTHENTICATED = 16  # connections not authenticated yet, from anywhere
MAX_UNAUTHENTICATED_PER_PEER = 4  # of those, from one address
HANDSHAKE_TIMEOUT = 10.0  # seconds from accept to a verified ``auth`` (TLS handshake, hello, auth)
PREAUTH_JSON_MAX = 64 * 1024  # hello (a certificate and a nonce) and auth (a signature) are under 2 KB
_REAP_EVERY = 0.25  # how often the receiver looks for connections past their handshake deadline


class LanError(UserError):
    """The transfer could not go on (the peer went away, answered nonsense, or went over a limit)."""


class LanRefused(LanError):
    """The peer is not one this laptop talks to (not in the roster, revoked, a certificate that does not
    match its listing), or the person at the receiver refused the code. Nothing was moved."""


class LanCancelled(LanError):
    """The person stopped the transfer; what moved before stays, acknowledged only where confirmed."""


class Directory(Protocol):
    """The roster's answers (``services/lan.py``): '' when the key is an active device, else why not; and
    the device id and name the roster lists for a key (None when it lists none)."""

    def author_problem(self, ed25519_hex: str) -> str: ...

    def device_of(self, ed25519_hex: str) -> tuple[str, str] | None: ...


@dataclasses.dataclass(frozen=True)
class Peer:
    """The laptop at the other end, as its certificate and the roster say."""

    device_id: str
    name: str
    ed25519: str
    certificate: bytes  # DER


ProgressFn = Callable[[str, int, int], None]  # phase ("sending", "receiving"), done, total
CancelledFn = Callable[[], bool]


# ------------------------------------------------------------------------------------------ certificates
def make_certificate(
    keys: DeviceKeys, secrets_: DeviceSecrets, *, now: dt.datetime | None = None
) -> tuple[bytes, Ed25519PrivateKey]:
    """A fresh TLS key and its certificate (DER), signed by this laptop's device key."""
    now = now or dt.datetime.now(dt.UTC)
    tls_key = Ed25519PrivateKey.generate()
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, keys.device_id)]))
        .issuer_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, "parole-desktop device"),
                    x509.NameAttribute(NameOID.SERIAL_NUMBER, keys.ed25519),
                ]
            )
        )
        .public_key(tls_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(secrets_.signing_key, None)
    )
    return cert.public_bytes(serialization.Encoding.DER), tls_key


def _attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    found = name.get_attributes_for_oid(oid)
    return str(found[0].value) if len(found) == 1 else ""


def check_certificate(der: bytes, directory: Directory, *, me: str, now: dt.datetime | None = None) -> Peer:
    """The peer a certificate belongs to, or LanRefused: it must be signed by the device key it names,
    that key an active device of the roster under the device id the certificate names, and not ``me``
    (this laptop's own key)."""
    now = now or dt.datetime.now(dt.UTC)
    try:
        cert = x509.load_der_x509_certificate(der)
        ed = _attr(cert.issuer, NameOID.SERIAL_NUMBER).lower()
        device_id = _attr(cert.subject, NameOID.COMMON_NAME)
        if cert.signature_algorithm_oid != SignatureAlgorithmOID.ED25519 or not _HEX64.match(ed):
            raise ValueError("not a device certificate")
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(ed)).verify(
            cert.signature, cert.tbs_certificate_bytes
        )
        if not isinstance(cert.public_key(), Ed25519PublicKey):
            raise ValueError("not an Ed25519 TLS key")
    except InvalidSignature as exc:
        raise LanRefused(
            "The other laptop's certificate is not signed by the device key it names: refused, nothing "
            "was sent or received."
        ) from exc
    except ValueError as exc:
        raise LanRefused(
            "The other side did not present a Parole Desktop device certificate (another program, or "
            "someone in the middle): refused, nothing was sent or received."
        ) from exc
    if ed == me:
        raise LanRefused("That address is this laptop itself: give the address of the other laptop.")
    problem = directory.author_problem(ed)
    if problem:
        raise LanRefused(
            f"The other laptop is not one this laptop exchanges with: {problem} Refused, nothing was sent "
            "or received."
        )
    listed = directory.device_of(ed)
    if listed is None or listed[0] != device_id:
        raise LanRefused(
            "The other laptop's certificate does not match its listing in the roster (another device id "
            "under that key): refused, nothing was sent or received."
        )
    if not (cert.not_valid_before_utc - _SKEW <= now <= cert.not_valid_after_utc + _SKEW):
        raise LanRefused(
            "The other laptop's certificate is out of date (check both laptops' clocks): refused."
        )
    return Peer(listed[0], listed[1], ed, der)


def short_code(receiver_cert: bytes, sender_cert: bytes, receiver_nonce: bytes, sender_nonce: bytes) -> str:
    """Six digits both screens show, from both certificates and both nonces."""
    h = hashlib.sha256(
        _CODE_LABEL
        + hashlib.sha256(receiver_cert).digest()
        + hashlib.sha256(sender_cert).digest()
        + receiver_nonce
        + sender_nonce
    ).digest()
    return f"{int.from_bytes(h[:8], 'big') % 1_000_000:06d}"


def show_code(code: str) -> str:
    """How a code is shown: "123 456"."""
    return f"{code[:3]} {code[3:]}"


def normalise_code(text: str) -> str:
    """A code as typed ("123 456", "123-456") as six digits ('' when it is not six digits)."""
    digits = re.sub(r"[\s\-]", "", text or "")
    return digits if re.fullmatch(r"[0-9]{6}", digits) else ""


def _proof(receiver_cert: bytes, sender_cert: bytes, receiver_nonce: bytes, sender_nonce: bytes) -> bytes:
    return (
        _PROOF_LABEL
        + hashlib.sha256(receiver_cert).digest()
        + hashlib.sha256(sender_cert).digest()
        + receiver_nonce
        + sender_nonce
    )


def _tls_files(
    cert_der: bytes, key: Ed25519PrivateKey
) -> tuple[str, str, bytes, tempfile.TemporaryDirectory[str]]:
    """The certificate and the TLS key as files for ``load_cert_chain`` (which reads only files): the key
    encrypted with a random password that never leaves memory; the folder is removed once loaded."""
    password = secrets.token_bytes(32).hex().encode()
    tmp = tempfile.TemporaryDirectory(prefix="pd-lan-")
    cert_path = Path(tmp.name) / "cert.pem"
    key_path = Path(tmp.name) / "key.pem"
    cert_pem = x509.load_der_x509_certificate(cert_der).public_bytes(serialization.Encoding.PEM)
    cert_path.write_bytes(cert_pem)
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(password),
        )
    )
    return str(cert_path), str(key_path), password, tmp


def server_context(cert_der: bytes, key: Ed25519PrivateKey) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    cert_path, key_path, password, tmp = _tls_files(cert_der, key)
    with tmp:
        ctx.load_cert_chain(cert_path, key_path, password=password)
    return ctx


def client_context() -> ssl.SSLContext:
    """TLS 1.3 without a CA: the receiver's certificate is checked against the roster
    (:func:`check_certificate`) right after the handshake, before anything is sent."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


# ------------------------------------------------------------------------------------------------ results
@dataclasses.dataclass
class Tally:
    """What one side received in a session, and how many of its objects the other side stored."""

    applied: int = 0
    waiting: int = 0
    duplicate: int = 0
    quarantined: list[Received] = dataclasses.field(default_factory=list)
    sent: int = 0  # objects this side sent that the other side stored
    already_there: int = 0  # objects the other side had already: acknowledged without sending

    def count(self, r: Received) -> None:
        if r.outcome == Outcome.APPLIED:
            self.applied += 1
        elif r.outcome == Outcome.WAITING:
            self.waiting += 1
        elif r.outcome == Outcome.DUPLICATE:
            self.duplicate += 1
        else:
            self.quarantined.append(r)

    @property
    def received(self) -> int:
        return self.applied + self.waiting + self.duplicate + len(self.quarantined)


@dataclasses.dataclass
class SessionResult:
    peer: Peer
    code: str
    tally: Tally
    completed: bool = False


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str, limit: int) -> bytes:
    try:
        raw = base64.b64decode(str(text), validate=True)
    except ValueError as exc:
        raise ValueError(f"{what} is not base64") from exc
    if not raw or len(raw) > limit:
        raise ValueError(f"{what} has a wrong size")
    return raw


def _ids(value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) and _HEX64.match(x) for x in value):
        raise ValueError("ids must be a list of SHA-256 hex strings")
    return list(value)


# ------------------------------------------------------------------------------------------------ receiver
class _Fail(Exception):
    def __init__(self, status: int, message: str, *, close: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.close = close


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "parole-desktop-lan"
    sys_version = ""
    server: _Server

    def setup(self) -> None:
        super().setup()
        owner = self.server.owner
        # the handshake deadline is kept by the receiver's reaper (Receiver._reap); this read timeout only
        # backs it up, a second later
        self.connection.settimeout(min(owner.io_timeout, owner.handshake_timeout + 1.0))
        # an answer's headers and body are two writes: without this, Nagle and delayed ACKs add 40 ms each
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.peer: Peer | None = None
        self.sender_cert = b""
        self.sender_nonce = b""
        self.receiver_nonce = b""
        self.result: SessionResult | None = None
        self.offered: dict[str, SealedObject] = {}

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("lan receiver: " + format, *args)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._session_ended(self)

    # -- plumbing
    def _reply(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data: dict[str, Any]) -> None:
        self._reply(status, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def _body(self, limit: int) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise _Fail(411, "A body must state its length (Content-Length): cut off.", close=True)
        try:
            n = int(self.headers.get("Content-Length", "0"))
        except ValueError as exc:
            raise _Fail(400, "A damaged Content-Length: cut off.", close=True) from exc
        if n < 0 or n > limit:
            raise _Fail(
                413,
                f"The other laptop sent {n:,} bytes, more than the {limit:,} this laptop takes in one "
                "request: cut off, nothing of it was kept.",
                close=True,
            )
        buf = bytearray()
        while len(buf) < n:
            chunk = self.rfile.read(min(_CHUNK, n - len(buf)))
            if not chunk:
                raise ConnectionError("the connection ended inside a body")
            buf += chunk
        return bytes(buf)

    def _read_json(self) -> dict[str, Any]:
        owner = self.server.owner
        raw = self._body(owner.json_max if self.peer is not None else min(owner.json_max, PREAUTH_JSON_MAX))
        try:
            data = json.loads(raw or b"{}")
        except ValueError as exc:
            raise _Fail(400, "The request is not JSON.", close=True) from exc
        if not isinstance(data, dict):
            raise _Fail(400, "The request is not a JSON object.", close=True)
        return data

    def _need_session(self) -> tuple[Peer, SessionResult]:
        if self.peer is None or self.result is None:
            raise _Fail(403, "Not accepted: say hello and have the code confirmed first.", close=True)
        return self.peer, self.result

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_GET(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        owner = self.server.owner
        try:
            path = self.path
            if self.command == "POST" and path == "/v1/hello":
                self._hello()
            elif self.command == "POST" and path == "/v1/auth":
                self._auth()
            elif self.command == "POST" and path in ("/v1/offer", "/v1/pending", "/v1/stored", "/v1/done"):
                peer, result = self._need_session()
                data = self._read_json()
                with owner.lock:
                    getattr(self, "_" + path.rsplit("/", 1)[1])(peer, result, data)
            elif path.startswith("/v1/objects/") and self.command in ("PUT", "GET"):
                peer, result = self._need_session()
                oid = path.rsplit("/", 1)[1]
                if not _HEX64.match(oid):
                    raise _Fail(404, "No such object.")
                if self.command == "PUT":
                    self._put(peer, result, oid)
                else:
                    self._get(peer, oid)
            else:
                raise _Fail(404, "No such request here.", close=True)
        except _Fail as f:
            log.info("lan receiver: %s (%s)", f.message, self.client_address[0])
            self._json(f.status, {"error": f.message})
            if f.close:
                self.close_connection = True
        except ValueError as exc:
            self._json(400, {"error": f"A malformed request: {exc}."})
            self.close_connection = True

    # -- the handshake
    def _hello(self) -> None:
        owner = self.server.owner
        data = self._read_json()
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise _Fail(400, "Not a Parole Desktop sender of this version.", close=True)
        cert = _unb64(data.get("certificate"), "the certificate", 16 * 1024)
        nonce = _unb64(data.get("nonce"), "the nonce", _NONCE_BYTES)
        if len(nonce) != _NONCE_BYTES:
            raise ValueError("the nonce has a wrong size")
        try:
            peer = check_certificate(cert, owner.directory, me=owner.keys.ed25519)
        except LanRefused as exc:
            owner.refused.append(str(exc))
            raise _Fail(403, str(exc), close=True) from exc
        self.sender_cert, self.sender_nonce = cert, nonce
        self.receiver_nonce = secrets.token_bytes(_NONCE_BYTES)
        self._pending_peer = peer
        self._json(200, {"nonce": _b64(self.receiver_nonce), "name": owner.keys.name})

    def _auth(self) -> None:
        owner = self.server.owner
        data = self._read_json()
        peer = getattr(self, "_pending_peer", None)
        if peer is None:
            raise _Fail(403, "Say hello first.", close=True)
        sig = _unb64(data.get("signature"), "the signature", 64)
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(peer.ed25519)).verify(
                sig, _proof(owner.cert, self.sender_cert, self.receiver_nonce, self.sender_nonce)
            )
        except InvalidSignature as exc:
            owner.refused.append("proof")
            raise _Fail(
                403, "The sender's proof does not verify with its device key: refused.", close=True
            ) from exc
        owner.release(self.connection)  # a roster device proved itself: no handshake deadline now
        self.connection.settimeout(owner.io_timeout)
        code = short_code(owner.cert, self.sender_cert, self.receiver_nonce, self.sender_nonce)
        if not owner.begin(self):
            raise _Fail(409, "This laptop is receiving from another laptop now: try again later.", close=True)
        try:
            accepted = bool(owner.confirm(code, peer))
        except Exception:
            owner.end(self)
            raise
        if not accepted:
            owner.end(self)
            owner.refused.append("code")
            raise _Fail(
                403,
                f"The person at “{owner.keys.name}” refused: the code did not match, or they did not "
                "expect this laptop. Nothing was sent or received.",
                close=True,
            )
        self.peer = peer
        self.result = SessionResult(peer, code, Tally())
        owner.results.append(self.result)
        log.info("lan receiver: session with %s accepted", peer.name)
        self._json(200, {"accepted": True})

    # -- the transfer
    def _offer(self, peer: Peer, result: SessionResult, data: dict[str, Any]) -> None:
        store = self.server.owner.store
        ids = _ids(data.get("ids"))
        want = [i for i in ids if not store.has(i)]
        self._json(200, {"want": want})

    def _put(self, peer: Peer, result: SessionResult, oid: str) -> None:
        owner = self.server.owner
        body = self._body(owner.object_max)
        if hashlib.sha256(body).hexdigest() != oid:
            raise _Fail(400, "An object's bytes do not match its id: not kept.", close=True)
        with owner.lock:
            got = owner.store.receive(SealedObject(body, oid))
            owner.store.acknowledge(peer.device_id, [oid])  # it came from there: never offered back
        result.tally.count(got)
        owner.progress("receiving", result.tally.received, 0)
        self._json(200, {"outcome": got.outcome.value, "code": got.code, "reason": got.reason})

    def _pending(self, peer: Peer, result: SessionResult, data: dict[str, Any]) -> None:
        objs = self.server.owner.store.pending_for(peer.device_id)
        self.offered = {o.object_id: o for o in objs}
        self._json(200, {"ids": [o.object_id for o in objs], "sizes": [o.size for o in objs]})

    def _get(self, peer: Peer, oid: str) -> None:
        obj = self.offered.get(oid)
        if obj is None:
            raise _Fail(404, "That object was not offered in this session.")
        self._reply(200, obj.data, "application/octet-stream")

    def _stored(self, peer: Peer, result: SessionResult, data: dict[str, Any]) -> None:
        ids = [i for i in _ids(data.get("ids")) if i in self.offered]
        self.server.owner.store.acknowledge(peer.device_id, ids)
        result.tally.sent += len(ids)
        self._json(200, {"acknowledged": len(ids)})

    def _done(self, peer: Peer, result: SessionResult, data: dict[str, Any]) -> None:
        result.completed = True
        t = result.tally
        self._json(
            200,
            {
                "applied": t.applied,
                "waiting": t.waiting,
                "duplicate": t.duplicate,
                "quarantined": len(t.quarantined),
            },
        )
        self.close_connection = True


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # a burst of connects is accepted (and the excess closed at once) rather than left in SYN retries
    request_queue_size = 128
    owner: Receiver

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        exc = sys.exc_info()[1]
        log.info("lan receiver: a connection from %s ended: %s", client_address[0], exc)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        # in the serving thread, before a thread is started for it: False closes the connection at once
        return self.owner.admit(request, str(client_address[0]))

    def shutdown_request(self, request: Any) -> None:
        try:
            super().shutdown_request(request)
        finally:
            self.owner.release(request)


class Receiver:
    """The receiving side: an HTTPS server on ``bind``:``port`` (0: any free port) that takes one sender
    at a time. ``confirm(code, peer)`` is asked (in the connection's thread) whether the person accepts;
    ``once`` stops the server after the first session that completed."""

    def __init__(
        self,
        store: ObjectStore,
        keys: DeviceKeys,
        secrets_: DeviceSecrets,
        directory: Directory,
        *,
        confirm: Callable[[str, Peer], bool],
        bind: str = "0.0.0.0",
        port: int = PORT,
        once: bool = False,
        progress: ProgressFn | None = None,
        object_max: int = OBJECT_MAX,
        json_max: int = JSON_MAX,
        io_timeout: float = IO_TIMEOUT,
        max_unauthenticated: int = MAX_UNAUTHENTICATED,
        max_unauthenticated_per_peer: int = MAX_UNAUTHENTICATED_PER_PEER,
        handshake_timeout: float = HANDSHAKE_TIMEOUT,
    ) -> None:
        if max_unauthenticated < 1 or max_unauthenticated_per_peer < 1 or handshake_timeout <= 0:
            raise ValueError("the receiver's connection limits must be positive")
        self.store, self.keys, self.directory = store, keys, directory
        self.confirm = confirm
        self.once = once
        self.progress: ProgressFn = progress or (lambda _p, _d, _t: None)
        self.object_max, self.json_max, self.io_timeout = object_max, json_max, io_timeout
        self.lock = threading.RLock()
        self.results: list[SessionResult] = []
        self.refused: list[str] = []
        self._active: _Handler | None = None
        self._active_lock = threading.Lock()
        self.max_unauthenticated = max_unauthenticated
        self.max_unauthenticated_per_peer = max_unauthenticated_per_peer
        self.handshake_timeout = handshake_timeout
        # connections not authenticated yet: socket -> (peer address, deadline on time.monotonic())
        self._unauthenticated: dict[Any, tuple[str, float]] = {}
        self._limits_lock = threading.Lock()
        self.closed_early: dict[str, int] = {}  # why ("too_many", "too_many_from_peer", "handshake_timeout")
        self._reaper_stop = threading.Event()
        self.cert, tls_key = make_certificate(keys, secrets_)
        ctx = server_context(self.cert, tls_key)
        try:
            self._server = _Server((bind, port), _Handler, bind_and_activate=True)
        except OSError as exc:
            raise LanError(
                f"Cannot listen on {bind}:{port}: {exc.strerror or exc} (another program on that port? try "
                "--port)."
            ) from exc
        self._server.owner = self
        self._server.socket = ctx.wrap_socket(
            self._server.socket, server_side=True, do_handshake_on_connect=False
        )

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of this session's certificate (hex)."""
        return hashlib.sha256(self.cert).hexdigest()

    def begin(self, handler: _Handler) -> bool:
        with self._active_lock:
            if self._active is not None and self._active is not handler:
                return False
            self._active = handler
            return True

    def end(self, handler: _Handler) -> None:
        with self._active_lock:
            if self._active is handler:
                self._active = None

    # -- limits before authentication
    def admit(self, request: Any, peer: str) -> bool:
        """Whether a connection just accepted may go on: under both caps it is counted as unauthenticated
        (with its handshake deadline) until :meth:`release`."""
        with self._limits_lock:
            from_peer = sum(1 for p, _d in self._unauthenticated.values() if p == peer)
            if from_peer >= self.max_unauthenticated_per_peer:
                why, limit = "too_many_from_peer", self.max_unauthenticated_per_peer
            elif len(self._unauthenticated) >= self.max_unauthenticated:
                why, limit = "too_many", self.max_unauthenticated
            else:
                self._unauthenticated[request] = (peer, time.monotonic() + self.handshake_timeout)
                return True
            n = self.closed_early[why] = self.closed_early.get(why, 0) + 1
        if _worth_logging(n):
            log.info(
                "lan receiver: closed a connection from %s at once: over the limit of %d unauthenticated "
                "connections%s (%d closed so far for this reason)",
                peer,
                limit,
                " from one address" if why == "too_many_from_peer" else "",
                n,
            )
        return False

    def release(self, request: Any) -> None:
        """The connection no longer counts as unauthenticated: it authenticated, or it was closed."""
        with self._limits_lock:
            self._unauthenticated.pop(request, None)

    @property
    def unauthenticated(self) -> int:
        """How many connections are open and not authenticated now."""
        with self._limits_lock:
            return len(self._unauthenticated)

    def _reap(self) -> None:
        """Cut the connections past their handshake deadline: their thread's blocked read returns at once."""
        while not self._reaper_stop.wait(min(_REAP_EVERY, self.handshake_timeout / 4)):
            now = time.monotonic()
            with self._limits_lock:
                late = [(r, p) for r, (p, deadline) in self._unauthenticated.items() if deadline <= now]
                for r, _p in late:
                    del self._unauthenticated[r]
                n = self.closed_early.get("handshake_timeout", 0)
                if late:
                    self.closed_early["handshake_timeout"] = n + len(late)
            for i, (r, p) in enumerate(late, start=n + 1):
                # the file descriptor only (socket.socket's shutdown): the TLS state stays its own thread's
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(r, socket.SHUT_RDWR)
                if _worth_logging(i):
                    log.info(
                        "lan receiver: closed a connection from %s: not authenticated within %.0f s "
                        "(%d closed so far for this reason)",
                        p,
                        self.handshake_timeout,
                        i,
                    )

    def _session_ended(self, handler: _Handler) -> None:
        self.end(handler)
        if self.once and handler.result is not None and handler.result.completed:
            threading.Thread(target=self._server.shutdown, daemon=True).start()

    def serve(self) -> None:
        """Serve until :meth:`stop` (or, with ``once``, the first completed session)."""
        reaper = threading.Thread(target=self._reap, name="lan receive deadlines", daemon=True)
        reaper.start()
        try:
            self._server.serve_forever(poll_interval=0.2)
        finally:
            self._reaper_stop.set()
            self._server.server_close()
            reaper.join(5)

    def stop(self) -> None:
        self._server.shutdown()


def _worth_logging(n: int) -> bool:
    """The 1st, 10th, 100th… closing for one reason: a flood is logged without flooding the log."""
    while n >= 10 and n % 10 == 0:
        n //= 10
    return n == 1


# -------------------------------------------------------------------------------------------------- sender
@dataclasses.dataclass
class SendResult:
    peer: Peer
    code: str
    tally: Tally  # what this laptop received, and how many of its objects the receiver stored
    offered: int = 0


class _Client:
    def __init__(self, host: str, port: int, *, timeout: float, object_max: int, json_max: int) -> None:
        self.conn = http.client.HTTPSConnection(host, port, context=client_context(), timeout=timeout)
        self.object_max, self.json_max, self.timeout = object_max, json_max, timeout
        self.host, self.port = host, port

    def connect(self) -> bytes:
        try:
            self.conn.connect()
        except ssl.SSLError as exc:
            raise LanRefused(
                f"The TLS handshake with {self.host}:{self.port} failed ({exc.reason or exc}): not a Parole "
                "Desktop laptop, or someone in the middle. Nothing was sent."
            ) from exc
        except OSError as exc:
            raise LanError(
                f"Cannot reach {self.host}:{self.port}: {exc.strerror or exc}. Is `lan receive` running "
                "there, on the same network?"
            ) from exc
        sock = self.conn.sock
        assert isinstance(sock, ssl.SSLSocket)
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        der = sock.getpeercert(binary_form=True)
        if not der:
            raise LanRefused("The other side presented no certificate: refused, nothing was sent.")
        return der

    def set_timeout(self, seconds: float) -> None:
        if self.conn.sock is not None:
            self.conn.sock.settimeout(seconds)

    def request(self, method: str, path: str, body: bytes = b"", ctype: str = "application/json") -> bytes:
        try:
            self.conn.request(method, path, body=body, headers={"Content-Type": ctype})
            resp = self.conn.getresponse()
            data = self._read(resp, self.object_max if path.startswith("/v1/objects/") else self.json_max)
        except (OSError, http.client.HTTPException) as exc:
            raise LanError(
                f"The connection to {self.host}:{self.port} was lost ({exc.__class__.__name__}: {exc}). What "
                "moved before is kept; run the transfer again to finish it."
            ) from exc
        if resp.status != 200:
            try:
                message = str(json.loads(data).get("error", ""))
            except ValueError:
                message = ""
            message = message or f"HTTP {resp.status}"
            if resp.status == 403:
                raise LanRefused(message)
            raise LanError(f"The receiving laptop answered: {message}")
        return data

    def _read(self, resp: http.client.HTTPResponse, limit: int) -> bytes:
        if resp.chunked or resp.length is None:
            self.conn.close()
            raise LanError("The other laptop sent a body without a length: cut off, nothing of it was kept.")
        expected = resp.length
        if expected > limit:
            self.conn.close()
            raise LanError(
                f"The other laptop sent {expected:,} bytes, more than the {limit:,} this laptop takes in "
                "one answer: cut off, nothing of it was kept."
            )
        buf = bytearray()
        while True:
            chunk = resp.read(_CHUNK)
            if not chunk:
                break
            buf += chunk
        if len(buf) != expected:
            raise http.client.IncompleteRead(bytes(buf), expected - len(buf))
        return bytes(buf)

    def post(self, path: str, data: dict[str, Any]) -> dict[str, Any]:
        raw = self.request("POST", path, json.dumps(data).encode("utf-8"))
        try:
            out = json.loads(raw)
        except ValueError as exc:
            raise LanError("The receiving laptop answered something that is not JSON.") from exc
        if not isinstance(out, dict):
            raise LanError("The receiving laptop answered something that is not a JSON object.")
        return out

    def abort(self) -> None:
        """Cut the connection from another thread: a read blocked on it returns at once."""
        sock = self.conn.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.conn.close()


def send(
    host: str,
    port: int,
    store: ObjectStore,
    keys: DeviceKeys,
    secrets_: DeviceSecrets,
    directory: Directory,
    *,
    on_code: Callable[[str, Peer], None],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    object_max: int = OBJECT_MAX,
    json_max: int = JSON_MAX,
    io_timeout: float = IO_TIMEOUT,
    confirm_timeout: float = CONFIRM_TIMEOUT,
) -> SendResult:
    """One session with the receiver at ``host``:``port``: its certificate checked against the roster
    before anything is sent, the short code shown (``on_code``), then both directions."""
    progress = progress or (lambda _p, _d, _t: None)
    stop = cancelled or (lambda: False)
    client = _Client(host, port, timeout=io_timeout, object_max=object_max, json_max=json_max)
    finished = threading.Event()

    def watch() -> None:  # Cancel also interrupts a wait on the network (the person at the receiver)
        while not finished.wait(0.2):
            if stop():
                client.abort()
                return

    watcher = threading.Thread(target=watch, name="lan send cancel", daemon=True)
    watcher.start()
    try:
        server_cert = client.connect()
        peer = check_certificate(server_cert, directory, me=keys.ed25519)
        my_cert, _tls_key = make_certificate(keys, secrets_)
        my_nonce = secrets.token_bytes(_NONCE_BYTES)
        hello = client.post(
            "/v1/hello",
            {"format": FORMAT, "version": VERSION, "certificate": _b64(my_cert), "nonce": _b64(my_nonce)},
        )
        try:
            their_nonce = _unb64(hello.get("nonce"), "the nonce", _NONCE_BYTES)
        except ValueError as exc:
            raise LanError(f"The receiving laptop's answer is damaged: {exc}.") from exc
        code = short_code(server_cert, my_cert, their_nonce, my_nonce)
        on_code(code, peer)
        proof = secrets_.signing_key.sign(_proof(server_cert, my_cert, their_nonce, my_nonce))
        client.set_timeout(confirm_timeout)
        client.post("/v1/auth", {"signature": _b64(proof)})
        client.set_timeout(io_timeout)
        result = SendResult(peer, code, Tally())
        _send_ours(client, store, peer, result, progress, stop)
        _take_theirs(client, store, peer, result, progress, stop)
        client.post("/v1/done", {})
        return result
    except LanError as exc:
        if stop() and not isinstance(exc, LanCancelled):
            raise LanCancelled(
                "Stopped. What moved before is kept on both laptops; exchange again to finish."
            ) from exc
        raise
    finally:
        finished.set()
        client.close()


def _send_ours(
    client: _Client,
    store: ObjectStore,
    peer: Peer,
    result: SendResult,
    progress: ProgressFn,
    stop: CancelledFn,
) -> None:
    objs = store.pending_for(peer.device_id)
    result.offered = len(objs)
    if not objs:
        return
    want = set(_ids(client.post("/v1/offer", {"ids": [o.object_id for o in objs]}).get("want")))
    there = [o.object_id for o in objs if o.object_id not in want]
    if there:
        store.acknowledge(peer.device_id, there)  # the receiver has them already
        result.tally.already_there += len(there)
    todo = [o for o in objs if o.object_id in want]
    for i, o in enumerate(todo):
        if stop():
            raise LanCancelled(
                f"Stopped after sending {i} of {len(todo)} objects; what was sent is kept on both laptops."
            )
        progress("sending", i, len(todo))
        answer = json.loads(
            client.request("PUT", f"/v1/objects/{o.object_id}", o.data, "application/octet-stream")
        )
        if answer.get("outcome") not in {x.value for x in Outcome}:
            raise LanError("The receiving laptop's answer is damaged.")
        store.acknowledge(peer.device_id, [o.object_id])
        result.tally.sent += 1
    progress("sending", len(todo), len(todo))


def _take_theirs(
    client: _Client,
    store: ObjectStore,
    peer: Peer,
    result: SendResult,
    progress: ProgressFn,
    stop: CancelledFn,
) -> None:
    theirs = _ids(client.post("/v1/pending", {}).get("ids"))
    todo = [i for i in theirs if not store.has(i)]
    stored = [i for i in theirs if i not in set(todo)]
    for n, oid in enumerate(todo):
        if stop():
            if stored:
                client.post("/v1/stored", {"ids": stored})
            raise LanCancelled(
                f"Stopped after receiving {n} of {len(todo)} objects; what was received is kept."
            )
        progress("receiving", n, len(todo))
        data = client.request("GET", f"/v1/objects/{oid}")
        if hashlib.sha256(data).hexdigest() != oid:
            raise LanError("An object from the receiving laptop does not match its id: not kept.")
        result.tally.count(store.receive(SealedObject(data, oid)))
        stored.append(oid)
    progress("receiving", len(todo), len(todo))
    if stored:
        store.acknowledge(peer.device_id, stored)  # they came from there: never offered back
        client.post("/v1/stored", {"ids": stored})


def local_addresses() -> list[str]:
    """This laptop's IPv4 addresses on its networks, best effort (what to type on the sender)."""
    found: list[str] = []
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            addr = str(info[4][0])
            if not addr.startswith("127.") and addr not in found:
                found.append(addr)
    except OSError:
        pass
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))  # no packet is sent: this only picks the outgoing interface
            addr = str(s.getsockname()[0])
            if not addr.startswith("127.") and addr not in found:
                found.append(addr)
    except OSError:
        pass
    return found


__all__ = [
    "CONFIRM_TIMEOUT",
    "HANDSHAKE_TIMEOUT",
    "JSON_MAX",
    "MAX_UNAUTHENTICATED",
    "MAX_UNAUTHENTICATED_PER_PEER",
    "OBJECT_MAX",
    "PORT",
    "Directory",
    "LanCancelled",
    "LanError",
    "LanRefused",
    "Peer",
    "Receiver",
    "SendResult",
    "SessionResult",
    "Tally",
    "check_certificate",
    "local_addresses",
    "make_certificate",
    "normalise_code",
    "send",
    "short_code",
    "show_code",
]
