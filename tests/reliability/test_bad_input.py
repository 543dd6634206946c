"""Bad evidence files: each is refused with a message naming it, or stored with a problem note, never
half-stored; a draft packet with one bad exhibit builds or fails with a UserError naming that exhibit,
and never leaves a file under the final name."""

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
from tests.reliability.conftest import FIXTURES, partials, summary

BAD = FIXTURES / "bad"
COMMITTED = sorted(make_bad.small_corpus())
# what must happen at intake: "refused" (UserError, nothing stored) or "problem" (stored, noted)
EXPECT_INTAKE = {
    "empty.pdf": "refused",
    "bomb.png": "problem",
    "truncated.jpg": "problem",
    "truncated.png": "problem",
    "zero_by_zero.png": "problem",
    "encrypted.pdf": "problem",
    "program.pdf": "problem",
    "elf.pdf": "problem",
    "photo.heic": "problem",
    "pages5000.pdf": "problem",
    "sparse_2gb.pdf": "refused",
}
RESULTS: Counter = Counter()


def _case(session) -> int:  # type: ignore[no-untyped-def]
    case = session.save_case(Case(people=[Person(role=Role.BENEFICIARY, given_name="Amal", family_name="Haddad")]))
    good = session.add_evidence_bytes(int(case.id or 0), minimal_pdf(["good exhibit"]), "good.pdf", kind="other")
    assert good.id
    return int(case.id or 0)


def _state(session, cid: int) -> tuple[set[str], int]:  # type: ignore[no-untyped-def]
    n = session.vault.db.execute("SELECT count(*) FROM evidence WHERE case_id = ?", [cid]).fetchone()[0]
    return set(session.vault.attachments.ids()), n


def _intake_and_packet(session, path: Path, out: Path, key: str) -> str:  # type: ignore[no-untyped-def]
    cid = _case(session)
    before = _state(session, cid)
    shown = safe_display_name(path.name)
    try:
        added = session.add_evidence(cid, path, kind="other", title=f"Bad {key}")
    except UserError as exc:
        assert shown in str(exc), f"the message does not name the file: {exc}"
        assert _state(session, cid) == before, "a refused file left something behind"
        outcome = "refused"
    else:
        assert added.evidence.id and len(_state(session, cid)[0]) == len(before[0]) + 1
        outcome = "problem" if added.info.problem else "stored"
        assert session.read_evidence(added.evidence) == path.read_bytes()  # preview works, content intact
    if key in EXPECT_INTAKE:
        assert outcome == EXPECT_INTAKE[key], f"{key}: {outcome}"
    dest = out / f"packet-{re.sub(r'[^a-z0-9]', '_', key)}.pdf"
    try:
        res = export_packet(session, cid, dest, draft=True)
    except UserError as exc:
        assert f"Bad {key}" in str(exc) or shown in str(exc), f"the packet error does not name the exhibit: {exc}"
        assert not dest.exists(), "a failed build left a file under the final name"
        packet = "refused"
    except ParoleError as exc:  # pragma: no cover - reported with the file name
        pytest.fail(f"{key}: packet build raised {type(exc).__name__}: {exc}")
    else:
        assert outcome != "problem", f"{key} was noted as unprintable but the packet built"
        with pikepdf.open(res.path) as pdf:
            assert len(pdf.pages) == res.pages
        packet = "built"
    assert not partials(out), partials(out)
    RESULTS[f"{outcome}/{packet}"] += 1
    return f"{outcome}, packet {packet}"


@pytest.mark.parametrize("name", COMMITTED)
def test_committed_bad_file(session, tmp_path, name):
    result = _intake_and_packet(session, BAD / name, tmp_path, name)
    summary(f"bad input {name}", 1, result)


def test_committed_corpus_is_current():
    """The committed files exist and are small (PDF /IDs and encryption salts differ on every run)."""
    for name in COMMITTED:
        assert (BAD / name).exists(), f"run python tests/fixtures/bad/make_bad.py ({name} missing)"
        assert (BAD / name).stat().st_size < 200_000


def test_big_files(session, tmp_path):
    files = make_bad.big_files(tmp_path / "big")
    for key, path in files.items():
        result = _intake_and_packet(session, path, tmp_path, key)
        summary(f"bad input {key}", 1, result)


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
        found = [str(k) for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary)
                 for k in obj if k in ("/JS", "/JavaScript", "/AA", "/OpenAction")]
    assert not found and b"app.alert" not in raw, found
    summary("PDF exhibit with JavaScript (OpenAction, page /AA, link)", 1, "no JavaScript in the packet")
