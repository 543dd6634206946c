"""Device identity and pairing (#23 item 1) and sealed objects (#23 item 2): each laptop's keys, its signed
enrolment, the roster listing it, and what a sealed object proves — every attack performed, not described."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.exchange import identity
from parole_desktop.exchange.seal import Quarantined, open_sealed, padme, seal
from parole_desktop.paths import AppPaths
from parole_desktop.services import devices, roster
from parole_desktop.services.session import create_vault
from tests.conftest import PASSPHRASE
from tests.services.roster_helpers import new_org


def _laptop(tmp_path, name: str):
    s, _ = create_vault(AppPaths(tmp_path / name), PASSPHRASE)
    devices.rename(s, name.replace("-", " "))
    return s


@pytest.fixture
def org_of_three(tmp_path):
    """Three laptops of one organization, each with the same roster listing all three, and the org key."""
    org = new_org()
    laptops = [_laptop(tmp_path, n) for n in ("site-1-laptop-a", "site-1-laptop-b", "reviewer-laptop")]
    r = roster.new_roster(org)
    for s in laptops:
        r = roster.add_device(org, r, identity.parse_enrolment(devices.enrolment_request(s)))
    for s in laptops:
        roster.import_roster(s.vault, r, actor="org admin", expected_fingerprint=org.fingerprint)
    yield org, r, laptops
    for s in laptops:
        s.close()


def test_a_new_vault_has_one_device_identity_shown_with_its_fingerprint(session):
    info = devices.device_info(session)
    assert len(info.device_id) == 32 and info.age_recipient.startswith("age1")
    assert info.fingerprint == identity.device_fingerprint(info.ed25519, info.age_recipient)
    assert len(info.fingerprint_short.split()) == 8
    assert "no trust roster" in info.listed
    # stable across unlocks
    again = devices.device_info(session)
    assert again == info
    png = devices.qr_png(info.fingerprint)
    assert png.startswith(b"\x89PNG")


def test_two_vaults_have_different_identities(tmp_path):
    a, b = _laptop(tmp_path, "a"), _laptop(tmp_path, "b")
    try:
        ia, ib = devices.device_info(a), devices.device_info(b)
        assert (
            ia.device_id != ib.device_id and ia.ed25519 != ib.ed25519 and ia.age_recipient != ib.age_recipient
        )
    finally:
        a.close()
        b.close()


def test_rename_is_audited_and_refuses_hidden_characters(session):
    devices.rename(session, "Site 2 laptop 3")
    assert devices.device_info(session).name == "Site 2 laptop 3"
    with pytest.raises(UserError, match="U\\+202E"):
        devices.rename(session, "Site\u202e 2")
    with pytest.raises(UserError, match="60 characters"):
        devices.rename(session, "x" * 61)
    assert devices.device_info(session).name == "Site 2 laptop 3"
    assert any(e.action == "rename" and e.entity == "device" for e in session.vault.audit.entries())


def test_the_enrolment_holds_public_keys_only_and_is_signed(session):
    text = devices.enrolment_request(session)
    d = json.loads(text)
    assert d["kind"] == "device" and d["age"].startswith("age1")
    assert "AGE-SECRET-KEY" not in text.upper()
    keys = identity.parse_enrolment(text)
    assert keys.fingerprint == devices.device_info(session).fingerprint


@pytest.mark.parametrize(
    "field, value",
    [
        ("age", "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"),
        ("name", "Someone else's laptop"),
        ("ed25519", "00" * 32),
        ("device_id", "0" * 32),
    ],
)
def test_an_enrolment_changed_after_the_laptop_wrote_it_is_refused(session, field, value):
    d = json.loads(devices.enrolment_request(session))
    if field == "age":  # a valid recipient of someone else's key: the signature must catch the swap
        from pyrage import x25519

        value = str(x25519.Identity.generate().to_public())
    d[field] = value
    with pytest.raises(UserError, match=r"does not verify|damaged"):
        identity.parse_enrolment(json.dumps(d))


@pytest.mark.parametrize(
    "raw", [b"", b"{}", b"not json", b'{"format": "parole-desktop-enrolment", "kind": "device"}']
)
def test_garbage_is_not_an_enrolment(raw):
    with pytest.raises(UserError, match="not a device enrolment"):
        identity.parse_enrolment(raw)


def test_a_device_enrolment_is_not_taken_as_a_reviewer_and_a_device_cannot_sign_off(session):
    text = devices.enrolment_request(session)
    with pytest.raises(UserError, match="roster add-device"):
        roster.Enrolment.from_json(text)
    org = new_org()
    r = roster.add_device(org, roster.new_roster(org), identity.parse_enrolment(text))
    m = r.devices()[0]
    assert r.reviewers() == [] and m.kind == "device"
    member, why = r.reviewer_problem(m.public_key, dt.date.today())
    assert member is None and "not a reviewer" in why


def test_roster_lists_revokes_and_refuses_duplicates_and_look_alikes(tmp_path):
    org = new_org()
    a, b = _laptop(tmp_path, "laptop-a"), _laptop(tmp_path, "laptop-b")
    try:
        ka = identity.parse_enrolment(devices.enrolment_request(a))
        r = roster.add_device(org, roster.new_roster(org), ka)
        assert r.version == 2 and r.devices()[0].extra["age"] == ka.age_recipient
        with pytest.raises(UserError, match="already in the roster"):
            roster.add_device(org, r, ka)
        devices.rename(b, "laptop a")  # reads the same as "laptop-a"'s listed name "laptop a"
        kb = identity.parse_enrolment(devices.enrolment_request(b))
        with pytest.raises(UserError, match="reads the same"):
            roster.add_device(org, r, kb)
        devices.rename(b, "laptop b")
        r = roster.add_device(org, r, identity.parse_enrolment(devices.enrolment_request(b)))
        r = roster.revoke(org, r, "laptop b", "stolen at the bus station")
        assert r.version == 4 and r.devices()[1].revoked_at is not None
        back = roster.parse_roster(r.to_json())  # the device fields survive signing and parsing
        assert back.devices()[0].extra == r.devices()[0].extra
        assert devices.recipients(back) == [ka.age_recipient]
    finally:
        a.close()
        b.close()


def test_device_show_says_whether_the_roster_lists_this_laptop(org_of_three):
    _org, r, (a, _b, _c) = org_of_three
    info = devices.device_info(a)
    assert "listed as “site 1 laptop a”" in info.listed and f"version {r.version}" in info.listed


# ------------------------------------------------------------------------------------------ sealing
def test_sealed_for_the_org_opens_on_every_listed_laptop_and_names_the_author(org_of_three):
    _org, _r, (a, b, c) = org_of_three
    payload = b"Revision of case 7: given name Fereshteh"
    blob = devices.seal_for_org(a, payload, context="revision")
    assert payload not in blob and b"Fereshteh" not in blob
    for s in (a, b, c):
        opened = devices.open_from_org(s, blob, context="revision")
        assert opened.payload == payload
        assert opened.author_id == devices.device_info(a).device_id


def test_a_laptop_outside_the_org_cannot_read_it(org_of_three, tmp_path):
    _org, _r, (a, _b, _c) = org_of_three
    outsider = _laptop(tmp_path, "outsider")
    try:
        blob = devices.seal_for_org(a, b"case data", context="revision")
        with pytest.raises(Quarantined) as exc:
            devices.open_from_org(outsider, blob, context="revision")
        assert exc.value.code == "not_for_us"
    finally:
        outsider.close()


def test_an_unlisted_laptop_cannot_send_and_its_objects_are_quarantined(org_of_three, tmp_path):
    org, r, (a, _b, _c) = org_of_three
    rogue = _laptop(tmp_path, "rogue")
    try:
        roster.import_roster(rogue.vault, r, actor="org admin", expected_fingerprint=org.fingerprint)
        with pytest.raises(UserError, match="cannot send yet"):
            devices.seal_for_org(rogue, b"x", context="revision")
        # the rogue seals by hand to the org's public recipients: decrypts on A, but the author is unknown
        keys, sec = identity.this_device(rogue.vault)
        blob = seal(b"forged edit", keys, sec, devices.recipients(r), context="revision")
        with pytest.raises(Quarantined, match="unknown laptop") as exc:
            devices.open_from_org(a, blob, context="revision")
        assert exc.value.code == "untrusted_author"
    finally:
        rogue.close()


def test_a_revoked_laptop_is_quarantined_and_no_longer_a_recipient(org_of_three):
    org, r, (a, b, c) = org_of_three
    blob_from_b = devices.seal_for_org(b, b"written on B before it was stolen", context="revision")
    r2 = roster.revoke(org, r, "site 1 laptop b", "stolen")
    roster.import_roster(a.vault, r2, actor="org admin")
    with pytest.raises(Quarantined, match="revoked in the roster") as exc:
        devices.open_from_org(a, blob_from_b, context="revision")
    assert exc.value.code == "untrusted_author"
    after = devices.seal_for_org(a, b"new edit", context="revision")
    with pytest.raises(Quarantined) as exc2:
        devices.open_from_org(b, after, context="revision")
    assert exc2.value.code == "not_for_us"
    assert devices.open_from_org(c, after, context="revision").payload == b"new edit"


def test_forwarding_a_signed_object_to_a_laptop_it_was_not_sealed_for_is_caught(org_of_three, tmp_path):
    """B decrypts A's object and re-encrypts A's signed plaintext to D: D sees A's valid signature but
    not itself among the recipients A signed."""
    import pyrage
    from pyrage import x25519

    _org, r, (a, b, _c) = org_of_three
    d = _laptop(tmp_path, "d")
    try:
        blob = seal(
            b"for B only",
            *identity.this_device(a.vault),
            [str(identity.this_device(b.vault)[1].age_identity.to_public())],
            context="revision",
        )
        plain = pyrage.decrypt(blob, [identity.this_device(b.vault)[1].age_identity])
        d_keys, d_sec = identity.this_device(d.vault)
        forwarded = pyrage.encrypt(plain, [x25519.Recipient.from_str(d_keys.age_recipient)])
        with pytest.raises(Quarantined) as exc:
            open_sealed(forwarded, d_sec, devices.RosterDirectory(r), context="revision")
        assert exc.value.code == "forwarded"
    finally:
        d.close()


def test_a_sign_off_cannot_be_replayed_as_a_revision(org_of_three):
    _org, _r, (a, b, _c) = org_of_three
    blob = devices.seal_for_org(a, b"{}", context="signoff")
    with pytest.raises(Quarantined) as exc:
        devices.open_from_org(b, blob, context="revision")
    assert exc.value.code == "wrong_context"


def test_truncated_or_flipped_bytes_are_quarantined_never_half_read(org_of_three):
    _org, _r, (a, b, _c) = org_of_three
    blob = devices.seal_for_org(a, b"x" * 5000, context="evidence")
    for bad in (
        blob[: len(blob) // 2],
        blob[:-1],
        blob[:200] + bytes([blob[200] ^ 1]) + blob[201:],
        b"",
        b"age",
    ):
        with pytest.raises(Quarantined) as exc:
            devices.open_from_org(b, bad, context="evidence")
        assert exc.value.code in ("damaged", "not_for_us")
        assert isinstance(exc.value, IntegrityError)


def test_a_signature_by_another_key_inside_the_encryption_is_refused(org_of_three):
    """The author names A's key in the header but signs with another key."""
    _org, r, (a, b, _c) = org_of_three
    keys, sec = identity.this_device(a.vault)
    wrong = dataclasses.replace(sec, signing_key=Ed25519PrivateKey.generate())
    blob = seal(b"edit", keys, wrong, devices.recipients(r), context="revision")
    with pytest.raises(Quarantined) as exc:
        devices.open_from_org(b, blob, context="revision")
    assert exc.value.code == "bad_signature"


