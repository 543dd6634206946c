"""The organization's trust roster: who may sign off, anchored in an org key that never lives in a vault.

* **Org key** — an Ed25519 key pair in a small JSON file sealed under the org admin's passphrase
  (``store/sealed.py``: Argon2id + AES-GCM, the public key in the AAD), kept on the admin's own medium. ``create_org_key`` refuses to write it inside a
  vault folder. A solo attorney is their own organization.
* **Roster** — a signed JSON envelope: the org's name and public key, a version number that only goes up,
  and members. Today every member is a ``reviewer`` (name, role, bar number or accreditation, Ed25519
  public key, SHA-256 of their PDF signing certificate, valid from/until, revoked). The member list is
  typed (``kind``) so the laptop-to-laptop exchange can add ``device`` members (an age recipient per
  laptop) to the same file without a new trust anchor. See docs/security.md.
* **Pin** — a vault pins the org key's fingerprint the first time a roster is imported (the fingerprint
  is shown for comparison out of band); after that only a newer version signed by the same key is taken.

Every sign-off and every packet is checked against the roster's keys, never against a key it carries.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from parole_desktop.domain.codec import canonical_json
from parole_desktop.domain.text import Kind, excerpt
from parole_desktop.domain.text import check as text_check
from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.exchange.identity import DeviceKeys
from parole_desktop.fsutil import atomic_write_bytes
from parole_desktop.l10n import _
from parole_desktop.packet.verify import manifest_signature_ok
from parole_desktop.services.names import looks_like, normalise_name, short_fingerprint
from parole_desktop.store import keys as keys_store
from parole_desktop.store import roster as roster_store
from parole_desktop.store import sealed
from parole_desktop.store.vault import KEYS_NAME

log = logging.getLogger(__name__)

ROSTER_FORMAT = "parole-desktop-roster"
ORG_KEY_FORMAT = "parole-desktop-org-key"
ORG_KEY_VERSION = 2  # 2: the private key in a store/sealed.py blob; 1 (0.1.x): its own fields, still read
SCHEMA = 1
KIND_REVIEWER = "reviewer"
KIND_DEVICE = "device"  # a laptop of the organization (issue #23): its age recipient and signing key
KINDS = (KIND_REVIEWER, KIND_DEVICE)
ROLES = ("attorney", "accredited_representative", "supervisor")
_SIG_CONTEXT = b"parole-desktop-roster/v1\n"


def _pub_hex(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return pub.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def key_fingerprint(public_key_hex: str) -> str:
    """SHA-256 of the raw Ed25519 public key (hex)."""
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()


# ---------------------------------------------------------------------------- roster data
@dataclass(frozen=True)
class Member:
    """One entry of the roster. ``kind`` is "reviewer" today; devices will be another kind."""

    kind: str
    member_id: str
    name: str
    role: str
    number: str
    public_key: str  # Ed25519, hex
    pdf_cert_sha256: str
    valid_from: dt.date
    valid_until: dt.date | None = None
    revoked_at: dt.date | None = None
    revoked_reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # fields of kinds added later, kept

    @property
    def key_fingerprint(self) -> str:
        return key_fingerprint(self.public_key)

    def problem_on(self, day: dt.date) -> str:
        """Why this member cannot sign on ``day`` ('' when they can)."""
        if self.revoked_at is not None:
            return f"{self.name} was revoked in the roster on {self.revoked_at} ({self.revoked_reason or 'no reason given'})"
        if day < self.valid_from:
            return f"{self.name} is listed in the roster only from {self.valid_from}"
        if self.valid_until is not None and day > self.valid_until:
            return f"{self.name}'s listing in the roster ended on {self.valid_until}"
        return ""

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.extra,
            "kind": self.kind,
            "id": self.member_id,
            "name": self.name,
            "role": self.role,
            "number": self.number,
            "ed25519": self.public_key,
            "pdf_cert_sha256": self.pdf_cert_sha256,
            "valid_from": self.valid_from.isoformat(),
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "revoked": (
                {"at": self.revoked_at.isoformat(), "reason": self.revoked_reason}
                if self.revoked_at
                else None
            ),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Member:
        rev = d.get("revoked")
        known = {
            "kind",
            "id",
            "name",
            "role",
            "number",
            "ed25519",
            "pdf_cert_sha256",
            "valid_from",
            "valid_until",
            "revoked",
        }
        return cls(
            kind=str(d["kind"]),
            member_id=str(d["id"]),
            name=str(d["name"]),
            role=str(d.get("role", "")),
            number=str(d.get("number", "")),
            public_key=str(d.get("ed25519", "")).lower(),
            pdf_cert_sha256=str(d.get("pdf_cert_sha256", "")),
            valid_from=dt.date.fromisoformat(d["valid_from"]),
            valid_until=dt.date.fromisoformat(d["valid_until"]) if d.get("valid_until") else None,
            revoked_at=dt.date.fromisoformat(rev["at"]) if rev else None,
            revoked_reason=str(rev.get("reason", "")) if rev else "",
            extra={k: v for k, v in d.items() if k not in known},
        )


@dataclass(frozen=True)
class Roster:
    org_name: str
    org_public_key: str  # hex
    version: int
    issued_at: str
    members: tuple[Member, ...] = ()
    demo: bool = False
    signature: bytes = b""
    extra: dict[str, Any] = field(default_factory=dict)  # unknown top-level fields of newer writers, kept

    @property
    def org_fingerprint(self) -> str:
        return key_fingerprint(self.org_public_key)

    @property
    def org_fingerprint_short(self) -> str:
        return short_fingerprint(self.org_fingerprint)

    def body(self) -> dict[str, Any]:
        return {
            **self.extra,
            "format": ROSTER_FORMAT,
            "schema": SCHEMA,
            "org": {"name": self.org_name, "public_key": self.org_public_key, "demo": self.demo},
            "version": self.version,
            "issued_at": self.issued_at,
            "members": [m.to_dict() for m in self.members],
        }

    def signed_bytes(self) -> bytes:
        return _SIG_CONTEXT + canonical_json(self.body()).encode("utf-8")

    def to_json(self) -> str:
        return json.dumps(
            {"roster": self.body(), "signature": base64.b64encode(self.signature).decode()},
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        )

    def reviewers(self) -> list[Member]:
        return [m for m in self.members if m.kind == KIND_REVIEWER]

    def devices(self) -> list[Member]:
        """The organization's laptops (``extra["age"]``: the age recipient, ``extra["device_id"]``)."""
        return [m for m in self.members if m.kind == KIND_DEVICE]

    def member_by_key(self, public_key_hex: str) -> Member | None:
        key = public_key_hex.lower()
        return next((m for m in self.members if m.public_key and m.public_key == key), None)

    def reviewer_problem(self, public_key_hex: str, day: dt.date) -> tuple[Member | None, str]:
        """The reviewer holding this key and '' when they may sign on ``day``; else why not."""
        m = self.member_by_key(public_key_hex)
        if m is None or m.kind != KIND_REVIEWER:
            return None, "signed by an unknown key (not a reviewer in the organization's roster)"
        return m, m.problem_on(day)


