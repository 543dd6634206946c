"""Issue #24: what is filed stays English. A packet (and the review record) built while the volunteer works
in Dari holds no Dari text beyond what the case itself holds, and the stored findings stay English; only
what is shown is translated (the rules pack's catalogs, ``services/pack_texts.py``)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from parole_desktop import l10n
from parole_desktop.domain import codec
from parole_desktop.services import case_json
from parole_desktop.services.checks import active_pack, run_checks
from parole_desktop.services.pack_texts import DRAFT, Marks, PackTexts
from parole_desktop.services.packets import REVIEW, export_packet
from tests.conftest import FIXTURES

#: a run of Arabic-script letters (Dari, Pashto, Arabic)
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")
#: a Dari sentence the case itself holds: it may (and must, where the case prints it) reach the packet
CLIENT_WORDS = "خانوادهٔ ما در کابل است"


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def dari_session(session):
    case = case_json.load_file(FIXTURES / "cases" / "protection_afghanistan_uscis.json")
    case.statement = f"{case.statement} {CLIENT_WORDS}"
    case_id = session.save_case(case).id
    l10n.set_language("fa_AF")
    yield session, case_id
    l10n.set_language("en")


@pytest.mark.slow
def test_a_packet_built_in_a_dari_session_holds_no_dari_beyond_the_case(dari_session, tmp_path) -> None:
    session, case_id = dari_session
    assert l10n.current_language() == "fa_AF" and l10n._("NOT ready") != "NOT ready"  # Dari is in use
    case = session.load_case(case_id)
    case_words = set(ARABIC_SCRIPT.findall(json.dumps(codec.case_to_dict(case), ensure_ascii=False)))
    assert set(CLIENT_WORDS.split()) <= case_words
    pack = active_pack(session).raw
    catalog_words = {
        w for entry in pack["translations"]["fa_AF"].values() for w in ARABIC_SCRIPT.findall(entry["text"])
    }
    packet = export_packet(session, case_id, tmp_path / "draft.pdf", draft=True)
    record = export_packet(session, case_id, tmp_path / "review.pdf", draft=True, output=REVIEW)
    for res in (packet, record):
        text = _pdf_text(Path(res.path))
        assert "Form I-131" in text or "I-131" in text
        found = set(ARABIC_SCRIPT.findall(text))
        assert found <= case_words, (res.path, sorted(found - case_words)[:10])
        # nothing of the pack's Dari catalogs that the case does not hold itself
        assert not (found & (catalog_words - case_words))


def test_the_stored_findings_stay_english_and_are_translated_when_shown(dari_session) -> None:
    session, case_id = dari_session
    res = run_checks(session, case_id)
    english = run_checks(session, case_id)  # the same stored English, whatever the language in use
    assert [f.message for f in res.findings] == [f.message for f in english.findings]
    assert res.findings and not any(ARABIC_SCRIPT.search(f.message + f.citation) for f in res.findings)
    texts = PackTexts(active_pack(session).raw, l10n.current_language(), Marks("out of date", "not yet"))
    shown = [texts.finding(f) for f in res.findings]
    assert all(ARABIC_SCRIPT.search(s.text) and s.state == DRAFT and s.text.startswith("* ") for s in shown)
    summary = next(s for s in session.list_cases() if s.id == case_id)
    assert summary.readiness and not ARABIC_SCRIPT.search(summary.readiness)  # stored in English