def test_sizes_leak_only_a_padme_bucket(org_of_three):
    """What is encrypted is padded to a Padmé bucket; the ciphertext adds only age's header (whose random
    "grease" stanzas vary its length by a few hundred bytes, unrelated to the content)."""
    import pyrage

    _org, _r, (a, b, _c) = org_of_three
    me = identity.this_device(b.vault)[1].age_identity
    plain_sizes, cipher_sizes = set(), []
    for n in range(100_000, 101_000, 50):
        blob = devices.seal_for_org(a, b"y" * n, context="evidence")
        plain_sizes.add(len(pyrage.decrypt(blob, [me])))
        cipher_sizes.append(len(blob))
    assert plain_sizes == {padme(100_000 + 400)}, plain_sizes
    assert max(cipher_sizes) - min(cipher_sizes) < 1024
    assert padme(1) == 1 and padme(9) == 10 and padme(1000) == 1024
    for n in (17, 1000, 65_537, 10_000_000):
        assert n <= padme(n) <= n * 1.13


def test_no_roster_no_sending(session):
    with pytest.raises(UserError, match="No trust roster"):
        devices.seal_for_org(session, b"x", context="revision")


def test_a_vault_from_010_gets_a_device_identity_on_upgrade(tmp_path):
    import shutil

    from parole_desktop.services.session import open_vault
    from tests.services.test_sealing_formats import V010, V010_PASSPHRASE

    shutil.copytree(V010 / "data", tmp_path / "data")
    with open_vault(AppPaths(tmp_path / "data"), V010_PASSPHRASE) as s:
        first = devices.device_info(s)
    with open_vault(AppPaths(tmp_path / "data"), V010_PASSPHRASE) as s:
        assert devices.device_info(s) == first  # made once, on upgrade, then kept


