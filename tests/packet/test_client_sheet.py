"""The client sheet (issue #24): a short PDF in the client's language with the documents still needed, what
happens next and how to reach the site; never the filing. Read back with pdftotext and pikepdf."""

from __future__ import annotations

import copy
import datetime as dt
import re
import subprocess
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from parole_desktop.errors import UserError
from parole_desktop.rules import translations as tr
from parole_desktop.rules.loader import pack_from_dict
from parole_desktop.services import case_json, client_sheet
from parole_desktop.services.checks import active_pack
from tests.conftest import FIXTURES

LANGS = ("en", "es", "fa_AF", "ps", "ar", "uk", "ht")
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return _CONTROLS.sub(" ", out)  # pdftotext wraps embedded runs in LRE/PDF: they separate words


def tokens(text: str) -> set[str]:
    """The words of a text, punctuation dropped (right-to-left lines extract in display order, so the
    sheets are compared word by word)."""
    text = _CONTROLS.sub(" ", text)
    arabic = re.findall(r"[\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u200c]+", text)
    other = re.findall(r"[^\W\u0600-\u06ff]+(?:-[^\W\u0600-\u06ff]+)*", text)
    return set(arabic) | set(other)


@pytest.fixture
def missing_case(session: Any) -> int:
    """The complete medical fixture case with no evidence attached: every required item is missing."""
    case = case_json.load_file(FIXTURES / "cases" / "medical_uscis_complete.json")
    case.evidence = []
    case.notes = "Internal note: reviewer asked about the surgery date (synthetic)"
    return int(session.save_case(case).id)


def sheet(session: Any, case_id: int, lang: str, tmp_path: Path) -> tuple[client_sheet.SheetResult, str]:
    res = client_sheet.export_client_sheet(session, case_id, lang, tmp_path / f"sheet-{lang}.pdf")
    return res, pdf_text(Path(res.path))


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_makes_a_sheet_with_the_documents_still_needed(
    session: Any, missing_case: int, tmp_path: Path, lang: str
) -> None:
    res, text = sheet(session, missing_case, lang, tmp_path)
    raw = active_pack(session).raw
    assert res.pages >= 1 and res.items >= 5 and res.lang == lang
    words = tokens(text)
    for key in (
        "sheet.title",
        "sheet.documents_needed",
        "sheet.next_steps",
        "item.common.identity_document.title",
        "item.medical_treatment.physician_letter.title",
        "next.uscis_parole_fee",
    ):
        expected = tr.localize(raw, lang, key).text
        assert tokens(expected) <= words, (lang, key, tokens(expected) - words)
    assert "Farzana" in words  # the client's given name, and nothing else of the case
    assert "Form I-131" in " ".join(text.split()) or "I-131" in words
    if lang != "en":
        assert res.marked > 0 and "not yet reviewed" in text  # drafts only, marked
    else:
        assert res.marked == 0 and "not yet reviewed" not in text


@pytest.mark.parametrize("lang", ["es", "fa_AF"])
def test_the_sheet_carries_no_case_field_but_the_given_name_and_no_internal_material(
    session: Any, missing_case: int, tmp_path: Path, lang: str
) -> None:
    res, text = sheet(session, missing_case, lang, tmp_path)
    case = session.load_case(missing_case)
    flat = " ".join(text.split())
    for secret in (
        "Karimi",
        "KARIMI",
        "PA764DB6",
        "Nadia",
        "Rahimi",
        "Erin",
        "Internal note",
        "surgery date",
    ):
        assert secret not in flat, secret
    for chunk in re.findall(r"\w{6,}(?: \w+){2}", case.statement)[:5]:  # nothing of the statement
        assert chunk not in flat
    assert not re.search(r"HP-[A-Z]{3}-\d\d", flat)  # no finding, no rule id
    assert "reviewer" not in flat.casefold() and "sign-off" not in flat.casefold()
    with pikepdf.open(res.path) as pdf:
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
        assert info["/Title"] == "Client sheet" and info["/Author"] == "Parole Desktop"
        assert not any("Farzana" in v for v in info.values())
        assert len(pdf.attachments) == 0 and "/AcroForm" not in pdf.Root
    audit = [e for e in session.vault.audit.entries() if e.action == "export"]
    assert audit and f"client_sheet={lang}" in audit[-1].detail


