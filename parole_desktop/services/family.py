"""A family member's own request, started from the case that lists them.

Parole gives no derivative benefits: each family member who travels needs a request of their own. Starting
it from the family list copies what the requests share (reason, channel, dates, statement, the requestor,
supporters, representative, preparer and interpreter, fee and travel plans), makes the family member the
beneficiary, puts both requests in one family group (made if needed) and links them both ways.
"""

from __future__ import annotations

import copy
import logging

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import UserError
from parole_desktop.l10n import _
from parole_desktop.services.session import Session

log = logging.getLogger(__name__)

SHARED_ROLES = (Role.REQUESTOR, Role.SUPPORTER, Role.REPRESENTATIVE, Role.PREPARER, Role.INTERPRETER)
SHARED_FIELDS = (
    "channel",
    "reason",
    "statement",
    "key_date",
    "key_date_label",
    "duration_months",
    "duration_justification",
    "why_no_visa",
    "expedite_requested",
    "intended_travel_date",
    "port_of_entry",
    "program",
    "fee_status",
    "filing_mode",
    "parole_fee_plan",
    "represented",
)


def _shared_person(p: Person) -> Person:
    q = copy.deepcopy(p)
    q.id = None
    q.case_id = None
    return q


def start_family_member_case(session: Session, case_id: int, member_index: int) -> Case:
    """Create the request of the ``member_index``-th family member of case ``case_id``; returns it (saved).

    The original case is saved too: its family member is linked to the new case number.
    """
    case = session.load_case(case_id)
    members = case.people_with_role(Role.FAMILY_MEMBER)
    if not 0 <= member_index < len(members):
        raise UserError(_("There is no such family member in this request."))
    member = members[member_index]
    if not (member.given_name.strip() or member.family_name.strip()):
        raise UserError(_("Enter the family member's name first."))
    if member.linked_case_id is not None:
        raise UserError(
            _("This family member already has a request: case {linked_case_id}.").format(
                linked_case_id=member.linked_case_id
            )
        )
    beneficiary = case.beneficiary
    assert beneficiary is not None
    new_ben = Person(
        role=Role.BENEFICIARY,
        given_name=member.given_name,
        family_name=member.family_name,
        date_of_birth=member.date_of_birth,
        current_country=member.current_country,
        citizenship=beneficiary.citizenship,
        address=beneficiary.address,
    )
    back_link = Person(
        role=Role.FAMILY_MEMBER,
        given_name=beneficiary.given_name,
        family_name=beneficiary.family_name,
        date_of_birth=beneficiary.date_of_birth,
        current_country=beneficiary.current_country,
        linked_case_id=case.id,
        relationship=_inverse(member.relationship),
    )
    new = Case(
        people=[new_ben, *(_shared_person(p) for p in case.people if p.role in SHARED_ROLES), back_link]
    )
    for name in SHARED_FIELDS:
        setattr(new, name, copy.deepcopy(getattr(case, name)))
    new = session.save_case(new)
    member.linked_case_id = new.id
    session.save_case(case)
    group_id = case.family_group_id
    if group_id is None:
        group_id = int(
            session.create_family_group(f"{beneficiary.family_name or beneficiary.given_name} family").id or 0
        )
        session.set_family_group(int(case.id or 0), group_id)
    session.set_family_group(int(new.id or 0), group_id)
    log.info("case %s started for a family member of case %s", new.id, case.id)
    return session.load_case(int(new.id or 0))


def _inverse(relationship: str) -> str:
    """The relationship seen from the other side, when it is a plain one; else left for the volunteer."""
    pairs = {
        "spouse": "spouse",
        "sibling": "sibling",
        "brother": "sibling",
        "sister": "sibling",
        "child": "parent",
        "son": "parent",
        "daughter": "parent",
        "parent": "child",
        "mother": "child",
        "father": "child",
    }
    return pairs.get(relationship.strip().lower(), "")


__all__ = ["SHARED_FIELDS", "SHARED_ROLES", "start_family_member_case"]