def parse_roster(raw: bytes | str) -> Roster:
    """A roster whose signature verifies under the org key it names (trust comes from the pin, not from here)."""
    try:
        env = json.loads(raw)
        body = env["roster"]
        if body.get("format") != ROSTER_FORMAT:
            raise ValueError("not a roster")
        if int(body.get("schema", 0)) > SCHEMA:
            raise UserError(
                _("This roster was written by a newer version of Parole Desktop; update the app.")
            )
        org = body["org"]
        known = {"format", "schema", "org", "version", "issued_at", "members"}
        roster = Roster(
            org_name=str(org["name"]),
            org_public_key=str(org["public_key"]).lower(),
            version=int(body["version"]),
            issued_at=str(body["issued_at"]),
            demo=bool(org.get("demo", False)),
            members=tuple(Member.from_dict(m) for m in body["members"]),
            signature=base64.b64decode(env["signature"], validate=True),
            extra={k: v for k, v in body.items() if k not in known},
        )
        if canonical_json(roster.body()) != canonical_json(body):
            raise ValueError("roster fields not understood")
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(roster.org_public_key)).verify(
            roster.signature, roster.signed_bytes()
        )
    except UserError:
        raise
    except InvalidSignature as exc:
        raise IntegrityError(
            _("The roster's signature does not verify: it was changed after the org signed it.")
        ) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(_("This is not a Parole Desktop trust roster (or it is damaged).")) from exc
    return roster


