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


# --- issue #20 items 3, 5, 10, 11; issue #21 items 1 and 8 -------------------------------------------


def _text_of(case: Case, pack: object = None, enclosures: list[str] | None = None) -> str:
    from parole_desktop.packet.model import PackInfo

    plan = plan_exhibits([case], [])[0]
    assert pack is None or isinstance(pack, PackInfo)
    letter = build_letter(case, plan, enclosures or [], dt.date(2026, 11, 20), pack=pack)
    return " ".join(s.text for s in letter.all_sentences())


def _pack() -> object:
    from parole_desktop.rules import load_pack
    from parole_desktop.services.packets import _pack_info

    return _pack_info(load_pack())


def test_letter_names_the_passport_latin_name_then_the_typed_name() -> None:
    from parole_desktop.packet.templates import letter_name, passport_name

    case = _cases("medical_uscis_complete.json")[0]
    b = case.beneficiary
    assert b is not None
    b.given_name, b.family_name = "فرشته", "رحیمی"
    b.passport_given_name, b.passport_family_name = "FERESHTEH", "RAHIMI"
    assert passport_name(b) == "FERESHTEH RAHIMI"
    assert letter_name(b) == "FERESHTEH RAHIMI (فرشته رحیمی)"
    text = _text_of(case)
    assert "for FERESHTEH RAHIMI (فرشته رحیمی)" in text  # Re: line and first sentence
    assert "FERESHTEH RAHIMI was born on" in text  # later mentions: the passport name alone
    b.given_name, b.family_name = "Fereshteh", "Rahimi"  # the same name typed in Latin letters
    assert letter_name(b) == "FERESHTEH RAHIMI"


def test_basis_is_the_recorded_one_and_derived_in_one_place() -> None:
    from parole_desktop.domain.enums import ParoleBasis
    from parole_desktop.packet.templates import parole_basis_of

    case = _cases("medical_uscis_complete.json")[0]
    assert parole_basis_of(case) == ParoleBasis.URGENT_HUMANITARIAN
    assert "for urgent humanitarian reasons under INA" in _text_of(case)
    case.parole_basis = ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT
    text = _text_of(case)
    assert "for significant public benefit under INA" in text and "urgent humanitarian" not in text
    case.parole_basis = ParoleBasis.UNRECORDED
    case.reason = Reason.PUBLIC_BENEFIT
    assert parole_basis_of(case) == ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT
    text = _text_of(case)
    assert "Urgent humanitarian reasons: significant public benefit" not in text
    assert "urgent humanitarian" not in text


def test_self_filer_is_never_asked_for_by_themself() -> None:
    case = _cases("self_filing_afghanistan_uscis.json")[0]
    b = case.beneficiary
    assert b is not None
    text = _text_of(case)
    name = b.full_name
    assert f"{name} requests parole into the United States for urgent humanitarian reasons" in text
    assert (
        f"for {name} for" not in text
        and f"requests humanitarian parole into the United States for {name}" not in text
    )
    letter = build_letter(case, plan_exhibits([case], [])[0], [], dt.date(2026, 11, 20))
    assert letter.signer == name and "own behalf" in letter.signer_role


def test_organization_requestor_wording() -> None:
    case = _cases("medical_uscis_complete.json")[0]
    req = case.people_with_role(Role.REQUESTOR)[0]
    req.given_name = req.family_name = ""
    req.organization = "Example Refugee Services"
    b = case.beneficiary
    assert b is not None
    assert f"Example Refugee Services requests parole into the United States for {b.full_name}" in _text_of(
        case
    )
    letter = build_letter(case, plan_exhibits([case], [])[0], [], dt.date(2026, 11, 20))
    assert case.represented or letter.signer == "Example Refugee Services"


def test_re_parole_asks_for_a_new_period_and_cites_the_i94() -> None:
    from parole_desktop.domain.enums import RequestType

    case = _cases("medical_uscis_complete.json")[0]
    case.request_type = RequestType.RE_PAROLE
    b = case.beneficiary
    assert b is not None
    b.current_country = "US"
    b.class_of_admission, b.i94_number, b.i94_expiry = "UHP", "12345678901", dt.date(2027, 1, 31)
    text = _text_of(case)
    assert "requests a new period of parole (re-parole)" in text
    assert "class of admission UHP, I-94 number 12345678901, admitted until January 31, 2027" in text
    assert "currently lives in" not in text and "into the United States" not in text
    b.class_of_admission = b.i94_number = ""
    b.i94_expiry = None
    assert "I-94" not in _text_of(case)  # nothing recorded, nothing said


