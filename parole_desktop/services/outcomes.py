"""Outcome tracking: what happened after filing, and the parole a grant gives the beneficiary.

When a request is approved and the grant's I-94 number or parole expiry is recorded, the beneficiary's list of
paroles gets (or updates) one record with ``source="outcome"``, so that a later check of this person finds the
parole and its expiry (HP-RPL-04 on a new first-parole request, HP-RPL-02 on a re-parole request). The record
follows the outcome: a decision changed from approved removes it again. Records copied from the outcome stay
out of the content hash (``domain.codec.content_hash``), so recording a decision never voids a sign-off.

The GUI's outcome step (``ui/workspace/outcome.py``) calls :func:`sync_outcome_parole` when it applies its
fields; the CLI (``case outcome``) calls :func:`record_outcome`.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import fields as dataclass_fields

from parole_desktop.domain.codec import OUTCOME_SOURCE
from parole_desktop.domain.enums import Decision, ParoleBasis, RequestType
from parole_desktop.domain.models import Case, Outcome, ParoleRecord
from parole_desktop.errors import ValidationError
from parole_desktop.l10n import _
from parole_desktop.services.session import Session

log = logging.getLogger(__name__)

OUTCOME_FIELDS = frozenset(f.name for f in dataclass_fields(Outcome))


def outcome_parole(case: Case) -> ParoleRecord | None:
    """The parole the recorded outcome gives the beneficiary, or None (no approval, or nothing recorded of
    the grant: no I-94 number and no expiry)."""
    o = case.outcome
    if o.decision != Decision.APPROVED or not (o.i94_number.strip() or o.parole_expiry):
        return None
    in_us = case.request_type in (RequestType.RE_PAROLE, RequestType.PAROLE_IN_PLACE)
    return ParoleRecord(
        i94_number=o.i94_number.strip(),
        class_of_admission="",  # printed on the new I-94; typed by hand when known
        program=case.program.strip(),
        basis=case.parole_basis.value if case.parole_basis != ParoleBasis.UNRECORDED else "",
        # a grant in the US takes effect with the decision; a first parole starts at the port of entry, on a
        # date the outcome does not record
        paroled_on=o.decided_on if in_us else None,
        expires_on=o.parole_expiry,
        source=OUTCOME_SOURCE,
    )


def sync_outcome_parole(case: Case) -> bool:
    """Keep the beneficiary's outcome record in step with the outcome; True when the list changed."""
    b = case.beneficiary
    if b is None:
        return False
    wanted = outcome_parole(case)
    kept = [r for r in b.paroles if r.source != OUTCOME_SOURCE]
    new = [*kept, wanted] if wanted is not None else kept
    if new == b.paroles:
        return False
    b.paroles = new
    return True


def _date(name: str, value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(
            f"outcome.{name}", _("not a date (YYYY-MM-DD): {value!r}").format(value=value)
        ) from exc


def record_outcome(session: Session, case_id: int, **changes: object) -> Case:
    """Set outcome fields of a stored case (``filed_on``, ``receipt_number``, ``decision``, ``decided_on``,
    ``i94_number``, ``parole_expiry``), copy a grant's parole onto the beneficiary, and save.

    Validated before anything is written: unknown fields, a decision that is not one of the list, dates that
    are not dates, a decision dated before the filing."""
    unknown = sorted(set(changes) - OUTCOME_FIELDS)
    if unknown:
        raise ValidationError(f"outcome.{unknown[0]}", _("not an outcome field"))
    case = session.load_case(case_id)
    o = case.outcome
    for name, value in changes.items():
        if name in ("filed_on", "decided_on", "parole_expiry"):
            setattr(o, name, _date(name, value))
        elif name == "decision":
            try:
                o.decision = Decision(str(value)) if value not in (None, "") else None
            except ValueError as exc:
                allowed = ", ".join(d.value for d in Decision)
                raise ValidationError(
                    "outcome.decision",
                    _("one of {allowed}, not {value!r}").format(allowed=allowed, value=value),
                ) from exc
        else:
            setattr(o, name, str(value or "").strip())
    if o.filed_on and o.decided_on and o.decided_on < o.filed_on:
        raise ValidationError("outcome.decided_on", _("the decision date is before the filing date"))
    if sync_outcome_parole(case):
        log.info("case %s: the beneficiary's outcome parole record follows the outcome", case_id)
    return session.save_case(case, keep_links=True)
