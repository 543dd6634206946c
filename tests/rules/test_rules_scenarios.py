"""Scenario cases from tests/fixtures/cases: each fires exactly the rule ids listed in expected.json."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from parole_desktop.domain.codec import case_from_dict, case_to_dict
from parole_desktop.domain.models import Case
from parole_desktop.rules import CheckContext, RulesPack, evaluate
from tests.rules.rules_helpers import CASES

EXPECTED = json.loads((CASES / "expected.json").read_text(encoding="utf-8"))
TODAY = dt.date.fromisoformat(EXPECTED["today"])


def _load(rel: str) -> Case:
    return case_from_dict(json.loads((CASES / rel).read_text(encoding="utf-8")))


def _family(directory: str) -> list[tuple[str, Case]]:
    """Members of a family directory; case ids are 1, 2, 3... in file-name order."""
    members = []
    for i, path in enumerate(sorted((CASES / directory).glob("*.json")), start=1):
        case = _load(f"{directory}/{path.name}")
        case.id = i
        members.append((f"{directory}/{path.name}", case))
    return members


def _evaluate(rel: str, pack: RulesPack) -> set[str]:
    if "/" in rel:
        members = _family(rel.split("/")[0])
        case = dict(members)[rel]
        ctx = CheckContext(family_cases=[c for _, c in members])
        return {f.rule_id for f in evaluate(case, pack, today=TODAY, context=ctx)}
    return {f.rule_id for f in evaluate(_load(rel), pack, today=TODAY)}


def test_every_fixture_has_expectations() -> None:
    on_disk = {p.relative_to(CASES).as_posix() for p in CASES.rglob("*.json") if p.name != "expected.json"}
    assert on_disk == set(EXPECTED["cases"])
    assert len(on_disk) >= 12


@pytest.mark.parametrize("rel", sorted(EXPECTED["cases"]))
def test_scenario_fires_expected_rules(pack: RulesPack, rel: str) -> None:
    assert sorted(_evaluate(rel, pack)) == EXPECTED["cases"][rel]


@pytest.mark.parametrize("rel", sorted(EXPECTED["cases"]))
def test_fixture_is_strict_case_format(rel: str) -> None:
    raw = json.loads((CASES / rel).read_text(encoding="utf-8"))
    assert raw["format"] == "parole-desktop-case"
    case = case_from_dict(raw)
    raw.pop("family_group", None)  # the group a family's files name is the import's, not the case's
    assert case_to_dict(case) == raw
    assert all(e.id is not None and len(e.sha256) == 64 for e in case.evidence)


def test_scenarios_cover_reasons_and_channels() -> None:
    cases = [_load(rel) for rel in EXPECTED["cases"]]
    reasons = {c.reason.value for c in cases if c.reason is not None}
    assert reasons == {
        "medical_treatment",
        "sick_relative",
        "funeral",
        "legal_proceeding",
        "family_unity",
        "protection",
        "organ_donor",
        "public_benefit",
        "other",
    }
    assert {c.channel.value for c in cases} == {"uscis", "cbp_port_of_entry"}
    assert any(c.represented for c in cases)
    assert any(e.is_foreign_language for c in cases for e in c.evidence)


def test_family_files_name_their_group_and_link_by_uid() -> None:
    """Importing a family's files creates its group, and each link names the member's request by its uid
    (the case numbers in the files are only those of these tests)."""
    members = _family("family_hakimi")
    raws = [json.loads((CASES / rel).read_text(encoding="utf-8")) for rel, _ in members]
    assert {json.dumps(r["family_group"], sort_keys=True) for r in raws} == {
        json.dumps(raws[0]["family_group"], sort_keys=True)
    }
    assert raws[0]["family_group"]["name"] == "Hakimi family" and len(raws[0]["family_group"]["uid"]) == 32
    uid_of = {c.id: c.uid for _, c in members}
    assert len(set(uid_of.values())) == 3 and all(len(u) == 32 for u in uid_of.values())
    links = [p for _, c in members for p in c.people if p.linked_case_id is not None]
    assert len(links) == 6
    assert all(p.linked_case_uid == uid_of[p.linked_case_id] for p in links)
