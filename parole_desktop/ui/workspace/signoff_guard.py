"""The banner that keeps a signed-off case from being changed by accident.

A case whose sign-off still matches opens with its content steps locked and a banner naming the
reviewer and date. "Change the signed request…" asks once, naming the sign-off; after that every save
shows which fields differ from what was signed. The sign-off is not voided by an edit: when the content
is back as signed (the content hash matches) it is valid again, and the banner says so.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from parole_desktop.domain.codec import case_to_dict
from parole_desktop.domain.models import Case
from parole_desktop.errors import ParoleError
from parole_desktop.services import signoff as signoff_service
from parole_desktop.services import signoff_state
from parole_desktop.services.session import Session
from parole_desktop.ui.i18n import isolate

log = logging.getLogger(__name__)

INFO_STYLE = "QFrame#signoffGuard { background: #e8f1fb; border: 1px solid #90b4de; border-radius: 4px; }"
WARN_STYLE = "QFrame#signoffGuard { background: #fdecea; border: 1px solid #e0a3a0; border-radius: 4px; }"
_NOT_CONTENT = {"status", "outcome", "notes", "id", "created_at", "updated_at", "family_group_id"}


def signed_content(case: Case) -> dict[str, Any]:
    """What the reviewer signs, as a dict (the parts ``content_hash`` covers)."""
    d = case_to_dict(case)
    for key in _NOT_CONTENT:
        d.pop(key, None)
    return d


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Field ids (as findings name them: ``case.statement``, ``person.beneficiary.given_name``,
    ``evidence``) whose values differ between two ``signed_content`` dicts."""
    out: list[str] = []
    for key in sorted(set(before) | set(after)):
        if key in ("people", "evidence"):
            continue
        if before.get(key) != after.get(key):
            out.append(f"case.{key}")

    def by_role(people: list[dict[str, Any]]) -> dict[tuple[str, int], dict[str, Any]]:
        seen: dict[str, int] = {}
        keyed: dict[tuple[str, int], dict[str, Any]] = {}
        for p in people:
            role = str(p.get("role", ""))
            keyed[(role, seen.get(role, 0))] = p
            seen[role] = seen.get(role, 0) + 1
        return keyed

    old, new = by_role(before.get("people", [])), by_role(after.get("people", []))
    for slot in sorted(set(old) | set(new)):
        a, b = old.get(slot, {}), new.get(slot, {})
        for attr in sorted(set(a) | set(b)):
            if attr not in ("id", "case_id") and a.get(attr) != b.get(attr):
                out.append(f"person.{slot[0]}.{attr}")
    strip = ("id", "added_at", "added_by")
    ev_a = [{k: v for k, v in e.items() if k not in strip} for e in before.get("evidence", [])]
    ev_b = [{k: v for k, v in e.items() if k not in strip} for e in after.get("evidence", [])]
    if ev_a != ev_b:
        out.append("evidence")
    return out


class SignoffGuard(QFrame):
    """See the module docstring. ``lock(True)`` makes the content steps read-only."""

    unlocked = Signal()

    def __init__(
        self,
        session: Session,
        lock: Callable[[bool], None],
        label_for: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signoffGuard")
        self.session = session
        self._lock = lock
        self._label_for = label_for
        self._signed: dict[str, Any] | None = None  # the content as signed, once seen matching
        self._editing = False
        self._who = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setObjectName("signoffGuardText")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.change_button = QPushButton(self.tr("Change the signed request…"))
        self.change_button.setObjectName("changeSignedRequest")
        self.change_button.clicked.connect(self.ask_to_change)
        row.addWidget(self.change_button)
        self.setVisible(False)

    def reset(self) -> None:
        """A case is opened or closed: forget the last one."""
        self._signed = None
        self._editing = False
        self._who = ""
        self._lock(False)
        self.text.clear()
        self.setVisible(False)

    def _describe(self, case: Case) -> str:
        try:
            so = signoff_state.current_signoff(self.session, int(case.id or 0))
            if so is None:
                return ""
            if so.reviewer_id is None:  # signed on the reviewer's own laptop: as the roster names them
                name = str(json.loads(so.manifest_json).get("reviewer", {}).get("name", ""))
            else:
                name = signoff_service.reviewer(self.session, so.reviewer_id).name
        except (ParoleError, ValueError, AttributeError):
            log.warning("sign-off details could not be read")
            return self.tr("the reviewer's sign-off")
        return self.tr("the sign-off by {name} on {date}").format(
            name=isolate(name), date=isolate(so.signed_at.astimezone().strftime("%Y-%m-%d"))
        )

    def show_for(self, case: Case, valid: bool | None) -> None:
        """Update after a check: ``valid`` is the sign-off's validity from the same result."""
        if valid is None:
            self.reset()
            return
        if not self._who:
            self._who = self._describe(case)
        self.setVisible(True)
        if valid:
            self._signed = signed_content(case)
            self.setStyleSheet(INFO_STYLE)
            if self._editing:
                self.text.setText(
                    self.tr(
                        "This request matches {who}. Any change you make now sets that "
                        "sign-off aside until the request is back as signed or the "
                        "reviewer signs again."
                    ).format(who=self._who)
                )
                self.change_button.setVisible(False)
            else:
                self.text.setText(
                    self.tr(
                        "Signed off: this request matches {who}. Its fields are locked so "
                        "that a slip of the keyboard cannot set the sign-off aside."
                    ).format(who=self._who)
                )
                self.change_button.setVisible(True)
                self._lock(True)
            return
        self.setStyleSheet(WARN_STYLE)
        self.change_button.setVisible(False)
        self._lock(False)
        if self._signed is None:
            self.text.setText(
                self.tr(
                    "{who} no longer matches this request: it was changed after the reviewer "
                    "signed. Ask the reviewer to review and sign again."
                ).format(who=self._who[:1].upper() + self._who[1:])
            )
            return
        labels = list(
            dict.fromkeys(self._label_for(f) for f in changed_fields(self._signed, signed_content(case)))
        )
        shown = ", ".join(labels[:6]) + (
            self.tr(" and {n} more").format(n=len(labels) - 6) if len(labels) > 6 else ""
        )
        self.text.setText(
            self.tr(
                "{who} no longer matches: changed {fields}. Undo these changes to restore the "
                "sign-off, or ask the reviewer to sign again."
            ).format(who=self._who[:1].upper() + self._who[1:], fields=shown or self.tr("a field"))
        )

    def ask_to_change(self) -> bool:
        """Confirm, naming the sign-off, before the locked fields open for editing."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Change a signed request"),
            self.tr(
                "This request matches {who}. If you change anything, the sign-off is set "
                "aside: the request cannot be exported as final until it is back exactly as "
                "signed or the reviewer signs again.\n\nChange the request?"
            ).format(who=self._who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmChangeSigned")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self._editing = True
        self._lock(False)
        self.change_button.setVisible(False)
        self.text.setText(
            self.tr(
                "You are changing a signed request ({who}). Changed fields are listed here as you type."
            ).format(who=self._who)
        )
        self.unlocked.emit()
        return True


__all__ = ["SignoffGuard", "changed_fields", "signed_content"]
