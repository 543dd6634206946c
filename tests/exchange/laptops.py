"""Laptops of one test organization for the exchange tests: real temp vaults, each listed as a device in
one roster pinned into all of them (real age seals, real Ed25519 signatures)."""

from __future__ import annotations

from pathlib import Path

from parole_desktop.exchange import identity
from parole_desktop.paths import AppPaths
from parole_desktop.services import devices, roster
from parole_desktop.services.checks import attach_checks
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.services.session import Session, create_vault
from tests.conftest import PASSPHRASE
from tests.services.roster_helpers import new_org


def laptops(tmp_path: Path, names: tuple[str, ...]) -> tuple[roster.OrgKey, list[Session]]:
    org = new_org()
    sessions = []
    for n in names:
        s, _ = create_vault(AppPaths(tmp_path / n), PASSPHRASE, actor=f"volunteer on {n}")
        devices.rename(s, n)
        attach_checks(s)  # readiness after every save, as in the app
        sessions.append(s)
    r = roster.new_roster(org)
    for s in sessions:
        r = roster.add_device(org, r, identity.parse_enrolment(devices.enrolment_request(s)))
    for s in sessions:
        roster.import_roster(s.vault, r, actor="org admin", expected_fingerprint=org.fingerprint)
    return org, sessions


def peer_name(session: Session) -> str:
    return devices.device_info(session).device_id


def deliver(src: Session, dst: Session) -> list[str]:
    """Everything ``src`` has for ``dst``, received by ``dst`` and acknowledged; the outcomes."""
    a, b = VaultObjects(src), VaultObjects(dst)
    peer = peer_name(dst)
    objs = a.pending_for(peer)
    outcomes = [b.receive(o).outcome.value for o in objs]
    a.acknowledge(peer, [o.object_id for o in objs])
    return outcomes
