"""The cover letter states only what was recorded: every sentence traces to a field or an exhibit, and a
removed field takes its sentence with it."""

from __future__ import annotations

import copy
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from parole_desktop.domain.enums import Reason, Role
from parole_desktop.domain.models import Case
from parole_desktop.packet.build import build_packet
from parole_desktop.packet.letter import build_letter
from parole_desktop.packet.names import country_name, language_name
from parole_desktop.packet.plan import plan_exhibits
from tests.packet import packet_factory as f
from tests.packet.test_filing_packet import _cases, _ready_fixtures

FIELD = re.compile(r"^(case|people\.\w+|packet)\.[a-z_]+$|^exhibit:[A-Z0-9,\-]+$")
ALL = [*_ready_fixtures(), "protection_afghanistan_uscis.json", "draft_minimal_uscis.json"]


def _letter(case: Case, key_kinds: dict[str, list[str]] | None = None) -> list[tuple[str, str]]:
    plan = plan_exhibits(
        [case],
        [f.source(int(case.id or 1), b"x", e.title, e.original_filename, kind=e.kind) for e in case.evidence],
        key_kinds,
    )[0]
    letter = build_letter(case, plan, ["statement of reasons"], dt.date(2026, 11, 20))
    return [(s.text, s.source) for s in letter.all_sentences()]


def _value(case: Case, source: str) -> str:
    head, _, attr = source.rpartition(".")
    if head == "case":
        return str(getattr(case, attr))
    role = head.split(".")[1]
    p = case.people_with_role(Role(role))[0]
    return str(getattr(p, attr))


@pytest.mark.parametrize("name", ALL)
def test_every_sentence_traces_to_a_field_or_an_exhibit(name: str) -> None:
    for case in _cases(name):
        sentences = _letter(case)
        assert sentences
        letters = {
            ex.letter
            for ex in plan_exhibits(
                [case], [f.source(1, b"x", e.title, "", kind=e.kind) for e in case.evidence]
            )[0].exhibits
        }
        for text, source in sentences:
            assert FIELD.match(source), (text, source)
            if source.startswith("exhibit:"):
                cited = source.split(":")[1].split(",")
                assert all(c in letters for c in cited) and all(f"Exhibit {c}" in text for c in cited)
            elif source.startswith(("case.", "people.")) and source not in (
                "case.expedite_requested",
                "case.reason",
            ):
                value = _value(case, source)
                assert value and value not in ("None", "False"), (text, source)
                if source.endswith(
                    (
                        "statement",
                        "why_no_visa",
                        "inadmissibility",
                        "duration_justification",
                        "return_intent",
                        "home_ties",
                        "refugee_processing_unavailable",
                    )
                ):
                    assert " ".join(text.split()) in " ".join(value.split())


FIELDS = [
    ("case", "why_no_visa", "Why parole"),
    ("case", "inadmissibility", None),
    ("case", "duration_months", "Parole is requested for"),
    ("case", "return_intent", None),
    ("case", "home_ties", None),
    ("case", "statement", None),
    ("case", "key_date", None),
    ("beneficiary", "citizenship", "is a citizen of"),
    ("beneficiary", "current_country", "currently lives in"),
    ("beneficiary", "date_of_birth", "was born on"),
]


@pytest.mark.parametrize(("owner", "attr", "phrase"), FIELDS)
def test_removing_a_field_removes_its_sentence(owner: str, attr: str, phrase: str | None) -> None:
    case = _cases("medical_uscis_complete.json")[0]
    case.return_intent = case.return_intent or "She will return when the treatment ends."
    case.home_ties = case.home_ties or "Her two children live in Kabul."
    before = _letter(case)
    source = f"case.{attr}" if owner == "case" else f"people.{owner}.{attr}"
    mine = [t for t, s in before if s == source]
    assert mine, f"{source} gives no sentence"
    bare = copy.deepcopy(case)
    target = bare if owner == "case" else bare.people_with_role(Role(owner))[0]
    setattr(target, attr, None if attr in ("duration_months", "key_date", "date_of_birth") else "")
    after = _letter(bare)
    assert not [t for t, s in after if s == source]
    for t in mine:
        assert t not in [x for x, _ in after]
    if phrase:
        assert not any(phrase in t for t, _ in after)


