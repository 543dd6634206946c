"""Each forgery from issue #12, performed, and shown blocked: sign-offs and packets prove who signed only
through the organization's roster, never through a key or certificate they carry."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from parole_desktop.domain.codec import canonical_json, content_hash
from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.packet.verify import detached_manifest_json, detached_manifest_path
from parole_desktop.services import roster, signoff, signoff_state
from parole_desktop.services.packets import export_packet, verify_packet_file
from tests.services.roster_helpers import (
    copy_filing,
    new_org,
    ready_case_with_reviewer,
    sign,
    signed_final_packet,
)

REVIEWER_PW = "reviewer passphrase 1"
VOLUNTEER_PW = "volunteer chosen words 7"


@pytest.fixture
def vault_with_reviewer(vault_copy):
    """A demo vault with a ready case and a reviewer listed in the org's roster."""
    session, (cid, rid, org) = vault_copy(
        ("ready+reviewer", REVIEWER_PW), lambda s, _f: ready_case_with_reviewer(s, REVIEWER_PW)
    )
    session._test_org = org
    return session, cid, rid, org


@pytest.fixture
def final_packet(vault_copy, tmp_path):
    """``vault_with_reviewer`` with the case signed off and exported as a final packet."""
    session, (cid, rid, org, packet) = vault_copy(
        ("signed final packet", REVIEWER_PW), lambda s, folder: signed_final_packet(s, folder, REVIEWER_PW)
    )
    session._test_org = org
    out = copy_filing(packet, tmp_path / "final.pdf")
    return session, cid, rid, org, out


def _no_signoff_written(session, cid) -> None:
    assert signoff_state.current_signoff(session, cid) is None


# ---------------------------------------------------------------------------- names
@pytest.mark.parametrize(
    "name",
    [
        "Amira\u200bSolis",
        "Amira Solis\u200b",
        "\u202eAmira Solis",
        "Amira\u2066 Solis",
        "Amira\ufeffSolis",
        "Amira Sоlis",
    ],
)  # last: Cyrillic о
def test_look_alike_reviewer_names_are_refused(session, name):
    with pytest.raises(UserError):
        signoff.create_reviewer(session, name, "attorney", REVIEWER_PW, number="CA-1")
    assert signoff.reviewers(session) == []


def test_names_are_nfkc_and_persian_zwnj_is_kept(session):
    prof = signoff.create_reviewer(session, "ﬁona  ګل\u200cمکۍ", "attorney", REVIEWER_PW, number="CA-2")
    assert (
        prof.name == "fiona ګل\u200cمکۍ"
    )  # ligature folded, spaces collapsed, ZWNJ between Arabic letters kept
    with pytest.raises(UserError, match="reads the same"):
        signoff.create_reviewer(session, "FIONA ګل\u200cمکۍ", "attorney", REVIEWER_PW, number="CA-3")


def test_look_alike_reviewer_cannot_sign(vault_with_reviewer):
    """Attack (a): a volunteer enrols an invented or look-alike reviewer in the vault and signs."""
    session, cid, _rid, _org = vault_with_reviewer
    fake = signoff.create_reviewer(session, "R. Reviewer", "attorney", VOLUNTEER_PW, number="NY-999")
    with pytest.raises(UserError, match=r"not listed|unknown key"):
        sign(session, cid, fake.id, VOLUNTEER_PW)
    _no_signoff_written(session, cid)
    member, why = signoff.reviewer_trust(session, fake)
    assert member is None and "not listed" in why


def test_look_alike_cannot_enter_the_roster(vault_with_reviewer):
    session, _cid, _rid, org = vault_with_reviewer
    with pytest.raises(UserError, match="reads the same"):  # not in this vault
        signoff.create_reviewer(session, "amira  solis.", "attorney", VOLUNTEER_PW, number="CA-9")
    # nor in the roster, whichever laptop the request comes from
    key = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    entry = roster.Enrolment("amira  solis.", "attorney", "CA-9", key, "ab" * 32)
    current = roster.pinned_roster(session.vault)
    with pytest.raises(UserError, match="reads the same"):
        roster.add_reviewer(org, current, entry)


