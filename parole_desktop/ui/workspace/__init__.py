"""The case workspace: one case, step by step (people, reason, evidence, background, checks, review, export)."""

from parole_desktop.ui.workspace.workspace import CaseWorkspace

__all__ = ["CaseWorkspace"]