def load_roster_file(path: Path) -> Roster:
    try:
        return parse_roster(Path(path).read_bytes())
    except OSError as exc:
        raise UserError(
            _("Cannot read the roster {path}: {strerror}").format(path=path, strerror=exc.strerror or exc)
        ) from exc


def write_roster_file(path: Path, roster: Roster) -> None:
    atomic_write_bytes(Path(path), roster.to_json().encode("utf-8"), "write the roster")


# ---------------------------------------------------------------------------- the org key
@dataclass(frozen=True)
class OrgKey:
    name: str
    key: Ed25519PrivateKey
    demo: bool = False

    @property
    def public_key(self) -> str:
        return _pub_hex(self.key)

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.public_key)


def new_org_key(org_name: str, *, demo: bool = False) -> OrgKey:
    """An org key in memory only (the self-test and the demo; a real org uses ``create_org_key``)."""
    return OrgKey(normalise_name(org_name), Ed25519PrivateKey.generate(), demo)


def enrol_and_pin(vault: Any, org: OrgKey, entries: list[Enrolment], *, actor: str) -> Roster:
    """List ``entries`` in a new roster of ``org`` and pin it into a vault that trusts no org yet
    (the self-test's and the demo's own organizations)."""
    r = new_roster(org)
    for e in entries:
        r = add_reviewer(org, r, e)
    return pin_roster(vault, r, expected_fingerprint=r.org_fingerprint, actor=actor)


def _inside_vault(path: Path) -> bool:
    p = path.expanduser().resolve()
    return any((parent / KEYS_NAME).exists() for parent in [p.parent, *p.parent.parents])


def org_key_context(public_key_hex: str) -> str:
    """What an org's private key is sealed for (the AAD): the org key file and its public key."""
    return f"{ORG_KEY_FORMAT}:{public_key_hex}"


def org_key_bytes(org: OrgKey, passphrase: str) -> bytes:
    """The org key file (version 2): public data in the clear, the private key in a sealed blob
    (``store/sealed.py``). Version 1 files (0.1.x: the KDF, salt, nonce and ciphertext at the top level)
    still load."""
    keys_store.check_passphrase(passphrase)
    raw = org.key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return json.dumps(
        {
            "format": ORG_KEY_FORMAT,
            "version": ORG_KEY_VERSION,
            "org_name": org.name,
            "demo": org.demo,
            "public_key": org.public_key,
            "sealed": sealed.seal(passphrase, raw, org_key_context(org.public_key), keys_store.DEFAULT_KDF),
        },
        indent=1,
    ).encode()


def create_org_key(path: Path, org_name: str, passphrase: str, *, demo: bool = False) -> OrgKey:
    """A new org key written to ``path`` (never inside a vault folder, never over an existing file)."""
    path = Path(path).expanduser()
    org_name = normalise_name(org_name)
    if path.exists():
        raise UserError(_("{path} already exists; an org key is never overwritten.").format(path=path))
    if not path.parent.is_dir():
        raise UserError(
            _("The folder {parent} does not exist (is the drive plugged in?).").format(parent=path.parent)
        )
    if _inside_vault(path):
        raise UserError(
            _("The org key must not be kept inside a vault folder: keep it on the admin's own medium.")
        )
    org = OrgKey(org_name, Ed25519PrivateKey.generate(), demo)
    atomic_write_bytes(path, org_key_bytes(org, passphrase), "write the org key")
    log.info("created an org key (fingerprint %s)", org.fingerprint[:16])
    return org


