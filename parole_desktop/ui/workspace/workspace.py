"""CaseWorkspace: the step navigator over one case, autosave, completion marks, and jump-to-field."""

from __future__ import annotations

import copy
import functools
import json
import logging
import re
from typing import Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.codec import case_from_dict, case_to_dict
from parole_desktop.domain.enums import Severity
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import ParoleError, UserError
from parole_desktop.logsetup import redact
from parole_desktop.services.checks import CheckResult, active_pack, check_case, run_checks, save_and_check
from parole_desktop.services.family import start_family_member_case
from parole_desktop.services.session import Session
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.inputs import install_input_guards
from parole_desktop.ui.operations import Progress, SessionOperation, runner_for
from parole_desktop.ui.workspace.background import BackgroundPage
from parole_desktop.ui.workspace.checks import ChecksPage
from parole_desktop.ui.workspace.conflicts import ConflictPanel
from parole_desktop.ui.workspace.evidence import EvidencePage
from parole_desktop.ui.workspace.export import ExportPage
from parole_desktop.ui.workspace.fields import (
    StepPage,
    apply_direction,
    checked_children,
    field_label,
    field_problem,
    flash,
    guard_texts,
    restyle,
    show_error,
)
from parole_desktop.ui.workspace.outcome import OutcomePage
from parole_desktop.ui.workspace.people import PeoplePage
from parole_desktop.ui.workspace.reason import ReasonPage
from parole_desktop.ui.workspace.review import ReviewPage
from parole_desktop.ui.workspace.signoff_guard import SignoffGuard
from parole_desktop.ui.workspace.undo import UndoBar

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800
PEOPLE, REASON, EVIDENCE, BACKGROUND, CHECKS, REVIEW, EXPORT, OUTCOME = range(8)
MARKED_STEPS = (PEOPLE, REASON, EVIDENCE, BACKGROUND)


_PERSON_INDEX = re.compile(r"^(?:people|person)\[(\w+)\]")


def normal_field(field: str) -> str:
    """One spelling of a field path: ``people.x.y`` / ``people[x].y`` -> ``person.x.y``, ``name`` -> ``case.name``."""
    field = field.strip()
    field = _PERSON_INDEX.sub(lambda m: f"person.{m.group(1)}", field)
    if field.startswith("people."):
        field = "person." + field[len("people.") :]
    if field and "." not in field and field not in ("evidence",):
        field = f"case.{field}"
    return field


def step_for_field(field: str) -> int:
    """The step a finding's field belongs to when no widget is registered for it."""
    field = normal_field(field)
    head = field.split(".", 1)[0]
    if head == "person" or field == "case.represented":
        return PEOPLE
    if head in ("evidence", "checklist"):
        return EVIDENCE
    if head == "background":
        return BACKGROUND
    if field == "case.status":
        return REVIEW
    if head == "case":
        return REASON
    return CHECKS