def test_swapped_key_material_cannot_sign(vault_with_reviewer):
    """Attack (b): the real reviewer's keys replaced in the database by keys under the volunteer's passphrase."""
    session, cid, rid, _org = vault_with_reviewer
    decoy = signoff.create_reviewer(session, "Decoy Person", "supervisor", VOLUNTEER_PW)
    cols = session.vault.db.execute(
        "SELECT public_key, private_key_enc, digital_id_enc FROM reviewers WHERE id = ?", [decoy.id]
    ).fetchone()
    # the sealed blobs are bound to the reviewer's name: re-seal them for the victim's name
    priv = signoff.unlock_reviewer_key(session, decoy.id, VOLUNTEER_PW)
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    from parole_desktop.store.sealed import seal_json

    raw = priv.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    sealed = seal_json(VOLUNTEER_PW, raw, signoff.key_context("Amira Solis"), signoff.REVIEWER_KDF)
    with session.vault.atomic():
        session.vault.db.execute(
            "UPDATE reviewers SET public_key = ?, private_key_enc = ? WHERE id = ?", [cols[0], sealed, rid]
        )
    with pytest.raises(UserError, match=r"not listed|unknown key"):
        sign(session, cid, rid, VOLUNTEER_PW)
    # only the private key swapped (public key left as registered): caught as replaced key material
    with session.vault.atomic():
        session.vault.db.execute(
            "UPDATE reviewers SET public_key = ? WHERE id = ?",
            [bytes.fromhex(roster.pinned_roster(session.vault).reviewers()[0].public_key), rid],
        )
    with pytest.raises(IntegrityError, match="replaced"):
        sign(session, cid, rid, VOLUNTEER_PW)
    _no_signoff_written(session, cid)


def test_inserted_signoff_with_any_key_is_not_valid(vault_with_reviewer, tmp_path):
    """Attack (c): a sign-off row signed with the volunteer's own key, naming the real reviewer and roster."""
    session, cid, rid, _org = vault_with_reviewer
    case = session.load_case(cid)
    rost = roster.pinned_roster(session.vault)
    real = rost.reviewers()[0]
    key = Ed25519PrivateKey.generate()
    seq, head = session.vault.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    manifest = {
        "format": "parole-desktop-signoff",
        "version": 2,
        "vault_id": session.vault.vault_id,
        "signed_at": "2026-11-29T10:00:00+00:00",
        "pack": {"id": "us-hp", "version": "x", "as_of": "2026-11-01"},
        "reviewer": {
            "name": real.name,
            "role": real.role,
            "number": real.number,
            "organization": rost.org_name,
            "public_key": key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex(),
            "pdf_cert_sha256": real.pdf_cert_sha256,
            "member_id": real.member_id,
        },
        "roster": {
            "org_name": rost.org_name,
            "org_fingerprint": rost.org_fingerprint,
            "version": rost.version,
        },
        "audit_head": {"seq": seq, "hash": head},
        "cases": [{"case_id": cid, "content_hash": content_hash(case)}],
        "exhibits": [{"evidence_id": e.id, "sha256": e.sha256} for e in case.evidence],
        "accepted_warnings": [],
    }
    mj = canonical_json(manifest)
    with session.vault.atomic():
        session.vault.db.table("signoffs").insert(
            {
                "case_id": cid,
                "reviewer_id": rid,
                "signed_at": manifest["signed_at"],
                "pack_id": "us-hp",
                "pack_version": "x",
                "content_hash": content_hash(case),
                "manifest_json": mj,
                "signature": key.sign(mj.encode()),
            }
        )
        session.vault.db.execute("UPDATE cases SET status = 'signed_off' WHERE id = ?", [cid])
    assert "unknown key" in signoff_state.signoff_problem(session, session.load_case(cid))
    with pytest.raises(UserError, match="unknown key"):
        export_packet(session, cid, tmp_path / "x.pdf", draft=False, reviewer_passphrase=REVIEWER_PW)
    assert not (tmp_path / "x.pdf").exists()


