"""#20 item 13: an accepted warning carries a real reason. Each refusal: the pure check (table), the service,
the CLI and the review step's sign-off button (the message the reviewer sees)."""

from __future__ import annotations

import pytest

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Evidence, Person
from parole_desktop.errors import UserError
from parole_desktop.services import signoff, signoff_state
from parole_desktop.services.reasons import MIN_MEANINGFUL_WORDS, meaningful_words, reason_problem
from tests.services.roster_helpers import ready_case_with_reviewer

REVIEWER_PW = "reviewer passphrase 1"


def _case() -> Case:
    c = Case(id=7)
    c.people = [
        Person(role=Role.BENEFICIARY, given_name="Fereshteh", family_name="Rahimi"),
        Person(role=Role.SUPPORTER, given_name="Omar", family_name="Haidari"),
    ]
    c.evidence = [
        Evidence(kind="identity_document", title="Passport"),
        Evidence(kind="other", title="Letter"),
    ]
    return c


GOOD = "The passport renewal receipt dated 2026-10-02 covers the expiry gap"
ROWS = [
    # (reason, words in the expected message; "" = accepted)
    ("", "no reason given"),
    ("   ", "no reason given"),
    ("ok", "too generic"),
    ("OK, fine.", "too generic"),
    ("n/a", "too generic"),
    ("Reviewed.", "too generic"),
    ("Reviewed and acceptable, approved", "too generic"),
    ("HP-ID-05 ok, case 7", "too generic"),  # rule ids and case numbers are not words about the case
    ("passport renewal", "too generic"),  # two meaningful words: below the threshold of three
    (GOOD, ""),
    ("Passport renewal pending", ""),  # three meaningful words: enough
    ("Exhibit B explains the dates of the hospital stay", ""),  # two documents: A and B exist
    ("Exhibit C explains the dates of the hospital stay", "names Exhibit C"),
    ("Exhibit AA explains the dates of the hospital stay", "names Exhibit AA"),
    ("Same facts as in case 12, accepted for the identical hospital letter", "names case 12"),
    ("As recorded in case 7 the hospital letter gives the dates", ""),
    ("Ms Rahimi explained the gap in the passport dates by phone", ""),
    ("Mr. Haidari confirmed his income with recent pay slips", ""),
    ("Mr. Karimi confirmed his income with recent pay slips", "names Mr. Karimi"),
    ("Dr Nasser wrote the medical letter the file contains", "names Dr Nasser"),
    # issue #25: the one text rule, and a refused reason is quoted only as a short excerpt
    ("The passport renewal\u202e receipt covers the gap", "right-to-left override, U+202E) at character 21"),
    ("The passport\x00 renewal receipt covers the gap", "null character"),
    ("ok " * 50_000, "… (150000 characters) is too generic"),
]


@pytest.mark.parametrize(("reason", "expected"), ROWS)
def test_reason_table(reason, expected):
    got = reason_problem(reason, [_case()])
    assert len(got) < 300 and "\u202e" not in got and "\x00" not in got
    if expected:
        assert expected in got, got
    else:
        assert got == "", got


def test_threshold_is_documented_and_counts_only_words_about_the_case():
    assert MIN_MEANINGFUL_WORDS == 3
    assert meaningful_words("OK — HP-FIN-02 reviewed, fine for this case 5") == []
    assert meaningful_words("Passport renewal pending for HP-ID-05") == ["passport", "renewal", "pending"]
    assert meaningful_words("پاسپورت تمدید شده است") == ["پاسپورت", "تمدید", "شده", "است"]  # any script


def ready_with_warnings(vault_copy):  # type: ignore[no-untyped-def]
    """A ready demo case with warnings of two rules or more, a reviewer listed in the roster."""
    session, (cid, rid, org) = vault_copy(
        ("ready+reviewer", REVIEWER_PW), lambda s, _f: ready_case_with_reviewer(s, REVIEWER_PW)
    )
    session._test_org = org
    case = session.load_case(cid)
    case.duration_months = 24  # longer than a year: one more warning (two rules at least)
    session.save_case(case)
    pending = signoff.pending_warnings(session, cid)
    assert len({p.rule_id for p in pending}) >= 2
    return session, cid, rid, pending


@pytest.fixture
def ready(vault_copy):
    return ready_with_warnings(vault_copy)


def _distinct(pending):
    return {p.rule_id: f"Weighed note {i} against the recorded evidence" for i, p in enumerate(pending)}


def test_service_refuses_each_kind_of_reason_and_names_the_warning(ready):
    session, cid, rid, pending = ready
    first, second = pending[0], next(p for p in pending if p.rule_id != pending[0].rule_id)
    cases = {
        "too generic": dict(_distinct(pending), **{first.rule_id: "ok"}),
        "the same reason is given for": dict(
            _distinct(pending), **{second.rule_id: _distinct(pending)[first.rule_id]}
        ),
        "names Exhibit ZZ": dict(_distinct(pending), **{first.rule_id: "Exhibit ZZ shows the dates clearly"}),
        "names case 999": dict(
            _distinct(pending), **{first.rule_id: "The hospital documents match those in case 999"}
        ),
    }
    for words, reasons in cases.items():
        with pytest.raises(UserError) as got:
            signoff.sign_off(session, cid, rid, REVIEWER_PW, accepted_warnings=reasons)
        assert words in str(got.value) and first.rule_id in str(got.value), str(got.value)
        assert signoff_state.current_signoff(session, cid) is None  # nothing signed
    # the same rule in two cases may share a reason; here: every reason distinct and real
    res = signoff.sign_off(session, cid, rid, REVIEWER_PW, accepted_warnings=_distinct(pending))
    assert {a.reason for a in signoff_state.accepted_warnings(res.signoffs[0])} == set(
        _distinct(pending).values()
    )


@pytest.mark.slow
def test_cli_refuses_a_reused_reason(ready, paths, monkeypatch, capsys):
    from parole_desktop.cli.program import main
    from tests.conftest import PASSPHRASE

    session, cid, _rid, pending = ready
    data = paths.data
    session.close()
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PAROLE_DESKTOP_REVIEWER_PASSPHRASE", REVIEWER_PW)
    args = ["--data-dir", str(data), "signoff", str(cid), "--reviewer", "Amira Solis"]
    for p in pending:
        args += ["--accept", f"{p.rule_id}=Weighed against the recorded hospital letter"]
    rc = main(args)
    err = capsys.readouterr().err
    assert rc == 2 and "the same reason is given for" in err and pending[0].rule_id in err, err
