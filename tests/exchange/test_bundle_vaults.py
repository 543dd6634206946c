"""Bundles between real vaults (#23 item 4, on the vault's own ObjectStore): a case with evidence carried
from one laptop to another and an edit carried back, three laptops relaying, acknowledgements leaving the
next bundle empty, a full disk mid-import that loses nothing, and a plaintext scan of the bundle and of
the temp folders."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import StorageError
from parole_desktop.exchange.bundle import BundleRefused
from parole_desktop.services import bundles
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.exchange import VaultObjects
from parole_desktop.store.sqlcipher import integrity_ok
from tests.exchange.laptops import laptops

GIVEN, FAMILY = "Zarghuna", "Qaderi-Synthetic"
EXHIBIT_TEXT = "Tazkira of Zarghuna Qaderi-Synthetic, page 1"


@pytest.fixture
def three(tmp_path):
    _org, sessions = laptops(tmp_path, ("intake laptop", "second laptop", "reviewer laptop"))
    yield sessions
    for s in sessions:
        s.close()


def _case_with_evidence(s, given=GIVEN, family=FAMILY, exhibits=1):  # type: ignore[no-untyped-def]
    case = s.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name=given, family_name=family)]))
    datas = []
    for i in range(exhibits):
        data = minimal_pdf([f"{EXHIBIT_TEXT} #{i}"])
        s.add_evidence_bytes(int(case.id or 0), data, f"tazkira-{i}.pdf", kind="other", title=f"Tazkira {i}")
        datas.append(data)
    return s.load_case(int(case.id or 0)), datas


def _find(s, family=FAMILY):  # type: ignore[no-untyped-def]
    """The case whose beneficiary has this family name, or None."""
    for row in s.list_cases(limit=500):
        case = s.load_case(row.id)
        if any(p.family_name == family for p in case.people):
            return case
    return None


def test_a_case_with_evidence_goes_there_and_an_edit_comes_back(three, tmp_path):
    a, b, _c = three
    case_a, datas = _case_with_evidence(a)
    path = tmp_path / "stick" / "for-b.pdbundle"
    path.parent.mkdir()
    out = bundles.export_bundle(a, path, VaultObjects(a), to=["second laptop"])
    assert out.objects >= 2  # at least the evidence file and the revision adding it
    got = bundles.import_bundle(b, path, VaultObjects(b))
    assert got.applied == out.objects and got.quarantined == () and got.waiting == 0, got.lines()
    case_b = _find(b)
    assert case_b is not None and case_b.people[0].given_name == GIVEN
    assert case_b.people[0].uid == case_a.people[0].uid
    assert [b.read_evidence(ev) for ev in case_b.evidence] == datas
    # the same bundle again: refused, nothing changed
    n_cases = b.count_cases()
    with pytest.raises(BundleRefused, match="already imported"):
        bundles.import_bundle(b, path, VaultObjects(b))
    assert b.count_cases() == n_cases
    # an edit on b comes back to a; b's bundle leaves out what it got from a
    case_b.statement = "Written on the second laptop."
    b.save_case(case_b)
    back = tmp_path / "stick" / "for-a.pdbundle"
    ret = bundles.export_bundle(b, back, VaultObjects(b), to=["intake laptop"])
    assert ret.objects == 1  # only the new revision
    got = bundles.import_bundle(a, back, VaultObjects(a))
    assert got.applied == 1
    assert a.load_case(int(case_a.id or 0)).statement == "Written on the second laptop."
    # a learned from b's acknowledgements: its next bundle for b is empty
    again = bundles.export_bundle(
        a, tmp_path / "stick" / "again.pdbundle", VaultObjects(a), to=["second laptop"]
    )
    assert again.objects == 0


def test_three_laptops_relay_and_converge(three, tmp_path):
    a, b, c = three
    _case_with_evidence(a)
    p1 = tmp_path / "a-to-b.pdbundle"
    bundles.export_bundle(a, p1, VaultObjects(a), to=["second laptop"])
    bundles.import_bundle(b, p1, VaultObjects(b))
    _case_with_evidence(b, "Oksana", "Bilyk-Synthetic")
    p2 = tmp_path / "b-to-c.pdbundle"
    bundles.export_bundle(b, p2, VaultObjects(b), to=["reviewer laptop"])
    got = bundles.import_bundle(c, p2, VaultObjects(c))
    assert got.quarantined == () and got.waiting == 0, got.lines()
    assert _find(c) is not None and _find(c, "Bilyk-Synthetic") is not None
    # the reviewer laptop carries both back to a, which holds one of them already
    p3 = tmp_path / "c-to-a.pdbundle"
    bundles.export_bundle(c, p3, VaultObjects(c), to=["intake laptop"])
    got = bundles.import_bundle(a, p3, VaultObjects(a))
    assert got.duplicate >= 1 and got.quarantined == ()
    for s in (a, b, c):
        assert _find(s) is not None and _find(s, "Bilyk-Synthetic") is not None
        assert s.count_cases() == 2


def test_a_full_disk_mid_import_loses_nothing_and_a_rerun_completes(three, tmp_path, monkeypatch):
    a, b, _c = three
    _case, datas = _case_with_evidence(a, exhibits=3)
    path = tmp_path / "for-b.pdbundle"
    out = bundles.export_bundle(a, path, VaultObjects(a), to=["second laptop"])
    store = b.vault.attachments
    real_put = store.put_bytes
    calls = {"n": 0}

    def put_bytes(data, **kw):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:  # the second evidence file: the disk fills up
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_put(data, **kw)

    monkeypatch.setattr(store, "put_bytes", put_bytes)
    with pytest.raises(StorageError, match=r"the disk is full.*Nothing was lost"):
        bundles.import_bundle(b, path, VaultObjects(b))
    monkeypatch.setattr(store, "put_bytes", real_put)
    ok, why = integrity_ok(b.vault.db)
    assert ok, why
    assert b.vault.audit.verify().ok
    assert VaultObjects(b).has(VaultObjects(a).pending_for("bundle:everything")[0].object_id)
    got = bundles.import_bundle(b, path, VaultObjects(b))  # space freed: the same bundle finishes
    assert got.duplicate >= 1 and got.applied >= 1 and got.quarantined == () and got.waiting == 0
    assert got.duplicate + got.applied == out.objects
    case_b = _find(b)
    assert case_b is not None and sorted(b.read_evidence(ev) for ev in case_b.evidence) == sorted(datas)


def _scan(folder: Path) -> list[str]:
    needles = [
        GIVEN.encode(),
        FAMILY.encode(),
        GIVEN.encode("utf-16-le"),
        b"Tazkira of",
        EXHIBIT_TEXT.encode(),
    ]
    hits = []
    for p in folder.rglob("*"):
        if p.is_file() and not p.is_symlink():
            blob = p.read_bytes()
            hits += [f"{p}: {n!r}" for n in needles if n in blob]
    return hits


def test_no_synthetic_name_or_evidence_byte_in_the_bundle_or_the_temp_folders(three, tmp_path):
    a, b, _c = three
    _case, datas = _case_with_evidence(a)
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "for-b.pdbundle"
    bundles.export_bundle(a, path, VaultObjects(a))
    bundles.import_bundle(b, path, VaultObjects(b))
    raw = path.read_bytes()
    assert all(d[40:200] not in raw for d in datas)  # no run of the evidence file's bytes
    assert _scan(stick) == []
    for s in (a, b):
        assert s.vault.tmp_dir().is_dir() and _scan(s.vault.tmp_dir()) == []
    assert _scan(tmp_path) == []  # the vault folders (encrypted), the stick, anything left beside them


def test_the_cli_exports_and_imports_and_says_what_it_did(tmp_path, monkeypatch, capsys):
    """Through the CLI only: two data folders of one org, a case on the first, carried to the second."""
    import json

    from parole_desktop.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PAROLE_DESKTOP_ORG_PASSPHRASE", "org admin passphrase 9")
    admin = tmp_path / "admin"
    admin.mkdir()

    def run(data: str, *args: str) -> tuple[int, str, str]:
        rc = main(["--data-dir", str(tmp_path / data), *args])
        out = capsys.readouterr()
        return rc, out.out, out.err

    assert (
        main(
            [
                "--data-dir",
                str(tmp_path / "x"),
                "org",
                "create",
                str(admin / "org.key"),
                "--name",
                "Test Org",
                "--roster",
                str(admin / "roster.json"),
            ]
        )
        == 0
    )
    fpr = next(
        ln.split(":", 1)[1].strip()
        for ln in capsys.readouterr().out.splitlines()
        if ln.startswith("Org key fingerprint")
    )
    for name in ("intake", "reviewer"):
        assert run(name, "init")[0] == 0
        assert run(name, "device", "rename", f"{name} laptop")[0] == 0
        assert run(name, "device", "enrol-request", "-o", str(admin / f"{name}.json"))[0] == 0
        rc, _, err = run(
            name,
            "roster",
            "add-device",
            str(admin / "roster.json"),
            str(admin / f"{name}.json"),
            "--org-key",
            str(admin / "org.key"),
        )
        assert rc == 0, err
    for name in ("intake", "reviewer"):
        rc, _, err = run(name, "roster", "import", str(admin / "roster.json"), "--fingerprint", fpr)
        assert rc == 0, err
    assert run("intake", "demo", "--cases", "2")[0] == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    rc, out, err = run(
        "intake", "bundle", "export", "-o", str(stick / "b.pdbundle"), "--to", "Reviewer Laptop"
    )
    assert rc == 0, err
    assert "Wrote bundle number 1 for reviewer laptop" in out
    rc, out, err = run("intake", "bundle", "export", "-o", str(stick / "b.pdbundle"))
    assert rc == 2 and "already exists" in err
    rc, out, err = run("intake", "bundle", "export", "-o", str(stick / "z.pdbundle"), "--to", "nobody")
    assert rc == 2 and "No laptop “nobody” in the roster" in err and not (stick / "z.pdbundle").exists()
    rc, out, err = run("reviewer", "bundle", "import", str(stick / "b.pdbundle"), "--json")
    assert rc == 0, err
    got = json.loads(out)
    assert got["sender"] == "intake laptop" and got["applied"] > 0 and got["quarantined"] == []
    rc, out, _ = run("reviewer", "cases", "--json")
    assert rc == 0 and len(json.loads(out)) == 2
    rc, out, err = run("reviewer", "bundle", "import", str(stick / "b.pdbundle"))
    assert rc == 2 and "already imported on" in err and "nothing changed" in err
    (stick / "cut.pdbundle").write_bytes((stick / "b.pdbundle").read_bytes()[:200])  # cut in the manifest
    rc, out, err = run("reviewer", "bundle", "import", str(stick / "cut.pdbundle"))
    assert rc == 2 and "incomplete" in err
    rc, out, err = run("intake", "bundle", "import", str(stick / "b.pdbundle"))
    assert rc == 2 and "made by this laptop" in err
    rc, out, err = run("reviewer", "bundle", "export", "-o", str(stick / "back.pdbundle"), "--force")
    assert rc == 0, err
    rc, out, err = run("intake", "bundle", "import", str(stick / "back.pdbundle"))
    assert rc == 0 and "applied:" in out and "quarantined: 0" in out, err