def test_edit_after_signoff_with_patched_column_is_caught(vault_with_reviewer, tmp_path):
    """Case data and the plain ``signoffs.content_hash`` column both patched: the signed manifest decides."""
    session, cid, rid, _org = vault_with_reviewer
    sign(session, cid, rid, REVIEWER_PW)
    with session.vault.atomic():
        session.vault.db.execute(
            "UPDATE case_data SET data = json_set(data, '$.statement', ?) WHERE case_id = ?",
            ["FORGED: patient fit to travel without surgery.", cid],
        )
        session.vault.db.execute(
            "UPDATE signoffs SET content_hash = ? WHERE case_id = ?",
            [content_hash(session.load_case(cid)), cid],
        )
    assert session.load_case(cid).statement.startswith("FORGED")
    assert signoff_state.signoff_problem(session, session.load_case(cid)) == "the case changed after sign-off"
    with pytest.raises(UserError, match="changed after sign-off"):
        export_packet(session, cid, tmp_path / "x.pdf", draft=False, reviewer_passphrase=REVIEWER_PW)


def test_revoked_or_expired_reviewer_cannot_sign(vault_with_reviewer):
    session, cid, rid, org = vault_with_reviewer
    import datetime as dt

    with pytest.raises(UserError, match="listing in the roster ended"):
        later = dt.date.today() + dt.timedelta(days=4000)
        current = roster.pinned_roster(session.vault)
        m = current.reviewers()[0]
        ended = dataclasses.replace(current, members=(dataclasses.replace(m, valid_until=dt.date.today()),))
        roster.update_roster(
            session.vault,
            roster._signed(org, dataclasses.replace(ended, version=ended.version + 1)),
            actor="admin",
        )
        sign(session, cid, rid, REVIEWER_PW, today=later)
    revoked = roster.revoke(org, roster.pinned_roster(session.vault), "Amira Solis", "laptop stolen")
    roster.update_roster(session.vault, revoked, actor="admin")
    with pytest.raises(UserError, match="revoked"):
        sign(session, cid, rid, REVIEWER_PW)
    _no_signoff_written(session, cid)


# ---------------------------------------------------------------------------- roster updates
def test_roster_updates_only_newer_and_same_org(vault_with_reviewer):
    session, _cid, _rid, _org = vault_with_reviewer
    current = roster.pinned_roster(session.vault)
    with pytest.raises(UserError, match="Only a newer version"):
        roster.update_roster(session.vault, current, actor="admin")
    other = new_org("Evil Org")
    forged = roster._signed(
        other, dataclasses.replace(current, org_public_key=other.public_key, version=current.version + 5)
    )
    with pytest.raises(IntegrityError, match="another organization"):
        roster.update_roster(session.vault, forged, actor="admin")
    # a roster edited after signing (a member added by hand) does not parse
    body = json.loads(current.to_json())
    body["roster"]["members"].append(dict(body["roster"]["members"][0], name="Volunteer", ed25519="00" * 32))
    with pytest.raises(IntegrityError):
        roster.parse_roster(json.dumps(body))
    assert roster.pinned_roster(session.vault).version == current.version


def test_pin_needs_the_fingerprint_read_out_of_band(session):
    org = new_org()
    r = roster.new_roster(org)
    with pytest.raises(UserError, match="nothing was pinned"):
        roster.pin_roster(session.vault, r, expected_fingerprint="ab" * 16, actor="admin")
    assert roster.pinned_roster(session.vault) is None
    roster.pin_roster(session.vault, r, expected_fingerprint=r.org_fingerprint_short, actor="admin")
    assert roster.pinned_roster(session.vault).org_fingerprint == org.fingerprint