def test_stock_claims_are_gone() -> None:
    """The review found these in every letter whatever the case said; none is printed unless recorded."""
    for name in ALL:
        for case in _cases(name):
            text = " ".join(t for t, _ in _letter(case))
            assert "or a neighbouring country" not in text
            assert "third-party documents naming" not in text
            assert "close family in the United States" not in text
            assert "Form I-131 and Form I-134 are enclosed" not in text


def test_funeral_and_minor_companion_and_protection_facts_only_when_recorded() -> None:
    case = _cases("funeral_cbp.json")[0]
    case.deceased_name, case.deceased_relationship = "Amina Louissaint", "grandmother"
    assert any(
        t == "The funeral is for Amina Louissaint, the beneficiary's grandmother." for t, _ in _letter(case)
    )
    case.deceased_name = ""
    assert not any("funeral is for" in t for t, _ in _letter(case))
    med = _cases("medical_minor_uscis.json")[0]
    med.minor_companion_name, med.minor_companion_relationship = "Nadia Rahimi", "mother"
    assert any(t.startswith("Nadia Rahimi, the patient's mother, will accompany") for t, _ in _letter(med))
    prot = _cases("protection_afghanistan_uscis.json")[0]
    prot.refugee_processing_unavailable = (
        "No refugee processing post is reachable before the threat materialises."
    )
    assert (
        "No refugee processing post is reachable before the threat materialises.",
        "case.refugee_processing_unavailable",
    ) in _letter(prot)
    prot.refugee_processing_unavailable = ""
    assert not any(s == "case.refugee_processing_unavailable" for _, s in _letter(prot))


def test_signed_by_counsel_when_represented(tmp_path: Path) -> None:
    case = _cases("public_benefit_represented_uscis.json")[0]
    rep = case.people_with_role(Role.REPRESENTATIVE)[0]
    plan = plan_exhibits([case], [])[0]
    letter = build_letter(case, plan, [], dt.date(2026, 11, 20))
    assert letter.signer == rep.full_name and "G-28" in letter.signer_role
    case.represented = False
    letter = build_letter(case, plan, [], dt.date(2026, 11, 20))
    assert letter.signer == case.people_with_role(Role.REQUESTOR)[0].full_name


def _pdftext(path: Path, first: int | None = None) -> str:
    args = ["pdftotext"] + (["-f", str(first), "-l", str(first)] if first else [])
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_arabic_names_extract_as_typed_and_names_in_words(tmp_path: Path) -> None:
    inp = f.family_input(draft=True)
    res = build_packet(inp, tmp_path / "p.pdf")
    text = _pdftext(tmp_path / "p.pdf")
    for c in inp.cases:
        assert c.beneficiary_name in text, c.beneficiary_name  # typed order, every letter
    assert "هتشرف" not in text  # no reversed letters left anywhere (body, contents or footers)
    first = _pdftext(tmp_path / "p.pdf", 1)
    assert "Afghanistan" in first and "Pakistan" in first
    assert "Persian (Farsi)" in text and "language: fa" not in text  # the index names the language
    assert res.pages > 0
    assert country_name("AF") == "Afghanistan" and country_name("Syria") == "Syria" and country_name("") == ""
    assert (
        language_name("fa-AF") == "Dari"
        and language_name("ps") == "Pashto"
        and language_name("xx-YY") == "xx-YY"
    )


@pytest.mark.slow
def test_contents_page_numbers_never_wrap(tmp_path: Path) -> None:
    inp = f.family_input(draft=True)
    res = build_packet(inp, tmp_path / "p.pdf")
    assert res.pages > 99  # three-digit page numbers
    page = 2
    while "Contents" not in _pdftext(tmp_path / "p.pdf", page):
        page += 1
    lines = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page + 1), str(tmp_path / "p.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    numbered = [ln for ln in lines if re.search(r"\s(\d{1,3})$", ln.rstrip())]
    assert any(re.search(r"\s1\d\d$", ln.rstrip()) for ln in numbered)  # a three-digit number on one line
    for ln in lines:  # no line that is only a fragment of a page number
        assert not re.fullmatch(r"\s*\d\s*", ln), lines


def test_reason_sections_follow_the_case() -> None:
    case = _cases("medical_uscis_complete.json")[0]
    case.reason = Reason.FAMILY_UNITY
    text = " ".join(t for t, _ in _letter(case))
    assert "preventing family separation" in text and "close family" not in text
