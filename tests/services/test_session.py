"""Session use cases: search, evidence intake with bad input, case JSON import/export, backup and restore."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import UserError, ValidationError, WrongPassphrase
from parole_desktop.services import case_json
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.session import CaseQuery, open_vault, restore_backup
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def _new(session, given, family, **kw):
    return session.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name=given, family_name=family, **kw)])
    )


@pytest.fixture
def named(session):
    for g, f in [
        ("فرشته", "رحیمی"),
        ("احمد", "رحيمي"),
        ("José", "Núñez"),
        ("Lech", "Wałęsa"),
        ("Оксана", "Ковальчук"),
        ("Wilnerson", "Désir"),
        ("Mateusz", "Wałęsiak"),
    ]:
        _new(session, g, f)
    return session


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("رحيمي", {"فرشته رحیمی", "احمد رحيمي"}),  # Arabic letters find Persian and Arabic spelling
        ("رحیمی", {"فرشته رحیمی", "احمد رحيمي"}),  # and the reverse
        ("nunez", {"José Núñez"}),
        ("walesa", {"Lech Wałęsa"}),
        ("ковальчук", {"Оксана Ковальчук"}),
        ("wał", {"Lech Wałęsa", "Mateusz Wałęsiak"}),  # prefix
        ("kov", set()),  # no transliteration between scripts
        ("desir wil", {"Wilnerson Désir"}),  # every token, any order
        ('"; DROP TABLE cases; --', set()),
        (
            "   ",
            {
                "فرشته رحیمی",
                "احمد رحيمي",
                "José Núñez",
                "Lech Wałęsa",
                "Оксана Ковальчук",
                "Wilnerson Désir",
                "Mateusz Wałęsiak",
            },
        ),
    ],
)
def test_search(named, query, expected):
    assert {r.beneficiary for r in named.list_cases(CaseQuery(search=query))} == expected


def test_filters_and_sorting(named):
    rows = named.list_cases(order_by="beneficiary", descending=False)
    names = [r.beneficiary for r in rows]
    assert names[0] == "Wilnerson Désir" and len(names) == 7  # family name, folded
    assert named.count_cases(CaseQuery(status="draft")) == 7
    assert named.count_cases(CaseQuery(status="signed_off")) == 0
    with pytest.raises(UserError, match="Cannot sort"):
        named.list_cases(order_by="data; DROP TABLE cases")


def test_case_query_reaches_the_store_filter_whole(named):
    """The list's query (services) carries every filter the store knows, each to the same field."""
    import dataclasses
    import datetime as dt

    from parole_desktop.store.cases import CaseFilter

    query = CaseQuery(
        search="wał",
        status="draft",
        reason="medical",
        channel="abroad",
        key_date_within_days=30,
        not_ready=True,
        family_group_id=7,
        today=dt.date(2026, 11, 29),
    )
    store_fields = {f.name for f in dataclasses.fields(CaseFilter)} - {"extra"}
    assert {f.name for f in dataclasses.fields(CaseQuery)} == store_fields
    assert {n: getattr(query.to_store(), n) for n in store_fields} == dataclasses.asdict(query)
    assert named.count_cases(CaseQuery(search="wał", status="draft")) == 2
    assert named.count_cases(CaseQuery(search="wał", status="signed_off")) == 0
    assert [
        r.beneficiary
        for r in named.list_cases(
            CaseQuery(search="wał"), order_by="beneficiary", descending=False, limit=1, offset=1
        )
    ] == ["Mateusz Wałęsiak"]


def test_duplicate_check(session):
    import datetime as dt

    _new(session, "José", "Núñez", date_of_birth=dt.date(1990, 2, 3))
    assert [r.beneficiary for r in session.find_similar("Jose", "Nunez", dt.date(1990, 2, 3))] == [
        "José Núñez"
    ]
    assert session.find_similar("Jose", "Nunez", dt.date(1991, 1, 1)) == []


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.pdf", "is empty"),
    ],
)
def test_bad_evidence_files_store_nothing(session, tmp_path, content, name, message):
    case = _new(session, "A", "B")
    p = tmp_path / name
    p.write_bytes(content)
    before = set(session.vault.attachments.ids())
    with pytest.raises(UserError, match=message):
        session.add_evidence(case.id, p, kind="other")
    assert set(session.vault.attachments.ids()) == before
    assert session.load_case(case.id).evidence == []


