"""USB bundles between the laptops of one organization (issue #23 item 4): what ``bundle export`` and
``bundle import`` and the Share menu run.

The file format and its checks are ``exchange/bundle.py``; this module adds what the trust roster decides:
whom a bundle is for (``--to`` names roster devices; by default every other active device of the roster),
who sealed its manifest (an active device of the pinned roster, else it is refused), and the vault's
:class:`~parole_desktop.exchange.objects.ObjectStore`, which opens every object it is handed and applies,
keeps waiting or quarantines it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from parole_desktop.errors import UserError
from parole_desktop.exchange import bundle as bundle_format
from parole_desktop.exchange import identity
from parole_desktop.exchange.bundle import BundleCancelled, BundleRefused
from parole_desktop.exchange.objects import ObjectStore, Outcome
from parole_desktop.services import devices
from parole_desktop.services.names import skeleton
from parole_desktop.services.roster import Member, Roster, pinned_roster
from parole_desktop.services.session import Session

log = logging.getLogger(__name__)

SUFFIX = bundle_format.SUFFIX
ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
StoreFactory = Callable[[Session], ObjectStore]


@dataclasses.dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    objects: int
    size: int
    made_for: tuple[str, ...]  # device names, or () for --all

    def summary(self) -> str:
        who = ", ".join(self.made_for) if self.made_for else "any laptop of the organization"
        if not self.objects:
            return (
                f"Wrote bundle number {self.sequence} for {who} to {self.path}: it holds no objects (they "
                "have everything this laptop has, as far as it knows), only this laptop's acknowledgements."
            )
        return (
            f"Wrote bundle number {self.sequence} for {who} to {self.path}: {self.objects} sealed "
            f"object{'s' if self.objects != 1 else ''}, {_size(self.size)}."
        )


@dataclasses.dataclass(frozen=True)
class Quarantine:
    object_id: str
    code: str
    reason: str


@dataclasses.dataclass(frozen=True)
class ImportResult:
    path: Path
    bundle_id: str
    sender: str  # the sending laptop's name in the roster
    sequence: int
    applied: int
    waiting: int
    duplicate: int
    quarantined: tuple[Quarantine, ...]

    @property
    def total(self) -> int:
        return self.applied + self.waiting + self.duplicate + len(self.quarantined)

    def lines(self) -> list[str]:
        out = [
            f"Imported bundle number {self.sequence} from “{self.sender}”: {self.total} object"
            f"{'s' if self.total != 1 else ''}.",
            f"  applied:     {self.applied}",
            f"  waiting:     {self.waiting}",
            f"  duplicate:   {self.duplicate}",
            f"  quarantined: {len(self.quarantined)}",
        ]
        out += [f"    {q.object_id[:16]}: {q.reason} ({q.code})" for q in self.quarantined]
        if self.waiting:
            out.append(
                "Waiting objects are kept and taken as soon as what they depend on arrives (a later bundle)."
            )
        return out


def vault_store(session: Session) -> ObjectStore:
    """The vault's own ObjectStore (``services/exchange.VaultObjects``): revisions and evidence, the
    vault's rules for waiting and quarantine, and the exchange checkpoints this format keeps."""
    from parole_desktop.services.exchange import VaultObjects

    return VaultObjects(session)


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def _roster(session: Session) -> Roster:
    roster = pinned_roster(session.vault)
    if roster is None:
        raise UserError(
            "No trust roster is pinned in this vault: import the organization's roster first "
            "(`roster import FILE --fingerprint …`)."
        )
    return roster


def _name_key(name: str) -> str:
    """How a typed ``--to`` name is matched to a listed one: case, spacing, hyphens and look-alike letters
    aside ("Site 1 Laptop-B" is "site 1 laptop b")."""
    return skeleton(" ".join(name.replace("-", " ").replace("_", " ").split()))


def _device_id(m: Member) -> str:
    return str(m.extra.get("device_id", ""))


def peers(session: Session, *, today: dt.date | None = None) -> list[Member]:
    """The other laptops a bundle can be made for: the roster's active devices, this one left out."""
    roster = _roster(session)
    me = identity.this_device(session.vault)[0]
    day = today or dt.datetime.now(dt.UTC).date()
    return [
        m for m in roster.devices() if _device_id(m) and m.public_key != me.ed25519 and not m.problem_on(day)
    ]


def _resolve(session: Session, names: Sequence[str]) -> list[Member]:
    roster = _roster(session)
    me = identity.this_device(session.vault)[0]
    day = dt.datetime.now(dt.UTC).date()
    active = peers(session, today=day)
    out: list[Member] = []
    for name in names:
        key = _name_key(name)
        hits = [m for m in roster.devices() if _name_key(m.name) == key or _device_id(m) == name.strip()]
        if not hits:
            known = ", ".join(f"“{m.name}”" for m in active) or "none"
            raise UserError(f"No laptop “{name}” in the roster. The laptops a bundle can be for: {known}.")
        hits.sort(key=lambda x: bool(x.problem_on(day)))  # a laptop listed again after a revocation
        m = hits[0]
        if m.public_key == me.ed25519:
            raise UserError(f"“{m.name}” is this laptop: name the laptops the bundle is for.")
        problem = m.problem_on(day)
        if problem:
            raise UserError(f"No bundle for “{m.name}”: {problem}.")
        if m not in out:
            out.append(m)
    return out