def load_org_key(path: Path, passphrase: str) -> OrgKey:
    """An org key file of version 2 (sealed blob) or 1 (0.1.x, the same fields at the top level)."""
    try:
        d = json.loads(Path(path).expanduser().read_bytes())
        if d.get("format") != ORG_KEY_FORMAT:
            raise ValueError("not an org key")
        version = int(d.get("version", 1))
        if version > ORG_KEY_VERSION:
            raise UserError(
                _("{path} was written by a newer version of Parole Desktop; update the app.").format(
                    path=path
                )
            )
        blob = d["sealed"] if version >= 2 else {k: d[k] for k in ("kdf", "salt", "nonce", "ct")}
        public_key = str(d["public_key"])
        raw = sealed.open_sealed(
            blob, passphrase, org_key_context(public_key), wrong="Wrong org key passphrase."
        )
        org = OrgKey(
            str(d["org_name"]), Ed25519PrivateKey.from_private_bytes(raw), bool(d.get("demo", False))
        )
    except OSError as exc:
        raise UserError(
            _("Cannot read the org key {path}: {strerror}").format(path=path, strerror=exc.strerror or exc)
        ) from exc
    except (IntegrityError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            _("{path} is not a Parole Desktop org key file (or it is damaged).").format(path=path)
        ) from exc
    if org.public_key != public_key:
        raise UserError(
            _("{path} is damaged: its public key does not match its private key.").format(path=path)
        )
    return org


# ---------------------------------------------------------------------------- editing (org admin)
def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _signed(org: OrgKey, roster: Roster) -> Roster:
    if roster.org_public_key != org.public_key:
        raise UserError(_("This roster belongs to another organization key; sign it with that org's key."))
    unsigned = replace(roster, signature=b"", issued_at=_now())
    return replace(unsigned, signature=org.key.sign(unsigned.signed_bytes()))


def new_roster(org: OrgKey) -> Roster:
    """Version 1, no members yet."""
    return _signed(org, Roster(org.name, org.public_key, 1, _now(), (), org.demo))


@dataclass(frozen=True)
class Enrolment:
    """What a reviewer hands the org admin (from ``reviewer_enrolment``): public data only."""

    name: str
    role: str
    number: str
    public_key: str
    pdf_cert_sha256: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": "parole-desktop-enrolment",
                "kind": KIND_REVIEWER,
                "name": self.name,
                "role": self.role,
                "number": self.number,
                "ed25519": self.public_key,
                "pdf_cert_sha256": self.pdf_cert_sha256,
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, raw: bytes | str) -> Enrolment:
        try:
            d = json.loads(raw)
            if d.get("format") != "parole-desktop-enrolment":
                raise ValueError("not an enrolment")
            if d.get("kind", KIND_REVIEWER) != KIND_REVIEWER:
                raise UserError(
                    _(
                        "This is the enrolment of a {kind!r}, not of a reviewer (a laptop is listed with `roster add-device`)."
                    ).format(kind=d.get("kind"))
                )
            e = cls(
                str(d["name"]),
                str(d["role"]),
                str(d.get("number", "")),
                str(d["ed25519"]).lower(),
                str(d["pdf_cert_sha256"]).lower(),
            )
            bytes.fromhex(e.public_key)
            bytes.fromhex(e.pdf_cert_sha256)
        except UserError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise UserError(_("This is not a reviewer enrolment file (or it is damaged).")) from exc
        return e


def add_reviewer(
    org: OrgKey,
    roster: Roster,
    entry: Enrolment,
    *,
    valid_from: dt.date | None = None,
    valid_until: dt.date | None = None,
) -> Roster:
    """The next roster version with this reviewer listed (names normalised, look-alikes refused)."""
    name = normalise_name(entry.name)
    text_check(entry.number, Kind.IDENTIFIER, "the enrolment's bar number or accreditation id")
    if entry.role not in ROLES:
        raise UserError(
            _("Unknown role {role}: use one of {roles}.").format(
                role=excerpt(entry.role), roles=", ".join(ROLES)
            )
        )
    if entry.role != "supervisor" and not entry.number.strip():
        raise UserError(_("Enter the reviewer's bar number or accreditation id."))
    if len(bytes.fromhex(entry.public_key)) != 32 or len(bytes.fromhex(entry.pdf_cert_sha256)) != 32:
        raise UserError(_("The enrolment's keys are damaged (wrong length)."))
    listed = roster.member_by_key(entry.public_key)
    if listed is not None:
        raise UserError(_("This key is already in the roster ({name}).").format(name=listed.name))
    active = [m.name for m in roster.reviewers() if m.revoked_at is None]
    twin = looks_like(name, active)
    if twin:
        raise UserError(
            _(
                "{name} reads the same as {twin}, who is already in the roster. Revoke the old entry first, or tell the two apart (for example with a middle initial)."
            ).format(name=excerpt(name), twin=excerpt(twin))
        )
    start, end = _listing_dates(valid_from, valid_until)
    member = Member(
        KIND_REVIEWER,
        uuid.uuid4().hex,
        name,
        entry.role,
        entry.number.strip(),
        entry.public_key,
        entry.pdf_cert_sha256,
        start,
        end,
    )
    return _with_member(org, roster, member)