def test_org_key_file_stays_out_of_the_vault(session, tmp_path):
    with pytest.raises(UserError, match="inside a vault"):
        roster.create_org_key(session.vault.files.folder / "org.key", "Legal Aid", "org admin words 1")
    key_file = tmp_path / "usb" / "org.key"
    key_file.parent.mkdir()
    org = roster.create_org_key(key_file, "Legal Aid", "org admin words 1")
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert org.key.private_bytes_raw().hex() not in key_file.read_text()
    assert roster.load_org_key(key_file, "org admin words 1").public_key == org.public_key
    with pytest.raises(UserError, match="Wrong org key passphrase"):
        roster.load_org_key(key_file, "not the words")
    with pytest.raises(UserError, match="never overwritten"):
        roster.create_org_key(key_file, "Legal Aid", "org admin words 1")


# ---------------------------------------------------------------------------- packets
def test_genuine_packet_names_reviewer_key_and_roster(final_packet):
    session, _cid, _rid, org, out = final_packet
    res = verify_packet_file(out, session)
    assert res.ok, res.problems
    assert res.reviewer == "Amira Solis" and res.roster_org == org.name and res.roster_version >= 2
    assert res.org_fingerprint == org.fingerprint and len(res.key_fingerprint) == 64
    # on a laptop with only the roster file (no vault): verified too
    alone = verify_packet_file(out, roster=roster.pinned_roster(session.vault))
    assert alone.ok, alone.problems
    # with neither: nobody can say who signed
    nothing = verify_packet_file(out)
    assert not nothing.ok and any("unknown key" in p for p in nothing.problems)


def _genuine_signoff_info(out):
    from parole_desktop.packet.verify import detached_manifest_path, read_proof

    return read_proof(detached_manifest_path(out))


def test_resigned_packet_with_genuine_manifest_is_not_verified(final_packet, tmp_path):
    """A page rewritten to FORGED and the packet re-signed with a new self-signed 'Amira Solis' certificate."""
    from parole_desktop.packet.build import build_packet
    from parole_desktop.packet.pdfsign import self_signed_identity
    from tests.packet import packet_factory

    session, _cid, _rid, _org, out = final_packet
    mj, sig = _genuine_signoff_info(out)
    inp = packet_factory.small_input(draft=False)
    inp.cases[0].statement = "FORGED: patient fit to travel."
    inp.signoff = dataclasses.replace(
        inp.signoff,
        manifest_json=mj.decode(),
        manifest_signature=sig,
        fingerprint=hashlib.sha256(mj).hexdigest(),
        reviewer_name="Amira Solis",
    )
    forged = tmp_path / "forged.pdf"
    build_packet(inp, forged, signing=self_signed_identity("Amira Solis", "Field Site Legal Aid"))
    genuine = detached_manifest_path(out)  # the attacker hands over the genuine manifest with it
    for res in (
        verify_packet_file(forged, session, manifest=genuine),
        verify_packet_file(forged, roster=roster.pinned_roster(session.vault), manifest=genuine),
    ):
        assert not res.ok
        assert any("unknown key" in p for p in res.problems), res.problems


def test_fabricated_packet_with_invented_keys_is_not_verified(final_packet, tmp_path):
    from parole_desktop.packet.build import build_packet
    from parole_desktop.packet.pdfsign import self_signed_identity
    from tests.packet import packet_factory

    session, *_ = final_packet
    fab = tmp_path / "fabricated.pdf"
    inp = packet_factory.small_input(draft=False)
    build_packet(inp, fab, signing=self_signed_identity("R. Reviewer"))
    so = inp.signoff
    detached_manifest_path(fab).write_bytes(
        detached_manifest_json(so.manifest_json, so.manifest_signature, fab.name)
    )
    res = verify_packet_file(fab, session)
    assert not res.ok and any("unknown key" in p for p in res.problems)


def test_appended_second_signature_is_refused(final_packet, tmp_path):
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from parole_desktop.packet.pdfsign import _signer, self_signed_identity

    session, _cid, _rid, _org, out = final_packet
    twice = tmp_path / "twice.pdf"
    writer = IncrementalPdfFileWriter(io.BytesIO(out.read_bytes()), strict=False)
    with open(twice, "wb") as fh:  # a second signature, in its own field, appended after the reviewer's
        signers.PdfSigner(
            signers.PdfSignatureMetadata(field_name="Second", md_algorithm="sha256"),
            signer=_signer(self_signed_identity("Amira Solis")),
        ).sign_pdf(writer, output=fh)
    res = verify_packet_file(twice, session)
    assert not res.ok
    assert any("more than one signature" in p for p in res.problems)


