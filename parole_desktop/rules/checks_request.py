"""Checks on the request itself: reason, statement, evidence for the reason, dates, duration, money, program."""

from __future__ import annotations

from collections.abc import Iterator

from parole_desktop.domain.enums import (
    Channel,
    FeeStatus,
    FilingMode,
    KeyDateKind,
    ParoleFeePlan,
    PayerKind,
    PaymentMethod,
    Reason,
    Role,
    Route,
    SupporterKind,
    SupportForm,
)
from parole_desktop.domain.enums import Severity as S
from parole_desktop.domain.fee_forms import FEE_FORMS, form_named
from parole_desktop.domain.grounds import REFUSED_214B, names_ina_214b
from parole_desktop.domain.models import Evidence, Finding, Person
from parole_desktop.rules.checklist import build_checklist
from parole_desktop.rules.context import Eval, country_of, is_us, name_key, spellings

# Common checklist items another rule reports (with a more precise message); HP-RSN-03 reports the rest.
COMMON_ITEMS_OWNED = frozenset(
    {
        "identity_document",  # HP-ID-04
        "requestor_identity",  # HP-ID-06
        "requestor_organization_status",  # HP-REQ-02
        "supporter_identity",  # HP-FIN-02
        "supporter_financial",  # HP-FIN-02
        "fee_payment_or_waiver",  # HP-FEE-01
        "photos",  # HP-EVD-05
        "suspension_exception_evidence",  # HP-PRG-02
    }
)


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
        if not line.required or line.satisfied or line.item_id in COMMON_ITEMS_OWNED:
            continue
        if line.untranslated_ids:
            continue  # attached, waiting for its translation: HP-EVD-01 asks for it (one action, one finding)
        yield ev.finding("HP-RSN-03", S.FAIL, f"Attach the required evidence: {line.title}.", line.field)


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
    case = ev.case
    if not case.inadmissibility.strip():
        yield ev.finding(
            "HP-RSN-06",
            S.WARN,
            "Explain why the beneficiary cannot get a visa or be admitted normally (the inadmissibility); the reviewer checks the wording.",
            "case.inadmissibility",
        )
    elif names_ina_214b(case.inadmissibility):
        yield ev.finding(
            "HP-RSN-06",
            S.FAIL,
            f"The explanation of the inadmissibility names 214(b). {REFUSED_214B}",
            "case.inadmissibility",
            verify=True,
        )
    for code in case.inadmissibility_grounds:
        if names_ina_214b(code):
            yield ev.finding(
                "HP-RSN-06",
                S.FAIL,
                f"The ground “{code}” is refused. {REFUSED_214B}",
                "case.inadmissibility_grounds",
                verify=True,
            )
        elif ev.pack.inadmissibility_grounds and code not in ev.pack.inadmissibility_grounds:
            yield ev.finding(
                "HP-RSN-06",
                S.FAIL,
                f"The ground “{code}” is not in the rules pack's list of grounds of inadmissibility (INA 212(a)): pick the ground from the list; the letter prints only grounds it can cite.",
                "case.inadmissibility_grounds",
            )


def hp_ltr_01(ev: Eval) -> Iterator[Finding]:
    """The letter's ties-and-return section is printed only from what was recorded; its absence is worth a
    question to the client, never an invented sentence."""
    case = ev.case
    missing = [
        words
        for words, text in (
            ("the intent to leave when parole ends", case.return_intent),
            ("the ties to the home country (family, work, property)", case.home_ties),
        )
        if not text.strip()
    ]
    if missing:
        yield ev.finding(
            "HP-LTR-01",
            S.WARN,
            f"The letter has no ties-and-return section: {' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not recorded. Ask the client and record them in their own words; parole is temporary.",
            "case.return_intent" if not case.return_intent.strip() else "case.home_ties",
        )


def hp_rte_01(ev: Eval) -> Iterator[Finding]:
    case = ev.case
    if case.route != Route.AGENCY_REFERRAL:
        return
    agency = case.sponsoring_agency.strip()
    by = f" ({agency})" if agency else ""
    yield ev.finding(
        "HP-RTE-01",
        S.FAIL,
        f"This case is recorded as an agency referral{by}: a US federal agency refers such a request itself (Form I-131 Part 1, Item 6.C, Intergovernmental Parole Referral, names the agency and its representative's official e-mail). It does not go ahead as a private request: send it to the reviewer, who confirms the route with the sponsoring agency.",
        "case.route",
    )


