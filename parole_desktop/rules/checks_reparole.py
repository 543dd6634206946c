"""Checks that follow the request type: re-parole of someone already paroled into the US, parole in place,
and an earlier parole recorded for the beneficiary of any request (HP-RPL-01..06).

The I-94 facts come from the beneficiary's record: the current I-94 (``i94_number``, ``class_of_admission``,
``i94_expiry``) and the list of earlier and current paroles (``paroles``: typed by hand, read off an I-94, or
written from this vault's outcome tracking). The filing date is the recorded one (``outcome.filed_on``), or
today while the request is being prepared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from parole_desktop.domain.enums import Answer, Decision, ParoleBasis, RequestType
from parole_desktop.domain.enums import Severity as S
from parole_desktop.domain.models import Finding, ParoleRecord, Person
from parole_desktop.rules.context import Eval, is_us

BASIS_WORDS = {
    ParoleBasis.URGENT_HUMANITARIAN.value: "urgent humanitarian reasons",
    ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT.value: "significant public benefit",
}


@dataclass(frozen=True)
class CurrentParole:
    """The beneficiary's current parole as recorded: the I-94 on the person, completed from the latest
    parole record (the one that expires last, or the one with the same I-94 number)."""

    i94_number: str
    class_of_admission: str
    expires_on: dt.date | None
    record: ParoleRecord | None


def _latest(records: list[ParoleRecord]) -> ParoleRecord | None:
    dated = [r for r in records if r.expires_on is not None]
    if dated:
        return max(dated, key=lambda r: r.expires_on or dt.date.min)
    return records[-1] if records else None


def current_parole(person: Person, records: list[ParoleRecord] | None = None) -> CurrentParole:
    records = list(person.paroles if records is None else records)
    number = person.i94_number.strip()
    rec = next((r for r in records if number and r.i94_number.strip() == number), None) or _latest(records)
    expiry_candidates = [d for d in (person.i94_expiry, rec.expires_on if rec else None) if d is not None]
    return CurrentParole(
        i94_number=number or (rec.i94_number.strip() if rec else ""),
        class_of_admission=person.class_of_admission.strip()
        or (rec.class_of_admission.strip() if rec else ""),
        expires_on=max(expiry_candidates) if expiry_candidates else None,
        record=rec,
    )


def filing_date(ev: Eval) -> dt.date:
    return ev.case.outcome.filed_on or ev.today


def _re_parole(ev: Eval) -> Person | None:
    if ev.case.request_type != RequestType.RE_PAROLE:
        return None
    return ev.beneficiary


def hp_rpl_01(ev: Eval) -> Iterator[Finding]:
    b = _re_parole(ev)
    if b is None:
        return
    cur = current_parole(b)
    missing = [
        (words, fld)
        for value, words, fld in (
            (cur.i94_number, "the I-94 number", "person.beneficiary.i94_number"),
            (cur.class_of_admission, "the class of admission", "person.beneficiary.class_of_admission"),
            (cur.expires_on, "the admit-until date", "person.beneficiary.i94_expiry"),
        )
        if not value
    ]
    if missing:
        words = ", ".join(w for w, _ in missing)
        yield ev.finding(
            "HP-RPL-01",
            S.FAIL,
            f"Re-parole: enter the beneficiary's current I-94 ({words}), as printed on the I-94 record.",
            missing[0][1],
        )


def hp_rpl_02(ev: Eval) -> Iterator[Finding]:
    b = _re_parole(ev)
    if b is None:
        return
    cur = current_parole(b)
    if cur.expires_on is None:
        return  # HP-RPL-01 asks for it
    filed = filing_date(ev)
    when = "filed on" if ev.case.outcome.filed_on else "prepared today,"
    days = (cur.expires_on - filed).days
    fld = "person.beneficiary.i94_expiry"
    if days < 0:
        yield ev.finding(
            "HP-RPL-02",
            S.FAIL,
            f"The parole on the I-94 expired on {cur.expires_on.isoformat()}, before this request ({when} "
            f"{filed.isoformat()}): re-parole is requested before the parole expires. Check the date; the "
            "reviewer decides what applies.",
            fld,
        )
        return
    soon = ev.pack.int_param("reparole_min_days_before_expiry")
    if days < soon:
        yield ev.finding(
            "HP-RPL-02",
            S.WARN,
            f"The parole expires on {cur.expires_on.isoformat()}, {days} days after this request ({when} "
            f"{filed.isoformat()}). Re-parole requests are advised at least {soon} days before expiry: file "
            "as soon as possible and tell the reviewer.",
            fld,
            verify=True,
        )
    name = ev.case.program.strip() or (cur.record.program.strip() if cur.record else "")
    prog = ev.pack.program(name) if name else None
    if prog is not None and prog.reparole_earliest_days is not None and days > prog.reparole_earliest_days:
        opens = cur.expires_on - dt.timedelta(days=prog.reparole_earliest_days)
        yield ev.finding(
            "HP-RPL-02",
            S.WARN,
            f"{prog.name}: re-parole requests are reported to be accepted no earlier than "
            f"{prog.reparole_earliest_days} days before the parole expires (source "
            f"{prog.reparole_window_source or prog.source}); this one is {days} days before "
            f"{cur.expires_on.isoformat()}. Wait until {opens.isoformat()} or ask the reviewer.",
            fld,
            verify=True,
        )


def hp_rpl_03(ev: Eval) -> Iterator[Finding]:
    b = _re_parole(ev)
    if b is None:
        return
    if not b.paroles:
        yield ev.finding(
            "HP-RPL-03",
            S.FAIL,
            "Re-parole: record the parole being renewed in the beneficiary's earlier paroles (I-94 number, "
            "class of admission, program or case by case, basis, paroled on, expires on).",
            "person.beneficiary.paroles",
        )
        return
    cur = current_parole(b)
    rec = cur.record
    if rec is None:
        return
    if not rec.basis or rec.basis == ParoleBasis.UNRECORDED.value:
        under = f" under {rec.program}" if rec.program.strip() else " (case by case)"
        yield ev.finding(
            "HP-RPL-03",
            S.WARN,
            f"Re-parole: the earlier parole{under} has no basis recorded. Record whether it was granted for "
            "urgent humanitarian reasons or for significant public benefit.",
            "person.beneficiary.paroles",
        )
    prog = ev.pack.program(rec.program) if rec.program.strip() else None
    if prog is not None and prog.status == "terminated" and prog.reparole != "continuing":
        yield ev.finding(
            "HP-RPL-03",
            S.WARN,
            f"The earlier parole was granted under {prog.name}, terminated since "
            f"{prog.status_date.isoformat()}. {prog.note} The reviewer decides whether re-parole is open.",
            "person.beneficiary.paroles",
            verify=prog.verify,
        )


def own_grant(ev: Eval, rec: ParoleRecord) -> bool:
    """The record is the parole this request's own recorded approval gave (services/outcomes.py wrote it)."""
    o = ev.case.outcome
    return (
        rec.source == "outcome"
        and o.decision == Decision.APPROVED
        and rec.expires_on == o.parole_expiry
        and rec.i94_number == o.i94_number.strip()
    )


