"""What the GUI and the CLI read of the rules pack, in one place: the pack's type, the bundled pack, the
evidence checklist, and which people count as "self".

The GUI and the CLI reach ``rules/`` only through this module (import-linter: "The UI and the CLI reach rules
and store only through services"), so the rules package can be reorganised without touching them. The pack the GUI
shows is the one ``services.checks.active_pack`` returns; its metadata (reasons and their titles, fee
exceptions, verify items with their source and date) is read from that object.
"""

from __future__ import annotations

from dataclasses import dataclass

from parole_desktop.errors import IntegrityError, UserError
from parole_desktop.rules import RULE_IDS, ChecklistItem, RulesPack, checklist, load_pack, load_trusted_keys
from parole_desktop.rules.context import is_self

__all__ = [
    "FALLBACK_INADMISSIBILITY_GROUNDS",
    "ChecklistItem",
    "RuleRow",
    "RulesPack",
    "bundled_problem",
    "checklist",
    "inadmissibility_grounds",
    "is_self",
    "load_pack",
    "rule_rows",
    "suspension_exceptions",
]


#: Used when the rules pack has no ``inadmissibility_grounds`` list: the ground issue #20 names as the
#: usual one for a person abroad without a visa (INA 212(a)(7)(B)(i)(I), 8 U.S.C. 1182(a)(7)(B)(i)(I)).
FALLBACK_INADMISSIBILITY_GROUNDS: tuple[tuple[str, str], ...] = (
    ("212(a)(7)(B)(i)(I)", "no valid nonimmigrant visa or border crossing card"),
)


def _code_text_pairs(raw: object) -> list[tuple[str, str]]:
    """(code, words) pairs of a pack list: ``[{"id"|"code": ..., "text"|"title"|"label": ...}]`` or a dict."""
    if isinstance(raw, dict):
        return [(str(k), str(v)) for k, v in raw.items()]
    out: list[tuple[str, str]] = []
    if isinstance(raw, list):
        for entry in raw:
            if isinstance(entry, dict):
                code = str(entry.get("code") or entry.get("id") or "")
                text = str(entry.get("text") or entry.get("title") or entry.get("label") or "")
                if code:
                    out.append((code, text))
            elif isinstance(entry, str):
                out.append((entry, ""))
    return out


def inadmissibility_grounds(pack: RulesPack) -> tuple[list[tuple[str, str]], bool]:
    """The grounds of inadmissibility the volunteer may tick, as (code, words), and whether they come from
    the rules pack (key ``inadmissibility_grounds``) — False when the pack has none and the fallback is used."""
    found = _code_text_pairs(pack.raw.get("inadmissibility_grounds"))
    if found:
        return found, True
    return list(FALLBACK_INADMISSIBILITY_GROUNDS), False


def suspension_exceptions(pack: RulesPack) -> list[tuple[str, str]]:
    """The exceptions to the entry suspensions (Proclamations 10949 / 10998) the pack lists, as (id, words);
    empty when the pack lists none (the workspace then takes free text)."""
    for key in ("suspension_exceptions", "entry_suspension_exceptions", "entry_restriction_exceptions"):
        found = _code_text_pairs(pack.raw.get(key))
        if found:
            return found
    return []


@dataclass(frozen=True)
class RuleRow:
    """One rule of the catalog as ``rules show`` lists it."""

    id: str
    severity: str
    title: str
    citation: str
    sources: tuple[str, ...]
    as_of: str  # the date its sources were last read (the pack's as_of when it cites none)
    verify: bool


def rule_rows(pack: RulesPack) -> list[RuleRow]:
    """Every rule id the checks implement, in id order, with its severity, citation and as_of."""
    out: list[RuleRow] = []
    for rid in sorted(RULE_IDS):
        spec = pack.rule(rid)
        out.append(
            RuleRow(
                id=rid,
                severity=spec.severity,
                title=spec.title,
                citation=spec.citation,
                sources=tuple(pack.raw["rules"][rid].get("sources", ())),
                as_of=pack.rule_as_of(rid),
                verify=spec.verify,
            )
        )
    return out


def bundled_problem() -> str:
    """'' when the rules pack and the publisher key list bundled with the app are the ones pinned in the
    code (``rules/pinned.py``); else why the app must not start (the file, what to do). Both executables
    ask at start-up: the GUI shows it and exits, the CLI prints it."""
    try:
        load_pack()
        load_trusted_keys()
    except (IntegrityError, UserError) as exc:
        return str(exc)
    return ""