def export_bundle(
    session: Session,
    path: Path,
    store: ObjectStore,
    *,
    to: Sequence[str] = (),
    everything: bool = False,
    overwrite: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """Write a bundle to ``path``: what the laptops named in ``to`` (every other laptop of the roster by
    default) have not acknowledged, or every object with ``everything``."""
    path = Path(path).expanduser()
    if everything and to:
        raise UserError("Use either --all or --to, not both: --all puts everything in, for any laptop.")
    if path.is_dir():
        raise UserError(
            f"{path} is a folder: give the bundle file's name (e.g. {path / ('cases' + SUFFIX)})."
        )
    if path.exists() and not overwrite:
        raise UserError(f"{path} already exists: choose another name, or remove the old bundle first.")
    if not path.parent.is_dir():
        raise UserError(f"There is no folder {path.parent} (is the stick plugged in?).")
    roster = _roster(session)
    keys = identity.this_device(session.vault)[0]
    if devices.RosterDirectory(roster).author_problem(keys.ed25519):
        raise UserError(
            f"This laptop cannot send bundles yet: it is not an active device in the roster of "
            f"{roster.org_name} (version {roster.version}). Give the org admin this laptop's enrolment "
            "(`device enrol-request -o FILE`) and import the roster they send back."
        )
    targets = [] if everything else (_resolve(session, to) if to else peers(session))
    if not everything and not targets:
        raise UserError(
            "The roster lists no other laptop to make a bundle for; use --all to put everything in anyway."
        )
    peer_ids = [_device_id(m) for m in targets]
    if progress is not None:
        progress(0, 0, "")
    objects = bundle_format.pending(store, peer_ids)
    sequence = bundle_format.next_sequence(store)
    everyone = [_device_id(m) for m in peers(session)]
    acks = bundle_format.outgoing_acks(store, everyone, sequence)
    manifest = bundle_format.write_bundle(
        path,
        objects,
        sender=keys.device_id,
        sequence=sequence,
        made_for=peer_ids,
        acks=acks,
        imported=bundle_format.imported_from(store, everyone),
        seal_manifest=lambda raw: devices.seal_for_org(session, raw, context=bundle_format.MANIFEST_CONTEXT),
        progress=progress,
        cancelled=cancelled,
    )
    with session.vault.atomic():
        session.vault.audit.append(
            session.actor,
            "export",
            "bundle",
            manifest.bundle_id,
            f"number {sequence}, {len(objects)} objects, for {', '.join(m.name for m in targets) or 'all'}",
        )
    return ExportResult(
        path, manifest.bundle_id, sequence, len(objects), manifest.total_size, tuple(m.name for m in targets)
    )


def import_bundle(
    session: Session,
    path: Path,
    store: ObjectStore,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportResult:
    """Check the bundle whole, then hand its objects to the vault's store. Refused (BundleRefused, nothing
    changed) when it is truncated, tampered, replayed, older, not for this laptop or from a laptop the
    roster does not list as active."""
    path = Path(path).expanduser()
    roster = _roster(session)
    keys = identity.this_device(session.vault)[0]
    report = bundle_format.import_bundle(
        path,
        store,
        me=keys.device_id,
        open_manifest=lambda raw: devices.open_from_org(session, raw, context=bundle_format.MANIFEST_CONTEXT),
        progress=progress,
        cancelled=cancelled,
    )
    m = report.manifest
    sender = next((x.name for x in roster.devices() if _device_id(x) == m.sender), m.sender)
    result = ImportResult(
        path,
        m.bundle_id,
        sender,
        m.sequence,
        report.count(Outcome.APPLIED),
        report.count(Outcome.WAITING),
        report.count(Outcome.DUPLICATE),
        tuple(Quarantine(r.object_id, r.code, r.reason) for r in report.quarantined),
    )
    with session.vault.atomic():
        session.vault.audit.append(
            session.actor,
            "import",
            "bundle",
            m.bundle_id,
            f"number {m.sequence} from {sender}: {result.applied} applied, {result.waiting} waiting, "
            f"{result.duplicate} duplicate, {len(result.quarantined)} quarantined",
        )
    log.info("bundle %s imported: %d objects", m.bundle_id, result.total)
    return result


__all__ = [
    "SUFFIX",
    "BundleCancelled",
    "BundleRefused",
    "ExportResult",
    "ImportResult",
    "Quarantine",
    "export_bundle",
    "import_bundle",
    "peers",
    "vault_store",
]
