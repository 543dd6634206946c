"""Rules packs signed by the organization (#23 item 8): `rules sign` with the org key, `rules import` in a
vault pinned to that org, the same pack as a sealed `rules-pack` object, and `rules show` naming who signed
the pack in use. Every refusal is performed: another org's pack, a tampered one, an older one, one signed by
a revoked key, a sealed one from a revoked laptop, another pack under a version already held."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from parole_desktop.cli import main
from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.exchange import identity
from parole_desktop.exchange.objects import Outcome
from parole_desktop.exchange.seal import Quarantined
from parole_desktop.paths import AppPaths
from parole_desktop.rules import load_pack
from parole_desktop.services import checks, devices, org_packs, pack_exchange, roster
from parole_desktop.services.session import create_vault, open_vault
from parole_desktop.store import review as review_store
from tests.conftest import PASSPHRASE
from tests.services.roster_helpers import new_org

ORG_PW = "org admin passphrase 9"


def pack_dict(version: str, as_of: str, **changes: Any) -> dict[str, Any]:
    d = copy.deepcopy(load_pack().raw)
    d.update(version=version, as_of=as_of, **changes)
    return d


def _laptop(tmp_path: Path, name: str):
    s, _ = create_vault(AppPaths(tmp_path / name), PASSPHRASE)
    devices.rename(s, name)
    return s


@pytest.fixture
def org_vaults(tmp_path):
    """An org key and two laptops (A, B) pinned to a roster listing both as devices."""
    org = new_org()
    a, b = _laptop(tmp_path, "laptop-a"), _laptop(tmp_path, "laptop-b")
    r = roster.new_roster(org)
    for s in (a, b):
        r = roster.add_device(org, r, identity.parse_enrolment(devices.enrolment_request(s)))
    for s in (a, b):
        roster.import_roster(s.vault, r, actor="org admin", expected_fingerprint=org.fingerprint)
    yield org, r, a, b
    for s in (a, b):
        if not s.closed:
            s.close()


def _pack_rows(session) -> list[tuple[str, str]]:
    pack = load_pack()
    out = []
    for version in ("2027.02.0", "2027.01.5", "2027.03.0", "2099.1.0"):
        if review_store.pack_envelope(session.vault, pack.id, version) is not None:
            out.append((pack.id, version))
    return out


def test_an_org_signed_pack_is_taken_and_becomes_the_pack_in_use(org_vaults):
    org, _r, a, _b = org_vaults
    raw = org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), org)
    env = json.loads(raw)
    assert env["org"] == {"name": org.name, "fingerprint": org.fingerprint}
    assert env["signature"]["public_key"] == org.public_key
    imported = checks.take_pack(a, raw)
    assert imported.new and imported.signer.kind == "org" and imported.signer.fingerprint == org.fingerprint
    pack, signer = checks.active_pack_signer(a)
    assert pack.version == "2027.02.0" and signer.name == org.name
    assert "signed by the organization" in signer.text and org.name in signer.text
    # the same pack again changes nothing
    again = checks.take_pack(a, raw)
    assert not again.new
    assert _pack_rows(a) == [(pack.id, "2027.02.0")]


def test_another_orgs_pack_is_refused_and_nothing_changes(org_vaults):
    _org, _r, a, _b = org_vaults
    other = new_org("Another Legal Aid (test org)")
    raw = org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), other)
    with pytest.raises(org_packs.PackRefused, match="another organization") as exc:
        checks.take_pack(a, raw)
    assert exc.value.code == "other_org"
    assert _pack_rows(a) == [] and checks.active_pack(a).version == load_pack().version


def test_a_pack_that_claims_the_pinned_org_but_is_signed_by_another_key_is_refused(org_vaults):
    org, _r, a, _b = org_vaults
    other = new_org()
    env = org_packs.envelope_with_key(
        pack_dict("2027.02.0", "2027-02-01"), other.key, org.name, org.fingerprint
    )
    with pytest.raises(org_packs.PackRefused, match="not the organization's key") as exc:
        checks.take_pack(a, json.dumps(env).encode())
    assert exc.value.code == "unknown_key" and _pack_rows(a) == []


@pytest.mark.parametrize(
    "where",
    ["fee", "org name", "fingerprint", "version"],
)
def test_a_tampered_org_pack_is_refused(org_vaults, where):
    org, _r, a, _b = org_vaults
    env = json.loads(org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), org))
    if where == "fee":
        env["pack"]["fees"][0]["amount_usd"] += 60
    elif where == "org name":
        env["org"]["name"] = "Field Site Legal Aid (test org) "
    elif where == "fingerprint":  # another org's fingerprint over the same signature
        env["org"]["fingerprint"] = new_org().fingerprint
    else:
        env["pack"]["version"] = "2027.09.0"
    with pytest.raises(org_packs.PackRefused) as exc:
        checks.take_pack(a, json.dumps(env).encode())
    assert exc.value.code == ("other_org" if where == "fingerprint" else "tampered")
    assert _pack_rows(a) == []


@pytest.mark.parametrize("raw", [b"", b"{}", b"not json", b'{"format": "parole-desktop-org-rules-pack"}'])
def test_garbage_is_not_a_pack(org_vaults, raw):
    _org, _r, a, _b = org_vaults
    with pytest.raises(IntegrityError, match=r"not a|damaged"):
        checks.take_pack(a, raw)
    assert _pack_rows(a) == []


def test_an_older_pack_than_the_one_in_use_is_refused(org_vaults):
    org, _r, a, _b = org_vaults
    checks.take_pack(a, org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), org))
    older = org_packs.sign_org_pack(pack_dict("2027.01.5", "2027-01-15"), org)
    with pytest.raises(checks.OlderPack, match="older than the one in use"):
        checks.take_pack(a, older)
    assert checks.active_pack(a).version == "2027.02.0" and _pack_rows(a) == [(load_pack().id, "2027.02.0")]


def test_a_pack_signed_by_a_revoked_key_is_refused(org_vaults):
    """The roster lists laptop B, then revokes it: a pack signed with B's key (not the org key) says so."""
    org, r, a, b = org_vaults
    r2 = roster.revoke(org, r, "laptop-b", "stolen")
    roster.import_roster(a.vault, r2, actor="org admin")
    _keys, sec = identity.this_device(b.vault)
    env = org_packs.envelope_with_key(
        pack_dict("2027.02.0", "2027-02-01"), sec.signing_key, org.name, org.fingerprint
    )
    with pytest.raises(org_packs.PackRefused, match="revoked key: the key of laptop-b") as exc:
        checks.take_pack(a, json.dumps(env).encode())
    assert exc.value.code == "revoked_key" and _pack_rows(a) == []
    # signed with an active member's key (a laptop, not the org): refused too, naming whose key it is
    _keys_a, sec_a = identity.this_device(a.vault)
    env = org_packs.envelope_with_key(
        pack_dict("2027.02.0", "2027-02-01"), sec_a.signing_key, org.name, org.fingerprint
    )
    with pytest.raises(org_packs.PackRefused, match="key of laptop-a \\(a device\\), not with the org key"):
        checks.take_pack(a, json.dumps(env).encode())


