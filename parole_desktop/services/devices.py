"""This laptop as a member of the organization (issue #23, part 1): its identity, its enrolment, and who it
seals for and takes sealed objects from — decided by the pinned trust roster only.

The exchange layer (``parole_desktop/exchange``) does the cryptography and knows nothing of rosters; this
module supplies it with the roster's answers: :class:`RosterDirectory` (whose objects are taken) and
:func:`recipients` (whom an object that leaves this vault is sealed to).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
from pathlib import Path

import segno

from parole_desktop.errors import UserError
from parole_desktop.exchange import identity
from parole_desktop.exchange.seal import Opened, open_sealed, seal
from parole_desktop.fsutil import atomic_write_bytes
from parole_desktop.l10n import _
from parole_desktop.services.names import normalise_name, short_fingerprint
from parole_desktop.services.roster import KIND_DEVICE, Member, Roster, pinned_roster
from parole_desktop.services.session import Session
from parole_desktop.store import devices as devices_store

log = logging.getLogger(__name__)

NAME_MAX = devices_store.NAME_MAX
ESCROW_KEY = "escrow_age"  # optional top-level roster field: the org's escrow age recipient


@dataclasses.dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    name: str
    ed25519: str
    age_recipient: str
    fingerprint: str
    created_at: str
    listed: str  # what the pinned roster says of this laptop, in words

    @property
    def fingerprint_short(self) -> str:
        return short_fingerprint(self.fingerprint)

    def as_dict(self) -> dict[str, str]:
        d = dataclasses.asdict(self)
        d["fingerprint_short"] = self.fingerprint_short
        return d


def _listing(roster: Roster | None, keys: identity.DeviceKeys) -> str:
    if roster is None:
        return "not listed: no trust roster is pinned in this vault"
    m = roster.member_by_key(keys.ed25519)
    if m is None or m.kind != KIND_DEVICE:
        return f"not listed in the roster of {roster.org_name} (version {roster.version})"
    if m.extra.get("age") != keys.age_recipient:
        return "listed with another encryption key: ask the org admin to list this laptop again"
    problem = m.problem_on(dt.datetime.now(dt.UTC).date())
    return problem or f"listed as “{m.name}” in the roster of {roster.org_name} (version {roster.version})"


def device_info(session: Session) -> DeviceInfo:
    keys, sec = identity.this_device(session.vault)
    return DeviceInfo(
        keys.device_id,
        keys.name,
        keys.ed25519,
        keys.age_recipient,
        keys.fingerprint,
        sec.created_at,
        _listing(pinned_roster(session.vault), keys),
    )


def rename(session: Session, name: str) -> DeviceInfo:
    """A name people recognise the laptop by ("Site 2 laptop 3"); a name listed in the roster stays as it
    was listed until the org admin lists the laptop again."""
    clean = normalise_name(name)
    if len(clean) > NAME_MAX:
        raise UserError(
            _("Keep the laptop's name to {name_max} characters (it has {length}).").format(
                name_max=NAME_MAX, length=len(clean)
            )
        )
    devices_store.rename(session.vault, clean, actor=session.actor)
    return device_info(session)


def enrolment_request(session: Session) -> str:
    """The signed public enrolment the org admin lists with ``roster add-device``."""
    text = identity.enrolment_json(session.vault)
    session.vault.audit.append(
        session.actor, "export", "device_enrolment", identity.this_device(session.vault)[0].device_id
    )
    return text


def write_enrolment(session: Session, path: Path, *, overwrite: bool = False) -> DeviceInfo:
    """Write the enrolment to ``path`` (public data only; an existing file only with ``overwrite``)."""
    path = Path(path).expanduser()
    if path.exists() and not overwrite:
        raise UserError(_("{path} already exists.").format(path=path))
    atomic_write_bytes(path, enrolment_request(session).encode("utf-8"), "write the device enrolment")
    return device_info(session)


def qr_text(info: DeviceInfo) -> str:
    """What the QR code in Settings holds: the full fingerprint, labelled."""
    return f"PAROLE-DESKTOP-DEVICE:{info.fingerprint.upper()}"


def qr_png(text: str, *, scale: int = 4) -> bytes:
    """A QR code (segno, error correction M) of ``text`` as PNG bytes, for comparison on site."""
    buf = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buf, kind="png", scale=scale, border=2)
    return buf.getvalue()


class RosterDirectory:
    """Objects are taken only from a device the roster lists, not revoked, within its listing."""

    def __init__(self, roster: Roster | None, *, today: dt.date | None = None) -> None:
        self._roster = roster
        self._today = today or dt.datetime.now(dt.UTC).date()

    def author_problem(self, ed25519_hex: str) -> str:
        if self._roster is None:
            return "No trust roster is pinned in this vault, so no laptop's objects can be taken yet."
        m = self._roster.member_by_key(ed25519_hex)
        if m is None:
            return (
                "Sealed by an unknown laptop (not a device in the organization's roster, version "
                f"{self._roster.version}); it is kept aside and not applied."
            )
        if m.kind != KIND_DEVICE:
            return f"Sealed with the key of {m.name}, who is listed as a {m.kind}, not as a device."
        if m.revoked_at is not None:
            return (
                f"Sealed by the laptop “{m.name}”, revoked in the roster on {m.revoked_at} "
                f"({m.revoked_reason or 'no reason given'}); it is kept aside and not applied."
            )
        problem = m.problem_on(self._today)
        return f"Sealed by the laptop “{m.name}”: {problem}" if problem else ""


def recipients(roster: Roster, *, today: dt.date | None = None) -> list[str]:
    """Whom an object leaving this vault is sealed to: every active device of the roster, and the org's
    escrow key when the roster names one."""
    day = today or dt.datetime.now(dt.UTC).date()
    out = [str(m.extra["age"]) for m in roster.devices() if m.extra.get("age") and not m.problem_on(day)]
    escrow = roster.extra.get(ESCROW_KEY)
    if escrow:
        out.append(identity.check_age_recipient(str(escrow)))
    return sorted(set(out))


def seal_for_org(session: Session, payload: bytes, *, context: str) -> bytes:
    """``payload`` sealed to the organization's devices, signed by this laptop (which must be listed)."""
    roster = pinned_roster(session.vault)
    if roster is None:
        raise UserError(_("No trust roster is pinned in this vault: import the organization's roster first."))
    keys, sec = identity.this_device(session.vault)
    problem = RosterDirectory(roster).author_problem(keys.ed25519)
    if problem:
        raise UserError(
            _(
                "This laptop cannot send yet: {roster}. Give the org admin this laptop's enrolment (`device enrol-request -o FILE`) and import the roster they send back."
            ).format(roster=_listing(roster, keys))
        )
    return seal(payload, keys, sec, recipients(roster), context=context)