def _listing_dates(valid_from: dt.date | None, valid_until: dt.date | None) -> tuple[dt.date, dt.date | None]:
    """A new listing's dates: from today unless given, never ending before it starts."""
    start = valid_from or dt.datetime.now(dt.UTC).date()
    if valid_until is not None and valid_until < start:
        raise UserError(_("The listing would end before it starts."))
    return start, valid_until


def _with_member(org: OrgKey, roster: Roster, member: Member) -> Roster:
    """The next roster version, signed, with ``member`` added."""
    return _signed(org, replace(roster, version=roster.version + 1, members=(*roster.members, member)))


def add_device(
    org: OrgKey,
    roster: Roster,
    device: DeviceKeys,
    *,
    valid_from: dt.date | None = None,
    valid_until: dt.date | None = None,
) -> Roster:
    """The next roster version with this laptop listed as a device (from its signed enrolment,
    ``exchange.identity.parse_enrolment``): the org's laptops seal what leaves them to the devices listed
    here and take objects only from them."""
    name = normalise_name(device.name)
    for m in roster.members:
        if m.public_key == device.ed25519 or m.extra.get("age") == device.age_recipient:
            raise UserError(_("This device's keys are already in the roster ({name}).").format(name=m.name))
        if m.kind == KIND_DEVICE and m.extra.get("device_id") == device.device_id and m.revoked_at is None:
            raise UserError(_("This device id is already listed ({name}).").format(name=m.name))
    twin = looks_like(name, [m.name for m in roster.devices() if m.revoked_at is None])
    if twin:
        raise UserError(
            _(
                "“{name}” reads the same as the device “{twin}”, already in the roster: rename one of the laptops (`device rename`) so that nobody mistakes one for the other."
            ).format(name=name, twin=twin)
        )
    start, end = _listing_dates(valid_from, valid_until)
    member = Member(
        KIND_DEVICE,
        uuid.uuid4().hex,
        name,
        KIND_DEVICE,
        "",
        device.ed25519,
        "",
        start,
        end,
        extra={"age": device.age_recipient, "device_id": device.device_id},
    )
    return _with_member(org, roster, member)


def revoke(org: OrgKey, roster: Roster, who: str, reason: str, *, on: dt.date | None = None) -> Roster:
    """The next version with the member named ``who`` (or with that key fingerprint prefix) revoked."""
    who_l = who.strip().lower().replace(" ", "")
    hits = [
        m
        for m in roster.members
        if m.revoked_at is None
        and (
            m.name.casefold() == who.strip().casefold()
            or (len(who_l) >= 8 and m.key_fingerprint.startswith(who_l))
        )
    ]
    if len(hits) != 1:
        raise UserError(
            _("No single active member matches {who} ({hits} found).").format(
                who=excerpt(who), hits=len(hits)
            )
        )
    on = on or dt.datetime.now(dt.UTC).date()
    members = tuple(
        replace(m, revoked_at=on, revoked_reason=reason.strip()) if m is hits[0] else m
        for m in roster.members
    )
    return _signed(org, replace(roster, version=roster.version + 1, members=members))


# ---------------------------------------------------------------------------- the vault's pin
def pinned_roster(vault: Any) -> Roster | None:
    """The newest roster of the pinned organization, re-verified (None when no roster is pinned)."""
    row = roster_store.newest(vault)
    if row is None:
        return None
    roster = _verified(row[1])
    if roster.org_fingerprint != roster_store.pinned_fingerprint(vault) or roster.version != row[0]:
        raise IntegrityError(_("The roster stored in this vault does not belong to the pinned organization."))
    return roster


@functools.lru_cache(maxsize=8)
def _verified(envelope: str) -> Roster:
    """:func:`parse_roster` of exactly these stored bytes, kept: the same bytes parse and verify the same way
    every time, and :func:`pinned_roster` runs once per object sealed or opened (the parse and Ed25519 check
    were ~20 % of a bundle export's time). Changed bytes are a new key, checked again; a refusal is not kept."""
    return parse_roster(envelope)