def hp_rpl_04(ev: Eval) -> Iterator[Finding]:
    """A parole already recorded for the beneficiary: on a first-parole request it may be a re-parole; the
    parole this request's own approval gave is reported when it expires soon (a re-parole is filed before)."""
    b = ev.beneficiary
    if b is None:
        return
    soon = ev.pack.int_param("reparole_min_days_before_expiry")
    granted = [r for r in b.paroles if own_grant(ev, r)]
    if granted and granted[-1].expires_on is not None:
        until = granted[-1].expires_on
        days = (until - ev.today).days
        if days < soon:
            state = (
                f"expired on {until.isoformat()}"
                if days < 0
                else f"expires on {until.isoformat()}, in {days} days"
            )
            yield ev.finding(
                "HP-RPL-04",
                S.WARN,
                f"The parole granted on this request {state}. A re-parole request is filed before the parole "
                f"expires (at least {soon} days before is advised): tell the client and the reviewer.",
                "outcome.parole_expiry",
            )
    if ev.case.request_type != RequestType.INITIAL:
        return
    others = [r for r in b.paroles if not own_grant(ev, r)]
    if granted and not others:
        return  # only this request's own grant (its I-94 may be typed on the person too)
    cur = current_parole(b, others)
    if cur.expires_on is None and not cur.i94_number:
        return
    filed = filing_date(ev)
    soon = ev.pack.int_param("reparole_min_days_before_expiry")
    number = f"I-94 {cur.i94_number}" if cur.i94_number else "an I-94"
    if cur.expires_on is None:
        state = "with no admit-until date recorded"
    elif cur.expires_on < filed:
        state = f"that expired on {cur.expires_on.isoformat()}"
    elif (cur.expires_on - filed).days < soon:
        state = f"that expires soon, on {cur.expires_on.isoformat()}"
    else:
        state = f"valid until {cur.expires_on.isoformat()}"
    where = " and is recorded in the US" if is_us(b.current_country) else ""
    yield ev.finding(
        "HP-RPL-04",
        S.WARN,
        f"The beneficiary has a parole recorded ({number}, {state}){where}, but the request type is a first "
        "parole. Check whether this is a re-parole request.",
        "case.request_type",
    )


def hp_rpl_05(ev: Eval) -> Iterator[Finding]:
    if _re_parole(ev) is None:
        return
    answer = ev.case.continuous_presence
    if answer == Answer.UNANSWERED:
        yield ev.finding(
            "HP-RPL-05",
            S.FAIL,
            "Re-parole: record whether the beneficiary has stayed in the US since the parole began "
            "(leaving the US ends parole).",
            "case.continuous_presence",
        )
    elif answer == Answer.NO:
        note = ev.case.continuous_presence_note.strip()
        yield ev.finding(
            "HP-RPL-05",
            S.WARN,
            "The beneficiary has left the US since the parole began"
            + (f" ({note})" if note else "")
            + ". Leaving ends parole: the reviewer decides whether a re-parole request fits.",
            "case.continuous_presence",
        )


def hp_rpl_06(ev: Eval) -> Iterator[Finding]:
    if ev.case.request_type != RequestType.PAROLE_IN_PLACE:
        return
    name = ev.case.program.strip()
    prog = ev.pack.program(name) if name else None
    if prog is not None and prog.parole_in_place:
        return
    what = (
        f"The rules pack does not list {prog.name if prog else repr(name)} as a program that allows parole in place"
        if name
        else "No program is recorded"
    )
    yield ev.finding(
        "HP-RPL-06",
        S.WARN,
        f"Parole in place is requested only where a program allows it. {what}: the reviewer confirms "
        "which program applies.",
        "case.program",
    )
