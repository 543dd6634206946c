"""What the GUI and the CLI read of the rules pack, in one place: the pack's type, the bundled pack, the
evidence checklist, and which people count as "self".

The GUI and the CLI reach ``rules/`` only through this module (import-linter: "The UI and the CLI reach rules
and store only through services"), so the rules package can be reorganised without touching them. The pack the GUI
shows is the one ``services.checks.active_pack`` returns; its metadata (reasons and their titles, fee
exceptions, verify items with their source and date) is read from that object.
"""

from __future__ import annotations

from parole_desktop.rules import ChecklistItem, RulesPack, checklist, load_pack
from parole_desktop.rules.context import is_self

__all__ = ["ChecklistItem", "RulesPack", "checklist", "is_self", "load_pack"]
