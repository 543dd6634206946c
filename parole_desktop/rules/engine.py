"""Evaluate a case against a rules pack: every catalog rule, findings in a deterministic order."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from parole_desktop.domain.enums import Severity
from parole_desktop.domain.models import Case, Finding
from parole_desktop.rules.context import CheckContext, Eval
from parole_desktop.rules.pack import RulesPack
from parole_desktop.rules.registry import RULES

log = logging.getLogger(__name__)

_SEVERITY_ORDER = {Severity.FAIL: 0, Severity.WARN: 1, Severity.INFO: 2}


def sort_key(f: Finding) -> tuple[int, str, str, str]:
    return (_SEVERITY_ORDER[f.severity], f.rule_id, f.field, f.message)


def evaluate(
    case: Case, pack: RulesPack, *, today: dt.date, context: CheckContext | None = None
) -> list[Finding]:
    """All findings for ``case`` on ``today``: fail before warn before info, then rule id, then field."""
    ev = Eval(case, pack, today, context or CheckContext())
    findings: list[Finding] = []
    for check in RULES.values():
        findings.extend(check(ev))
    findings.sort(key=sort_key)
    log.debug("evaluated case %s with %s %s: %d findings", case.id, pack.id, pack.version, len(findings))
    return findings


def is_ready(findings: Iterable[Finding]) -> bool:
    """Ready for review: no finding of severity fail."""
    return not any(f.severity == Severity.FAIL for f in findings)