def _rechain(session, drop_seq: int) -> None:
    """What someone with the vault passphrase can do: delete an entry and recompute every later hash."""
    from parole_desktop.store.audit import GENESIS, _entry_hash

    audit = session.vault.audit
    db = session.vault.db
    with session.vault.atomic():
        db.execute("DELETE FROM audit WHERE seq = ?", [drop_seq])
        rows = db.execute(
            "SELECT seq, at, actor, action, entity, entity_id, detail FROM audit ORDER BY seq"
        ).fetchall()
        db.execute("DELETE FROM audit")
        prev = GENESIS
        for n, (_seq, at, actor, action, entity, eid, detail) in enumerate(rows, start=1):
            h = _entry_hash(audit._key, prev, n, at, actor, action, entity, eid, detail)
            db.execute(
                "INSERT INTO audit (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [n, at, actor, action, entity, eid, detail, prev, h],
            )
            prev = h
        db.execute(
            "UPDATE meta SET value = ? WHERE key = 'audit_head'",
            [json.dumps({"seq": len(rows), "hash": prev})],
        )
    assert hmac.compare_digest(prev, prev)


def test_audit_entries_deleted_before_signoff_are_detected_by_verify(final_packet):
    session, cid, _rid, _org, out = final_packet
    assert verify_packet_file(out, session).ok
    _rechain(session, drop_seq=3)
    assert session.audit_verify().ok  # the re-chained log looks intact on its own
    res = verify_packet_file(out, session)
    assert not res.ok and any("audit log was changed before the sign-off" in p for p in res.problems)
    assert "audit log" in signoff_state.signoff_problem(session, session.load_case(cid))


# ---------------------------------------------------------------------------- accepted warnings (#13 item 5)
def test_signing_with_warnings_needs_a_reason_for_each(vault_with_reviewer):
    session, cid, rid, _org = vault_with_reviewer
    case = session.load_case(cid)
    case.duration_months = 24  # longer than a year: a warning, not a failure
    session.save_case(case)
    pending = signoff.pending_warnings(session, cid)
    assert pending, "the case should carry at least one warning"
    with pytest.raises(UserError, match="needs the reviewer's reason"):
        signoff.sign_off(session, cid, rid, REVIEWER_PW)
    with pytest.raises(UserError, match="too generic"):
        signoff.sign_off(session, cid, rid, REVIEWER_PW, accepted_warnings={p.rule_id: "ok" for p in pending})
    with pytest.raises(UserError, match="Not a warning"):
        signoff.sign_off(
            session, cid, rid, REVIEWER_PW, accepted_warnings={"HP-NOPE-99": "typo in the rule id"}
        )
    _no_signoff_written(session, cid)
    reasons = {
        p.rule_id: f"Read {p.rule_id}; acceptable because the physician letter explains: {p.messages[0]}"
        for p in pending
    }
    res = signoff.sign_off(session, cid, rid, REVIEWER_PW, accepted_warnings=reasons)
    got = signoff_state.accepted_warnings(res.signoffs[0])
    assert {(a.rule_id, a.reason) for a in got} == {(p.rule_id, reasons[p.rule_id]) for p in pending}
    assert all(a.messages for a in got)
    # recorded inside the signed manifest: changing a reason breaks the signature
    so = signoff_state.current_signoff(session, cid)
    m = json.loads(so.manifest_json)
    m["accepted_warnings"][0]["reason"] = "nothing to see here, edited later"
    with session.vault.atomic():
        session.vault.db.execute(
            "UPDATE signoffs SET manifest_json = ? WHERE id = ?", [canonical_json(m), so.id]
        )
    assert "does not verify" in signoff_state.signoff_problem(session, session.load_case(cid))