def hp_rsn_07(ev: Eval) -> Iterator[Finding]:
    if ev.case.reason != Reason.PROTECTION:
        return
    spec = ev.pack.reasons.get(Reason.PROTECTION.value)
    naming_kinds = spec.names_person_kinds if spec is not None else frozenset()
    if any(e.names_person or e.kind in naming_kinds for e in ev.originals):
        return
    others = [e for e in ev.originals if e.kind not in GENERAL_KINDS]
    only_country = ev.has_kind("country_report") and not others
    msg = (
        "Only general country reports are attached. Add at least one third-party document that names the beneficiary (a media, NGO or government report, a police report, a threat)."
        if only_country
        else "None of the attached documents names the beneficiary. Add at least one third-party document that does (a media, NGO or government report, a police report, a threat letter, an affidavit); if one already does, mark it as naming the person."
    )
    yield ev.finding("HP-RSN-07", S.WARN, msg, "checklist.targeted_harm_evidence")


# Documents about the request itself, not about the harm: they neither name the threat nor count against it.
GENERAL_KINDS = frozenset(
    {
        "country_report",
        "identity_document",
        "requestor_identity",
        "supporter_identity",
        "supporter_financial",
        "organization_status",
        "photos",
        "fee_payment",
        "fee_waiver",
        "g28",
        "translation",
    }
)


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


def hp_dur_02(ev: Eval) -> Iterator[Finding]:
    case = ev.case
    months = case.duration_months
    spec = ev.pack.reasons.get(case.reason.value) if case.reason is not None else None
    if spec is None or spec.typical_max_months is None or months is None or months <= spec.typical_max_months:
        return
    if case.duration_justification.strip():
        return
    yield ev.finding(
        "HP-DUR-02",
        S.WARN,
        f"{months} months is long for {spec.title.lower()} (usually up to {spec.typical_max_months}): parole is granted for the purpose of the request. Shorten it, or explain why the longer stay is needed.",
        "case.duration_justification",
    )


def hp_rsn_08(ev: Eval) -> Iterator[Finding]:
    case = ev.case
    arrival, key = case.intended_travel_date, case.key_date
    if arrival is None or key is None or key < ev.today:
        return  # a key date already past is HP-RSN-04's finding
    deadline = case.key_date_kind is KeyDateKind.DEADLINE
    # A deadline ("must arrive by") is met by arriving on the day; an event (surgery, hearing, funeral) is not.
    if (arrival <= key) if deadline else (arrival < key):
        return
    spec = ev.pack.reasons.get(case.reason.value) if case.reason is not None else None
    label = spec.key_date_label if spec is not None else (case.key_date_label or "key date")
    message = (
        f"The intended arrival date ({arrival.isoformat()}) is after the deadline to arrive by ({key.isoformat()}): check both dates."
        if deadline
        else f"The intended arrival date ({arrival.isoformat()}) is not before the {label} ({key.isoformat()}): check both dates."
    )
    yield ev.finding("HP-RSN-08", S.FAIL, message, "case.intended_travel_date")


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
    orgs = [s for s in supporters if s.supporter_kind == SupporterKind.ORGANIZATION]
    persons = [
        s for s in supporters if s.supporter_kind not in (SupporterKind.SELF, SupporterKind.ORGANIZATION)
    ]
    if persons and not ev.has_kind("supporter_identity"):
        yield ev.finding(
            "HP-FIN-02",
            S.WARN,
            "Attach the supporter's identity document and proof of their status.",
            "checklist.supporter_identity",
        )
    if orgs and not ev.has_kind("organization_status"):
        name = orgs[0].organization.strip() or orgs[0].full_name or "the supporting organization"
        yield ev.finding(
            "HP-FIN-02",
            S.WARN,
            f"Attach the status document of {name} (for example its IRS determination letter) and the ID of the employee who signs for it.",
            "checklist.supporter_identity",
        )
    if not ev.has_kind("supporter_financial"):
        if orgs and not persons:
            msg = (
                "Attach the organization's letter of commitment (or the I-134 its authorized employee signs)."
            )
        elif orgs:
            msg = "Attach each supporter's financial evidence: tax return, pay statements or a bank letter for a person, the letter of commitment for an organization."
        else:
            msg = "Attach the supporter's financial evidence (tax return, pay statements or a bank letter)."
        yield ev.finding("HP-FIN-02", S.WARN, msg, "checklist.supporter_financial")


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
            "The fee is marked paid: attach the signed payment form (G-1450 card or G-1650 bank debit).",
            "checklist.fee_payment_or_waiver",
        )
    elif case.fee_status == FeeStatus.WAIVER_REQUESTED and not ev.has_kind(
        "fee_waiver", "fee_payment_or_waiver"
    ):
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


