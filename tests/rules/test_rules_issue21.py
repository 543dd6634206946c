"""Issue #21 items 1-3 beyond the catalog rows: the exceptions list and the dated holds statement live in the
pack (dated, sourced, verify), their parameters come from the pack, and a bad pack is refused at load."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

from parole_desktop.domain.enums import Answer, RequestType, Severity
from parole_desktop.domain.models import Case, Evidence, ParoleRecord
from parole_desktop.errors import ValidationError
from parole_desktop.rules import RulesPack, evaluate, is_ready
from parole_desktop.rules.loader import DEFAULT_PACK_PATH, pack_from_dict
from parole_desktop.services.rulebook import suspension_exceptions
from tests.rules.rules_helpers import TODAY, load_case

BASE = "medical_uscis_complete.json"
EVIDENCE = Evidence("suspension_exception_evidence", "Green card", id=71, sha256="8" * 64, size=9)


def raw() -> dict[str, Any]:
    return copy.deepcopy(json.loads(DEFAULT_PACK_PATH.read_text(encoding="utf-8")))


def case(**ben: object) -> Case:
    c = load_case(BASE)
    b = c.beneficiary
    assert b is not None
    for k, v in ben.items():
        setattr(b, k, v)
    return c


def hits(c: Case, pack: RulesPack, rule_id: str, today: dt.date = TODAY) -> list:
    return [f for f in evaluate(c, pack, today=today) if f.rule_id == rule_id]


# ---------------------------------------------------------------------------------------- item 2: exceptions
def test_the_pack_holds_the_proclamations_own_list_dated_sourced_and_to_verify(pack: RulesPack) -> None:
    listed = pack.suspension_exceptions
    assert {"lawful_permanent_resident", "dual_national_other_passport", "national_interest_doj"} <= set(
        listed
    )
    for e in listed.values():
        assert e.source in pack.sources and e.as_of == dt.date(2026, 12, 7) and e.verify and e.evidence
        assert set(e.proclamations) == {"10949", "10998"}
    assert pack.sources["S50"].reliability == "U"  # not compared with the Federal Register copy: verify
    # the workspace offers exactly that list (id, words)
    offered = suspension_exceptions(pack)
    assert offered[0] == ("in_us_on_effective_date", listed["in_us_on_effective_date"].text)
    assert [i for i, _ in offered] == list(listed)


def test_with_the_exception_and_its_evidence_the_case_is_ready_and_the_warning_names_it(pack) -> None:
    c = case(citizenship="Yemen")
    c.suspension_exception, c.suspension_exception_note = "dual_national_other_passport", "Canadian passport"
    c.evidence.append(dataclasses.replace(EVIDENCE))
    found = hits(c, pack, "HP-PRG-02")
    assert [f.severity for f in found] == [Severity.WARN] and found[0].verify
    assert (
        "Exception claimed: Dual national travelling on the passport of a country not under the suspension (Canadian passport)"
        in found[0].message
    )
    assert is_ready(evaluate(c, pack, today=TODAY))
    c.evidence = [e for e in c.evidence if e.kind != "suspension_exception_evidence"]
    found = hits(c, pack, "HP-PRG-02")
    assert [(f.severity, f.field) for f in found] == [
        (Severity.FAIL, "checklist.suspension_exception_evidence")
    ]
    assert "(a copy of that other country's passport)" in found[0].message
    assert not is_ready(evaluate(c, pack, today=TODAY))
    # the evidence is one line of the checklist, reported by HP-PRG-02 alone (not again by HP-RSN-03)
    assert not [
        f
        for f in evaluate(c, pack, today=TODAY)
        if f.field == "checklist.suspension_exception_evidence" and f.rule_id != "HP-PRG-02"
    ]


def test_each_country_of_the_beneficiary_gets_its_own_finding(pack) -> None:
    c = case(citizenship="Yemen", country_of_birth="Syria")
    c.suspension_exception = "lawful_permanent_resident"
    c.evidence.append(dataclasses.replace(EVIDENCE))
    found = hits(c, pack, "HP-PRG-02")
    assert [f.severity for f in found] == [Severity.WARN, Severity.WARN]
    assert "is a national of Yemen" in found[0].message and "Proclamation 10949" in found[0].message
    assert "was born in Syria" in found[1].message and "Proclamation 10998" in found[1].message


def test_an_exception_the_pack_lists_only_for_another_proclamation_fails(pack) -> None:
    data = raw()
    for e in data["suspension_exceptions"]:
        if e["id"] == "afghan_siv":
            e["proclamations"] = ["10949"]
    narrowed = pack_from_dict(data)
    c = case(citizenship="Syria")  # Proclamation 10998
    c.suspension_exception = "afghan_siv"
    c.evidence.append(dataclasses.replace(EVIDENCE))
    found = hits(c, narrowed, "HP-PRG-02")
    assert [f.severity for f in found] == [Severity.FAIL]
    assert "(Afghan Special Immigrant Visa) is not listed for Proclamation 10998" in found[0].message


def test_an_exception_recorded_without_any_suspension_is_only_guidance(pack) -> None:
    c = load_case(BASE)  # Tajikistan: no suspension in the pack
    c.suspension_exception = "lawful_permanent_resident"
    found = hits(c, pack, "HP-PRG-02")
    assert [(f.severity, f.field) for f in found] == [(Severity.INFO, "case.suspension_exception")]
    assert "the rules pack lists no suspension" in found[0].message


def test_without_an_exception_the_severity_is_the_packs(pack) -> None:
    c = case(citizenship="Yemen")
    assert [f.severity for f in hits(c, pack, "HP-PRG-02")] == [Severity.WARN]  # the brief's catalog: warn
    data = raw()
    data["rules"]["HP-PRG-02"]["severity"] = "fail"  # a pack that blocks readiness without an exception
    strict = pack_from_dict(data)
    assert [f.severity for f in hits(c, strict, "HP-PRG-02")] == [Severity.FAIL]
    c.suspension_exception = "lawful_permanent_resident"
    c.evidence.append(dataclasses.replace(EVIDENCE))
    assert [f.severity for f in hits(c, strict, "HP-PRG-02")] == [Severity.WARN]


# ------------------------------------------------------------------------------------ item 3: holds statement
def _pack_with(mutate: Callable[[dict[str, Any]], None]) -> RulesPack:
    data = raw()
    mutate(data)
    return pack_from_dict(data)


def test_hold_findings_show_the_statement_date_and_say_nothing_more_while_fresh() -> None:
    def fresh(d: dict[str, Any]) -> None:
        d["as_of"] = "2026-11-01"
        d["adjudication_holds_statement"]["as_of"] = "2026-10-01"

    found = hits(case(citizenship="IR"), _pack_with(fresh), "HP-PRG-03")
    assert len(found) == 1
    assert "to whom (people born in or nationals of the listed countries" in found[0].message
    assert found[0].message.endswith("is as of 2026-10-01.")


def test_an_old_pack_says_so_in_every_hold_finding_even_with_a_fresh_statement() -> None:
    def old_pack(d: dict[str, Any]) -> None:
        d["as_of"] = "2026-08-01"
        d["adjudication_holds_statement"]["as_of"] = "2026-11-01"

    c = case(citizenship="IR", country_of_birth="SY")  # two memos, two findings
    found = hits(c, _pack_with(old_pack), "HP-PRG-03")
    assert len(found) == 2 and "PM-602-0192" in found[0].message and "PM-602-0194" in found[1].message
    for f in found:
        assert "Older than 60 days: the rules pack (as of 2026-08-01) is 114 days old." in f.message


def test_the_age_limit_is_the_packs_parameter_not_code() -> None:
    def patient(d: dict[str, Any]) -> None:
        d["parameters"]["hold_statement_max_age_days"]["value"] = 400

    found = hits(case(citizenship="IR"), _pack_with(patient), "HP-PRG-03")
    assert found and "Older than" not in found[0].message


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (
            lambda d: d["parameters"].pop("hold_statement_max_age_days"),
            "$.parameters.hold_statement_max_age_days",
        ),
        (
            lambda d: d["parameters"].pop("reparole_min_days_before_expiry"),
            "$.parameters.reparole_min_days_before_expiry",
        ),
        (lambda d: d["adjudication_holds_statement"].pop("as_of"), "adjudication_holds_statement"),
        (lambda d: d["suspension_exceptions"][0].pop("evidence"), "suspension_exceptions"),
        (lambda d: d["suspension_exceptions"][0].update(source="S99"), "$.suspension_exceptions[0].source"),
        (
            lambda d: d["adjudication_holds_statement"].update(sources=["S98"]),
            "$.adjudication_holds_statement.sources",
        ),
        (
            lambda d: d["programs"][2].update(reparole_window_source="S97"),
            "$.programs[2].reparole_window_source",
        ),
    ],
)
def test_a_pack_without_what_these_checks_need_is_refused_at_load(mutate, path) -> None:
    data = raw()
    mutate(data)
    with pytest.raises(ValidationError) as err:
        pack_from_dict(data)
    assert path in str(err.value)


# ------------------------------------------------------------------------------------------ item 1: extra
def test_a_complete_re_parole_request_is_ready(pack) -> None:
    c = case(
        current_country="United States",
        class_of_admission="DT",
        i94_number="987654321B2",
        i94_expiry=dt.date(2027, 3, 1),
        paroles=[
            ParoleRecord(
                i94_number="987654321B2",
                class_of_admission="DT",
                basis="urgent_humanitarian",
                paroled_on=dt.date(2026, 3, 1),
                expires_on=dt.date(2027, 3, 1),
            )
        ],
    )
    c.request_type, c.continuous_presence = RequestType.RE_PAROLE, Answer.YES
    found = evaluate(c, pack, today=TODAY)
    assert is_ready(found), [f for f in found if f.severity == Severity.FAIL]
    assert not [f for f in found if f.rule_id.startswith(("HP-RPL", "HP-LOC-01"))]
    # filed (outcome.filed_on) after the parole expired: the filing date decides, not today
    c.outcome.filed_on = dt.date(2027, 3, 2)
    late = hits(c, pack, "HP-RPL-02")
    assert [f.severity for f in late] == [Severity.FAIL] and "filed on 2027-03-02" in late[0].message