def require_roster(vault: Any) -> Roster:
    roster = pinned_roster(vault)
    if roster is None:
        raise UserError(
            _(
                "No trust roster is pinned in this vault: the organization's admin signs a roster "
                "that lists the reviewers; import it first (Settings → Reviewers, or "
                "`parole-desktop roster import FILE --fingerprint FINGERPRINT`)."
            )
        )
    return roster


def pin_roster(vault: Any, roster: Roster, *, expected_fingerprint: str, actor: str) -> Roster:
    """Pin the organization of ``roster`` into a vault that has none. ``expected_fingerprint`` is what the
    admin read out of band (full hex or the grouped short form); a mismatch pins nothing."""
    if roster_store.pinned_fingerprint(vault):
        raise UserError(
            _(
                "This vault already trusts an organization; take a newer version of its roster with "
                "`parole-desktop roster import FILE` (no fingerprint needed once it is pinned)."
            )
        )
    want = expected_fingerprint.replace(" ", "").lower()
    if len(want) < 32 or not roster.org_fingerprint.startswith(want):
        raise UserError(
            _(
                "The roster's org fingerprint is {org_fingerprint_short}, not the one given: nothing was pinned. Compare it with the org admin again."
            ).format(org_fingerprint_short=roster.org_fingerprint_short)
        )
    if roster.demo and not roster_store.is_demo(vault):
        raise UserError(_("A demo organization's roster cannot be pinned into a real vault."))
    roster_store.store(vault, roster.org_fingerprint, roster.version, roster.to_json(), actor=actor, pin=True)
    log.info("pinned roster org %s version %d", roster.org_fingerprint[:16], roster.version)
    return roster


def update_roster(vault: Any, roster: Roster, *, actor: str) -> Roster:
    """Take a newer version signed by the pinned org key; anything else changes nothing."""
    current = require_roster(vault)
    if roster.org_fingerprint != current.org_fingerprint:
        raise IntegrityError(
            _(
                "This roster is signed by another organization key ({org_fingerprint_short}); this vault trusts {org_fingerprint_short2}. Nothing was changed."
            ).format(
                org_fingerprint_short=roster.org_fingerprint_short,
                org_fingerprint_short2=current.org_fingerprint_short,
            )
        )
    if roster.version <= current.version:
        raise UserError(
            _(
                "This roster is version {version}; the vault already has version {version2}. Only a newer version is taken."
            ).format(version=roster.version, version2=current.version)
        )
    roster_store.store(
        vault, roster.org_fingerprint, roster.version, roster.to_json(), actor=actor, pin=False
    )
    return roster


def import_roster(vault: Any, roster: Roster, *, actor: str, expected_fingerprint: str = "") -> Roster:
    """Pin (first time, needs the fingerprint) or update (a newer version of the pinned org)."""
    if roster_store.pinned_fingerprint(vault):
        return update_roster(vault, roster, actor=actor)
    return pin_roster(vault, roster, expected_fingerprint=expected_fingerprint, actor=actor)


# ---------------------------------------------------------------------------- checking a signed manifest
ROSTER_MAX_AGE_DAYS = 90
"""``verify`` warns when the roster it checks against was issued more than this many days ago: a
revocation issued since would not show in it (``--max-roster-age DAYS`` sets another limit, 0 none)."""


def issued_at(roster: Roster) -> dt.datetime | None:
    """When the org signed this roster version (UTC; None when the date cannot be read)."""
    try:
        when = dt.datetime.fromisoformat(roster.issued_at)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def roster_label(roster: Roster) -> str:
    """``version N, issued YYYY-MM-DD HH:MM UTC`` (what ``verify`` prints and its warnings name)."""
    when = issued_at(roster)
    issued = when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if when else "on an unreadable date"
    return f"version {roster.version}, issued {issued}"