def test_a_vault_that_trusts_no_org_refuses_an_org_pack(session):
    raw = org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), new_org())
    with pytest.raises(UserError, match="trusts no organization yet"):
        checks.take_pack(session, raw)


def test_another_pack_under_a_version_already_held_is_refused(org_vaults):
    org, _r, a, _b = org_vaults
    checks.take_pack(a, org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), org))
    changed = pack_dict("2027.02.0", "2027-02-01")
    changed["fees"][0]["amount_usd"] += 10
    with pytest.raises(org_packs.PackRefused, match="one version is one pack") as exc:
        checks.take_pack(a, org_packs.sign_org_pack(changed, org))
    assert exc.value.code == "version_clash"
    assert checks.active_pack(a).raw["fees"][0]["amount_usd"] == load_pack().raw["fees"][0]["amount_usd"]
    # nor a different pack under the bundled pack's own version
    same_as_bundled = pack_dict(load_pack().version, "2027-02-02")
    with pytest.raises(org_packs.PackRefused, match="one version is one pack"):
        checks.take_pack(a, org_packs.sign_org_pack(same_as_bundled, org))


def test_an_invalid_pack_is_never_signed(org_vaults):
    org, *_ = org_vaults
    bad = pack_dict("2027.02.0", "2027-02-01")
    del bad["rules"]
    with pytest.raises(UserError, match="rules"):
        org_packs.sign_org_pack(bad, org)


def test_a_stored_org_pack_changed_in_the_vault_is_refused_on_reading(org_vaults):
    """Someone with the vault passphrase replaces the stored envelope: the pack in use is not silently
    another one (the signature is checked again against the pinned org key on every read)."""
    org, _r, a, _b = org_vaults
    raw = org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), org)
    checks.take_pack(a, raw)
    env = json.loads(raw)
    env["pack"]["fees"][0]["amount_usd"] += 60
    review_store.store_pack(a.vault, "us-hp", "2027.02.0", "2027-02-01", json.dumps(env), actor="intruder")
    with pytest.raises(org_packs.PackRefused, match="does not verify with the pinned"):
        checks.active_pack(a)