def hp_fee_04(ev: Eval) -> Iterator[Finding]:
    case = ev.case
    if case.channel != Channel.USCIS or case.filing_mode != FilingMode.PAPER:
        return
    if case.fee_status in (FeeStatus.EXEMPT, FeeStatus.UNRECORDED):
        return  # exempt: nothing to pay; unrecorded: HP-FEE-01 asks first (one action, one finding)
    since = ev.pack.electronic_payment_from
    when = f" since {since.isoformat()}" if since else ""
    method = case.payment_method
    if case.fee_status == FeeStatus.WAIVER_REQUESTED or method in (PaymentMethod.I912, PaymentMethod.G1651):
        return
    if method == PaymentMethod.UNRECORDED:
        yield ev.finding(
            "HP-FEE-04",
            S.FAIL,
            f"Record how the filing fee is paid on paper: Form G-1450 (card) or G-1650 (debit from a US bank account). Checks and money orders are rejected{when}. A G-1651 exemption or an I-912 fee waiver are the alternatives.",
            "case.payment_method",
        )
        return
    if not case.payer_name.strip():
        yield ev.finding(
            "HP-FEE-04",
            S.FAIL,
            f"Name the person whose card or bank account pays the fee ({method.value}).",
            "case.payer_name",
        )
    spec = ev.pack.payment_methods.get(method.value)
    if spec is not None and spec.requires_us_bank_account and not case.payer_us_bank_account:
        yield ev.finding(
            "HP-FEE-04",
            S.FAIL,
            "Form G-1650 debits a US bank account; payments through foreign banks are rejected. Confirm the payer's account is at a US bank, or pay by card with Form G-1450.",
            "case.payer_us_bank_account",
        )


FEE_KINDS = ("fee_payment", "fee_waiver", "fee_payment_or_waiver")


def fee_form_named(e: Evidence) -> str:
    """The payment or waiver form a fee document names in its title or file name ("" none, or more than one):
    the same reading as the packet's enclosure list (``domain/fee_forms.form_named``)."""
    return form_named(e.title, e.original_filename)


