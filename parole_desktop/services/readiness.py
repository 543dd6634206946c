"""The readiness summary of a case: stored in the vault in English ("6 fail · 8 warn"), shown translated.

Light on purpose (no rules, no store): the case list's model formats every row with ``readiness_text``.
"""

from __future__ import annotations

import re

from parole_desktop.l10n import _, ngettext


def stored_summary(fails: int, warns: int) -> str:
    """The readiness column as stored in the vault, always in English: "6 fail · 8 warn", "ready · 2 warn"
    or "ready" (stable across languages, so a vault reads the same whichever language wrote it)."""
    if not fails:
        return "ready" + (f" · {warns} warn" if warns else "")
    return f"{fails} fail · {warns} warn"


_SUMMARY = re.compile(r"(?:(?P<fails>\d+) fail|ready)(?: · (?P<warns>\d+) warn)?")


def readiness_text(stored: str) -> str:
    """A stored readiness summary (``CheckResult.summary``) in the current language; a text of another
    shape (from an older version) is shown as stored."""
    m = _SUMMARY.fullmatch(stored)
    if m is None:
        return stored
    parts = []
    if m["fails"] is None:
        # TRANSLATORS: the readiness column of the case list: nothing blocks review
        parts.append(_("ready"))
    else:
        n = int(m["fails"])
        # TRANSLATORS: the readiness column: how many checks fail ("6 fail · 8 warn")
        parts.append(ngettext("{n} fail", "{n} fail", n).format(n=n))
    if m["warns"] is not None:
        n = int(m["warns"])
        # TRANSLATORS: the readiness column: how many checks warn ("6 fail · 8 warn")
        parts.append(ngettext("{n} warn", "{n} warn", n).format(n=n))
    return " · ".join(parts)
