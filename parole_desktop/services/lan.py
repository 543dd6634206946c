"""Laptop to laptop on the local network (issue #23 item 5): what ``lan receive`` / ``lan send`` and the
Share menu run.

The transport (HTTPS, certificates, the short code, the transfer) is ``exchange/lan.py``; this module adds
what the pinned trust roster decides — which laptops' certificates are accepted (active devices, under their
listed device id) — the vault's :class:`~parole_desktop.exchange.objects.ObjectStore`, and the audit entries.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from parole_desktop.errors import UserError
from parole_desktop.exchange import identity
from parole_desktop.exchange import lan as transport
from parole_desktop.exchange.lan import (
    PORT,
    LanCancelled,
    LanError,
    LanRefused,
    Peer,
    normalise_code,
    show_code,
)
from parole_desktop.exchange.objects import ObjectStore
from parole_desktop.services import devices
from parole_desktop.services.names import short_fingerprint
from parole_desktop.services.roster import KIND_DEVICE, Roster, pinned_roster
from parole_desktop.services.session import Session
from parole_desktop.store.devices import DeviceSecrets

log = logging.getLogger(__name__)

ProgressFn = transport.ProgressFn
CancelledFn = transport.CancelledFn
ConfirmFn = Callable[[str, Peer], bool]


class RosterPeers:
    """The roster's answers for the transport: an active device's key, and its listed id and name."""

    def __init__(self, roster: Roster) -> None:
        self._roster = roster
        self._directory = devices.RosterDirectory(roster)

    def author_problem(self, ed25519_hex: str) -> str:
        return self._directory.author_problem(ed25519_hex)

    def device_of(self, ed25519_hex: str) -> tuple[str, str] | None:
        m = self._roster.member_by_key(ed25519_hex)
        if m is None or m.kind != KIND_DEVICE or not m.extra.get("device_id"):
            return None
        return str(m.extra["device_id"]), m.name


@dataclasses.dataclass(frozen=True)
class Counts:
    """One session, as this laptop saw it."""

    peer: str  # the other laptop's roster name
    code: str
    sent: int  # this laptop's objects the other stored
    already_there: int  # this laptop's objects the other had already (acknowledged, not sent again)
    applied: int
    waiting: int
    duplicate: int
    quarantined: tuple[tuple[str, str, str], ...]  # (object id, code, reason)
    completed: bool

    def lines(self) -> list[str]:
        out = [
            f"{'Exchanged' if self.completed else 'Stopped part-way'} with “{self.peer}”:",
            f"  sent:        {self.sent}"
            + (f" (and {self.already_there} it had already)" if self.already_there else ""),
            f"  applied:     {self.applied}",
            f"  waiting:     {self.waiting}",
            f"  duplicate:   {self.duplicate}",
            f"  quarantined: {len(self.quarantined)}",
        ]
        out += [f"    {oid[:16]}: {reason} ({code})" for oid, code, reason in self.quarantined]
        if self.waiting:
            out.append("Waiting objects are kept and taken as soon as what they depend on arrives.")
        if not self.completed:
            out.append("What moved is kept on both laptops; run the transfer again to finish it.")
        return out

    def as_dict(self) -> dict[str, object]:
        d = dataclasses.asdict(self)
        d["quarantined"] = [{"object": o, "code": c, "reason": r} for o, c, r in self.quarantined]
        return d


def _counts(peer: Peer, code: str, tally: transport.Tally, completed: bool) -> Counts:
    return Counts(
        peer.name,
        code,
        tally.sent,
        tally.already_there,
        tally.applied,
        tally.waiting,
        tally.duplicate,
        tuple((r.object_id, r.code, r.reason) for r in tally.quarantined),
        completed,
    )


def _ready(session: Session) -> tuple[Roster, identity.DeviceKeys, DeviceSecrets]:
    roster = pinned_roster(session.vault)
    if roster is None:
        raise UserError(
            "No trust roster is pinned in this vault: import the organization's roster first "
            "(`roster import FILE --fingerprint …`)."
        )
    keys, sec = identity.this_device(session.vault)
    if devices.RosterDirectory(roster).author_problem(keys.ed25519):
        raise UserError(
            f"This laptop cannot exchange yet: it is not an active device in the roster of {roster.org_name} "
            f"(version {roster.version}). Give the org admin this laptop's enrolment "
            "(`device enrol-request -o FILE`) and import the roster they send back."
        )
    return roster, keys, sec


def parse_address(text: str) -> tuple[str, int]:
    """``HOST`` or ``HOST:PORT`` (``[v6]:PORT`` for IPv6) as typed, or UserError."""
    text = text.strip()
    host, port = text, PORT
    if text.startswith("["):
        close = text.find("]")
        if close < 0:
            raise UserError(f"“{text}” is not an address: an IPv6 address goes in brackets, [fe80::1]:53317.")
        host, rest = text[1:close], text[close + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise UserError(f"“{text}” is not an address (HOST or HOST:PORT).")
            port = _port(rest[1:], text)
    elif text.count(":") == 1:
        host, raw = text.split(":")
        port = _port(raw, text)
    if not host or any(c.isspace() for c in host):
        raise UserError(f"“{text}” is not an address (HOST or HOST:PORT, e.g. 192.168.1.20:{PORT}).")
    return host, port


def _port(raw: str, text: str) -> int:
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise UserError(f"“{text}”: the port must be a number from 1 to 65535.")
    return int(raw)


class Receiving:
    """A receiver listening on this network (``lan receive``); :meth:`serve` blocks until it stops."""

    def __init__(
        self,
        session: Session,
        store: ObjectStore,
        *,
        confirm: ConfirmFn,
        bind: str = "0.0.0.0",
        port: int = PORT,
        once: bool = False,
        progress: ProgressFn | None = None,
        object_max: int = transport.OBJECT_MAX,
        io_timeout: float = transport.IO_TIMEOUT,
        max_unauthenticated: int = transport.MAX_UNAUTHENTICATED,
        max_unauthenticated_per_peer: int = transport.MAX_UNAUTHENTICATED_PER_PEER,
        handshake_timeout: float = transport.HANDSHAKE_TIMEOUT,
    ) -> None:
        roster, keys, sec = _ready(session)
        self.session = session
        self.keys = keys
        self._receiver = transport.Receiver(
            store,
            keys,
            sec,
            RosterPeers(roster),
            confirm=confirm,
            bind=bind,
            port=port,
            once=once,
            progress=progress,
            object_max=object_max,
            io_timeout=io_timeout,
            max_unauthenticated=max_unauthenticated,
            max_unauthenticated_per_peer=max_unauthenticated_per_peer,
            handshake_timeout=handshake_timeout,
        )

    @property
    def closed_early(self) -> dict[str, int]:
        """Connections closed before they authenticated, by why (the limits of ``exchange/lan.py``)."""
        return dict(self._receiver.closed_early)

    @property
    def unauthenticated(self) -> int:
        return self._receiver.unauthenticated

    @property
    def address(self) -> tuple[str, int]:
        return self._receiver.address

    def addresses(self) -> list[str]:
        """What to type on the sending laptop."""
        host, port = self.address
        hosts = transport.local_addresses() if host in ("0.0.0.0", "") else [host]
        return [f"{h}:{port}" for h in hosts] or [f"{host}:{port}"]

    @property
    def fingerprint(self) -> str:
        """This laptop's device fingerprint (as Settings shows it)."""
        return short_fingerprint(self.keys.fingerprint)

    def serve(self) -> list[Counts]:
        try:
            self._receiver.serve()
        finally:
            self._audit()
        return self.results()

    def stop(self) -> None:
        self._receiver.stop()

    def results(self) -> list[Counts]:
        return [_counts(r.peer, r.code, r.tally, r.completed) for r in self._receiver.results]

    def _audit(self) -> None:
        for c in self.results():
            self.session.vault.audit.append(
                self.session.actor,
                "import",
                "lan",
                c.peer,
                f"received from {c.peer} on the local network: {c.applied} applied, {c.waiting} waiting, "
                f"{c.duplicate} duplicate, {len(c.quarantined)} quarantined; {c.sent} sent"
                + ("" if c.completed else " (stopped part-way)"),
            )