def hp_fee_05(ev: Eval) -> Iterator[Finding]:
    """The fee document enclosed is the form of the recorded payment method: a G-1450 for a card payment, a
    G-1650 for an ACH debit, a G-1651 for the exemption, an I-912 for a fee waiver. The packet's enclosure
    list names the document's own form; a mismatch means the wrong form would be filed."""
    case = ev.case
    if case.channel != Channel.USCIS or case.filing_mode != FilingMode.PAPER:
        return
    if case.fee_status in (FeeStatus.EXEMPT, FeeStatus.UNRECORDED):
        return  # nothing to pay, or HP-FEE-01 asks first
    method = case.payment_method
    expected = "I-912" if case.fee_status == FeeStatus.WAIVER_REQUESTED else method.value
    if expected not in FEE_FORMS:
        return  # no payment method recorded yet: HP-FEE-04 asks for it
    for e in ev.originals:
        if e.kind not in FEE_KINDS:
            continue
        label = e.title.strip() or e.original_filename.strip() or e.kind.replace("_", " ")
        fld = f"evidence.{e.id}" if e.id is not None else "case.payment_method"
        named = fee_form_named(e)
        if (
            named
            and e.kind in ("fee_payment", "fee_waiver")
            and (named == "I-912") != (e.kind == "fee_waiver")
        ):
            kind_words = "fee waiver request" if e.kind == "fee_waiver" else "payment form"
            yield ev.finding(
                "HP-FEE-05",
                S.FAIL,
                f"The fee document “{label}” is filed as a {kind_words} but names Form {named}: correct its kind or attach the right document.",
                fld,
            )
        elif not named and e.kind == "fee_waiver" and expected != "I-912":
            yield ev.finding(
                "HP-FEE-05",
                S.FAIL,
                f"The fee document “{label}” is a fee waiver request, but the recorded payment method is Form {expected}: attach the {expected} or record the fee-waiver request.",
                fld,
            )
        elif not named:
            yield ev.finding(
                "HP-FEE-05",
                S.FAIL,
                f"The fee document “{label}” does not say which form it is: give it a title that names the form (the recorded payment method is Form {expected}), so the enclosure list names what is enclosed.",
                fld,
            )
        elif named != expected:
            yield ev.finding(
                "HP-FEE-05",
                S.FAIL,
                f"The fee document “{label}” is Form {named}, but the recorded payment method is Form {expected}: attach the {expected}, or change the payment method to what was signed.",
                fld,
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
    base = f"{amount} is due when parole is granted, not with the I-131 (also for requests filed before the fee took effect), and cannot be waived."
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
    elif prog.status == "terminated":
        yield ev.finding(
            "HP-PRG-01",
            S.FAIL,
            f"{prog.name} is terminated (since {prog.status_date.isoformat()}). {prog.note} A request under it cannot go ahead: talk to the reviewer; a general case-by-case request may be the only route.",
            "case.program",
            verify=prog.verify,
        )
    elif prog.status == "paused":
        yield ev.finding(
            "HP-PRG-01",
            S.WARN,
            f"{prog.name} is paused (since {prog.status_date.isoformat()}). {prog.note} Talk to the reviewer before going on.",
            "case.program",
            verify=prog.verify,
        )


def _beneficiary_countries(ev: Eval) -> list[tuple[str, str]]:
    """(country as recorded, how it relates: "citizen of" / "born in"), without repeats."""
    b = ev.beneficiary
    if b is None:
        return []
    out: list[tuple[str, str]] = []
    for value, how in ((b.citizenship, "is a national of"), (b.country_of_birth, "was born in")):
        if value.strip() and not any(
            ev.pack.country_code(value) == ev.pack.country_code(v) != "" for v, _ in out
        ):
            out.append((value.strip(), how))
    return out


def _restriction_field(how: str) -> str:
    return (
        "person.beneficiary.citizenship"
        if how == "is a national of"
        else "person.beneficiary.country_of_birth"
    )


def hp_prg_02(ev: Eval) -> Iterator[Finding]:
    """An entry suspension for the beneficiary's citizenship or country of birth, and the exception claimed.

    No exception claimed: the pack's severity for the rule. An exception of the proclamation's own list
    (pack table ``suspension_exceptions``) with its evidence attached: a warning naming it, for the reviewer.
    An exception not on the list, or without its evidence: a fail."""
    case = ev.case
    claimed = case.suspension_exception.strip()
    hits = [
        (how, r)
        for country, how in _beneficiary_countries(ev)
        if (r := ev.pack.entry_restriction(country, ev.today)) is not None
    ]
    if not hits:
        if claimed:
            yield ev.finding(
                "HP-PRG-02",
                S.INFO,
                f"An exception to an entry suspension is recorded ({claimed}), but the rules pack lists no "
                "suspension for the beneficiary's citizenship or country of birth: the reviewer checks "
                "whether it is needed.",
                "case.suspension_exception",
            )
        return
    listed = ev.pack.suspension_exceptions
    exc = listed.get(claimed) if claimed else None
    note = case.suspension_exception_note.strip()
    has_evidence = ev.has_kind("suspension_exception_evidence")
    for how, r in hits:
        head = (
            f"The beneficiary {how} {r.display}, under a {r.scope} entry suspension (Proclamation "
            f"{r.proclamation}, in force since {r.effective.isoformat()})."
        )
        if not claimed:
            yield ev.finding(
                "HP-PRG-02",
                S(ev.pack.rule("HP-PRG-02").severity),
                head + " Parole is not a visa, but travel from these countries is reported to be delayed and "
                "exceptions are narrow. If one of the proclamation's exceptions applies, record it with its "
                "evidence; otherwise the reviewer must discuss this with the client.",
                _restriction_field(how),
                verify=r.verify,
            )
            continue
        if listed and exc is None:
            yield ev.finding(
                "HP-PRG-02",
                S.FAIL,
                head + f" The exception recorded ({claimed}) is not one of the exceptions the rules pack "
                "lists for the proclamation: pick one from the list.",
                "case.suspension_exception",
                verify=r.verify,
            )
            continue
        if exc is not None and r.proclamation not in exc.proclamations:
            yield ev.finding(
                "HP-PRG-02",
                S.FAIL,
                head + f" The exception recorded ({exc.text}) is not listed for Proclamation "
                f"{r.proclamation}: pick one of its exceptions.",
                "case.suspension_exception",
                verify=True,
            )
            continue
        words = exc.text if exc is not None else claimed
        if not has_evidence:
            what = f" ({exc.evidence})" if exc is not None else ""
            yield ev.finding(
                "HP-PRG-02",
                S.FAIL,
                head + f" Exception claimed: {words}. Attach the evidence that it applies{what} as "
                "'Evidence for the entry-suspension exception claimed'.",
                "checklist.suspension_exception_evidence",
                verify=True,
            )
            continue
        yield ev.finding(
            "HP-PRG-02",
            S.WARN,
            head + f" Exception claimed: {words}" + (f" ({note})" if note else "") + ", with its evidence "
            "attached. The reviewer confirms that the exception applies.",
            "case.suspension_exception",
            verify=True,
        )


def _holds_dated(ev: Eval) -> str:
    """The sentence every hold finding ends with: the date of the pack's statement of the holds, and a
    warning when it (or the whole pack) is older than the pack's ``hold_statement_max_age_days``."""
    st = ev.pack.holds_statement
    limit = ev.pack.int_param("hold_statement_max_age_days")
    out = ""
    stale: list[str] = []
    if st is not None:
        out = (
            f" The rules pack's statement of which holds apply, and to whom ({st.applies_to}), is as of "
            f"{st.as_of.isoformat()}."
        )
        age = (ev.today - st.as_of).days
        if age > limit:
            stale.append(f"that statement is {age} days old")
    else:
        out = " The rules pack has no dated statement of which holds apply."
    pack_age = (ev.today - ev.pack.as_of).days
    if pack_age > limit:
        stale.append(f"the rules pack (as of {ev.pack.as_of.isoformat()}) is {pack_age} days old")
    if stale:
        out += (
            f" Older than {limit} days: {' and '.join(stale)}. Check uscis.gov for a lifting or a change of "
            "the holds before telling the client."
        )
    return out


def hp_prg_03(ev: Eval) -> Iterator[Finding]:
    if ev.case.channel != Channel.USCIS:
        return  # the holds concern USCIS benefit requests; CBP decides a port-of-entry request in person
    seen: set[str] = set()
    for country, how in _beneficiary_countries(ev):
        for h in ev.pack.holds_for(country, ev.today):
            if h.memo in seen:
                continue
            seen.add(h.memo)
            yield ev.finding(
                "HP-PRG-03",
                S.WARN,
                f"The beneficiary {how} {ev.pack.country_name(country)}: USCIS memo {h.memo} (since {h.effective.isoformat()}) holds final decisions on pending requests such as the I-131 for people born in or nationals of this country. Tell the client a decision may wait until the hold is lifted; the reviewer decides how to proceed."
                + _holds_dated(ev),
                _restriction_field(how),
                verify=h.verify,
            )


# ---- who pays the fee, and how (HP-PAY-01..03); supporters outside the US (HP-REQ-03) -----------------------
_PAYER_ROLES = {
    PayerKind.BENEFICIARY: Role.BENEFICIARY,
    PayerKind.REQUESTOR: Role.REQUESTOR,
    PayerKind.SUPPORTER: Role.SUPPORTER,
    PayerKind.REPRESENTATIVE: Role.REPRESENTATIVE,
}
_CARD_OR_ACCOUNT = {PaymentMethod.G1450: "card", PaymentMethod.G1650: "bank account"}


def _electronic_payment(ev: Eval) -> PaymentMethod | None:
    """The G-1450 or G-1650 of a paper USCIS filing whose fee is paid (None: no card or account pays)."""
    case = ev.case
    if case.channel != Channel.USCIS or case.filing_mode != FilingMode.PAPER:
        return None
    if case.fee_status != FeeStatus.PAID or case.payment_method not in _CARD_OR_ACCOUNT:
        return None
    return case.payment_method


def _payer_role(ev: Eval) -> Role | None:
    role = _PAYER_ROLES.get(ev.case.payer_kind)
    if role == Role.REQUESTOR and ev.self_filing:
        return Role.BENEFICIARY  # the beneficiary files for themself: the requestor is their own record
    return role


def _payer(ev: Eval) -> Person | None:
    """The person recorded as the payer: by the payer kind, else the person whose name the payer name is."""
    case = ev.case
    role = _payer_role(ev)
    key = name_key(case.payer_name)
    if role is not None:
        people = case.people_with_role(role)
        return next((p for p in people if key in spellings(p)), people[0] if people else None)
    if case.payer_kind == PayerKind.OTHER or not key:
        return None
    return next((p for p in case.people if key in spellings(p)), None)


def hp_pay_01(ev: Eval) -> Iterator[Finding]:
    if _electronic_payment(ev) == PaymentMethod.G1450 and ev.case.card_issued_abroad:
        yield ev.finding(
            "HP-PAY-01",
            S.FAIL,
            "The card for Form G-1450 was issued outside the US: USCIS cannot accept a card issued by a foreign bank, and the filing is rejected when the payment fails. Pay with a card issued by a US bank (a US prepaid card counts), or by Form G-1650 from an account at a US bank.",
            "case.card_issued_abroad",
        )


def hp_pay_02(ev: Eval) -> Iterator[Finding]:
    method = _electronic_payment(ev)
    case = ev.case
    name = case.payer_name.strip()
    if method is None or not name:
        return  # no card or account pays, or HP-FEE-04 asks for the payer's name first
    what = _CARD_OR_ACCOUNT[method]
    if case.payer_kind == PayerKind.OTHER:
        yield ev.finding(
            "HP-PAY-02",
            S.WARN,
            f"The fee is paid by {name}, who is not a party to the request: {name} fills in and signs Form {method.value} as the {what} holder, with the name and details exactly as on the {what}. A declined payment rejects the whole filing, so make sure they sign it and the {what} covers the fee.",
            "case.payer_kind",
        )
        return
    role = _payer_role(ev)
    if role is None:  # who pays is not recorded: find them among the people of the request
        if _payer(ev) is None:
            yield ev.finding(
                "HP-PAY-02",
                S.WARN,
                f"The payer {name} is not a person of this request: record who pays ('The payer is …'). A payer who is not a party signs Form {method.value} themself, with the name as on the {what}.",
                "case.payer_kind",
            )
        return
    people = case.people_with_role(role)
    label = role.value.replace("_", " ")
    if not people:
        yield ev.finding(
            "HP-PAY-02",
            S.WARN,
            f"The payer is recorded as the {label}, but the request has no {label}: correct who pays.",
            "case.payer_kind",
        )
    elif not any(name_key(name) in spellings(p) for p in people):
        recorded = people[0].full_name or people[0].organization.strip() or f"the {label}"
        yield ev.finding(
            "HP-PAY-02",
            S.WARN,
            f"The payer is recorded as the {label} ({recorded}), but the payer's name is {name}: make them agree (the name as on the {what}).",
            "case.payer_name",
        )


def hp_pay_03(ev: Eval) -> Iterator[Finding]:
    if _electronic_payment(ev) != PaymentMethod.G1450 or ev.case.card_issued_abroad:
        return  # a card marked as issued abroad: HP-PAY-01
    p = _payer(ev)
    country = country_of(p) if p is not None else ""
    if not country or is_us(country):
        return
    yield ev.finding(
        "HP-PAY-03",
        S.WARN,
        f"The payer {ev.case.payer_name.strip()} is recorded in {ev.pack.country_name(country)}: a card they hold may be issued by a bank there, and USCIS accepts only cards issued by a US bank. Confirm the card was issued by a US bank; if not, mark it as issued outside the US.",
        "case.card_issued_abroad",
    )


def hp_req_03(ev: Eval) -> Iterator[Finding]:
    for s in ev.case.people_with_role(Role.SUPPORTER):
        if s.supporter_kind == SupporterKind.SELF or (s.support_form == SupportForm.COMMITMENT_LETTER):
            continue  # self-support, or an organization's letter of commitment instead of an I-134
        country = country_of(s)
        if not country or is_us(country):
            continue
        name = (
            s.organization.strip() if s.supporter_kind == SupporterKind.ORGANIZATION else ""
        ) or s.full_name
        who = f"{name} (the I-134 supporter)" if name else "The I-134 supporter"
        yield ev.finding(
            "HP-REQ-03",
            S.WARN,
            f"{who} is recorded outside the United States ({ev.pack.country_name(country)}). Form I-134 asks for the supporter's status and finances in the US, and guides say the supporter must live in the US (to verify): the reviewer decides whether this supporter can sign it or a supporter in the US is needed.",
            "person.supporter.address_country",
        )
