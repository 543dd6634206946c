"""Checks on the request itself: reason, statement, evidence for the reason, dates, duration, money, program."""

from __future__ import annotations

from collections.abc import Iterator

from parole_desktop.domain.enums import (
    Channel,
    FeeStatus,
    FilingMode,
    ParoleFeePlan,
    Reason,
    Role,
    SupporterKind,
    SupportForm,
)
from parole_desktop.domain.enums import Severity as S
from parole_desktop.domain.models import Finding
from parole_desktop.rules.checklist import build_checklist
from parole_desktop.rules.context import Eval


def hp_rsn_01(ev: Eval) -> Iterator[Finding]:
    if ev.case.reason is None:
        yield ev.finding(
            "HP-RSN-01",
            S.FAIL,
            "Choose the reason for the request (for example medical treatment or a funeral).",
            "case.reason",
        )


def hp_rsn_02(ev: Eval) -> Iterator[Finding]:
    words = len(ev.case.statement.split())
    low = ev.pack.int_param("statement_min_words_fail")
    good = ev.pack.int_param("statement_min_words_warn")
    if words < low:
        yield ev.finding(
            "HP-RSN-02",
            S.FAIL,
            f"The statement of the reason has {words} words. Write at least {low} (better {good} or more): what happened, why it is urgent, and what happens without parole.",
            "case.statement",
        )
    elif words < good:
        yield ev.finding(
            "HP-RSN-02",
            S.WARN,
            f"The statement of the reason has {words} words. A fuller statement ({good} words or more) usually explains the urgency better.",
            "case.statement",
        )


def hp_rsn_03(ev: Eval) -> Iterator[Finding]:
    if ev.case.reason is None:
        return
    for line in build_checklist(ev):
        if line.group == "common" or not line.required or line.satisfied:
            continue
        extra = (
            " It is attached but still needs a certified English translation."
            if line.untranslated_ids
            else ""
        )
        yield ev.finding(
            "HP-RSN-03", S.FAIL, f"Attach the required evidence: {line.title}.{extra}", line.field
        )


def hp_rsn_04(ev: Eval) -> Iterator[Finding]:
    case = ev.case
    spec = ev.pack.reasons.get(case.reason.value) if case.reason is not None else None
    label = spec.key_date_label if spec is not None else "key date"
    if case.key_date is None:
        if spec is not None and spec.key_date_required:
            yield ev.finding("HP-RSN-04", S.FAIL, f"Enter the {label}.", "case.key_date")
        return
    if case.key_date < ev.today:
        yield ev.finding(
            "HP-RSN-04",
            S.FAIL,
            f"The {label} ({case.key_date.isoformat()}) has passed. Update it, or discuss with the reviewer whether the request still makes sense.",
            "case.key_date",
        )
        return
    days = (case.key_date - ev.today).days
    window = ev.pack.int_param("expedite_window_days")
    if days < window and not case.expedite_requested:
        yield ev.finding(
            "HP-RSN-04",
            S.WARN,
            f"The {label} is only {days} days away. Consider asking for expedited handling: mark the request EXPEDITE and explain the urgency with evidence.",
            "case.expedite_requested",
        )
    elif days < window:
        yield ev.finding(
            "HP-RSN-04",
            S.INFO,
            f"The {label} is {days} days away and an expedite is requested: make sure the urgency and its evidence are on top of the packet.",
            "case.key_date",
        )


def hp_rsn_05(ev: Eval) -> Iterator[Finding]:
    if not ev.case.why_no_visa.strip():
        yield ev.finding(
            "HP-RSN-05",
            S.FAIL,
            "Explain why a visa or other pathway is not available in time (when and where one was tried, any denial). Parole is not meant to bypass visa processing.",
            "case.why_no_visa",
        )


def hp_rsn_06(ev: Eval) -> Iterator[Finding]:
    if not ev.case.inadmissibility.strip():
        yield ev.finding(
            "HP-RSN-06",
            S.WARN,
            "Explain why the beneficiary cannot get a visa or be admitted normally (the inadmissibility); the reviewer checks the wording.",
            "case.inadmissibility",
        )


def hp_rsn_07(ev: Eval) -> Iterator[Finding]:
    if ev.case.reason != Reason.PROTECTION:
        return
    if any(e.names_person for e in ev.originals):
        return
    general = ev.has_kind("country_report")
    msg = (
        "Only general country reports are attached. Add at least one third-party document that names the beneficiary (a media, NGO or government report, a police report, a threat)."
        if general
        else "Add at least one third-party document that names the beneficiary (a media, NGO or government report, a police report, a threat), and mark it as naming the person."
    )
    yield ev.finding("HP-RSN-07", S.WARN, msg, "checklist.targeted_harm_evidence")


def hp_dur_01(ev: Eval) -> Iterator[Finding]:
    months = ev.case.duration_months
    limit = ev.pack.int_param("max_duration_months")
    if months is None or months <= 0:
        yield ev.finding(
            "HP-DUR-01",
            S.FAIL,
            "Enter how many months of parole are needed, and why that long.",
            "case.duration_months",
        )
    elif months > limit and not ev.case.duration_justification.strip():
        yield ev.finding(
            "HP-DUR-01",
            S.WARN,
            f"{months} months is more than the usual {limit}: explain why the longer stay is needed.",
            "case.duration_justification",
        )


def hp_fin_01(ev: Eval) -> Iterator[Finding]:
    supporters = [
        s
        for s in ev.case.people_with_role(Role.SUPPORTER)
        if s.supporter_kind is not None or s.support_form is not None
    ]
    if not supporters:
        yield ev.finding(
            "HP-FIN-01",
            S.FAIL,
            "Record the financial supporter (Form I-134): a person of any status, the beneficiary themself, or an organization.",
            "person.supporter.supporter_kind",
        )


