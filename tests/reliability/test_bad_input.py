"""Bad evidence files: each either prints correctly or is refused at intake with a plain, specific message
naming it (no exception names, no folder), never half-stored; a stored file always builds into a draft
packet (intake's verdict is the build's), and a failed build never leaves a file under the final name."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pikepdf
import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import ParoleError, UserError
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.inspect import safe_display_name
from parole_desktop.services.packets import export_packet
from tests.fixtures.bad import make_bad
from tests.packet.active_content import scan_pdf
from tests.reliability.conftest import FIXTURES, partials, summary

BAD = FIXTURES / "bad"
COMMITTED = sorted(make_bad.small_corpus())
REFUSED = {
    "empty.pdf",
    "bomb.png",
    "truncated.jpg",
    "truncated.png",
    "zero_by_zero.png",
    "encrypted.pdf",
    "nested.pdf",
    "program.pdf",
    "elf.pdf",
    "photo.heic",
    "garbage.jpg",
    "xfa_only.pdf",
    "corrupt_stream.pdf",
    "pages5000.pdf",
    "sparse_2gb.pdf",
}
# what the stored file's verdict notes (a substring), where printing changes something
NOTED = {
    "animated.gif": "first frame",
    "animated.webp": "first frame",
    "two_pictures.mpo": "first photo",
    "phone_photo.heic": "converted from HEIF to JPEG",
    "phone_photo.avif": "converted from AVIF to JPEG",
    "gray16.tiff": "scaled",
    "float32.tiff": "scaled",
    "optional_content.pdf": "hidden layers",
    "form_field_js.pdf": "form fields printed",
    "note_without_appearance.pdf": "page 1 printed as a picture",
}
RESULTS: Counter = Counter()


def _case(session) -> int:  # type: ignore[no-untyped-def]
    case = session.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name="Amal", family_name="Haddad")])
    )
    good = session.add_evidence_bytes(
        int(case.id or 0), minimal_pdf(["good exhibit"]), "good.pdf", kind="other"
    )
    assert good.id
    return int(case.id or 0)


def _state(session, cid: int) -> tuple[set[str], int]:  # type: ignore[no-untyped-def]
    n = session.vault.db.execute("SELECT count(*) FROM evidence WHERE case_id = ?", [cid]).fetchone()[0]
    return set(session.vault.attachments.ids()), n


def assert_plain(message: str, folder: Path) -> None:
    """No exception class names, no folder path, the reason not cut off."""
    assert not re.search(r"\b[A-Z][A-Za-z]+(Error|Exception|Warning)\b", message), message
    assert str(folder) not in message, message
    reason = message.split("”", 1)[-1]
    assert "…" not in reason and reason.rstrip().endswith("."), message


def _intake_and_packet(session, path: Path, out: Path, key: str) -> str:  # type: ignore[no-untyped-def]
    cid = _case(session)
    before = _state(session, cid)
    shown = safe_display_name(path.name)
    try:
        added = session.add_evidence(cid, path, kind="other", title=f"Bad {key}")
    except UserError as exc:
        assert shown in str(exc), f"the message does not name the file: {exc}"
        assert_plain(str(exc), path.parent)
        assert _state(session, cid) == before, "a refused file left something behind"
        outcome = "refused"
    else:
        ev = added.evidence
        assert ev.id and len(_state(session, cid)[0]) == len(before[0]) + 1
        stored = session.load_case(cid).evidence_by_id(ev.id)
        assert stored.print_verdict == "ok" and stored.print_note == ev.print_note, "verdict not stored"
        if key in NOTED:
            assert NOTED[key] in stored.print_note, (key, stored.print_note)
        if ev.media_type == "image/jpeg" and path.suffix in (".heic", ".avif"):
            assert session.read_evidence(ev)[:3] == b"\xff\xd8\xff"  # the converted photo is kept
        else:
            assert session.read_evidence(ev) == path.read_bytes()  # content intact
        outcome = "stored"
    assert outcome == ("refused" if key in REFUSED else "stored"), f"{key}: {outcome}"
    dest = out / f"packet-{re.sub(r'[^a-z0-9]', '_', key)}.pdf"
    try:
        res = export_packet(session, cid, dest, draft=True)
    except UserError as exc:
        pytest.fail(f"{key}: intake stored it (or refused it) but the build failed: {exc}")
    except ParoleError as exc:  # pragma: no cover - reported with the file name
        pytest.fail(f"{key}: packet build raised {type(exc).__name__}: {exc}")
    with pikepdf.open(res.path) as pdf:
        assert len(pdf.pages) == res.pages
    assert not scan_pdf(res.path) and b"app.alert" not in Path(res.path).read_bytes()
    assert not partials(out), partials(out)
    RESULTS[outcome] += 1
    return f"{outcome}, packet built"


def test_every_committed_file_has_an_expected_outcome():
    assert set(COMMITTED) >= (REFUSED - {"pages5000.pdf", "sparse_2gb.pdf"}) | set(NOTED)


@pytest.mark.slow
@pytest.mark.parametrize("name", COMMITTED)
def test_committed_bad_file(session, tmp_path, name):
    result = _intake_and_packet(session, BAD / name, tmp_path, name)
    summary(f"bad input {name}", 1, result)


def test_committed_corpus_is_current():
    """The committed files exist and are small (PDF /IDs and encryption salts differ on every run)."""
    for name in COMMITTED:
        assert (BAD / name).exists(), f"run python tests/fixtures/bad/make_bad.py ({name} missing)"
        assert (BAD / name).stat().st_size < 200_000


@pytest.mark.slow
def test_big_files(session, tmp_path):
    files = make_bad.big_files(tmp_path / "big")
    for key, path in files.items():
        result = _intake_and_packet(session, path, tmp_path, key)
        summary(f"bad input {key}", 1, result)


@pytest.mark.slow
def test_hostile_file_names(session, tmp_path):
    files = make_bad.odd_names(tmp_path / "names", minimal_pdf(["named oddly"]))
    for key, path in files.items():
        cid = _case(session)
        added = session.add_evidence(cid, path, kind="other")
        name = added.evidence.original_filename
        assert name and "/" not in name and "\\" not in name and ".." not in name.replace("...", "")
        assert not re.search("[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]", name), repr(name)
        assert len(name) <= 120
        res = export_packet(session, cid, tmp_path / f"named-{key}.pdf", draft=True)
        assert res.pages > 0
        summary(f"file name {key}", 1, f"stored as {name[:30]!r}…, packet built")


def test_javascript_never_reaches_the_packet(session, tmp_path):
    cid = _case(session)
    session.add_evidence(cid, BAD / "javascript.pdf", kind="other")
    res = export_packet(session, cid, tmp_path / "js.pdf", draft=True)
    raw = Path(res.path).read_bytes()
    with pikepdf.open(res.path) as pdf:
        found = [
            str(k)
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary)
            for k in obj
            if k in ("/JS", "/JavaScript", "/AA", "/OpenAction")
        ]
    assert not found and b"app.alert" not in raw, found
    summary("PDF exhibit with JavaScript (OpenAction, page /AA, link)", 1, "no JavaScript in the packet")
