"""Exhibit lettering and order: originals A, B, …, Z, AA…; each translation right after its original
("B-1"); shared group exhibits once. Pure Python."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def plan_exhibits(cases: list[Case], sources: list[ExhibitSource]) -> list[RequestPlan]:
    """Assign every source to a request and a letter, in input order; raises UserError on a
    translation whose original is not in the packet."""
    plans = [RequestPlan(case=c) for c in cases]
    index_of_case = {c.id: i for i, c in enumerate(cases)}
    originals = [s for s in sources if s.evidence.translation_of is None]
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
        ex = PlannedExhibit(key=key, letter=letter_for(n), source=s, case_index=ci)
        key += 1
        plans[ci].exhibits.append(ex)
        k = 0
        for tr in sources:
            if tr.evidence.translation_of is not None and tr.evidence.translation_of == s.evidence.id:
                k += 1
                plans[ci].exhibits.append(
                    PlannedExhibit(key=key, letter=f"{ex.letter}-{k}", source=tr, case_index=ci, original=ex)
                )
                key += 1
        if s.evidence.shared_with_group:
            for j, p in enumerate(plans):
                if j != ci:
                    p.shared_elsewhere.extend(plans[ci].exhibits[-(k + 1):])
    return plans