def open_from_org(session: Session, blob: bytes, *, context: str | tuple[str, ...]) -> Opened:
    """A sealed object for this laptop from a device the pinned roster accepts (else Quarantined)."""
    _keys, sec = identity.this_device(session.vault)
    return open_sealed(blob, sec, RosterDirectory(pinned_roster(session.vault)), context=context)


def parse_enrolment_file(path: Path) -> identity.DeviceKeys:
    """A laptop's signed enrolment (``device enrol-request``), for ``roster add-device``."""
    try:
        raw = Path(path).expanduser().read_bytes()
    except OSError as exc:
        raise UserError(
            _("Cannot read the enrolment {path}: {strerror}").format(path=path, strerror=exc.strerror or exc)
        ) from exc
    return identity.parse_enrolment(raw)


def member_fingerprint(member: Member) -> str:
    """The fingerprint of a device listed in the roster (what its own Settings shows)."""
    return identity.device_fingerprint(member.public_key, str(member.extra.get("age", "")))


__all__ = [
    "DeviceInfo",
    "RosterDirectory",
    "device_info",
    "enrolment_request",
    "member_fingerprint",
    "open_from_org",
    "parse_enrolment_file",
    "qr_png",
    "qr_text",
    "recipients",
    "rename",
    "seal_for_org",
    "write_enrolment",
]