def test_grounds_fee_exception_duration_country_and_key_date_in_words() -> None:
    from parole_desktop.domain.enums import KeyDateKind, ParoleFeePlan
    from parole_desktop.packet.templates import country_phrase, months

    pack = _pack()
    case = _cases("medical_uscis_complete.json")[0]
    case.inadmissibility_grounds = ["212(a)(7)(B)(i)(I)", "214(b)"]
    case.parole_fee_plan, case.parole_fee_exception = ParoleFeePlan.EXCEPTION_CLAIMED, "E1"
    case.duration_months = 1
    case.key_date_label = ""
    case.key_date_kind = KeyDateKind.EVENT
    b = case.beneficiary
    assert b is not None
    b.current_country = "DO"
    text = _text_of(case, pack)
    assert (
        "nonimmigrant without a valid passport (INA 212(a)(7)(B)(i)(I); 8 U.S.C. 1182(a)(7)(B)(i)(I))" in text
    )
    assert (
        "214(b)" not in text.split("Ground of inadmissibility")[-1].split(".")[0]
    )  # not a ground: not printed
    assert "Medical emergency" in text and "8 U.S.C. 1804" in text and " E1" not in text
    assert "Parole is requested for 1 month." in text
    assert "currently lives in the Dominican Republic." in text
    assert "Appointment" not in text and "Date of the event:" in text
    case.key_date_kind = KeyDateKind.DEADLINE
    assert "Deadline to arrive:" in _text_of(case, pack)
    assert months(2) == "2 months" and months(1) == "1 month"
    assert country_phrase("AF") == "Afghanistan" and country_phrase("PH") == "the Philippines"
    assert country_phrase("Dominican Republic") == "the Dominican Republic"


def test_the_statement_is_not_pasted_twice() -> None:
    case = _cases("medical_uscis_complete.json")[0]
    case.statement = "Short first sentence. " + "A long second sentence that goes on. " * 20
    text = _text_of(case)
    assert "Short first sentence." in text and "A long second sentence" not in text
    assert "statement of reasons in this packet sets out the facts in full" in text


def test_i134_follows_or_is_sent_by_the_supporter_only_when_recorded() -> None:
    from parole_desktop.domain.enums import I134Delivery
    from parole_desktop.packet.layout import i134_sentences

    case = _cases("medical_uscis_complete.json")[0]
    sup = case.people_with_role(Role.SUPPORTER)[0]
    assert i134_sentences(case, []) == []  # unrecorded: the letter says nothing of it
    case.i134_delivery = I134Delivery.FOLLOWS
    assert i134_sentences(case, []) == [
        f"The Form I-134 signed by {sup.full_name} follows under separate cover."
    ]
    case.i134_delivery = I134Delivery.ENCLOSED_BY_SUPPORTER
    assert "sends the signed Form I-134 to USCIS directly" in i134_sentences(case, [])[0]
    assert "worksheet" not in _text_of(case)


def test_cbp_letter_names_counsel_contact_port_address_and_time() -> None:
    case = _cases("legal_proceeding_cbp.json")[0]
    case.port_address = "720 E. San Ysidro Blvd., San Ysidro, CA 92173"
    case.presentation_time = "09:30"
    case.intended_travel_date = dt.date(2027, 2, 1)
    text = _text_of(case)
    assert "Port of entry address: 720 E. San Ysidro Blvd., San Ysidro, CA 92173." in text
    assert "will present at the port of entry on February 1, 2027 at 09:30 local time." in text
    assert "Contact: " in text and "telephone" in text
    rep = f.person(Role.REPRESENTATIVE, "Ana", "Lawyer", phone="+1 619 555 0100", g28=True)
    case.people.append(rep)
    case.represented = True
    assert "Counsel: Ana Lawyer, +1 619 555 0100; Form G-28 enclosed." in _text_of(case)
    case.port_address = case.presentation_time = ""
    text = _text_of(case)
    assert "Port of entry address" not in text and "local time" not in text


def _reparole_case() -> Case:
    """The Ukrainian parolee in the US (fixture in_us_background): first paroled 2025-02-01 under U4U,
    I-94 123456789A1 (UHP) until 2027-01-31, on her parole record and as her current I-94."""
    from parole_desktop.domain.enums import RequestType

    case = _cases("in_us_background_uscis.json")[0]
    case.request_type = RequestType.RE_PAROLE
    return case


def _programs() -> object:
    from parole_desktop.services.packets import _pack_info
    from parole_desktop.services.rulebook import load_pack

    return _pack_info(load_pack())