# ---------------------------------------------------------------------------- sealed rules-pack objects
def test_a_sealed_pack_from_a_laptop_of_the_org_is_taken_the_same_way(org_vaults):
    org, _r, a, b = org_vaults
    raw = org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), org)
    obj = pack_exchange.seal_pack(b, raw)
    assert b"2027.02.0" not in obj.data and org.name.encode() not in obj.data  # sealed: no plaintext
    opened = devices.open_from_org(a, obj.data, context=pack_exchange.CONTEXT)
    got = pack_exchange.receive_pack(a, opened, obj.object_id)
    assert got.outcome == Outcome.APPLIED and got.object_id == obj.object_id
    assert checks.active_pack_signer(a)[1].kind == "org"
    assert pack_exchange.receive_pack(a, opened).outcome == Outcome.DUPLICATE
    assert any(e.action == "receive" and e.entity == "rules_pack" for e in a.vault.audit.entries())


def test_sealed_packs_that_are_refused_are_quarantined_with_the_reason(org_vaults):
    org, _r, a, b = org_vaults
    checks.take_pack(a, org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), org))
    for raw, code in (
        (org_packs.sign_org_pack(pack_dict("2027.01.5", "2027-01-15"), org), "older_pack"),
        (org_packs.sign_org_pack(pack_dict("2027.03.0", "2027-03-01"), new_org()), "other_org"),
    ):
        # sealed as any laptop (an older app, say) could: the receiver checks for itself
        data = devices.seal_for_org(b, raw, context="rules-pack")
        got = pack_exchange.receive_pack(a, devices.open_from_org(a, data, context="rules-pack"))
        assert got.outcome == Outcome.QUARANTINED and got.code == code and got.reason
    assert checks.active_pack(a).version == "2027.02.0"


def test_a_laptop_never_seals_a_pack_it_would_refuse(org_vaults):
    _org, _r, _a, b = org_vaults
    with pytest.raises(org_packs.PackRefused, match="another organization"):
        pack_exchange.seal_pack(b, org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), new_org()))


def test_a_sealed_pack_from_a_revoked_laptop_is_quarantined_before_it_is_read(org_vaults):
    org, r, a, b = org_vaults
    obj = pack_exchange.seal_pack(b, org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), org))
    roster.import_roster(a.vault, roster.revoke(org, r, "laptop-b", "lost"), actor="org admin")
    with pytest.raises(Quarantined, match="revoked") as exc:
        devices.open_from_org(a, obj.data, context="rules-pack")
    assert exc.value.code == "untrusted_author" and _pack_rows(a) == []
    # nor can a rules pack be replayed as another kind of object
    with pytest.raises(Quarantined) as exc:
        devices.open_from_org(b, obj.data, context="signoff")
    assert exc.value.code == "wrong_context"