class CaseWorkspace(QWidget):
    """Walks a volunteer through one case. Edits are saved after a short pause and whenever the step changes."""

    caseSaved = Signal(int)
    backRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWorkspace")
        install_input_guards()
        self.session = session
        self.pack = active_pack(session)
        self.case: Case | None = None
        self.result: CheckResult | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._build_ui()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving a field saves at once (typing pauses save after AUTOSAVE_MS): a crash or power cut
        loses at most the last second of typing."""
        if self._dirty and old is not None and self.isAncestorOf(old) and old is not new:
            self.flush()

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        back = QPushButton(self.tr("← Cases"))
        back.setObjectName("backToCases")
        back.clicked.connect(self._back)
        head.addWidget(back)
        self.title_label = QLabel()
        self.title_label.setObjectName("caseTitle")
        self.title_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        head.addWidget(self.title_label, 1)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setStyleSheet("color: #555;")
        head.addWidget(self.save_state)
        self.removed_button = QPushButton(self.tr("Removed…"))
        self.removed_button.setObjectName("removedItems")
        self.removed_button.setToolTip(
            self.tr("People and documents removed from this case, kept until it is signed off: put one back")
        )
        self.removed_button.clicked.connect(self.show_removed)
        head.addWidget(self.removed_button)
        lay.addLayout(head)
        self.guard = SignoffGuard(self.session, self._lock_content, self._field_label)
        lay.addWidget(self.guard)
        self.undo_bar = UndoBar(self)
        self.undo_bar.undone.connect(lambda _text: self._update_removed_button())
        lay.addWidget(self.undo_bar)
        self.conflicts = ConflictPanel(self.session, self)
        self.conflicts.resolved.connect(self._conflict_resolved)
        lay.addWidget(self.conflicts)

        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setObjectName("stepList")
        self.nav.setFixedWidth(215)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        body.addWidget(self.nav)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stepStack")
        body.addWidget(self.stack, 1)
        lay.addLayout(body, 1)

        self.people = PeoplePage()
        self.people.set_case_namer(self._case_name)
        self.reason = ReasonPage(self.pack)
        self.evidence = EvidencePage(self.session, self.pack)
        self.background = BackgroundPage()
        self.checks = ChecksPage(self.pack)
        self.review = ReviewPage(self.session)
        self.export = ExportPage(self.session)
        self.outcome = OutcomePage(self.session)
        self.pages: list[StepPage] = [
            self.people,
            self.reason,
            self.evidence,
            self.background,
            self.checks,
            self.review,
            self.export,
            self.outcome,
        ]
        # every step scrolls (People scrolls inside its tabs): no step can force the window past a
        # 1024×600 screen; a step wider than the window gets a horizontal scroll bar, never a cut
        for i, page in enumerate(self.pages):
            guard_texts(page)  # the one text rule, shown on every text field as it is typed in
            if i == PEOPLE:
                self.stack.addWidget(page)
            else:
                area = QScrollArea()
                area.setObjectName(f"stepScroll{i}")
                area.setWidgetResizable(True)
                area.setFrameShape(QScrollArea.Shape.NoFrame)
                area.setWidget(page)
                self.stack.addWidget(area)
            self.nav.addItem(QListWidgetItem(self._step_text(i, "")))
            page.edited.connect(self._on_edited)
        self.nav.currentRowChanged.connect(self._nav_changed)
        for name in ("given_name", "family_name"):
            cast(QLineEdit, self.people.beneficiary.widgets[name]).textChanged.connect(self._update_title)
        self.evidence.changed.connect(self.refresh_checks)
        self.people.family.startRequest.connect(self.start_family_member_request)
        self.people.personRemoved.connect(self._person_removed)
        self.people.paroleRemoved.connect(self._parole_removed)
        self.evidence.removed.connect(self._evidence_removed)
        self.checks.findingActivated.connect(self.focus_field)
        self.checks.rerunRequested.connect(self.full_check)
        self.review.beforeSignOff.connect(self.flush)
        self.review.signedOff.connect(self.refresh_checks)
        self.export.beforeExport.connect(self.flush)
        self.outcome.beforeStatus.connect(self.flush)
        self.outcome.statusChanged.connect(self._status_changed)
        self.nav.setCurrentRow(0)
        self.setEnabled(False)

    def _step_text(self, i: int, mark: str) -> str:
        title = self.tr(self.pages[i].title)
        return f"{i + 1}. {title}" + (f"   {mark}" if mark else "")

    # ------------------------------------------------------------------ public API
    def load_case(self, case_id: int) -> None:
        self.flush()
        self.guard.reset()
        self.undo_bar.clear()
        case = self.session.load_case(case_id)
        self.case = case
        for page in self.pages:
            page.load(case)
        self._dirty = False
        self.save_state.setText(self.tr("All changes saved"))
        self._update_title()
        self.setEnabled(True)
        self.go_to_step(PEOPLE)
        self.refresh_checks()
        self._restore_stash(case_id)
        self._update_removed_button()
        self.conflicts.show_for(case_id)

    def _conflict_resolved(self, case_id: int) -> None:
        """A person chose a value in the conflict table: the case as it is now (settled or not) is shown; a
        case kept deleted is gone, and the case list is shown."""
        try:
            self.session.load_case(case_id)
        except UserError:  # kept deleted (here and, once it travels, on every laptop)
            self.case, self._dirty = None, False
            self.conflicts.show_for(None)
            self.backRequested.emit()
            return
        step = self.current_step()
        self.load_case(case_id)
        self.go_to_step(step)

    # ------------------------------------------------------------------ removals and Undo
    def _update_removed_button(self) -> None:
        has = (
            self.case is not None
            and self.case.id is not None
            and bool(self.session.removed_items(self.case.id))
        )
        self.removed_button.setVisible(has)

    def show_removed(self) -> int:
        """The case's removed items; what is put back shows at once (the case is read again)."""
        if self.case is None or self.case.id is None or not self.flush():
            return 0
        from parole_desktop.ui.workspace.removed import RemovedItemsDialog

        dlg = RemovedItemsDialog(self.session, self.case.id, self)
        dlg.exec()
        if dlg.restored:
            step = self.current_step()
            self.load_case(self.case.id)
            self.go_to_step(step)
        self._update_removed_button()
        return dlg.restored

    def _person_removed(self, person: Person, index: int) -> None:
        """Kept in the vault before the autosave drops them, so the case's removed items can put them back
        even after this visit; Undo (bar or Ctrl+Z) puts them back at once."""
        if self.case is None or self.case.id is None:
            return
        try:
            rid = self.session.keep_removed_person(self.case.id, person, index)
        except ParoleError as exc:
            log.warning("could not keep the removed person for undo: %s", exc)
            rid = None
        name = person.full_name or self.tr("(no name)")

        def undo() -> bool:
            self.people.restore_person(person, index)
            if rid is not None:
                try:
                    self.session.forget_removed(rid)
                except ParoleError as exc:
                    log.info("removed-person record already gone: %s", exc)
            return self.flush()

        self.undo_bar.removed(self.tr("Removed {name}.").format(name=name), undo)
        self._update_removed_button()

    def _parole_removed(self, table: Any, record: Any, index: int) -> None:
        what = record.i94_number or record.program or self.tr("a parole")

        def undo() -> bool:
            table.put_back(record, index)
            return self.flush()

        self.undo_bar.removed(self.tr("Removed the parole {what}.").format(what=what), undo)

    def _evidence_removed(self, removed_id: int, label: str) -> None:
        self._update_removed_button()
        self.undo_bar.removed(
            self.tr("Removed the document “{title}”.").format(title=label),
            lambda: self.evidence.put_back(removed_id),
        )

    def has_pending_edits(self) -> bool:
        return self._dirty

    def flush(self) -> bool:
        """Save pending edits now. Returns False when the save failed (the edits stay in the widgets)."""
        self._timer.stop()
        if not self._dirty or self.case is None or self.case.id is None:
            return True
        case = self.case
        for page in self.pages:
            page.apply(case)
        try:
            result = save_and_check(self.session, case, pack=self.pack)
        except UserError as exc:
            why, invalid = str(exc), self.invalid_fields()
            if invalid:  # the field the user sees, in its own words (the typed text stays in it)
                why = f"{invalid[0][0]} — {field_problem(invalid[0][1])}"
            self.save_state.setText(self.tr("Not saved: {why}").format(why=why))
            self.save_state.setToolTip(str(exc))
            restyle(self.save_state, "color: #c62828;")
            return False
        except ParoleError as exc:
            self.save_state.setText(self.tr("Not saved"))
            show_error(self, str(exc), self.tr("Could not save"))
            return False
        self._dirty = False
        self.caseSaved.emit(case.id)
        self._show_result(result)
        invalid = self.invalid_fields()
        if invalid:
            # the valid edits are stored; a field whose text is not a value never counts as saved
            widget = invalid[0][1]
            why = field_problem(widget)
            self.save_state.setText(
                self.tr("Not saved: {field} — {why}").format(
                    field=invalid[0][0], why=why or self.tr("not a valid value")
                )
            )
            self.save_state.setToolTip(why)
            restyle(self.save_state, "color: #c62828;")
            return False
        self.save_state.setText(self.tr("All changes saved"))
        restyle(self.save_state, "color: #555;")
        return True

    # ------------------------------------------------------------------ unsaved input across a lock
    STASH_KEY = "unsaved_input"

    def stash_unsaved(self) -> int:
        """Keep what could not be saved (fields whose text is not a value yet, or edits a failed save left in
        the widgets) encrypted in the vault, so that locking never waits on it; returns the number of
        fields kept. Restored when the case is opened again (``_restore_stash``)."""
        if self.case is None or self.case.id is None:
            return 0
        texts = {
            f"{i}:{w.objectName()}": w.text()
            for i, page in enumerate(self.pages)
            for _label, w in page.invalid_fields()
            if hasattr(w, "text") and w.objectName()
        }
        case = copy.deepcopy(self.case)
        for page in self.pages:
            page.apply(case)
        if not texts and not self._dirty:
            return 0
        payload = {"case_id": self.case.id, "texts": texts, "case": case_to_dict(case, children=True)}
        self.session.set_setting(self.STASH_KEY, json.dumps(payload, ensure_ascii=False))
        self._dirty = False
        return max(len(texts), 1)

    def _restore_stash(self, case_id: int) -> None:
        raw = self.session.get_setting(self.STASH_KEY)
        if not raw:
            return
        try:
            payload = json.loads(raw)
        except ValueError:
            payload = {}
        if payload.get("case_id") != case_id:
            return
        stored = self.case
        assert stored is not None
        kept = case_from_dict(payload["case"])
        kept.id, kept.status, kept.family_group_id, kept.evidence = (
            stored.id,
            stored.status,
            stored.family_group_id,
            stored.evidence,
        )
        self.case = kept
        for page in self.pages:
            page.load(kept)
        for key, text in payload.get("texts", {}).items():
            step, _sep, name = key.partition(":")
            if step.isdigit() and int(step) < len(self.pages):
                for w in checked_children(self.pages[int(step)], name):
                    w.setText(text)
        self.session.set_setting(self.STASH_KEY, "")
        self._on_edited()  # saved again shortly (or shown as not saved while a field is still invalid)
        box = show_error(
            self,
            self.tr(
                "This case had input that was not saved when the vault locked. It was "
                "kept encrypted in the vault and is back in the fields: check it."
            ),
            self.tr("Unsaved input restored"),
        )
        box.setIcon(box.Icon.Information)

    def invalid_fields(self) -> list[tuple[str, QWidget]]:
        """(label, widget) of every field whose text is not a valid value, in step order."""
        return [entry for page in self.pages for entry in page.invalid_fields()]

    def clear(self) -> None:
        """Save, then wipe every widget that shows case data (auto-lock)."""
        runner_for(self).stop()  # an import, check, sign-off or export ends (or is cancelled) first
        self.flush()
        self._timer.stop()
        self._dirty = False
        for page in self.pages:
            page.clear()
        self.guard.reset()
        self.conflicts.show_for(None)
        self.case = None
        self.result = None
        self.title_label.clear()
        self.save_state.clear()
        for i in range(self.nav.count()):
            self.nav.item(i).setText(self._step_text(i, ""))
            self.nav.item(i).setForeground(QBrush())
        self.setEnabled(False)

    def go_to_step(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_step(self) -> int:
        return self.stack.currentIndex()

    def registry(self) -> dict[str, tuple[int, QWidget]]:
        """Field id (as findings name it) -> (step index, widget that edits it)."""
        out: dict[str, tuple[int, QWidget]] = {}
        for i, page in enumerate(self.pages):
            for field, widget in page.fields().items():
                out[field] = (i, widget)
        return out

    def lookup(self, field: str) -> tuple[str, tuple[int, QWidget] | None]:
        """A field path as findings, the final-build refusal or ``case edit`` name it, to its registry id
        and entry: ``people.<role>.<attr>``, ``people[<role>].<attr>`` and ``person.<role>.<attr>`` name a
        person's field; a plain name (``request_type``) a case field; a deeper path (``…paroles.0.expires_on``)
        falls back to the nearest registered field, a person's to their given name."""
        reg = self.registry()
        field = normal_field(field)
        if field in reg:
            return field, reg[field]
        parts = field.split(".")
        for n in range(len(parts) - 1, 1, -1):
            head = ".".join(parts[:n])
            if head in reg:
                return head, reg[head]
        if parts[0] == "person" and len(parts) > 1:
            head = f"person.{parts[1]}.given_name"
            return field, reg.get(head)
        return field, None

    def focus_field(self, field: str) -> QWidget | None:
        """Switch to the step of ``field``, reveal its widget (tab, scroll), focus and highlight it."""
        field, entry = self.lookup(field)
        if entry is None:
            self.go_to_step(step_for_field(field))
            page = self.pages[step_for_field(field)]
            if hasattr(page, "reveal"):
                page.reveal(field)
            return None
        step, widget = entry
        self.go_to_step(step)
        page = self.pages[step]
        if hasattr(page, "reveal"):
            page.reveal(field)
        self._reveal(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        flash(widget)
        return widget

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _reveal(widget: QWidget) -> None:
        child: QWidget = widget
        parent = child.parentWidget()
        while parent is not None:
            if isinstance(parent, QStackedWidget):
                owner = parent.parentWidget()
                if isinstance(owner, QTabWidget):
                    owner.setCurrentWidget(child)
                elif parent.objectName() != "stepStack":
                    parent.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            parent = parent.parentWidget()

    def _on_edited(self) -> None:
        if self.case is None:
            return
        self._dirty = True
        self.save_state.setText(self.tr("Saving soon…"))
        restyle(self.save_state, "color: #555;")
        self._timer.start()

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.flush()
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        if row == EVIDENCE and self.case is not None:
            self.evidence.refresh()
        page.activated()

    def refresh_checks(self) -> None:
        """Check the stored case again (after evidence, sign-off or status changed elsewhere)."""
        if self.case is None or self.case.id is None:
            return
        try:
            stored = self.session.load_case(self.case.id)
            result = check_case(self.session, stored, record=False, deep=False, pack=self.pack)
        except ParoleError as exc:
            log.warning("checks could not run: %s", redact(exc))
            return
        self.case.status, self.case.evidence = stored.status, stored.evidence
        self._show_result(result)

    def _lock_content(self, locked: bool) -> None:
        """Signed-off content is read-only until the volunteer confirms a change (see SignoffGuard)."""
        for page in (self.people, self.reason, self.background):
            page.setEnabled(not locked)
        self.evidence.set_locked(locked)

    def _field_label(self, field: str) -> str:
        """A finding's or changed field's id in words: its form label, and whose it is for people."""
        field, entry = self.lookup(field)
        parts = field.split(".")
        if entry is not None:
            text = field_label(entry[1])
        elif field == "evidence":
            text = self.tr("the exhibits")
        else:
            text = parts[-1].replace("_", " ")
        if parts[0] == "person" and len(parts) > 2:
            text = f"{text} ({parts[1].replace('_', ' ')})"
        return text

    def _show_result(self, result: CheckResult) -> None:
        """Every readiness signal (step marks, counts, checklist, People tabs, Checks step) from one result."""
        self.result = result
        if self.case is not None:
            self.guard.show_for(self.case, result.signoff_valid)
            self.evidence.show_findings(self.case, result.findings)
        self.checks.show_result(result)
        if self.current_step() == REVIEW:
            self.review.refresh()
        self._update_marks()

    def start_family_member_request(self, index: int) -> int | None:
        """Start the own request of the family member at ``index`` (saved first); returns its case number."""
        forms = self.people.family.forms
        if self.case is None or self.case.id is None or not 0 <= index < len(forms):
            return None
        if forms[index].is_blank():
            show_error(self, self.tr("Enter the family member's name first."))
            return None
        stored_index = sum(1 for f in forms[:index] if not f.is_blank())  # blank forms are not saved
        if not self.flush():
            return None
        try:
            new = start_family_member_case(self.session, self.case.id, stored_index)
        except ParoleError as exc:
            show_error(self, str(exc))
            return None
        self.load_case(self.case.id)  # shows the new link
        self.go_to_step(PEOPLE)
        self.people.tabs.setCurrentIndex(4)
        self.caseSaved.emit(int(new.id or 0))
        box = show_error(
            self,
            self.tr(
                "Case {n} was started for {name}, with the shared details copied. Both "
                "requests are in one family group."
            ).format(n=new.id, name=isolate(new.beneficiary_name)),
            self.tr("Family member's request"),
        )
        box.setIcon(box.Icon.Information)
        return int(new.id or 0)

    def _case_name(self, case_id: int) -> str | None:
        """The beneficiary of another request in this vault (for a family member's link), or None."""
        if self.case is not None and case_id == self.case.id:
            return None
        try:
            return self.session.load_case(case_id).beneficiary_name or "?"
        except UserError:
            return None

    def full_check(self) -> None:
        """ "Run checks again": the full check, off the GUI thread — every attachment is decrypted and
        re-hashed (HP-EVD-02) and the check is recorded with the pack version it used."""
        if self.case is None or self.case.id is None:
            return
        if not self.flush():
            return
        job = functools.partial(
            _full_check,
            case_id=self.case.id,
            pack=self.pack,
            label=self.tr("Checking the request and every attached file…"),
        )
        if (
            SessionOperation(self, self.session, job, title=self.tr("Running the checks"), cancellable=False)
            .success(self._full_check_done)
            .always(self._full_check_ended)
            .run()
        ):
            self.checks.rerun.setEnabled(False)

    def _full_check_ended(self) -> None:
        self.checks.rerun.setEnabled(True)

    def _full_check_done(self, result: CheckResult) -> None:
        if self.case is None or self.case.id != result.case_id:
            return
        self.result = result
        self.checks.show_result(result)
        if self.current_step() == REVIEW:
            self.review.refresh()
        self._update_marks()

    def _update_marks(self) -> None:
        if self.result is None:
            return
        reg = self.registry()
        fails = [0] * len(self.pages)
        people_tabs = [0] * self.people.tabs.count()
        for f in self.result.findings:
            if f.severity != Severity.FAIL:
                continue
            entry = reg.get(normal_field(f.field))
            step = entry[0] if entry else step_for_field(normal_field(f.field))
            fails[step] += 1
            if step == PEOPLE:
                people_tabs[
                    self.people.tab_for_field(normal_field(f.field), entry[1] if entry else None)
                ] += 1
        self.people.show_marks(people_tabs)
        total = sum(fails)
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            mark, color = "", None
            if i in MARKED_STEPS:
                mark, color = ("✓", "#2e7d32") if not fails[i] else (f"● {fails[i]}", "#c62828")
            elif i == REVIEW and self.case is not None:
                valid = self.result.signoff_valid
                if valid is not None:
                    mark, color = ("✓", "#2e7d32") if valid else (self.tr("void"), "#c62828")
            elif i == CHECKS:
                mark, color = ("✓", "#2e7d32") if not total else (self.tr("%n to fix", "", total), "#c62828")
            item.setText(self._step_text(i, mark))
            item.setForeground(QBrush(QColor(color)) if color else QBrush())
            item.setData(Qt.ItemDataRole.UserRole, fails[i])

    def step_fails(self, index: int) -> int:
        return int(self.nav.item(index).data(Qt.ItemDataRole.UserRole) or 0)

    def _update_title(self, *_: Any) -> None:
        if self.case is None:
            self.title_label.clear()
            return
        w = self.people.beneficiary.widgets
        name = " ".join(t for t in (w["given_name"].text().strip(), w["family_name"].text().strip()) if t)  # type: ignore[attr-defined]
        self.title_label.setText(name or self.tr("(no name yet)"))
        apply_direction_label(self.title_label, name)

    def _status_changed(self) -> None:
        self.refresh_checks()

    def _back(self) -> None:
        self.flush()
        self.backRequested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)


def _full_check(session: Session, progress: Progress, *, case_id: int, pack: Any, label: str) -> CheckResult:
    progress.report(0, 0, label)
    return run_checks(session, case_id, record=True, deep=True, pack=pack)


def apply_direction_label(label: QLabel, text: str) -> None:
    from parole_desktop.ui.workspace.fields import first_strong_is_rtl

    label.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if first_strong_is_rtl(text) else Qt.LayoutDirection.LeftToRight
    )


__all__ = ["CaseWorkspace", "apply_direction", "step_for_field"]