def send(
    session: Session,
    address: str,
    store: ObjectStore,
    *,
    on_code: Callable[[str, Peer], None],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    object_max: int = transport.OBJECT_MAX,
    io_timeout: float = transport.IO_TIMEOUT,
    confirm_timeout: float = transport.CONFIRM_TIMEOUT,
) -> Counts:
    """One session with the laptop receiving at ``address`` (HOST[:PORT]); LanRefused before anything moves
    when its certificate is not an active device's of the roster or its person refuses the code."""
    roster, keys, sec = _ready(session)
    host, port = parse_address(address)
    result = transport.send(
        host,
        port,
        store,
        keys,
        sec,
        RosterPeers(roster),
        on_code=on_code,
        progress=progress,
        cancelled=cancelled,
        object_max=object_max,
        io_timeout=io_timeout,
        confirm_timeout=confirm_timeout,
    )
    counts = _counts(result.peer, result.code, result.tally, True)
    session.vault.audit.append(
        session.actor,
        "export",
        "lan",
        counts.peer,
        f"exchanged with {counts.peer} on the local network: {counts.sent} sent; {counts.applied} applied, "
        f"{counts.waiting} waiting, {counts.duplicate} duplicate, {len(counts.quarantined)} quarantined",
    )
    log.info("lan: exchanged with %s", counts.peer)
    return counts


__all__ = [
    "PORT",
    "Counts",
    "LanCancelled",
    "LanError",
    "LanRefused",
    "Peer",
    "Receiving",
    "RosterPeers",
    "normalise_code",
    "parse_address",
    "send",
    "show_code",
]
