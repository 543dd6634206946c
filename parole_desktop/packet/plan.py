"""Exhibit lettering and order: exhibits grouped by kind (the reason's key evidence first, then identity,
financial support, other), originals A, B, …, Z, AA…; each translation right after its original ("B-1");
shared group exhibits once. Form documents the user uploaded (G-28, payment form, I-912) are not
exhibits: they go to the front of the request, in the order USCIS expects. Pure Python."""

from __future__ import annotations

from dataclasses import dataclass, field

from parole_desktop.domain.enums import Channel
from parole_desktop.domain.models import Case
from parole_desktop.errors import UserError
from parole_desktop.packet.model import ExhibitSource


def letter_for(n: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 27 → AB …"""
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


@dataclass
class PlannedExhibit:
    key: int  # position in the packet, used to find placeholder pages
    letter: str
    source: ExhibitSource
    case_index: int
    original: PlannedExhibit | None = None  # set for translations
    group: int = 3  # index into GROUPS

    @property
    def title(self) -> str:
        ev = self.source.evidence
        return ev.title or ev.original_filename or ev.kind

    def describe(self) -> str:
        ev = self.source.evidence
        name = f" ({ev.original_filename})" if ev.original_filename else ""
        return f"Exhibit {self.letter} “{self.title}”{name}"


@dataclass
class RequestPlan:
    case: Case
    exhibits: list[PlannedExhibit] = field(default_factory=list)
    shared_elsewhere: list[PlannedExhibit] = field(default_factory=list)
    #: uploaded form documents placed before the I-131 (G-28 first, then payment / fee waiver)
    front: list[PlannedExhibit] = field(default_factory=list)


#: Exhibit groups, each behind its own separator tab, in this order.
GROUPS = ("Evidence of the urgent reason", "Identity documents", "Financial support", "Other evidence")
IDENTITY_KINDS = ("identity_document", "requestor_identity", "photos", "parent_consent", "custody_proof")
SUPPORT_KINDS = ("supporter_identity", "supporter_financial")
#: kinds that are forms, not exhibits, and their order at the front of a request
FRONT_KINDS = ("g28", "fee_payment", "fee_waiver")
#: front forms a port-of-entry bundle leaves out (USCIS payment forms)
USCIS_ONLY_KINDS = ("fee_payment", "fee_waiver")


def group_of(kind: str, key_kinds: list[str]) -> int:
    if kind in key_kinds:
        return 0
    if kind in IDENTITY_KINDS:
        return 1
    if kind in SUPPORT_KINDS:
        return 2
    return 3


def plan_exhibits(
    cases: list[Case], sources: list[ExhibitSource], key_kinds: dict[str, list[str]] | None = None
) -> list[RequestPlan]:
    """Assign every source to a request and a letter (grouped by kind, input order within a group);
    raises UserError on a translation whose original is not in the packet."""
    plans = [RequestPlan(case=c) for c in cases]
    index_of_case = {c.id: i for i, c in enumerate(cases)}
    key_kinds = key_kinds or {}

    def kinds_of(s: ExhibitSource) -> list[str]:
        c = cases[index_of_case.get(s.evidence.case_id, 0)]
        return key_kinds.get(str(c.reason.value) if c.reason else "", [])

    front_ids: set[int | None] = set()
    key = 10_000
    for kind in FRONT_KINDS:
        for s in sources:
            if s.evidence.kind == kind and s.evidence.translation_of is None:
                ci = index_of_case.get(s.evidence.case_id, 0)
                front_ids.add(s.evidence.id)
                if cases[ci].channel == Channel.CBP_PORT_OF_ENTRY and kind in USCIS_ONLY_KINDS:
                    continue
                plans[ci].front.append(PlannedExhibit(key=key, letter="", source=s, case_index=ci))
                key += 1
    sources = [
        s
        for s in sources
        if (s.evidence.id not in front_ids and s.evidence.translation_of not in front_ids)
        or s.evidence.id is None
    ]
    originals = [s for s in sources if s.evidence.translation_of is None]
    originals.sort(key=lambda s: group_of(s.evidence.kind, kinds_of(s)))
    ids = {s.evidence.id for s in originals}
    for s in sources:
        t = s.evidence.translation_of
        if t is not None and t not in ids:
            raise UserError(
                f"The translation “{s.evidence.title or s.evidence.original_filename}” belongs to an "
                "original document that is not in this packet. Add the original or remove the translation."
            )
    key = 0
    for n, s in enumerate(originals):
        ci = index_of_case.get(s.evidence.case_id, 0)
        grp = group_of(s.evidence.kind, kinds_of(s))
        ex = PlannedExhibit(key=key, letter=letter_for(n), source=s, case_index=ci, group=grp)
        key += 1
        plans[ci].exhibits.append(ex)
        k = 0
        for tr in sources:
            if tr.evidence.translation_of is not None and tr.evidence.translation_of == s.evidence.id:
                k += 1
                plans[ci].exhibits.append(
                    PlannedExhibit(
                        key=key, letter=f"{ex.letter}-{k}", source=tr, case_index=ci, original=ex, group=grp
                    )
                )
                key += 1
        if s.evidence.shared_with_group:
            for j, p in enumerate(plans):
                if j != ci:
                    p.shared_elsewhere.extend(plans[ci].exhibits[-(k + 1) :])
    return plans