def test_missing_file_and_folder(session, tmp_path):
    case = _new(session, "A", "B")
    with pytest.raises(UserError, match="no file"):
        session.add_evidence(case.id, tmp_path / "nope.pdf", kind="other")
    with pytest.raises(UserError, match="not a file"):
        session.add_evidence(case.id, tmp_path, kind="other")


def test_evidence_for_unknown_case_leaves_no_attachment(session, tmp_path):
    p = tmp_path / "a.pdf"
    p.write_bytes(minimal_pdf(["x"]))
    with pytest.raises(UserError, match="no case"):
        session.add_evidence(999, p, kind="other")
    assert session.vault.attachments.ids() == set()


def test_evidence_oddities_are_described(session, tmp_path):
    case = _new(session, "A", "B")
    exe = tmp_path / "invoice\u202efdp.exe"
    exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    with pytest.raises(UserError, match="this is a program, not a document") as exc:
        session.add_evidence(case.id, exe, kind="other")
    assert "\u202e" not in str(exc.value) and "Nothing was added" in str(exc.value)
    broken = tmp_path / ("x" * 240 + ".pdf")
    broken.write_bytes(b"%PDF-1.4\n garbage without xref")
    with pytest.raises(UserError, match=r"the PDF (is damaged|has no pages)") as exc:
        session.add_evidence(case.id, broken, kind="other")
    assert "x" * 121 not in str(exc.value) and str(tmp_path) not in str(exc.value)
    assert session.load_case(case.id).evidence == []


def test_translation_pairing_and_roundtrip(session, tmp_path):
    case = _new(session, "Оксана", "Ковальчук")
    orig = tmp_path / "birth.pdf"
    orig.write_bytes(minimal_pdf(["Svidotstvo"]))
    o = session.add_evidence(case.id, orig, kind="relationship_proof", language="uk").evidence
    tr = session.add_evidence(
        case.id,
        orig,
        kind="translation",
        translation_of=o.id,
        translator_name="T. Translator",
        translator_certified=True,
    ).evidence
    loaded = session.load_case(case.id)
    assert loaded.translations_of(o.id) == [loaded.evidence_by_id(tr.id)]
    assert session.read_evidence(loaded.evidence_by_id(o.id)) == orig.read_bytes()
    with pytest.raises(UserError, match="no evidence item"):
        session.add_evidence(case.id, orig, kind="translation", translation_of=12345)


def test_case_json_roundtrip(session, tmp_path):
    src = FIXTURES / "medical_uscis_complete.json"
    case = session.import_case(src)
    out = session.export_case(case.id, tmp_path / "out.json")
    again = json.loads(out.read_text(encoding="utf-8"))
    original = json.loads(src.read_text(encoding="utf-8"))
    for key in ("channel", "reason", "statement", "background"):
        assert again[key] == original[key]
    assert [p["given_name"] for p in again["people"]] == [p["given_name"] for p in original["people"]]


def test_schema_file_matches_the_domain():
    committed = json.loads(
        Path(case_json.__file__)
        .resolve()
        .parents[2]
        .joinpath("resources", "schema", "case.schema.json")
        .read_text(encoding="utf-8")
    )
    assert committed == case_json.build_schema(), "regenerate resources/schema/case.schema.json"