# ------------------------------------------------------------------------------------------ CLI
def test_cli_device_pairing_from_enrolment_to_listed(tmp_path, monkeypatch, capsys):
    from parole_desktop.cli import main

    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PAROLE_DESKTOP_ORG_PASSPHRASE", "org admin passphrase 9")
    data = tmp_path / "data"
    usb = tmp_path / "usb"
    usb.mkdir()

    def run(*args: str) -> tuple[int, str, str]:
        rc = main(["--data-dir", str(data), *args])
        out = capsys.readouterr()
        return rc, out.out, out.err

    rc, out, err = run("device", "show")
    assert rc != 0 and "vault" in err.lower()  # no vault yet: a clear error, nothing made
    assert run("init")[0] == 0
    rc, out, err = run("device", "rename", "Site 2 laptop 3")
    assert rc == 0, err
    rc, out, _ = run("device", "show", "--json")
    info = json.loads(out)
    assert info["name"] == "Site 2 laptop 3" and "no trust roster" in info["listed"]
    rc, out, _ = run("device", "enrol-request", "-o", str(usb / "laptop.json"))
    assert rc == 0 and info["fingerprint_short"] in out
    rc, _, err = run("device", "enrol-request", "-o", str(usb / "laptop.json"))
    assert rc == 2 and "already exists" in err
    rc, out, _ = run(
        "org",
        "create",
        str(usb / "org.key"),
        "--name",
        "Field Site Legal Aid",
        "--roster",
        str(usb / "roster.json"),
    )
    assert rc == 0
    fpr = next(ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith("Org key fingerprint"))
    # a tampered enrolment is refused before the org key is even asked for
    d = json.loads((usb / "laptop.json").read_text())
    d["name"] = "Attacker"
    (usb / "bad.json").write_text(json.dumps(d))
    before = (usb / "roster.json").read_bytes()
    rc, _, err = run(
        "roster",
        "add-device",
        str(usb / "roster.json"),
        str(usb / "bad.json"),
        "--org-key",
        str(usb / "org.key"),
    )
    assert rc == 2 and "does not verify" in err and (usb / "roster.json").read_bytes() == before
    # a device enrolment given to add-reviewer says which command takes it
    rc, _, err = run(
        "roster",
        "add-reviewer",
        str(usb / "roster.json"),
        str(usb / "laptop.json"),
        "--org-key",
        str(usb / "org.key"),
    )
    assert rc == 2 and "roster add-device" in err
    rc, out, err = run(
        "roster",
        "add-device",
        str(usb / "roster.json"),
        str(usb / "laptop.json"),
        "--org-key",
        str(usb / "org.key"),
    )
    assert rc == 0 and "version 2" in out and info["fingerprint_short"] in out, err
    rc, out, _ = run("roster", "show", str(usb / "roster.json"))
    assert f"device Site 2 laptop 3 · fingerprint {info['fingerprint_short']}" in out
    rc, out, _ = run("roster", "import", str(usb / "roster.json"), "--fingerprint", fpr)
    assert rc == 0 and "1 device(s)" in out
    rc, out, _ = run("device", "show")
    assert "listed as “Site 2 laptop 3”" in out
    rc, out, _ = run(
        "roster",
        "revoke",
        str(usb / "roster.json"),
        "Site 2 laptop 3",
        "--reason",
        "lost",
        "--org-key",
        str(usb / "org.key"),
    )
    assert rc == 0 and "version 3" in out
    assert run("roster", "import", str(usb / "roster.json"))[0] == 0
    rc, out, _ = run("device", "show", "--json")
    assert "revoked" in json.loads(out)["listed"]


