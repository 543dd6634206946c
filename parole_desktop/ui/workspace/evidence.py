"""Step 3, Evidence: the rules pack's checklist, the attached documents with thumbnails, add, edit, preview."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import GENERAL_EVIDENCE_KINDS, Severity
from parole_desktop.domain.models import Case, Evidence, Finding
from parole_desktop.errors import ParoleError
from parole_desktop.services.rulebook import ChecklistItem, RulesPack, checklist
from parole_desktop.services.session import Session
from parole_desktop.services.stated_facts import StatedFacts, facts_from_document
from parole_desktop.ui import dialogs
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.operations import Progress, SessionOperation
from parole_desktop.ui.pack_texts import InterfacePackTexts
from parole_desktop.ui.workspace.evidence_detail import EvidenceDetail, client_language, human_size
from parole_desktop.ui.workspace.fields import StepPage, show_error
from parole_desktop.ui.workspace.preview import PreviewDialog
from parole_desktop.ui.workspace.render import placeholder, thumbnail

log = logging.getLogger(__name__)

THUMB = 72
BACKGROUND_BYTES = 16 * 1024 * 1024  # files adding up to this much are encrypted in a background operation
OK, MISSING, OPTIONAL, PENDING = "#2e7d32", "#c62828", "#757575", "#b26a00"


class EvidencePage(StepPage):
    """Add documents (dialog or drag and drop), tie them to checklist items, and see what is still missing."""

    title = "Evidence"
    changed = Signal()
    filesAdded = Signal(int)  # how many files an add_files call stored (also after a background import)
    removed = Signal(int, str)  # the removed item's id (to put it back) and what it was called

    def __init__(self, session: Session, pack: RulesPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.pack = session, pack
        self.case: Case | None = None
        self.items: list[ChecklistItem] = []
        self._thumbs: dict[str, QIcon] = {}
        self.waiting_thumbnails: set[str] = set()  # contents shown with the blank page (no thumbnail yet)
        self._blank = placeholder(THUMB)
        self.previews: list[PreviewDialog] = []
        self.setAcceptDrops(True)
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("evidenceSplit")
        split.setChildrenCollapsible(False)
        self.split = split
        lay.addWidget(split, 1)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.addWidget(QLabel(self.tr("<b>Checklist</b> (from the rules pack)")))
        self.checklist = QTreeWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.setHeaderLabels([self.tr("Status"), self.tr("Item"), self.tr("Needed")])
        self.checklist.setRootIsDecorated(False)
        self.checklist.setColumnWidth(0, 110)
        self.checklist.setColumnWidth(1, 250)
        self.checklist.setMinimumHeight(170)  # ~8 items even when the page is squeezed on a small screen
        self.checklist.currentItemChanged.connect(self._checklist_selected)
        left_lay.addWidget(self.checklist, 1)
        self.checklist_legend = QLabel()
        self.checklist_legend.setObjectName("checklistLegend")
        self.checklist_legend.setWordWrap(True)
        self.checklist_legend.setStyleSheet("color: #555;")
        self.checklist_legend.hide()
        left_lay.addWidget(self.checklist_legend)
        self.item_description = QLabel()
        self.item_description.setObjectName("checklistDescription")
        self.item_description.setWordWrap(True)
        left_lay.addWidget(self.item_description)
        split.addWidget(left)

        right = QWidget()
        right_lay = QVBoxLayout(right)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("New files are:")))
        self.new_kind = QComboBox()
        self.new_kind.setObjectName("newKind")
        bar.addWidget(self.new_kind, 1)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setObjectName("addEvidence")
        self.add_button.clicked.connect(self._choose_files)
        bar.addWidget(self.add_button)
        right_lay.addLayout(bar)
        hint = QLabel(
            self.tr(
                "Or drop files here. Files are encrypted into the vault; the originals stay where they are."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        right_lay.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("evidenceList")
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSpacing(2)
        self.list.setMinimumHeight(110)
        self.list.currentItemChanged.connect(self._evidence_selected)
        self.list.itemActivated.connect(lambda item: self.preview(int(item.data(Qt.ItemDataRole.UserRole))))
        right_lay.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("previewEvidence")
        self.preview_button.clicked.connect(self._preview_selected)
        self.remove_button = QPushButton(self.tr("Remove from case"))
        self.remove_button.setObjectName("removeEvidence")
        self.remove_button.clicked.connect(self._remove_selected)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        right_lay.addLayout(buttons)
        self.detail = EvidenceDetail()
        self.detail.setObjectName("evidenceDetail")
        self.detail.committed.connect(self._detail_committed)
        self.detail.prefillRequested.connect(self.prefill_stated_facts)
        right_lay.addWidget(self.detail)
        split.addWidget(right)
        split.setSizes([480, 520])
        self._update_buttons()

    NARROW = 900  # below this width (1024-pixel laptops) the checklist sits above the files

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = Qt.Orientation.Vertical if event.size().width() < self.NARROW else Qt.Orientation.Horizontal
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)
            self.split.setSizes([260, 520] if wanted == Qt.Orientation.Vertical else [480, 520])

    # ------------------------------------------------------------------ data
    def kinds(self) -> list[tuple[str, str]]:
        """(kind, label): the case's checklist items first, then every general kind."""
        out: list[tuple[str, str]] = [(i.item_id, i.title) for i in self.items]
        seen = {k for k, _ in out}
        for k in GENERAL_EVIDENCE_KINDS:
            if k not in seen:
                out.append((k, k.replace("_", " ").capitalize()))
        return out

    def load(self, case: Case) -> None:
        self.case = case
        self.refresh(reload=False)

    def refresh(self, reload: bool = True) -> None:
        if self.case is None or self.case.id is None:
            return
        if reload:
            fresh = self.session.load_case(self.case.id)
            self.case.evidence = fresh.evidence
        self.items = checklist(self.case, self.pack)
        self._fill_checklist()
        self.detail.set_kinds(self.new_kind, self.kinds())
        self._fill_list()

    def set_case_fields(self, case: Case) -> None:
        """The other steps changed reason, channel or people: the checklist may differ."""
        if self.case is not None:
            case.evidence = self.case.evidence
        self.case = case
        self.items = checklist(case, self.pack)
        self._fill_checklist()

    def show_findings(self, case: Case, findings: list[Finding]) -> None:
        """The workspace's check of the saved case: the checklist is rebuilt from the same case and each
        line shows the severity its finding has (a must-fix ✗ or a warning ⚠), so the list, the step
        mark and the Checks step never disagree."""
        worst: dict[str, Severity] = {}
        order = {Severity.FAIL: 0, Severity.WARN: 1, Severity.INFO: 2}
        for f in findings:
            if (
                f.field.startswith("checklist.")
                and order[f.severity] < order[worst.get(f.field, Severity.INFO)]
            ):
                worst[f.field] = f.severity
        self._severity = worst
        if self.case is not None and self.case is not case:
            self.case.evidence = case.evidence
        self.case = self.case or case
        self.items = checklist(self.case, self.pack)
        self._fill_checklist()

    def _fill_checklist(self) -> None:
        current = self.checklist.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.checklist.clear()
        severity = getattr(self, "_severity", {})
        texts = InterfacePackTexts(self.pack.raw)
        drafts = 0
        for it in self.items:
            title, description = texts.item(it)
            drafts += title.draft or description.draft
            found = severity.get(it.field)
            if it.satisfied and found is None:
                mark, color = self.tr("✓ attached"), OK
            elif it.untranslated_ids:
                mark, color = self.tr("⚠ translate"), PENDING
            elif found == Severity.FAIL:
                mark, color = self.tr("✗ missing"), MISSING
            elif found == Severity.WARN:
                mark, color = self.tr("⚠ check"), PENDING
            else:
                mark, color = (
                    (self.tr("✓ attached"), OK) if it.satisfied else (self.tr("○ not yet"), OPTIONAL)
                )
            row = QTreeWidgetItem(
                [mark, title.text, self.tr("required") if it.required else self.tr("recommended")]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, it.item_id)
            row.setData(1, Qt.ItemDataRole.UserRole, description.text)
            row.setForeground(0, QBrush(QColor(color)))
            row.setToolTip(1, texts.item_tooltip(it, title, description))
            row.setData(2, Qt.ItemDataRole.UserRole, texts.english_line(it))
            if not it.satisfied and found is None and it.required:
                row.setToolTip(0, self.tr("Needed, but another check comes first (see the Checks step)."))
            if it.untranslated_ids:
                row.setToolTip(
                    0, self.tr("A foreign-language document needs a certified English translation.")
                )
            self.checklist.addTopLevelItem(row)
            if it.item_id == keep:
                self.checklist.setCurrentItem(row)
        self.checklist_legend.setText(texts.legend() if drafts else "")
        self.checklist_legend.setVisible(bool(drafts))

    def _fill_list(self) -> None:
        current = self.selected_id()
        self.list.clear()
        self.waiting_thumbnails.clear()
        if self.case is None:
            return
        titles = {e.id: e.title for e in self.case.evidence}
        for e in self.case.evidence:
            lines = [e.title or e.original_filename, f"{e.kind} · {e.language} · {human_size(e.size)}"]
            if e.translation_of is not None:
                lines.append(self.tr("translation of: {t}").format(t=titles.get(e.translation_of, "?")))
            lines.append(self._verdict_line(e))
            item = QListWidgetItem(self._icon(e), "\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(e.original_filename)
            self.list.addItem(item)
            if e.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _verdict_line(self, e: Evidence) -> str:
        """The probe's verdict stored at intake (packet/probe.py), as the packet build will see it."""
        if e.print_verdict == "ok":
            return self.tr("✓ prints") + (f" — {e.print_note}" if e.print_note else "")
        if e.print_verdict == "unprintable":
            return self.tr("✗ cannot be printed: {why}").format(why=e.print_note)
        return self.tr("? printing not checked yet (run the full check)")

    def _icon(self, e: Evidence) -> QIcon:
        """The thumbnail the child made at intake (stored sealed, ``Session.probe_output``); a blank page
        while there is none yet (an item of an older probe version is probed again after unlock). The file
        itself is never decoded here."""
        if e.sha256 in self._thumbs:
            return self._thumbs[e.sha256]
        try:
            out = self.session.probe_output(e, with_pdf=False)
        except ParoleError as exc:
            log.warning(
                "the stored thumbnail of evidence %s could not be read (%s)", e.id, type(exc).__name__
            )
            out = None
        image = (
            thumbnail(out.thumb_width, out.thumb_height, out.thumb_rgb, THUMB) if out is not None else None
        )
        if image is None or image.isNull():
            self.waiting_thumbnails.add(e.sha256)
            return QIcon(QPixmap.fromImage(self._blank))
        self.waiting_thumbnails.discard(e.sha256)
        icon = QIcon(QPixmap.fromImage(image))
        self._thumbs[e.sha256] = icon
        return icon

    def refresh_thumbnails(self) -> None:
        """Show the thumbnails stored since the list was filled (after the background re-probe)."""
        if self.waiting_thumbnails and self.case is not None:
            self._fill_list()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    locked = False  # a signed-off case: files can be previewed, not added, changed or removed

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.detail.setEnabled(not locked)
        self.new_kind.setEnabled(not locked)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.preview_button.setEnabled(has)
        self.remove_button.setEnabled(has and not self.locked)
        self.add_button.setEnabled(self.case is not None and not self.locked)

    # ------------------------------------------------------------------ add / edit / remove
    def add_files(self, paths: list[Path], kind: str | None = None, **fields: Any) -> list[Evidence]:
        """Encrypt files into the vault. A bad file is reported in a message box; the others are still added.

        Small files are added at once (and returned); when they add up to BACKGROUND_BYTES or more, the
        import is an operation with a progress bar and Cancel (files added before Cancel are kept), returns []
        and ends with ``filesAdded``.
        """
        if self.case is None or self.case.id is None:
            return []
        kind = kind or self.new_kind.currentData() or "other"
        # a translation is into English; anything else defaults to the client's language
        fields.setdefault("language", "en" if kind == "translation" else client_language(self.case))
        paths = [Path(p) for p in paths]
        job = functools.partial(
            _add_files,
            case_id=self.case.id,
            paths=paths,
            kind=kind,
            fields=fields,
            encrypting=self.tr("Encrypting {name} into the vault…"),
            stopped=self.tr("Cancelled: the remaining files were not added."),
        )
        if _total_size(paths) < BACKGROUND_BYTES:
            added, problems = job(self.session, Progress())
            self._files_added(added, problems)
            return added
        SessionOperation(self, self.session, job, title=self.tr("Adding files")).success(
            self._import_done
        ).failure(self._import_failed).run()
        return []

    def _import_done(self, outcome: tuple[list[Evidence], list[str]]) -> None:
        self._files_added(*outcome)

    def _import_failed(self, exc: ParoleError) -> None:
        self._files_added([], [str(exc)])

    def _files_added(self, added: list[Evidence], problems: list[str]) -> None:
        self.refresh()
        if added:
            self._select(added[-1].id)
            self.changed.emit()
        if problems:
            self.last_error = "\n".join(problems)
            show_error(self, self.last_error, self.tr("Some files were not added"))
        self.filesAdded.emit(len(added))

    def _choose_files(self) -> None:
        files = dialogs.open_files(
            self,
            self.tr("Add evidence files"),
            self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;All files (*)"),
        )
        if files:
            self.add_files([Path(f) for f in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if (
            self.case is not None
            and not self.locked
            and any(u.isLocalFile() for u in event.mimeData().urls())
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def _detail_committed(self, ev: Evidence) -> None:
        try:
            self.session.update_evidence(ev)
        except ParoleError as exc:
            show_error(self, str(exc))
        self.refresh()
        self.changed.emit()

    def prefill_stated_facts(self, evidence_id: int) -> bool:
        """Read the document's text layer in the sandbox child (an operation) and fill the empty stated
        facts of the selected document from its passport line; False when another job of the window runs."""
        job = functools.partial(
            _stated_facts, evidence_id=evidence_id, label=self.tr("Reading the document's text…")
        )
        return (
            SessionOperation(self, self.session, job, title=self.tr("Reading the document's text…"))
            .success(self._stated_facts_read)
            .failure(self._stated_facts_failed)
            .run()
        )

    def _stated_facts_read(self, facts: StatedFacts) -> None:
        self.detail.apply_stated_facts(facts.name, facts.date_of_birth, facts.passport_number)

    def _stated_facts_failed(self, exc: ParoleError) -> None:
        self.detail.prefill_note.setText(
            self.tr("The document's text could not be read: {why}").format(why=exc)
        )

    def remove(self, evidence_id: int) -> bool:
        """Take a document out of the case at once; ``removed`` lets the workspace offer Undo (its
        encrypted copy is kept until the case is signed off)."""
        ev = self.case.evidence_by_id(evidence_id) if self.case is not None else None
        try:
            rid = self.session.delete_evidence(evidence_id)
        except ParoleError as exc:
            show_error(self, str(exc))
            return False
        self.refresh()
        self.changed.emit()
        label = (ev.title or ev.original_filename or ev.kind) if ev is not None else str(evidence_id)
        self.removed.emit(rid, label)
        return True

    def put_back(self, removed_id: int) -> bool:
        """Undo a removal: the same document, file included, back in the list."""
        try:
            self.session.restore_removed(removed_id)
        except ParoleError as exc:
            show_error(self, str(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def _remove_selected(self) -> None:
        eid = self.selected_id()
        if eid is not None:
            self.remove(eid)

    # ------------------------------------------------------------------ preview
    def preview(self, evidence_id: int) -> PreviewDialog | None:
        ev = self.case.evidence_by_id(evidence_id) if self.case is not None else None
        if ev is None:
            return None
        try:
            data = self.session.read_evidence(ev)
        except ParoleError as exc:
            show_error(self, str(exc))
            return None
        dlg = PreviewDialog(ev, data, self)
        self.previews = [d for d in self.previews if _alive(d)] + [dlg]
        dlg.show()
        return dlg

    def _preview_selected(self) -> None:
        eid = self.selected_id()
        if eid is not None:
            self.preview(eid)

    # ------------------------------------------------------------------ selection
    def _select(self, evidence_id: int | None) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == evidence_id:
                self.list.setCurrentRow(i)
                return

    def _evidence_selected(self, *_: object) -> None:
        eid = self.selected_id()
        ev = self.case.evidence_by_id(eid) if self.case is not None and eid is not None else None
        originals = [e for e in self.case.evidence if e.translation_of is None] if self.case else []
        self.detail.show_evidence(ev, self.kinds(), originals)
        self._update_buttons()

    def _checklist_selected(self, current: QTreeWidgetItem | None, *_: object) -> None:
        if current is None:
            self.item_description.clear()
            return
        item_id = current.data(0, Qt.ItemDataRole.UserRole)
        it = next((i for i in self.items if i.item_id == item_id), None)
        if it is None:
            return
        verify = self.tr(" (verify before filing)") if it.verify else ""
        shown = current.data(1, Qt.ItemDataRole.UserRole) or it.description
        english = current.data(2, Qt.ItemDataRole.UserRole)  # the English original, in another language
        self.item_description.setText("\n".join(t for t in (shown, english, f"{it.citation}{verify}") if t))
        i = self.new_kind.findData(item_id)
        if i >= 0:
            self.new_kind.setCurrentIndex(i)

    def reveal(self, field: str) -> None:
        kind, _, key = field.partition(".")
        if kind == "evidence" and key.isdigit():
            self._select(int(key))
        elif kind == "checklist":
            for i in range(self.checklist.topLevelItemCount()):
                row = self.checklist.topLevelItem(i)
                if row is not None and row.data(0, Qt.ItemDataRole.UserRole) == key:
                    self.checklist.setCurrentItem(row)

    def fields(self) -> dict[str, QWidget]:
        out: dict[str, QWidget] = {f"checklist.{i.item_id}": self.checklist for i in self.items}
        if self.case is not None:
            out.update({f"evidence.{e.id}": self.list for e in self.case.evidence})
        return out

    def clear(self) -> None:
        for d in self.previews:
            if _alive(d):
                d.close()
        self.previews = []
        self.case = None
        self.items = []
        self._thumbs.clear()
        self.waiting_thumbnails.clear()
        self.checklist.clear()
        self.list.clear()
        self.item_description.clear()
        self.detail.show_evidence(None, [], [])
        self._update_buttons()


def _total_size(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        try:
            total += p.stat().st_size if p.is_file() else 0
        except OSError:  # reported by add_evidence, file by file
            continue
    return total


def _add_files(
    session: Session,
    progress: Progress,
    *,
    case_id: int,
    paths: list[Path],
    kind: str,
    fields: dict[str, Any],
    encrypting: str,
    stopped: str,
) -> tuple[list[Evidence], list[str]]:
    """The import itself (off the GUI thread when big): file by file, so a Cancel keeps what was added."""
    total = _total_size(paths)
    added: list[Evidence] = []
    problems: list[str] = []
    done = 0
    for p in paths:
        if progress.cancelled:
            problems.append(stopped)
            break
        label = encrypting.format(name=isolate(p.name))

        def step(n: int, before: int = done, lb: str = label) -> None:
            progress.report(before + n, total, lb)

        try:
            added.append(
                session.add_evidence(
                    case_id, p, kind=kind, progress=step, cancelled=progress.is_cancelled, **fields
                ).evidence
            )
        except ParoleError as exc:
            problems.append(str(exc))
        done += _total_size([p])
    return added, problems


def _stated_facts(session: Session, progress: Progress, *, evidence_id: int, label: str) -> StatedFacts:
    """The job: the decrypted file goes to the sandbox child, which sends back only its text layer."""
    progress.report(0, 0, label)
    ev = session.get_evidence(evidence_id)
    return facts_from_document(session.read_evidence(ev))


def _alive(widget: QWidget) -> bool:
    try:
        widget.isVisible()
    except RuntimeError:
        return False
    return True