def _pack_with(session: Any, edit: Any) -> Any:
    raw = copy.deepcopy(active_pack(session).raw)
    edit(raw)
    return pack_from_dict(raw)


def test_a_stale_entry_shows_the_english_and_says_translation_out_of_date(
    session: Any, missing_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def edit(raw: dict[str, Any]) -> None:
        item = next(i for i in raw["common_items"] if i["id"] == "identity_document")
        item["title"] = "Beneficiary's passport or national ID card"

    pack = _pack_with(session, edit)
    monkeypatch.setattr(client_sheet, "active_pack", lambda _s: pack)
    res, text = sheet(session, missing_case, "es", tmp_path)
    flat = " ".join(text.split())
    assert "Beneficiary's passport or national ID card" in flat
    assert "Documento de identidad del beneficiario" not in flat  # the stale Spanish is never shown
    assert "translation out of date: shown in English" in flat
    assert "traducción desactualizada" in flat
    assert "Documento de identidad del solicitante" in flat  # the others stay translated
    assert "1 out of date (shown in English, marked)" in client_sheet.catalog_note(session, "es")
    assert res.marked > 0
    st = tr.catalog_status(pack.raw, "es")
    assert st.stale == ("item.common.identity_document.title",)


def test_unreviewed_entries_are_marked_and_reviewed_ones_are_not(
    session: Any, missing_case: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reviewed_key = "item.common.identity_document.title"

    def one_reviewed(raw: dict[str, Any]) -> None:
        raw["translations"]["es"][reviewed_key]["reviewed"] = True

    pack = _pack_with(session, one_reviewed)
    monkeypatch.setattr(client_sheet, "active_pack", lambda _s: pack)
    _, text = sheet(session, missing_case, "es", tmp_path)
    lines = [" ".join(ln.split()) for ln in text.splitlines()]
    assert "• Documento de identidad del beneficiario" in lines  # reviewed: no mark
    assert "• Documento de identidad del solicitante *" in lines  # draft: marked
    assert any(ln.startswith("* (not yet reviewed") for ln in lines)
    assert any(ln.startswith("* (sin revisar") for ln in lines)

    def all_reviewed(raw: dict[str, Any]) -> None:
        for entry in raw["translations"]["es"].values():
            entry["reviewed"] = True

    pack = _pack_with(session, all_reviewed)
    monkeypatch.setattr(client_sheet, "active_pack", lambda _s: pack)
    res, text = sheet(session, missing_case, "es", tmp_path)
    assert res.marked == 0 and "not yet reviewed" not in text and " *" not in text


def test_a_case_with_nothing_missing_says_so(session: Any, complete_case: int, tmp_path: Path) -> None:
    res, text = sheet(session, complete_case, "en", tmp_path)
    assert res.items == 0
    assert "Nothing is missing from the checklist now." in " ".join(text.split())
    res, text = sheet(session, complete_case, "es", tmp_path)
    assert "Por ahora no falta nada de la lista." in " ".join(text.split())
    assert "Documentos que todavía necesitamos" in text


def test_the_site_is_named_only_when_the_vault_records_it(
    session: Any, missing_case: int, tmp_path: Path
) -> None:
    _, text = sheet(session, missing_case, "en", tmp_path)
    assert "How to reach us" not in text  # nothing recorded: nothing said, nothing invented
    from parole_desktop.services import roster
    from tests.services.roster_helpers import new_org

    roster.enrol_and_pin(session.vault, new_org("Field Site Legal Aid (synthetic)"), [], actor="org admin")
    _, text = sheet(session, missing_case, "en", tmp_path)
    assert "How to reach us" in text and "Field Site Legal Aid (synthetic)" in text
    _, text = sheet(session, missing_case, "ar", tmp_path)
    assert "Field Site Legal Aid" in " ".join(text.split())
    assert tokens(tr.localize(active_pack(session).raw, "ar", "sheet.contact").text) <= tokens(text)


def test_a_bad_language_is_refused_naming_the_languages(
    session: Any, missing_case: int, tmp_path: Path
) -> None:
    with pytest.raises(UserError) as err:
        client_sheet.export_client_sheet(session, missing_case, "fr", tmp_path / "x.pdf")
    for lang in LANGS:
        assert lang in str(err.value)
    assert "'fr'" in str(err.value) and not (tmp_path / "x.pdf").exists()
    with pytest.raises(UserError, match="does not exist"):
        client_sheet.export_client_sheet(session, missing_case, "es", tmp_path / "no" / "x.pdf")


def test_a_latin_name_in_a_dari_sentence_is_isolated_and_the_lines_are_right_aligned(
    session: Any, missing_case: int, tmp_path: Path
) -> None:
    sh, _ = client_sheet.build_sheet(session, missing_case, "fa_AF")
    assert sh.rtl and sh.prepared_for is not None and sh.prepared_for.rtl
    assert "برای \u2068Farzana\u2069 به تاریخ \u2068" in sh.prepared_for.text
    assert not sh.items[0].title.rtl or sh.items[0].title.text.startswith("سند")
    res, _ = sheet(session, missing_case, "fa_AF", tmp_path)
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "36", "-f", "1", "-l", "1", "-gray", res.path, str(png)], check=True)
    from PIL import Image

    img = Image.open(next(tmp_path.glob("page*.pgm")))
    w, h = img.size
    px = img.load()
    title_rows = range(int(h * 0.07), int(h * 0.12))
    ink = [x for y in title_rows for x in range(w) if px[x, y] < 128]
    assert ink, "the title is drawn"
    margin = int(w * 0.8 / 8.5)  # 0.8 in of 8.5 in
    assert max(ink) >= w - margin - 10  # right-aligned: the line ends at the right margin
    assert min(ink) > margin + 20  # and does not start at the left one


