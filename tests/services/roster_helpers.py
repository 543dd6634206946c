"""A test organization: an in-memory org key, a roster listing the given reviewers, pinned into the vault."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from parole_desktop.services import roster, signoff

TEST_ORG = "Field Site Legal Aid (test org)"


def new_org(name: str = TEST_ORG) -> roster.OrgKey:
    return roster.OrgKey(name, Ed25519PrivateKey.generate())


def enrol(session, reviewer_id: int, passphrase: str, org: roster.OrgKey | None = None) -> roster.OrgKey:
    """List the reviewer in the vault's roster (pinning a new test org the first time); returns the org key."""
    current = roster.pinned_roster(session.vault)
    if org is None and current is not None:
        org = session._test_org  # the org that pinned this vault in an earlier call
    org = org or new_org()
    entry = signoff.reviewer_enrolment(session, reviewer_id, passphrase)
    base = current if current is not None else roster.new_roster(org)
    updated = roster.add_reviewer(org, base, entry)
    roster.import_roster(session.vault, updated, actor="org admin", expected_fingerprint=org.fingerprint)
    session._test_org = org
    return org


def sign(session, case_id: int, reviewer_id: int, passphrase: str, **kw):  # type: ignore[no-untyped-def]
    """``signoff.sign_off`` with a reason for every warning the case carries (the rules pack's warnings, e.g.
    program statuses, change with its version; a test about something else accepts them all)."""
    reasons = {
        p.rule_id: f"Synthetic test case: weighed “{p.messages[0]}” against the recorded evidence."
        for p in signoff.pending_warnings(session, case_id, today=kw.get("today"))
    }
    return signoff.sign_off(session, case_id, reviewer_id, passphrase, accepted_warnings=reasons, **kw)


REVIEWER = ("Amira Solis", "attorney", "CA-1")


def ready_case_with_reviewer(session, passphrase: str, n_cases: int = 5):  # type: ignore[no-untyped-def]
    """Demo cases, a reviewer listed in a new test org's roster; returns (id of a ready case, reviewer id, org)."""
    from parole_desktop.services.demo import populate

    populate(session, n_cases)
    cid = next(
        r.id for r in session.list_cases() if r.status == "ready_for_review" and r.family_group_id is None
    )
    name, role, number = REVIEWER
    prof = signoff.create_reviewer(session, name, role, passphrase, number=number)
    return cid, prof.id, enrol(session, prof.id, passphrase)


def signed_final_packet(session, folder, passphrase: str):  # type: ignore[no-untyped-def]
    """``ready_case_with_reviewer``, signed off and exported as a final packet into ``folder``;
    returns (case id, reviewer id, org, packet path)."""
    from parole_desktop.services.packets import export_packet

    cid, rid, org = ready_case_with_reviewer(session, passphrase)
    sign(session, cid, rid, passphrase)
    out = folder / "final.pdf"
    export_packet(session, cid, out, draft=False, reviewer_passphrase=passphrase)
    return cid, rid, org, out


def copy_filing(packet, out):  # type: ignore[no-untyped-def]
    """Copy an exported filing and its detached sign-off manifest (``NAME.manifest.json``) to ``out``."""
    import shutil

    from parole_desktop.packet.verify import detached_manifest_path

    shutil.copyfile(packet, out)
    shutil.copyfile(detached_manifest_path(packet), detached_manifest_path(out))
    return out