# ------------------------------------------------------------------------------------------ GUI
def test_settings_show_this_laptop_with_its_qr_code_and_rename_it(qtbot, session, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from parole_desktop.ui import dialogs
    from parole_desktop.ui.settings import SettingsDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dlg = SettingsDialog(settings, session)
    qtbot.addWidget(dlg)
    info = devices.device_info(session)
    assert dlg.device_fingerprint.text() == info.fingerprint_short
    assert "no trust roster" in dlg.device_listed.text()
    pix = dlg.device_qr.pixmap()
    assert not pix.isNull() and 90 <= pix.width() <= 200  # legible on a phone, fits 1024x600
    # a refused name: a clear error, nothing saved, the typed text still there
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, exc, _t="": shown.append(str(exc)))
    dlg.device_name.setText("Site\u202e 2")
    dlg._save()
    assert len(shown) == 1 and "U+202E" in shown[0]
    assert dlg.result() == 0  # not accepted: the dialog stays open
    assert devices.device_info(session).name == info.name and dlg.device_name.text() == "Site\u202e 2"
    dlg.device_name.setText("Site 2 laptop 3")
    out = tmp_path / "enrol.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(out))
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: shown.append(text))
    dlg.enrol_button.click()
    assert identity.parse_enrolment(out.read_bytes()).name == "Site 2 laptop 3"
    assert info.fingerprint_short in shown[-1]
    dlg._save()
    assert devices.device_info(session).name == "Site 2 laptop 3"