def test_roster_keeps_member_kinds_it_does_not_know(vault_with_reviewer):
    """A newer writer lists a laptop as a 'device' member: this version keeps it, signs over it, and never
    treats it as a reviewer."""
    session, _cid, _rid, org = vault_with_reviewer
    current = roster.pinned_roster(session.vault)
    device = roster.Member.from_dict(
        {
            "kind": "device",
            "id": "laptop-7",
            "name": "Field laptop 7",
            "valid_from": "2026-11-01",
            "age_recipient": "age1qqq",
        }
    )
    grown = roster._signed(
        org, dataclasses.replace(current, version=current.version + 1, members=(*current.members, device))
    )
    again = roster.parse_roster(grown.to_json())
    assert again.members[-1].kind == "device" and again.members[-1].extra == {"age_recipient": "age1qqq"}
    roster.update_roster(session.vault, again, actor="admin")
    assert [m.name for m in roster.pinned_roster(session.vault).reviewers()] == ["Amira Solis"]
    assert roster.pinned_roster(session.vault).reviewer_problem("", dt_today())[0] is None


def dt_today():
    import datetime as dt

    return dt.date.today()


# ---------------------------------------------------------------------------- an out-of-date roster (#25)
def _reissued(org, r, when):
    """``r`` as the org would have signed it at ``when`` (the roster's issue date is inside its signature)."""
    unsigned = dataclasses.replace(r, signature=b"", issued_at=when.isoformat(timespec="seconds"))
    return dataclasses.replace(unsigned, signature=org.key.sign(unsigned.signed_bytes()))


def _verify_cli(capsys, tmp_path, *args):
    from parole_desktop.cli import main

    rc = main(["--data-dir", str(tmp_path / "no-vault-here"), "verify", *args])
    got = capsys.readouterr()
    return rc, got.out, got.err


def test_out_of_date_roster_warns_and_min_version_refuses(final_packet, tmp_path, capsys):
    """Attack: roster v1 lists the reviewer, v2 revokes them; the reviewer signs after v2 was issued (their
    vault never imported it), and the verifier holds only v1. The verdict is the same (v1 lists them), but
    verify names the roster's version and date and says it is older than the sign-off; with
    ``--min-roster-version`` of v2 it refuses."""
    import datetime as dt

    session, _cid, _rid, org, out = final_packet
    signed_at = dt.datetime.fromisoformat(json.loads(_genuine_signoff_info(out)[0])["signed_at"])
    pinned = roster.pinned_roster(session.vault)  # what the reviewer's vault knew: lists them
    v1 = _reissued(org, pinned, signed_at - dt.timedelta(days=30))
    revoked = roster.revoke(org, v1, "Amira Solis", "left the organization", on=(signed_at.date()))
    v2 = _reissued(org, revoked, signed_at - dt.timedelta(hours=2))
    roster.write_roster_file(tmp_path / "v1.json", v1)
    roster.write_roster_file(tmp_path / "v2.json", v2)

    rc, stdout, stderr = _verify_cli(
        capsys, tmp_path, str(out), "--no-vault", "--roster", str(tmp_path / "v1.json")
    )
    assert rc == 0 and "VERIFIED" in stdout
    issued = v1.issued_at
    assert f"version {v1.version}, issued {issued}" in stdout
    assert "WARNING: the roster (version" in stderr and "is older than the sign-off" in stderr
    assert f"({signed_at:%Y-%m-%d %H:%M} UTC)" in stderr and "--min-roster-version" in stderr

    rc, stdout, stderr = _verify_cli(
        capsys,
        tmp_path,
        str(out),
        "--no-vault",
        "--roster",
        str(tmp_path / "v1.json"),
        "--min-roster-version",
        str(v2.version),
    )
    assert rc == 1 and "VERIFIED:" not in stdout and "NOT VERIFIED" in stderr
    assert f"at least version {v2.version} is required" in stderr

    # the newest roster shows the revocation: not verified, whatever the options
    rc, _stdout, stderr = _verify_cli(
        capsys, tmp_path, str(out), "--no-vault", "--roster", str(tmp_path / "v2.json")
    )
    assert rc == 1 and "revoked in the roster" in stderr and "left the organization" in stderr

    # the same through the service: the roster's version and date, the warning, the strict failure
    res = verify_packet_file(out, roster=v1)
    assert res.ok and res.roster_version == v1.version and res.roster_issued_at == v1.issued_at
    assert len(res.warnings) == 1 and "older than the sign-off" in res.warnings[0]
    strict = verify_packet_file(out, roster=v1, min_roster_version=v2.version)
    assert not strict.ok and any("--min-roster-version" in p for p in strict.problems)
    assert (
        verify_packet_file(out, roster=v2, min_roster_version=v2.version)
        .problems[0]
        .startswith("Amira Solis was revoked")
    )


