"""HP-EVD-04 reads the print verdict intake stored (the same probe the packet build runs)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from parole_desktop.domain.codec import content_hash
from parole_desktop.domain.enums import Role, Severity
from parole_desktop.domain.models import Case, Person
from parole_desktop.rules import RulesPack, load_pack
from parole_desktop.rules.checks_exhibits import RULE_ID, hp_evd_04
from parole_desktop.rules.context import CheckContext, Eval
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.store import evidence as evidence_store
from tests.fixtures.bad import make_bad


def _pack() -> RulesPack:
    """The bundled pack; its catalog gains HP-EVD-04 in the rules-pack change, so add it here if missing."""
    pack = load_pack()
    if RULE_ID not in pack.rules:
        raw = copy.deepcopy(pack.raw)
        raw["rules"][RULE_ID] = {
            "title": "Every exhibit prints",
            "severity": "fail",
            "citation": "Completeness of the filing",
            "sources": [],
        }
        pack = RulesPack(raw)
    return pack


def _findings(case: Case) -> list:  # type: ignore[type-arg]
    return list(hp_evd_04(Eval(case, _pack(), dt.date(2026, 11, 29), CheckContext())))


@pytest.fixture
def case_with_exhibits(session, tmp_path):  # type: ignore[no-untyped-def]
    case = session.save_case(
        Case(people=[Person(role=Role.BENEFICIARY, given_name="Lina", family_name="Saad")])
    )
    cid = int(case.id or 0)
    session.add_evidence_bytes(cid, minimal_pdf(["letter"]), "letter.pdf", kind="other", title="Letter")
    gif = tmp_path / "scan.gif"
    gif.write_bytes(make_bad.small_corpus()["animated.gif"])
    session.add_evidence(cid, gif, kind="other", title="Animated scan")
    return cid


def test_stored_verdicts_pass(session, case_with_exhibits) -> None:  # type: ignore[no-untyped-def]
    case = session.load_case(case_with_exhibits)
    assert [e.print_verdict for e in case.evidence] == ["ok", "ok"]
    assert "first frame" in case.evidence[1].print_note
    assert _findings(case) == []


def test_unprintable_items_fail_and_unchecked_ones_wait_for_the_full_check(
    session, case_with_exhibits
) -> None:  # type: ignore[no-untyped-def]
    case = session.load_case(case_with_exhibits)
    letter, scan = case.evidence
    letter.print_verdict, letter.print_note = "unprintable", "the PDF is password-protected"
    scan.print_verdict, scan.print_note = "", ""  # an item from before intake stored verdicts
    for e in (letter, scan):
        evidence_store.update_evidence(session.vault, e, actor="tester")
    found = _findings(session.load_case(case_with_exhibits))
    assert [(f.severity, f.field) for f in found] == [(Severity.FAIL, f"evidence.{letter.id}")]
    assert "'Letter' cannot be printed in the packet: the PDF is password-protected" in found[0].message


@pytest.mark.slow
def test_full_check_probes_items_without_a_verdict(session, case_with_exhibits) -> None:  # type: ignore[no-untyped-def]
    case = session.load_case(case_with_exhibits)
    for e in case.evidence:
        e.print_verdict, e.print_note = "", ""
        evidence_store.update_evidence(session.vault, e, actor="tester")
    case = session.load_case(case_with_exhibits)
    before = content_hash(case)
    status = session.attachment_status(case, deep=True)
    assert all(status.values())
    again = session.load_case(case_with_exhibits)
    assert [e.print_verdict for e in again.evidence] == ["ok", "ok"]
    assert "first frame" in again.evidence[1].print_note
    assert _findings(again) == []
    assert content_hash(again) == before  # re-checking printing never voids a sign-off


def test_verdict_does_not_change_the_signed_content_hash(session, case_with_exhibits) -> None:  # type: ignore[no-untyped-def]
    case = session.load_case(case_with_exhibits)
    h = content_hash(case)
    case.evidence[0].print_verdict, case.evidence[0].print_note = "", ""
    assert content_hash(case) == h
