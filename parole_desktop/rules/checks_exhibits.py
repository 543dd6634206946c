"""HP-EVD-04: every attached file can be printed into the packet.

The verdict comes from the one probe (``packet/probe.py``) that intake runs and stores on the evidence
item (``print_verdict``/``print_note``) and that the packet build runs again, so this check and the
build cannot disagree. Items from before intake stored a verdict are probed by the full (deep) check
(``Session.attachment_status``); until then they are reported as not checked.

Register it in ``rules/registry.py`` as ``"HP-EVD-04": hp_evd_04`` with the catalog entry of the rules
pack (the rule's catalog entry and registry line belong to the rules-pack change that adds HP-EVD-04)."""

from __future__ import annotations

from collections.abc import Iterator

from parole_desktop.domain.enums import Severity as S
from parole_desktop.domain.models import Finding
from parole_desktop.rules.context import Eval

RULE_ID = "HP-EVD-04"


def hp_evd_04(ev: Eval) -> Iterator[Finding]:
    for e in ev.case.evidence:
        if e.id is None:
            continue
        name = e.title or e.original_filename or e.kind
        if e.print_verdict == "unprintable":
            why = e.print_note or "it cannot be turned into packet pages"
            yield ev.finding(RULE_ID, S.FAIL, f"'{name}' cannot be printed in the packet: {why}. Replace the file "
                             "or remove it.", f"evidence.{e.id}")
        elif e.print_verdict != "ok":
            yield ev.finding(RULE_ID, S.FAIL, f"'{name}' has not been checked for printing yet: run the full "
                             "check (Checks step, 'Run checks again') to check it.", f"evidence.{e.id}")
