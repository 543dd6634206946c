"""The evidence checklist of one case: common items plus the reason's items, each satisfied or not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parole_desktop.domain.enums import FeeStatus, Role, SupporterKind
from parole_desktop.domain.models import Case
from parole_desktop.rules.context import CheckContext, Eval
from parole_desktop.rules.pack import ItemSpec, RulesPack


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the checklist. ``evidence_ids`` are the items that satisfy it (originals)."""

    item_id: str
    title: str
    description: str
    required: bool
    satisfied: bool
    evidence_ids: tuple[int, ...]
    group: str  # "common" or the reason id
    citation: str
    verify: bool = False
    untranslated_ids: tuple[int, ...] = ()  # matching foreign-language items still lacking a translation
    wording: str = ""  # the variant condition whose title/description is shown ("" = the item's own)

    @property
    def field(self) -> str:
        return f"checklist.{self.item_id}"


def _condition_holds(ev: Eval, condition: str | None) -> bool:
    case = ev.case
    if condition is None:
        return True
    if condition == "minor":
        return ev.is_minor
    if condition == "represented":
        return case.represented
    if condition == "fee_not_exempt":
        return case.fee_status != FeeStatus.EXEMPT
    if condition == "requestor_not_beneficiary":
        return not ev.self_filing
    if condition == "suspension_exception_claimed":
        return bool(case.suspension_exception.strip())
    if condition == "supporter_not_self":
        supporters = case.people_with_role(Role.SUPPORTER)
        return not supporters or any(s.supporter_kind != SupporterKind.SELF for s in supporters)
    if condition == "requestor_is_organization":
        return bool(ev.requesting_organization)
    return True


def _variant_holds(ev: Eval, condition: str) -> bool:
    """Conditions of the pack's item ``variants`` (other wording for a self-filer, an organization ...)."""
    kinds = {s.supporter_kind for s in ev.case.people_with_role(Role.SUPPORTER) if s.supporter_kind}
    if condition == "self_filing":
        return ev.self_filing
    if condition == "requestor_is_organization":
        return bool(ev.requesting_organization)
    if condition == "supporter_is_self":
        return kinds == {SupporterKind.SELF}
    if condition == "supporter_is_organization":
        return kinds == {SupporterKind.ORGANIZATION}
    return False


def _wording(ev: Eval, spec: ItemSpec) -> tuple[str, str, str]:
    for condition, title, description in spec.variants:
        if _variant_holds(ev, condition):
            return title, description, condition
    return spec.title, spec.description, ""


def _line(ev: Eval, spec: ItemSpec, group: str) -> ChecklistItem | None:
    if spec.channels and ev.case.channel.value not in spec.channels:
        return None
    required = spec.required and _condition_holds(ev, spec.required_when)
    if spec.required_when is not None and not required:
        return None  # a conditional item that does not apply to this case
    ok_ids: list[int] = []
    pending: list[int] = []
    for kind in sorted(spec.accepted_kinds):
        for e in ev.kinds.get(kind, ()):
            if e.id is None:
                continue
            (ok_ids if ev.translated_ok(e) else pending).append(e.id)
    title, description, wording = _wording(ev, spec)
    return ChecklistItem(
        item_id=spec.id,
        title=title,
        description=description,
        required=required,
        satisfied=bool(ok_ids),
        evidence_ids=tuple(sorted(set(ok_ids))),
        group=group,
        citation=spec.citation,
        verify=spec.verify,
        untranslated_ids=tuple(sorted(set(pending))),
        wording=wording,
    )


def build_checklist(ev: Eval) -> list[ChecklistItem]:
    """Checklist for an evaluation already set up (the engine reuses its lookups)."""
    lines: list[ChecklistItem] = []
    for spec in ev.pack.common_items:
        line = _line(ev, spec, "common")
        if line is not None:
            lines.append(line)
    reason = ev.pack.reasons.get(ev.case.reason.value) if ev.case.reason is not None else None
    if reason is not None:
        seen = {line.item_id for line in lines}
        for spec in reason.items:
            if spec.id in seen:
                continue
            line = _line(ev, spec, reason.id)
            if line is not None:
                lines.append(line)
    return lines


def checklist(case: Case, pack: RulesPack, *, today: dt.date | None = None) -> list[ChecklistItem]:
    """Evidence checklist from the case's reason and channel and the pack (``today`` decides "minor")."""
    return build_checklist(Eval(case, pack, today or dt.date.today(), CheckContext()))
