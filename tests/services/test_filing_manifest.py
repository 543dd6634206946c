"""#20 item 7: nothing internal in the filing. The reviewer's manifest (accepted warnings, reasons, hashes)
lives in the review record and in ``NAME.manifest.json`` beside the filing; ``verify`` still proves the
filing is the one the listed reviewer signed, and each attack on that proof is refused."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from parole_desktop.domain.codec import canonical_json
from parole_desktop.packet.verify import NOT_BOUND, detached_manifest_json, detached_manifest_path
from parole_desktop.services import packets, roster, signoff, signoff_state
from parole_desktop.services.packets import export_packet, verify_packet_file
from tests.services.roster_helpers import copy_filing, sign, signed_final_packet

pytestmark = pytest.mark.slow
REVIEWER_PW = "reviewer passphrase 1"
REASON = "acceptable for this synthetic case"


@pytest.fixture
def filing(vault_copy, tmp_path):
    """A signed final filing (case signed off with a reason per warning) and its detached manifest."""
    session, (cid, rid, org, packet) = vault_copy(
        ("signed final packet", REVIEWER_PW), lambda s, folder: signed_final_packet(s, folder, REVIEWER_PW)
    )
    session._test_org = org
    return session, cid, rid, copy_filing(packet, tmp_path / "final.pdf")


def _no_attachments(path: Path) -> None:
    with pikepdf.open(path) as pdf:
        assert "/EmbeddedFiles" not in pdf.Root.get("/Names", pikepdf.Dictionary())
        assert len(pdf.attachments) == 0
        for page in pdf.pages:
            for annot in page.get("/Annots", pikepdf.Array()):
                assert annot.get("/Subtype") != pikepdf.Name.FileAttachment
        for obj in pdf.objects:  # no embedded-file stream or file specification anywhere in the file
            if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
                assert obj.get("/Type") not in (pikepdf.Name.EmbeddedFile, pikepdf.Name.Filespec)


def test_filing_holds_no_manifest_and_verifies_with_the_detached_one(filing, tmp_path):
    session, cid, _rid, out = filing
    _no_attachments(out)
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    sig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True)
    assert "Signature Validation: Signature is Valid." in sig.stdout, sig.stdout
    raw = out.read_bytes()
    so = signoff_state.current_signoff(session, cid)
    assert so is not None
    reasons = [a.reason for a in signoff_state.accepted_warnings(so)]
    assert reasons  # the demo case has warnings, each accepted with a reason
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    for internal in ["accepted_warnings", "content_hash", *reasons]:
        assert internal.encode() not in raw and internal not in text
    detached = detached_manifest_path(out)
    doc = json.loads(detached.read_text())
    assert doc["manifest"] == so.manifest_json and bytes.fromhex(doc["signature"]) == so.signature
    res = verify_packet_file(out, session)
    assert res.ok, res.problems
    assert res.reviewer == "Amira Solis" and res.manifest_source == str(detached)
    # the review record carries the manifest as attachments (and shows each reason beside its warning)
    record = packets.review_record_path(out)
    export_packet(session, cid, record, draft=False, output="review")
    with pikepdf.open(record) as pdf:
        assert set(pdf.attachments) == {"manifest.json", "manifest.sig"}
    detached.unlink()
    res = verify_packet_file(out, session)  # NAME-review-record.pdf beside the filing is found
    assert res.ok and res.manifest_source == str(record), res.problems
    moved = tmp_path / "elsewhere" / "record.pdf"
    moved.parent.mkdir()
    shutil.move(record, moved)
    missing = verify_packet_file(out, session)
    assert not missing.ok and any("manifest missing" in p for p in missing.problems)
    assert verify_packet_file(out, session, manifest=moved).ok
    with pytest.raises(Exception, match="no manifest file"):
        verify_packet_file(out, session, manifest=tmp_path / "nothing.json")


def test_changed_filing_bytes_are_refused(filing, tmp_path):
    session, _cid, _rid, out = filing
    proof = detached_manifest_path(out)
    data = out.read_bytes()
    for pos in (len(data) // 4, len(data) // 2, len(data) - 200):
        bad = tmp_path / f"bad-{pos}.pdf"
        d = bytearray(data)
        d[pos] ^= 0x01
        bad.write_bytes(bytes(d))
        res = verify_packet_file(bad, session, manifest=proof)
        assert not res.ok and any("changed" in p for p in res.problems), res.problems
    # an incremental update appended after the signature (a page annotation, the signed bytes kept)
    appended = tmp_path / "appended.pdf"
    with pikepdf.open(out) as pdf:
        pdf.docinfo["/Subject"] = "changed"
        pdf.save(appended)
    res = verify_packet_file(appended, session, manifest=proof)
    assert not res.ok and res.problems


def test_swapped_manifest_of_another_case_is_refused(filing, tmp_path):
    session, cid, rid, out = filing
    other = next(
        r.id
        for r in session.list_cases()
        if r.status == "ready_for_review" and r.family_group_id is None and r.id != cid
    )
    sign(session, other, rid, REVIEWER_PW)
    other_pdf = tmp_path / "other.pdf"
    export_packet(session, other, other_pdf, draft=False, reviewer_passphrase=REVIEWER_PW)
    assert verify_packet_file(other_pdf, session).ok
    assert oct(detached_manifest_path(other_pdf).stat().st_mode & 0o777) == "0o600"  # internal, owner-only
    # the other case's genuine, roster-signed manifest handed over with the first filing
    res = verify_packet_file(out, session, manifest=detached_manifest_path(other_pdf))
    assert not res.ok and NOT_BOUND in res.problems, res.problems
    shutil.copyfile(detached_manifest_path(other_pdf), detached_manifest_path(out))
    res = verify_packet_file(out, roster=roster.pinned_roster(session.vault))
    assert not res.ok and NOT_BOUND in res.problems


def test_manifest_not_signed_by_a_listed_reviewer_is_refused(filing):
    session, _cid, _rid, out = filing
    proof = detached_manifest_path(out)
    doc = json.loads(proof.read_text())
    manifest = json.loads(doc["manifest"])
    # an outsider's key: the manifest re-signed by it (the reasons rewritten), so it agrees with itself
    outsider = Ed25519PrivateKey.generate()
    manifest["reviewer"]["public_key"] = (
        outsider.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    )
    manifest["accepted_warnings"] = [
        dict(a, reason="rewritten by someone else") for a in manifest["accepted_warnings"]
    ]
    mj = canonical_json(manifest)
    proof.write_bytes(detached_manifest_json(mj, outsider.sign(mj.encode()), out.name))
    res = verify_packet_file(out, roster=roster.pinned_roster(session.vault))
    assert not res.ok
    assert any("unknown key" in p or "not listed" in p for p in res.problems), res.problems
    assert NOT_BOUND in res.problems  # and the filing names another manifest
    # the genuine manifest with its signature bytes replaced
    doc["signature"] = outsider.sign(doc["manifest"].encode()).hex()
    proof.write_text(json.dumps(doc))
    res = verify_packet_file(out, roster=roster.pinned_roster(session.vault))
    assert not res.ok and any("signature" in p for p in res.problems), res.problems


def _build_as_0_2(monkeypatch):
    """Exports from now on as 0.2 wrote a final packet: the manifest attached inside, then PAdES-signed."""
    from parole_desktop.packet import build as build_mod
    from parole_desktop.packet.pdfsign import sign_pdf

    real = build_mod.build_packet

    def as_0_2(inp, out_path, progress=None, cancelled=None, signing=None, templates_dir=None):
        unsigned = Path(out_path).with_name("unsigned.pdf")
        result = real(inp, unsigned, progress, cancelled, None)
        sign_pdf(
            unsigned,
            Path(out_path),
            signing,
            reason="Reviewer sign-off of the parole request packet",
            location="offline",
            manifest_json=inp.signoff.manifest_json,
            manifest_signature=inp.signoff.manifest_signature,
        )
        unsigned.unlink()
        return dataclasses.replace(result, path=str(out_path), signed=True)

    monkeypatch.setattr(packets, "build_packet", as_0_2)


def test_a_0_2_packet_with_the_manifest_inside_still_verifies(filing, tmp_path, monkeypatch):
    """A packet as 0.2 wrote it: manifest.json and manifest.sig attached, then PAdES-signed; no file beside."""
    session, cid, rid, _out = filing
    _build_as_0_2(monkeypatch)
    legacy = tmp_path / "legacy.pdf"
    export_packet(session, cid, legacy, draft=False, reviewer_passphrase=REVIEWER_PW)
    detached_manifest_path(legacy).unlink()  # 0.2 wrote none
    with pikepdf.open(legacy) as pdf:
        assert "manifest.json" in pdf.attachments
    res = verify_packet_file(legacy, session)
    assert res.ok, res.problems
    assert res.manifest_source == "embedded (0.2 packet)" and res.reviewer == "Amira Solis"
    # still tamper-evident
    d = bytearray(legacy.read_bytes())
    d[len(d) // 2] ^= 0x01
    legacy.write_bytes(bytes(d))
    assert not verify_packet_file(legacy, session).ok
    assert signoff.reviewer(session, rid).name == "Amira Solis"


# ---------------------------------------------------------------------------- the exact rules pack (#25)
def test_signoff_and_packet_name_the_exact_rules_pack(filing, tmp_path, capsys):
    from parole_desktop.cli import main
    from parole_desktop.rules import load_pack

    session, cid, _rid, out = filing
    sha = load_pack().sha256
    so = signoff_state.current_signoff(session, cid)
    assert json.loads(so.manifest_json)["pack"]["sha256"] == sha  # inside the signed manifest
    res = verify_packet_file(out, session)
    assert res.ok and res.pack_sha256 == sha and res.pack.startswith("us-hp ") and "(as of " in res.pack
    assert res.notes == []
    roster.write_roster_file(tmp_path / "roster.json", roster.pinned_roster(session.vault))
    rc = main(
        [
            "--data-dir",
            str(tmp_path / "none"),
            "verify",
            str(out),
            "--no-vault",
            "--roster",
            str(tmp_path / "roster.json"),
        ]
    )
    stdout = capsys.readouterr().out
    assert rc == 0 and f"Rules pack: {res.pack}, SHA-256 {sha}" in stdout
    record = tmp_path / "record.pdf"
    export_packet(session, cid, record, draft=False, output="review")
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(record), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert f"SHA-256 {sha}" in text.replace("- ", "-")


def test_a_0_2_signoff_without_the_pack_sha256_still_verifies(filing, tmp_path, monkeypatch, capsys):
    """Sign-offs made before 0.3 name the pack by id, version and date only: they stay valid, verify, and
    ``verify`` says the SHA-256 was not recorded."""
    from parole_desktop.cli import main

    session, cid, rid, _out = filing
    real = signoff.build_manifest

    def as_0_2(*args, **kwargs):
        manifest = real(*args, **kwargs)
        del manifest["pack"]["sha256"]
        return manifest

    monkeypatch.setattr(signoff, "build_manifest", as_0_2)
    sign(session, cid, rid, REVIEWER_PW)
    so = signoff_state.current_signoff(session, cid)
    assert "sha256" not in json.loads(so.manifest_json)["pack"]
    assert signoff_state.signoff_problem(session, session.load_case(cid)) == ""
    _build_as_0_2(monkeypatch)
    legacy = tmp_path / "legacy.pdf"
    export_packet(session, cid, legacy, draft=False, reviewer_passphrase=REVIEWER_PW)
    detached_manifest_path(legacy).unlink()  # 0.2 wrote none
    res = verify_packet_file(legacy, session)
    assert res.ok, res.problems
    assert res.pack_sha256 == "" and res.pack.startswith("us-hp ") and res.notes == []
    roster.write_roster_file(tmp_path / "roster.json", roster.pinned_roster(session.vault))
    rc = main(
        [
            "--data-dir",
            str(tmp_path / "none"),
            "verify",
            str(legacy),
            "--no-vault",
            "--roster",
            str(tmp_path / "roster.json"),
        ]
    )
    stdout = capsys.readouterr().out
    assert rc == 0 and "VERIFIED" in stdout
    assert f"Rules pack: {res.pack} (its SHA-256 is not recorded: signed off before version 0.3)" in stdout


def test_verify_notes_a_signed_pack_that_is_not_the_pack_of_that_version(filing, monkeypatch):
    """The manifest names the exact pack; when the app's pack of the same id and version is another one,
    ``verify`` says so (the signature still decides)."""
    import copy

    from parole_desktop.rules import RulesPack, load_pack
    from parole_desktop.services import filing_check

    session, _cid, _rid, out = filing
    other = copy.deepcopy(load_pack().raw)
    other["fees"][0]["note"] = "another pack under the same version number"
    monkeypatch.setattr(filing_check, "load_pack", lambda: RulesPack(other))
    res = verify_packet_file(out, roster=roster.pinned_roster(session.vault))
    assert res.ok and len(res.notes) == 1
    assert "the pack of that version in this app has" in res.notes[0] and "not the same pack" in res.notes[0]