def hp_fin_02(ev: Eval) -> Iterator[Finding]:
    supporters = ev.case.people_with_role(Role.SUPPORTER)
    if not supporters:
        return
    needs_id = any(s.supporter_kind != SupporterKind.SELF for s in supporters)
    if needs_id and not ev.has_kind("supporter_identity"):
        yield ev.finding(
            "HP-FIN-02",
            S.WARN,
            "Attach the supporter's identity document and proof of their status.",
            "checklist.supporter_identity",
        )
    if not ev.has_kind("supporter_financial"):
        orgs = all(s.supporter_kind == SupporterKind.ORGANIZATION for s in supporters)
        what = (
            "the organization's letter of commitment"
            if orgs
            else "tax return, pay statements or a bank letter"
        )
        yield ev.finding(
            "HP-FIN-02",
            S.WARN,
            f"Attach the supporter's financial evidence ({what}).",
            "checklist.supporter_financial",
        )


def hp_fin_03(ev: Eval) -> Iterator[Finding]:
    if ev.case.program.strip():
        return
    for s in ev.case.people_with_role(Role.SUPPORTER):
        if s.support_form == SupportForm.I134A:
            yield ev.finding(
                "HP-FIN-03",
                S.FAIL,
                "Form I-134A is only for specific (now closed) programs. A general request uses the paper Form I-134: change the supporter's form.",
                "person.supporter.support_form",
            )


def hp_fee_01(ev: Eval) -> Iterator[Finding]:
    case = ev.case
    if case.channel != Channel.USCIS:
        return
    if case.fee_status == FeeStatus.UNRECORDED:
        yield ev.finding(
            "HP-FEE-01",
            S.FAIL,
            "Record how the I-131 filing fee is handled: paid, fee-waiver request, or exempt.",
            "case.fee_status",
        )
    # a document filed under the checklist item itself ("Filing fee or fee-waiver request") counts for both
    elif case.fee_status == FeeStatus.PAID and not ev.has_kind("fee_payment", "fee_payment_or_waiver"):
        yield ev.finding(
            "HP-FEE-01",
            S.FAIL,
            "The fee is marked paid: attach the payment (check, money order or card form).",
            "checklist.fee_payment_or_waiver",
        )
    elif case.fee_status == FeeStatus.WAIVER_REQUESTED and not ev.has_kind("fee_waiver", "fee_payment_or_waiver"):
        yield ev.finding(
            "HP-FEE-01",
            S.FAIL,
            "A fee waiver is requested: attach Form I-912 (or the written request) with its evidence.",
            "checklist.fee_payment_or_waiver",
        )


def hp_fee_03(ev: Eval) -> Iterator[Finding]:
    if ev.case.fee_status == FeeStatus.WAIVER_REQUESTED and ev.case.filing_mode == FilingMode.ONLINE:
        yield ev.finding(
            "HP-FEE-03",
            S.FAIL,
            "A fee-waiver request cannot be filed online: switch the filing mode to paper.",
            "case.filing_mode",
        )


def hp_fee_02(ev: Eval) -> Iterator[Finding]:
    case = ev.case
    fee, exact = ev.pack.parole_fee_for(ev.today)
    if fee is None:
        amount = "The immigration parole fee"
    elif exact:
        amount = f"The immigration parole fee (${fee.amount_usd:,} for fiscal year {fee.fiscal_year})"
    else:
        amount = f"The immigration parole fee (last amount in this rules pack: ${fee.amount_usd:,} for fiscal year {fee.fiscal_year}; check the current amount)"
    base = f"{amount} is due when parole is granted, not with the I-131, and cannot be waived."
    spec = ev.pack.reasons.get(case.reason.value) if case.reason is not None else None
    exc_ids = spec.parole_fee_exceptions if spec is not None else ()
    if exc_ids:
        listed = "; ".join(f"{e}: {ev.pack.parole_fee_exceptions[e]}" for e in exc_ids)
        hint = f" This reason may fall under a statutory exception ({listed}); the reviewer decides."
    else:
        hint = " This reason is not one of the listed statutory exceptions; the reviewer decides."
    plan = case.parole_fee_plan
    if plan == ParoleFeePlan.UNRECORDED:
        yield ev.finding(
            "HP-FEE-02",
            S.WARN,
            base + hint + " Record the client's plan to pay or the exception claimed.",
            "case.parole_fee_plan",
            verify=True,
        )
    elif plan == ParoleFeePlan.EXCEPTION_CLAIMED and not case.parole_fee_exception.strip():
        yield ev.finding(
            "HP-FEE-02",
            S.WARN,
            base + " Record which statutory exception is claimed.",
            "case.parole_fee_exception",
            verify=True,
        )
    else:
        yield ev.finding("HP-FEE-02", S.INFO, base + hint, "case.parole_fee_plan", verify=True)


def hp_prg_01(ev: Eval) -> Iterator[Finding]:
    name = ev.case.program.strip()
    if not name:
        return
    prog = ev.pack.program(name)
    if prog is None:
        yield ev.finding(
            "HP-PRG-01",
            S.INFO,
            f"The program '{name}' is not in the rules pack's program table: the reviewer checks its status.",
            "case.program",
        )
    elif prog.status in ("paused", "terminated"):
        yield ev.finding(
            "HP-PRG-01",
            S.WARN,
            f"{prog.name} is {prog.status} (since {prog.status_date.isoformat()}). {prog.note} Talk to the reviewer before going on; a general case-by-case request may be the only route.",
            "case.program",
            verify=prog.verify,
        )
