"""The evidence checklist: common plus reason items, conditions, channel, translation pairing."""

from __future__ import annotations

import dataclasses
import datetime as dt

from parole_desktop.domain.enums import Channel, FeeStatus, Reason
from parole_desktop.domain.models import Evidence
from parole_desktop.rules import ChecklistItem, RulesPack, checklist
from tests.rules.rules_helpers import TODAY, load_case


def by_id(items: list[ChecklistItem]) -> dict[str, ChecklistItem]:
    return {i.item_id: i for i in items}


def test_complete_medical_case_is_satisfied(pack: RulesPack) -> None:
    items = by_id(checklist(load_case("medical_uscis_complete.json"), pack, today=TODAY))
    required = {k for k, v in items.items() if v.required}
    assert {
        "identity_document",
        "supporter_identity",
        "supporter_financial",
        "fee_payment_or_waiver",
        "photos",
    } <= required
    assert {"physician_letter", "us_provider_acceptance", "treatment_cost_plan"} <= required
    assert "parent_consent" not in items  # adult patient
    assert "g28" not in items  # not represented
    assert not items["medical_records"].required
    assert all(v.satisfied for v in items.values() if v.required)
    assert items["physician_letter"].evidence_ids == (10,)
    assert items["physician_letter"].group == "medical_treatment"
    assert items["identity_document"].group == "common"
    assert items["photos"].verify


def test_minor_needs_parent_consent(pack: RulesPack) -> None:
    items = by_id(checklist(load_case("medical_minor_uscis.json"), pack, today=TODAY))
    assert items["parent_consent"].required and items["parent_consent"].satisfied


def test_cbp_channel_drops_uscis_only_items(pack: RulesPack) -> None:
    items = by_id(checklist(load_case("funeral_cbp.json"), pack, today=TODAY))
    assert "photos" not in items and "fee_payment_or_waiver" not in items
    assert items["death_or_funeral_record"].satisfied  # a death certificate is an accepted kind


def test_exempt_fee_drops_fee_item(pack: RulesPack) -> None:
    case = load_case("medical_uscis_complete.json")
    case.fee_status = FeeStatus.EXEMPT
    assert "fee_payment_or_waiver" not in by_id(checklist(case, pack, today=TODAY))


def test_translation_pairing(pack: RulesPack) -> None:
    items = by_id(checklist(load_case("foreign_language_uscis.json"), pack, today=TODAY))
    assert items["physician_letter"].satisfied  # certified translation with a named translator
    assert not items["treatment_cost_plan"].satisfied  # translator's name missing
    assert items["treatment_cost_plan"].untranslated_ids == (13,)
    assert not items["medical_records"].satisfied


def test_translation_must_be_certified_and_english(pack: RulesPack) -> None:
    case = load_case("foreign_language_uscis.json")
    t = next(e for e in case.evidence if e.id == 11)
    for change in ({"translator_certified": False}, {"language": "fr"}, {"translator_name": " "}):
        c2 = dataclasses.replace(
            case, evidence=[dataclasses.replace(t, **change) if e.id == 11 else e for e in case.evidence]
        )
        assert not by_id(checklist(c2, pack, today=TODAY))["physician_letter"].satisfied, change


def test_reason_change_changes_items(pack: RulesPack) -> None:
    case = load_case("medical_uscis_complete.json")
    case.reason = Reason.ORGAN_DONOR
    items = by_id(checklist(case, pack, today=TODAY))
    assert {"transplant_center_letter", "donor_match_evidence"} <= set(items)
    assert not items["transplant_center_letter"].satisfied
    case.reason = None
    assert all(i.group == "common" for i in checklist(case, pack, today=TODAY))


def test_represented_needs_g28(pack: RulesPack) -> None:
    items = by_id(checklist(load_case("public_benefit_represented_uscis.json"), pack, today=TODAY))
    assert items["g28"].required and items["g28"].satisfied
    case = load_case("public_benefit_represented_uscis.json")
    case.channel = Channel.CBP_PORT_OF_ENTRY
    case.evidence.append(Evidence("agency_sponsor_letter", id=99, language="es", sha256="0" * 64, size=1))
    assert by_id(checklist(case, pack, today=dt.date(2026, 11, 23)))[
        "agency_sponsor_letter"
    ].evidence_ids == (10,)