# ---------------------------------------------------------------------------- the CLI
def _cli(data: Path, *args: str, capsys) -> tuple[int, str, str]:
    try:
        rc = main(["--data-dir", str(data), *args])
    except SystemExit as exc:
        rc = int(exc.code or 0)
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_the_cli_signs_imports_and_shows_who_signed(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PAROLE_DESKTOP_ORG_PASSPHRASE", ORG_PW)
    admin = tmp_path / "admin"
    admin.mkdir()
    data = tmp_path / "data"
    rc, out, err = _cli(data, "rules", "show", "--json", capsys=capsys)  # no vault: the bundled pack
    assert rc == 0 and json.loads(out)["signed_by"]["kind"] == "bundled"
    assert _cli(data, "init", capsys=capsys)[0] == 0
    rc, out, err = _cli(
        data, "org", "create", str(admin / "org.key"), "--name", "Harbor Legal Aid", "--roster",
        str(admin / "roster.json"), capsys=capsys,
    )  # fmt: skip
    assert rc == 0, err
    fingerprint = next(
        ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith("Org key fingerprint")
    )
    rc, out, err = _cli(
        data, "roster", "import", str(admin / "roster.json"), "--fingerprint", fingerprint, capsys=capsys
    )
    assert rc == 0, err
    (admin / "pack.json").write_text(json.dumps(pack_dict("2027.02.0", "2027-02-01")), encoding="utf-8")
    signed = admin / "us-hp-2027.02.0.org.json"
    rc, out, err = _cli(
        data, "rules", "sign", str(admin / "pack.json"), "--org-key", str(admin / "org.key"), "-o", str(signed),
        capsys=capsys,
    )  # fmt: skip
    assert rc == 0, err
    assert "Signed rules pack us-hp 2027.02.0" in out and "Harbor Legal Aid" in out and fingerprint in out
    # never over an existing file
    rc, _out, err = _cli(
        data, "rules", "sign", str(admin / "pack.json"), "--org-key", str(admin / "org.key"), "-o", str(signed),
        capsys=capsys,
    )  # fmt: skip
    assert rc == 2 and "already exists" in err
    rc, out, err = _cli(data, "rules", "show", capsys=capsys)
    assert rc == 0 and "Signed by: bundled with the app" in out
    rc, out, err = _cli(data, "rules", "import", str(signed), capsys=capsys)
    assert rc == 0, err
    assert (
        "Imported rules pack us-hp 2027.02.0" in out and "signed by the organization Harbor Legal Aid" in out
    )
    rc, out, err = _cli(data, "rules", "import", str(signed), capsys=capsys)
    assert rc == 0 and "already in this vault: nothing changed" in out
    rc, out, err = _cli(data, "rules", "show", capsys=capsys)
    assert rc == 0 and "Rules pack us-hp 2027.02.0" in out
    assert (
        f"Signed by: signed by the organization Harbor Legal Aid (org key fingerprint {fingerprint})" in out
    )
    rc, out, err = _cli(data, "rules", "show", "--json", capsys=capsys)
    shown = json.loads(out)
    assert shown["pack"]["version"] == "2027.02.0"
    assert shown["signed_by"]["kind"] == "org" and shown["signed_by"]["name"] == "Harbor Legal Aid"
    assert shown["signed_by"]["fingerprint"].startswith(fingerprint.replace(" ", "").lower())
    # a wrong org key passphrase signs nothing
    monkeypatch.setenv("PAROLE_DESKTOP_ORG_PASSPHRASE", "not the passphrase 1")
    rc, _out, err = _cli(
        data, "rules", "sign", str(admin / "pack.json"), "--org-key", str(admin / "org.key"), "-o",
        str(admin / "other.json"), capsys=capsys,
    )  # fmt: skip
    assert rc == 2 and "passphrase" in err.lower() and not (admin / "other.json").exists()


def test_the_cli_refuses_another_orgs_pack_with_a_clear_message(tmp_path, monkeypatch, capsys, org_vaults):
    _org, _r, a, _b = org_vaults
    a.close()
    other = tmp_path / "other.json"
    other.write_bytes(org_packs.sign_org_pack(pack_dict("2027.02.0", "2027-02-01"), new_org("Elsewhere Aid")))
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    rc, _out, err = _cli(tmp_path / "laptop-a", "rules", "import", str(other), capsys=capsys)
    assert rc == 2 and "another organization (Elsewhere Aid" in err and "It was not imported" in err
    s = open_vault(AppPaths(tmp_path / "laptop-a"), PASSPHRASE)
    try:
        assert _pack_rows(s) == [] and checks.active_pack(s).version == load_pack().version
    finally:
        s.close()


# ---------------------------------------------------------------------------- a publisher key replaced
def test_a_pack_signed_by_a_removed_publisher_key_is_taken_again_when_re_signed(org_vaults, monkeypatch):
    """docs/rules.md: after the lost publisher key leaves publisher_keys.json, a vault that imported a pack
    signed with it refuses that pack; the same pack signed with the new key (or by the org) replaces the old
    signature, and a changed pack under that version is still refused."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from parole_desktop.rules import sign_pack

    org, _r, a, _b = org_vaults
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()

    def raw_pub(k: Ed25519PrivateKey) -> bytes:
        return k.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    content = pack_dict("2027.02.0", "2027-02-01")
    monkeypatch.setattr(checks, "load_trusted_keys", lambda: {"old": raw_pub(old)})
    assert checks.take_pack(a, json.dumps(sign_pack(content, old, key_id="old")).encode()).new
    monkeypatch.setattr(checks, "load_trusted_keys", lambda: {"new": raw_pub(new)})
    with pytest.raises(IntegrityError, match="unknown key 'old'"):
        checks.active_pack(a)
    changed = copy.deepcopy(content)
    changed["fees"][0]["amount_usd"] += 10
    with pytest.raises(IntegrityError, match="unknown key 'old'"):
        checks.take_pack(a, json.dumps(sign_pack(changed, new, key_id="new")).encode())
    resigned = checks.take_pack(a, json.dumps(sign_pack(content, new, key_id="new")).encode())
    assert resigned.new and resigned.signer.key_id == "new"
    pack, signer = checks.active_pack_signer(a)
    assert pack.version == "2027.02.0" and signer.kind == "publisher" and signer.key_id == "new"
    # the org may vouch for the same content as well: it replaces nothing (the pack verifies as held)
    assert not checks.take_pack(a, org_packs.sign_org_pack(content, org)).new
