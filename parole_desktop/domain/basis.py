"""The statutory basis of a request (INA 212(d)(5)(A)): the one derivation the letter and Form I-131 use."""

from __future__ import annotations

from parole_desktop.domain.enums import ParoleBasis, Reason
from parole_desktop.domain.models import Case


def basis_of(case: Case) -> ParoleBasis | None:
    """The recorded ``parole_basis``; when unrecorded, derived only from a recorded reason —
    ``public_benefit`` is a significant public benefit, any other reason urgent humanitarian reasons;
    ``None`` when neither is recorded (the form reports it as a finding)."""
    if case.parole_basis != ParoleBasis.UNRECORDED:
        return case.parole_basis
    if case.reason is None:
        return None
    if case.reason == Reason.PUBLIC_BENEFIT:
        return ParoleBasis.SIGNIFICANT_PUBLIC_BENEFIT
    return ParoleBasis.URGENT_HUMANITARIAN