def test_re_parole_letter_states_the_current_i94_and_the_earlier_parole_as_recorded() -> None:
    import dataclasses

    from parole_desktop.domain.models import ParoleRecord

    case = _reparole_case()
    pack = _programs()
    text = _text_of(case, pack)
    assert "requests a new period of parole (re-parole) for" in text
    # the current I-94 as the I-131 gives it (Part 1 Item 12, Items 26-27)
    assert (
        "current Form I-94 record: class of admission UHP, I-94 number 123456789A1, admitted until "
        "January 31, 2027."
    ) in text
    # the earlier parole, its program in the pack's words, its basis; its I-94 is the one above
    assert (
        "was paroled into the United States on February 1, 2025 under Uniting for Ukraine (U4U) for "
        "urgent humanitarian reasons."
    ) in text
    b = case.beneficiary
    assert b is not None
    b.class_of_admission = b.i94_number = ""  # the parole record alone gives the current I-94 too
    b.i94_expiry = None
    assert "current Form I-94 record: class of admission UHP, I-94 number 123456789A1" in _text_of(case, pack)
    # a second, earlier parole with its own I-94: listed first, with its own number
    b.paroles.append(
        ParoleRecord(i94_number="99988877766", class_of_admission="DT", paroled_on=dt.date(2023, 3, 1))
    )
    text = _text_of(case, pack)
    first = text.index("on March 1, 2023 (class of admission DT, I-94 number 99988877766).")
    assert first < text.index("on February 1, 2025 under Uniting for Ukraine")
    # what is not recorded is not said: no date, no program, no basis
    b.paroles = [dataclasses.replace(b.paroles[0], paroled_on=None, program="", basis="")]
    text = _text_of(case, pack)
    assert "was paroled into the United States." in text
    assert (
        "Uniting for Ukraine" not in text and "urgent humanitarian reasons." not in text.split("paroled")[-1]
    )
    b.paroles = []
    b.class_of_admission = b.i94_number = ""
    b.i94_expiry = None
    text = _text_of(case, pack)
    assert "I-94" not in text and "was paroled" not in text


def test_parole_in_place_letter_says_so_and_never_says_into_the_united_states() -> None:
    from parole_desktop.domain.enums import RequestType

    case = _reparole_case()
    case.request_type = RequestType.PAROLE_IN_PLACE
    text = _text_of(case, _programs())
    assert "requests parole in place for" in text
    assert "Re: Request for parole in place under INA section 212(d)(5)(A)" in text
    assert "requests parole into the United States" not in text and "currently lives in" not in text
    assert "current Form I-94 record: class of admission UHP" in text


def test_the_letter_heads_with_the_sender_and_the_address_with_its_unit() -> None:
    from parole_desktop.domain.enums import UnitKind
    from parole_desktop.packet.letter import sender_lines

    case = _cases("self_filing_afghanistan_uscis.json")[0]
    b = case.beneficiary
    assert b is not None
    b.address_unit_kind, b.address_unit = UnitKind.FLOOR, "2"
    lines = sender_lines(case)
    assert lines[0].startswith(b.passport_given_name.upper() if b.passport_given_name else b.given_name)
    assert f"{b.address_street}, Flr. 2" in lines
    assert any(line == "Afghanistan" for line in lines)  # the country in words
    # the self-filer's telephone is on the requestor record marked "self" (as Part 10 takes it)
    assert "Telephone: +93 70 555 0100" in lines
    # a requestor who files for someone else heads the letter with their own address (a US one: no country)
    case = _cases("medical_uscis_complete.json")[0]
    req = case.people_with_role(Role.REQUESTOR)[0]
    lines = sender_lines(case)
    assert lines[:3] == [req.full_name, "14 Elm St", "Fairfax, VA 22030"]
    assert "United States" not in lines
    # nothing recorded but a name: no sender block at all
    req.address_street = req.address_city = req.address_country = req.address = ""
    req.phone = req.email = ""
    assert sender_lines(case) == []


@pytest.mark.slow
def test_re_parole_letter_wording_in_the_built_packet(tmp_path: Path) -> None:
    """pdftotext of the built filing packet: the letter of a re-parole says so, heads with the sender's
    address, states the current I-94 and the earlier parole, and the I-131 Part 8 Item 1 names them."""
    from tests.packet.test_filing_packet import _input

    case = _reparole_case()
    build_packet(_input([case], draft=True), tmp_path / "p.pdf")
    text = " ".join(_pdftext(tmp_path / "p.pdf").split())
    assert "Re: Request for re-parole (a new period of parole) under INA section 212(d)(5)(A)" in text
    assert "Nadia Rahimi 14 Elm St Fairfax, VA 22030 Telephone: +1 703 555 0142" in text
    assert "current Form I-94 record: class of admission UHP, I-94 number 123456789A1" in text
    assert "paroled into the United States on February 1, 2025 under Uniting for Ukraine (U4U)" in text
    assert "requests parole into the United States" not in text


def test_a_public_benefit_case_names_its_basis_once() -> None:
    case = _cases("public_benefit_represented_uscis.json")[0]
    text = _text_of(case)
    assert "The request rests on significant public benefit." in text
    assert "significant public benefit: significant public benefit" not in text


def test_a_family_letter_names_the_other_requests_in_a_sentence() -> None:
    case = _cases("medical_uscis_complete.json")[0]
    plan = plan_exhibits([case], [])[0]
    text = " ".join(
        s.text
        for s in build_letter(
            case, plan, [], dt.date(2026, 11, 20), ["MAHBOOBA HAKIMI", "SAHAR HAKIMI"]
        ).all_sentences()
    )
    assert (
        "together with the requests for MAHBOOBA HAKIMI and SAHAR HAKIMI; each has its own Form I-131" in text
    )
    one = build_letter(case, plan, [], dt.date(2026, 11, 20), ["SAHAR HAKIMI"]).all_sentences()
    assert any("together with the request for SAHAR HAKIMI;" in s.text for s in one)