def freshness_warnings(
    roster: Roster, signed_at: str, *, now: dt.datetime, max_age_days: int = ROSTER_MAX_AGE_DAYS
) -> list[str]:
    """Why this roster may not show a revocation that matters for a sign-off made at ``signed_at``:
    issued before the sign-off (a later version may revoke the reviewer) or more than ``max_age_days`` ago
    (0: no age limit). Warnings, not failures: ``min_version_problem`` makes a verifier strict."""
    out: list[str] = []
    when = issued_at(roster)
    if when is None:
        return [f"the roster's issue date ({roster.issued_at!r}) cannot be read: get a current roster"]
    try:
        signed = dt.datetime.fromisoformat(signed_at)
    except (TypeError, ValueError):
        signed = None
    if signed is not None and signed.tzinfo is None:
        signed = signed.replace(tzinfo=dt.UTC)
    if signed is not None and when < signed:
        out.append(
            f"the roster ({roster_label(roster)}) is older than the sign-off "
            f"({signed.astimezone(dt.UTC):%Y-%m-%d %H:%M UTC}): a revocation issued after it would not "
            "show here; check with the organization's newest roster (--min-roster-version N makes "
            "verify refuse an older one)"
        )
    age = now - when
    if max_age_days > 0 and age > dt.timedelta(days=max_age_days):
        out.append(
            f"the roster ({roster_label(roster)}) is {age.days} days old, more than {max_age_days}: "
            "ask the organization for its newest roster"
        )
    return out


def min_version_problem(roster: Roster, min_version: int) -> str:
    """'' when ``roster`` is at least version ``min_version``; else why a strict verifier refuses it."""
    if min_version <= 0 or roster.version >= min_version:
        return ""
    return (
        f"the roster is {roster_label(roster)}; at least version {min_version} is required "
        "(--min-roster-version): get the organization's newest roster"
    )


@dataclass(frozen=True)
class TrustCheck:
    member: Member | None
    problem: str
    roster: Roster | None


def check_manifest(
    roster: Roster | None, manifest_json: bytes, signature: bytes, signer_cert_sha256: str | None = None
) -> TrustCheck:
    """Who signed this manifest, by the roster's keys only. ``signer_cert_sha256`` (from a PDF) must be the
    same reviewer's registered signing certificate."""
    if roster is None:
        return TrustCheck(
            None,
            "signed by an unknown key (no trust roster to check it against: pin the "
            "organization's roster in the vault or give --roster FILE)",
            None,
        )
    try:
        manifest = json.loads(manifest_json)
        key_hex = str(manifest["reviewer"]["public_key"]).lower()
        signed_on = dt.datetime.fromisoformat(str(manifest["signed_at"])).date()
    except (ValueError, KeyError, TypeError) as exc:
        log.info("manifest unreadable: %s", exc)
        return TrustCheck(None, "the sign-off manifest is damaged", roster)
    member, why = roster.reviewer_problem(key_hex, signed_on)
    if member is None:
        return TrustCheck(None, why, roster)
    if int(manifest.get("version", 1)) < 2 or not manifest.get("roster"):
        return TrustCheck(
            None,
            "signed before trust rosters existed: it names no roster and no signing "
            "certificate (sign off again)",
            roster,
        )
    if not manifest_signature_ok(manifest_json, signature, member.public_key):
        return TrustCheck(
            member, "the sign-off signature does not verify with the reviewer's registered key", roster
        )
    if why:
        return TrustCheck(member, why, roster)
    if manifest["reviewer"].get("pdf_cert_sha256", "").lower() != member.pdf_cert_sha256:
        return TrustCheck(
            member,
            "the manifest names a PDF signing certificate the roster does not list for this reviewer",
            roster,
        )
    if signer_cert_sha256 is not None and signer_cert_sha256.lower() != member.pdf_cert_sha256:
        return TrustCheck(
            member,
            "signed by an unknown key: the PDF signature is not the reviewer's "
            "registered signing certificate",
            roster,
        )
    return TrustCheck(member, "", roster)


__all__ = [
    "KIND_DEVICE",
    "Enrolment",
    "Member",
    "OrgKey",
    "Roster",
    "TrustCheck",
    "add_device",
    "add_reviewer",
    "check_manifest",
    "create_org_key",
    "freshness_warnings",
    "import_roster",
    "issued_at",
    "load_org_key",
    "load_roster_file",
    "min_version_problem",
    "new_roster",
    "parse_roster",
    "pin_roster",
    "pinned_roster",
    "require_roster",
    "revoke",
    "roster_label",
    "update_roster",
    "write_roster_file",
]
