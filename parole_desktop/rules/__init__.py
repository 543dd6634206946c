"""Readiness checks: a versioned, sourced rules pack and the engine that evaluates cases against it."""

from parole_desktop.rules.checklist import ChecklistItem, checklist
from parole_desktop.rules.context import CheckContext
from parole_desktop.rules.engine import evaluate, is_ready
from parole_desktop.rules.keys import load_trusted_keys
from parole_desktop.rules.loader import load_pack, sign_pack, verify_signed_pack
from parole_desktop.rules.pack import RulesPack, VerifyItem
from parole_desktop.rules.registry import RULE_IDS

__all__ = [
    "RULE_IDS",
    "CheckContext",
    "ChecklistItem",
    "RulesPack",
    "VerifyItem",
    "checklist",
    "evaluate",
    "is_ready",
    "load_pack",
    "load_trusted_keys",
    "sign_pack",
    "verify_signed_pack",
]