def _good() -> dict:
    return json.loads((FIXTURES / "medical_uscis_complete.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d.pop("channel"), "(top level)"),
        (lambda d: d.update(channel="mail"), "channel"),
        (lambda d: d["people"][0].update(date_of_birth="1990-13-45"), "people[0].date_of_birth"),
        (lambda d: d["people"][0].update(role="king"), "people[0].role"),
        (lambda d: d.update(duration_months=-3), "duration_months"),
        (lambda d: d.update(unexpected=1), "(top level)"),
        (lambda d: d["people"].append(dict(d["people"][0])), "people"),
        (lambda d: d.update(people=[p for p in d["people"] if p["role"] != "beneficiary"]), "people"),
        (lambda d: d["evidence"][0].update(translation_of=999), "evidence[0].translation_of"),
        (lambda d: d.update(statement="x" * 100_001), "statement"),
        (lambda d: d.update(format="something-else"), "format"),
    ],
)
def test_bad_case_json_names_the_field_and_writes_nothing(session, tmp_path, mutate, path):
    data = _good()
    mutate(data)
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    before = session.count_cases(), session.vault.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(ValidationError) as err:
        session.import_case(f)
    assert err.value.path == path
    after = session.count_cases(), session.vault.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert after == before


@pytest.mark.parametrize("raw", [b"", b"{", b"\xff\xfe\x00garbage", b"[]", b"null", b"42"])
def test_unparsable_case_json(session, tmp_path, raw):
    f = tmp_path / "bad.json"
    f.write_bytes(raw)
    with pytest.raises(ValidationError):
        session.import_case(f)
    assert session.count_cases() == 0


def test_backup_and_restore(session, paths, tmp_path):
    case = _new(session, "Rose", "Jean-Baptiste")
    src = tmp_path / "a.pdf"
    src.write_bytes(minimal_pdf(["synthetic"]))
    session.add_evidence(case.id, src, kind="identity_document")
    target = tmp_path / "stick" / "backup.pdbk"
    target.parent.mkdir()
    steps = []
    rep = session.backup(target, progress=lambda d, t, label: steps.append((d, t)))
    assert rep.counts["cases"] == 1 and rep.attachments == 1 and steps[-1][0] == steps[-1][1]
    assert session.last_backup_at() is not None
    assert b"Rose" not in target.read_bytes()
    session.delete_case(case.id)
    session.close()
    with pytest.raises(WrongPassphrase):
        restore_backup(paths, target, "wrong passphrase")
    kept = restore_backup(paths, target, PASSPHRASE)
    assert kept is not None and (kept / "vault.db").exists()
    with open_vault(paths, PASSPHRASE) as s2:
        restored = s2.load_case(case.id)
        assert restored.beneficiary_name == "Rose Jean-Baptiste"
        assert s2.read_evidence(restored.evidence[0]) == src.read_bytes()
        assert s2.audit_verify().ok


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_restore_refuses_foreign_or_corrupt_file(session, paths, tmp_path, content):
    session.close()
    bad = tmp_path / "bad.pdbk"
    bad.write_bytes(content)
    before = (paths.vault / "vault.db").read_bytes()
    with pytest.raises(UserError, match=r"not a Parole Desktop backup|damaged"):
        restore_backup(paths, bad, PASSPHRASE)
    assert (paths.vault / "vault.db").read_bytes() == before


def test_restore_refuses_a_damaged_backup(session, paths, tmp_path):
    _new(session, "A", "B")
    target = tmp_path / "b.pdbk"
    session.backup(target)
    session.close()
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    target.write_bytes(bytes(raw))
    with pytest.raises(UserError):
        restore_backup(paths, target, PASSPHRASE)


def test_backup_cancel_leaves_nothing(session, tmp_path):
    from parole_desktop.store.backup import BackupCancelled

    case = _new(session, "A", "B")
    src = tmp_path / "a.pdf"
    src.write_bytes(minimal_pdf(["x"]))
    session.add_evidence(case.id, src, kind="other")
    target = tmp_path / "out" / "b.pdbk"
    target.parent.mkdir()
    with pytest.raises(BackupCancelled):
        session.backup(target, cancelled=lambda: True)
    assert list(target.parent.iterdir()) == []


def test_backup_to_missing_folder_is_clear(session, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        session.backup(tmp_path / "gone" / "b.pdbk")