def test_roster_issued_after_the_signoff_gives_no_warning_until_it_is_old(final_packet, tmp_path, capsys):
    import datetime as dt

    session, _cid, _rid, org, out = final_packet
    signed_at = dt.datetime.fromisoformat(json.loads(_genuine_signoff_info(out)[0])["signed_at"])
    fresh = _reissued(org, roster.pinned_roster(session.vault), signed_at + dt.timedelta(minutes=5))
    res = verify_packet_file(out, roster=fresh, min_roster_version=fresh.version)
    assert res.ok and res.warnings == []
    later = signed_at + dt.timedelta(days=roster.ROSTER_MAX_AGE_DAYS + 10)
    old = verify_packet_file(out, roster=fresh, now=later)
    assert old.ok and len(old.warnings) == 1
    assert f"days old, more than {roster.ROSTER_MAX_AGE_DAYS}" in old.warnings[0]
    assert verify_packet_file(out, roster=fresh, now=later, max_roster_age_days=0).warnings == []
    # with the vault: its pinned roster is the one named (and held to the same checks)
    in_vault = verify_packet_file(out, session, min_roster_version=fresh.version + 1)
    assert not in_vault.ok and in_vault.roster_issued_at == roster.pinned_roster(session.vault).issued_at
    assert any("--min-roster-version" in p for p in in_vault.problems)
    roster.write_roster_file(tmp_path / "fresh.json", fresh)
    rc, _out, err = _verify_cli(
        capsys,
        tmp_path,
        str(out),
        "--no-vault",
        "--roster",
        str(tmp_path / "fresh.json"),
        "--max-roster-age",
        "-1",
    )
    assert rc == 2 and "0 or more" in err


def test_roster_freshness_reads_dates_as_utc_and_names_an_unreadable_one():
    import datetime as dt

    org = new_org()
    r = _reissued(org, roster.new_roster(org), dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.UTC))
    now = dt.datetime(2026, 10, 2, tzinfo=dt.UTC)
    assert roster.roster_label(r) == "version 1, issued 2026-10-01 12:00 UTC"
    assert roster.freshness_warnings(r, "2026-10-01T11:59:00+00:00", now=now) == []
    assert roster.freshness_warnings(r, "2026-10-01T14:00:00+02:00", now=now) == []  # the same instant
    (w,) = roster.freshness_warnings(r, "2026-10-01T14:01:00+02:00", now=now)
    assert w.startswith("the roster (version 1, issued 2026-10-01 12:00 UTC) is older than the sign-off")
    naive = _reissued(org, r, dt.datetime(2026, 10, 1, 12, 0))  # no offset: read as UTC
    assert roster.roster_label(naive) == "version 1, issued 2026-10-01 12:00 UTC"
    (old,) = roster.freshness_warnings(
        r, "", now=dt.datetime(2027, 1, 1, 12, 0, tzinfo=dt.UTC), max_age_days=30
    )
    assert "is 92 days old, more than 30" in old
    broken = dataclasses.replace(r, issued_at="last Tuesday")
    assert roster.freshness_warnings(broken, "2026-10-01T12:00:00+00:00", now=now) == [
        "the roster's issue date ('last Tuesday') cannot be read: get a current roster"
    ]
    assert roster.min_version_problem(r, 0) == roster.min_version_problem(r, 1) == ""
    assert "at least version 2 is required" in roster.min_version_problem(r, 2)