def _boxes(pdf: str) -> list[tuple[float, float, str]]:
    """(x, y, word) of every word pdftotext finds on page 1; Arabic words as drawn (letters reversed)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>', out)
    return [(float(x), float(y), w) for x, y, w in found]


@pytest.mark.parametrize("lang", ["fa_AF", "ps", "ar"])
def test_right_to_left_lines_read_from_the_right_and_keep_the_latin_name_in_place(
    session: Any, missing_case: int, tmp_path: Path, lang: str
) -> None:
    res, text = sheet(session, missing_case, lang, tmp_path)
    boxes = _boxes(res.path)

    def x_of(word: str, near_y: float | None = None) -> float:
        arabic = bool(re.match("[\u0600-\u06ff]", word))
        hits = [
            (x, y)
            for x, y, w in boxes
            if (w == word[::-1] if arabic else word in w) and (near_y is None or abs(y - near_y) < 3)
        ]
        assert hits, (word, lang)
        return hits[0][0]

    title = tr.localize(active_pack(session).raw, lang, "sheet.title").text
    words = re.findall("[\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u200c]+", title)
    y = next(y for x, y, w in boxes if w == words[0][::-1])
    assert x_of(words[0], y) > x_of(words[1], y) > x_of(words[-1], y)  # the first word is on the right
    # the prepared-for line: the given name stands where {name} is, the date where {date} is
    line = tr.localize(active_pack(session).raw, lang, "sheet.prepared_for").text
    once = [
        w for w in re.findall("[\u0620-\u06ff]+", line) if re.findall("[\u0620-\u06ff]+", line).count(w) == 1
    ]
    before_name = [w for w in re.findall("[\u0620-\u06ff]+", line.split("{name}")[0]) if w in once]
    after_date = [w for w in re.findall("[\u0620-\u06ff]+", line.split("{date}")[1]) if w in once]
    name_y = next(y for x, y, w in boxes if w == "Farzana")
    name_x, date_x = x_of("Farzana", name_y), x_of(dt.date.today().isoformat(), name_y)
    if before_name:
        assert x_of(before_name[-1], name_y) > name_x
    assert name_x > date_x  # {name} comes before {date} in every language's sentence
    if after_date:
        assert date_x > x_of(after_date[0], name_y)
    # and pdftotext reads the title back in the typed order
    assert " ".join(words) in " ".join(re.findall("[\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u200c]+", text))
