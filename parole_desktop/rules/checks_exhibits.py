"""HP-EVD-04: every attached file can be printed into the packet.

The verdict comes from the one probe (``packet/probe.py``) that intake runs and stores on the evidence
item (``print_verdict``/``print_note``) and that the packet build runs again, so this check and the
build cannot disagree. Intake refuses an unprintable file, so an ``unprintable`` verdict comes from an
item stored before this check existed: the full (deep) check — "Run checks again", sign-off, export —
probes every item without a verdict first (``Session.attachment_status``), so no sign-off passes while
an exhibit cannot be printed."""

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
            yield ev.finding(
                RULE_ID,
                S.FAIL,
                f"'{name}' cannot be printed in the packet: {why}. Replace the file or remove it.",
                f"evidence.{e.id}",
            )
