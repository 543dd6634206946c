"""Issue #21 items 5-8 in detail: who pays and how, facts typed from documents, minors with a companion, and
who files (the beneficiary themself, an organization) or supports (from abroad). Table-driven: each row is a
change to the complete fixture case and the findings (rule id, severity, words) it must give, or must not."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from parole_desktop.domain.enums import (
    CaptureKind,
    FeeStatus,
    FilingMode,
    PayerKind,
    PaymentMethod,
    Role,
    Severity,
    SupporterKind,
    SupportForm,
)
from parole_desktop.domain.models import Case, Evidence, Person
from parole_desktop.rules import RulesPack, checklist, evaluate
from tests.rules.rules_helpers import TODAY, load_case

Mut = Callable[[Case], None]
BASE = "medical_uscis_complete.json"
OURS = ("HP-PAY-", "HP-REQ-", "HP-MIN-", "HP-ID-12", "HP-ID-13", "HP-ID-07", "HP-ID-06")


def role(c: Case, r: Role) -> Person:
    return c.people_with_role(r)[0]


def evidence(c: Case, kind: str) -> Evidence:
    return next(e for e in c.evidence if e.kind == kind)


def minor(c: Case) -> None:
    b = c.beneficiary
    assert b is not None
    b.date_of_birth = dt.date(2015, 1, 1)


def consent(c: Case) -> None:
    c.evidence.append(Evidence("parent_consent", "Parents' consent", id=61, sha256="c" * 64, size=9))


def ours(c: Case, pack: RulesPack) -> list[tuple[str, Severity, str]]:
    return [
        (f.rule_id, f.severity, f.message)
        for f in evaluate(c, pack, today=TODAY)
        if f.rule_id.startswith(OURS)
    ]


def _card_abroad_online(c: Case) -> None:
    c.card_issued_abroad, c.filing_mode = True, FilingMode.ONLINE


def _card_abroad_waiver(c: Case) -> None:
    c.card_issued_abroad, c.fee_status = True, FeeStatus.WAIVER_REQUESTED


def _payer_other_ach(c: Case) -> None:
    c.payer_kind, c.payer_name = PayerKind.OTHER, "Omar Haddad"
    c.payment_method, c.payer_us_bank_account = PaymentMethod.G1650, True


def _payer_org_supporter(c: Case) -> None:
    s = role(c, Role.SUPPORTER)
    s.supporter_kind, s.organization = SupporterKind.ORGANIZATION, "Heart Fund"
    c.payer_kind, c.payer_name = PayerKind.SUPPORTER, "heart fund"


def _payer_representative_missing(c: Case) -> None:
    c.payer_kind = PayerKind.REPRESENTATIVE


def _payer_self_filer(c: Case) -> None:
    r = role(c, Role.REQUESTOR)
    r.relationship, r.given_name, r.family_name = "self", "", ""
    c.payer_kind, c.payer_name = PayerKind.REQUESTOR, "Farzana Karimi"
    c.payment_method, c.payer_us_bank_account = PaymentMethod.G1650, True


def _payer_requestor_abroad(c: Case) -> None:
    role(c, Role.REQUESTOR).address_country = "DE"


def _payer_named_in_native_script(c: Case) -> None:
    b = c.beneficiary
    assert b is not None
    b.given_name, b.family_name = "فرزانه", "کریمی"
    b.passport_given_name, b.passport_family_name = "FARZANA", "KARIMI"
    c.payer_name = "Farzana KARIMI"


def _stated_other_name(c: Case) -> None:
    b = c.beneficiary
    assert b is not None
    b.other_names = "Farzana Karimova"
    evidence(c, "identity_document").stated_name = "Karimova, Farzana"


def _stated_diacritics(c: Case) -> None:
    evidence(c, "identity_document").stated_name = "FÁRZANA KARÍMI"


def _stated_name_of_nobody(c: Case) -> None:
    e = evidence(c, "physician_letter")
    e.stated_name, e.stated_date_of_birth = "Zahra Ahmadi", dt.date(1990, 1, 1)


def _stated_supporter(c: Case) -> None:
    e = evidence(c, "supporter_identity")
    e.stated_name, e.stated_date_of_birth = "Nadia Rahimi", dt.date(1980, 1, 1)
    role(c, Role.SUPPORTER).date_of_birth = dt.date(1983, 9, 14)


def _stated_self_filer_requestor_doc(c: Case) -> None:
    role(c, Role.REQUESTOR).relationship = "self"
    evidence(c, "requestor_identity").stated_passport_number = "PA764DB6"


def _translation_phone_photo(c: Case) -> None:
    c.evidence.append(
        Evidence(
            "translation",
            "Translation of the letter",
            id=70,
            translation_of=10,
            capture=CaptureKind.PHONE_PHOTO,
            sha256="e" * 64,
            size=9,
        )
    )


def _companion_mother(c: Case) -> None:
    minor(c)
    c.minor_companion_name, c.minor_companion_relationship = "Nadia Rahimi", "Mother"


def _companion_aunt_no_consent(c: Case) -> None:
    minor(c)
    c.minor_companion_name, c.minor_companion_relationship = "Nadia Rahimi", "aunt"


def _companion_aunt_adult(c: Case) -> None:
    c.minor_companion_name, c.minor_companion_relationship = "Nadia Rahimi", "aunt"


def _self_filer_clean(c: Case) -> None:
    role(c, Role.REQUESTOR).relationship = "self"
    c.evidence = [e for e in c.evidence if e.kind != "requestor_identity"]


def _same_name_other_person(c: Case) -> None:
    r = role(c, Role.REQUESTOR)
    r.given_name, r.family_name, r.date_of_birth = "Farzana", "Karimi", dt.date(1950, 1, 1)


def _org_requestor_nameless(c: Case) -> None:
    r = role(c, Role.REQUESTOR)
    r.organization, r.given_name, r.family_name = "Hope Medical Foundation", "", ""


def _supporter_commitment_abroad(c: Case) -> None:
    s = role(c, Role.SUPPORTER)
    s.supporter_kind, s.support_form, s.organization = (
        SupporterKind.ORGANIZATION,
        SupportForm.COMMITMENT_LETTER,
        "Heart Fund",
    )
    s.address_country = "DE"


def _supporter_org_abroad(c: Case) -> None:
    s = role(c, Role.SUPPORTER)
    s.supporter_kind, s.support_form, s.organization = (
        SupporterKind.ORGANIZATION,
        SupportForm.I134,
        "Heart Fund",
    )
    s.current_country = "Germany"


def _supporter_in_us_by_name(c: Case) -> None:
    role(c, Role.SUPPORTER).current_country = "United States"


# (name, change, expected (rule, severity, words), rules that must stay silent)
CASES: list[tuple[str, Mut, list[tuple[str, Severity, str]], tuple[str, ...]]] = [
    ("card abroad, online filing: no paper payment form", _card_abroad_online, [], ("HP-PAY-01",)),
    ("card abroad, fee waiver: nothing is charged", _card_abroad_waiver, [], ("HP-PAY-01",)),
    (
        "someone else pays by ACH",
        _payer_other_ach,
        [
            (
                "HP-PAY-02",
                Severity.WARN,
                "Omar Haddad fills in and signs Form G-1650 as the bank account holder",
            )
        ],
        ("HP-PAY-01", "HP-PAY-03"),
    ),
    ("the supporting organization pays, named as recorded", _payer_org_supporter, [], ("HP-PAY-02",)),
    (
        "the representative pays, but there is none",
        _payer_representative_missing,
        [("HP-PAY-02", Severity.WARN, "the request has no representative")],
        (),
    ),
    ("a self-filer pays as the requestor", _payer_self_filer, [], ("HP-PAY-02",)),
    (
        "the requestor pays with a card and lives abroad",
        _payer_requestor_abroad,
        [("HP-PAY-03", Severity.WARN, "The payer Nadia Rahimi is recorded in DE")],
        ("HP-PAY-01",),
    ),
    ("a payer named by the passport spelling", _payer_named_in_native_script, [], ("HP-PAY-02", "HP-ID-12")),
    ("a document gives another name the person used", _stated_other_name, [], ("HP-ID-12",)),
    ("the document's spelling differs only by accents", _stated_diacritics, [], ("HP-ID-12",)),
    (
        "a letter names somebody who is not in the request",
        _stated_name_of_nobody,
        [("HP-ID-12", Severity.WARN, "'Oncologist's letter' spells the name 'Zahra Ahmadi'")],
        (),
    ),
    (
        "the supporter's ID gives another date of birth",
        _stated_supporter,
        [("HP-ID-12", Severity.WARN, "the record of Nadia Rahimi (supporter) has 1983-09-14")],
        (),
    ),
    (
        "a self-filer's document is compared with the beneficiary",
        _stated_self_filer_requestor_doc,
        [("HP-REQ-01", Severity.WARN, "files for themself")],
        ("HP-ID-12",),
    ),
    (
        "a translation that is a phone photo",
        _translation_phone_photo,
        [("HP-ID-13", Severity.WARN, "'Translation of the letter' is recorded as a phone photo")],
        (),
    ),
    ("a minor travels with their mother", _companion_mother, [], ("HP-MIN-01",)),
    (
        "a minor travels with an aunt, no consent: one finding names the companion",
        _companion_aunt_no_consent,
        [
            ("HP-MIN-01", Severity.WARN, "travels with Nadia Rahimi (aunt), who is not a parent"),
            ("HP-ID-07", Severity.WARN, "proof of custody"),
        ],
        (),
    ),
    ("an adult with a companion needs no consent", _companion_aunt_adult, [], ("HP-MIN-01", "HP-ID-07")),
    ("a self-filer without a requestor's ID", _self_filer_clean, [], ("HP-REQ-01", "HP-ID-06")),
    ("same name, another date of birth: two people", _same_name_other_person, [], ("HP-REQ-01",)),
    (
        "an organization requestor without a signer: HP-REQ-02, not HP-ID-06's generic name",
        _org_requestor_nameless,
        [
            ("HP-REQ-02", Severity.FAIL, "Hope Medical Foundation files the request"),
            ("HP-REQ-02", Severity.WARN, "status or registration document"),
        ],
        ("HP-ID-06",),
    ),
    ("a letter of commitment from abroad is no I-134", _supporter_commitment_abroad, [], ("HP-REQ-03",)),
    (
        "an organization supporter abroad signing an I-134",
        _supporter_org_abroad,
        [
            (
                "HP-REQ-03",
                Severity.WARN,
                "Heart Fund (the I-134 supporter) is recorded outside the United States",
            )
        ],
        (),
    ),
    ("'United States' spelled out is the US", _supporter_in_us_by_name, [], ("HP-REQ-03",)),
]


@pytest.mark.parametrize(("name", "change", "expected", "silent"), CASES, ids=[c[0] for c in CASES])
def test_findings_of_each_situation(
    pack: RulesPack,
    name: str,
    change: Mut,
    expected: list[tuple[str, Severity, str]],
    silent: tuple[str, ...],
) -> None:
    case = load_case(BASE)
    change(case)
    found = ours(case, pack)
    for rule_id, severity, words in expected:
        assert any(r == rule_id and s == severity and words in m for r, s, m in found), (rule_id, found)
    for rule_id in silent:
        assert not [f for f in found if f[0] == rule_id], found


def test_one_action_one_finding_for_a_minor_without_consent(pack: RulesPack) -> None:
    """The consent is asked once: by HP-MIN-01 (naming the companion) when one is recorded, else by HP-ID-07."""
    with_companion = load_case(BASE)
    _companion_aunt_no_consent(with_companion)
    msgs = [m for _, _, m in ours(with_companion, pack) if "consent" in m]
    assert len(msgs) == 1 and "Nadia Rahimi" in msgs[0]
    without = load_case(BASE)
    minor(without)
    ids = [r for r, _, m in ours(without, pack) if "consent" in m]
    assert sorted(ids) == ["HP-ID-07", "HP-MIN-01"]  # HP-MIN-01 asks who travels; HP-ID-07 the consent
    consented = load_case(BASE)
    _companion_aunt_no_consent(consented)
    consent(consented)
    assert not [r for r, _, _ in ours(consented, pack) if r == "HP-MIN-01"]


CHECKLIST_WORDING: list[tuple[str, Mut, str, str]] = [
    (
        "self-filer",
        lambda c: setattr(role(c, Role.REQUESTOR), "relationship", "self"),
        "identity_document",
        "Beneficiary's identity document (also the filer's: they file for themself)",
    ),
    (
        "organization requestor",
        lambda c: setattr(role(c, Role.REQUESTOR), "organization", "Hope Medical Foundation"),
        "requestor_identity",
        "ID of the person who signs for the requesting organization",
    ),
    (
        "self-support",
        lambda c: setattr(role(c, Role.SUPPORTER), "supporter_kind", SupporterKind.SELF),
        "supporter_financial",
        "Beneficiary's own evidence of means (self-support)",
    ),
    (
        "organization supporter",
        lambda c: setattr(role(c, Role.SUPPORTER), "supporter_kind", SupporterKind.ORGANIZATION),
        "supporter_financial",
        "Supporting organization's letter of commitment",
    ),
    (
        "a person files and supports",
        lambda c: None,
        "supporter_financial",
        "Financial supporter's evidence of means",
    ),
]


@pytest.mark.parametrize(
    ("name", "change", "item", "title"), CHECKLIST_WORDING, ids=[w[0] for w in CHECKLIST_WORDING]
)
def test_checklist_wording_follows_who_files_and_supports(
    pack: RulesPack, name: str, change: Mut, item: str, title: str
) -> None:
    case = load_case(BASE)
    change(case)
    items = {i.item_id: i for i in checklist(case, pack, today=TODAY)}
    assert items[item].title == title


def test_self_filer_checklist_asks_for_no_requestor_document(pack: RulesPack) -> None:
    case = load_case(BASE)
    role(case, Role.REQUESTOR).relationship = "self"
    items = {i.item_id: i for i in checklist(case, pack, today=TODAY)}
    assert "requestor_identity" not in items and "requestor_organization_status" not in items
    assert not any("requestor" in i.title.casefold() for i in items.values())


def test_organization_requestor_gets_its_own_checklist_line(pack: RulesPack) -> None:
    case = load_case(BASE)
    role(case, Role.REQUESTOR).organization = "Hope Medical Foundation"
    items = {i.item_id: i for i in checklist(case, pack, today=TODAY)}
    line = items["requestor_organization_status"]
    assert line.required and not line.satisfied and line.verify
    case.evidence.append(
        dataclasses.replace(evidence(case, "supporter_identity"), id=90, kind="organization_status")
    )
    items = {i.item_id: i for i in checklist(case, pack, today=TODAY)}
    assert items["requestor_organization_status"].satisfied
    assert not [f for f in evaluate(case, pack, today=TODAY) if f.rule_id == "HP-RSN-03"]
