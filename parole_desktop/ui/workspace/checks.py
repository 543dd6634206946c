"""Step 5, Checks: readiness findings grouped by severity, with citations; activating one jumps to its field.

In another interface language than English each finding shows its rule's title and what to do from the rules
pack's catalogs (a draft marked ``*``, explained by the legend under the list), with the English message as
stored in its tooltip and detail: the stored findings stay English (``ui/pack_texts.py``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import Severity
from parole_desktop.services.checks import CheckResult
from parole_desktop.services.rulebook import RulesPack
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.pack_texts import InterfacePackTexts
from parole_desktop.ui.workspace.fields import StepPage, restyle

SEVERITY_STYLE = {
    Severity.FAIL: ("#c62828", "Must fix"),
    Severity.WARN: ("#b26a00", "Warnings"),
    Severity.INFO: ("#1565c0", "For your information"),
}
FIELD_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # how the finding's text was shown: english, unreviewed, stale, …


class LeftToRightDelegate(QStyledItemDelegate):
    """Cells that hold Latin data (a rule id, a citation such as "8 CFR 103.7; Form I-912") laid out left to
    right in a mirrored window too: drawn right to left, "8 CFR 103.7; Form I-9…" read "CFR 103.7; Form
    I-9… 8" and an elided citation lost its start instead of its end."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight
        option.displayAlignment = (
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )


class ChecksPage(StepPage):
    """Shows the latest CheckResult. ``findingActivated(field)`` asks the workspace to jump."""

    title = "Checks"
    findingActivated = Signal(str)
    rerunRequested = Signal()

    def __init__(self, pack: RulesPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.result: CheckResult | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        self.pack_label = QLabel()
        self.pack_label.setObjectName("packLabel")
        self.pack_label.setWordWrap(True)
        lay.addWidget(self.pack_label)
        self.summary = QLabel()
        self.summary.setObjectName("checksSummary")
        lay.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Rule"), self.tr("Citation")])
        self.tree.setColumnWidth(0, 520)
        self.tree.setColumnWidth(1, 90)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self._latin = LeftToRightDelegate(self.tree)  # rule ids and citations are English, never translated
        for col in (1, 2):
            self.tree.setItemDelegateForColumn(col, self._latin)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._selected)
        lay.addWidget(self.tree, 1)
        self.legend = QLabel()
        self.legend.setObjectName("findingsLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")
        self.legend.hide()
        lay.addWidget(self.legend)
        self.detail = QLabel()
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.detail)
        hint = QLabel(self.tr("Double-click a finding (or press Enter) to go to the field it is about."))
        hint.setStyleSheet("color: #555;")
        lay.addWidget(hint)
        self.rerun = QPushButton(self.tr("Run checks again"))
        self.rerun.setObjectName("rerunChecks")
        self.rerun.clicked.connect(self.rerunRequested.emit)
        lay.addWidget(self.rerun, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_pack(self.pack.id, self.pack.version, self.pack.as_of.isoformat())

    def _show_pack(self, pack_id: str, version: str, as_of: str) -> None:
        self.pack_label.setText(
            self.tr(
                "<b>Rules pack {id} {version}</b>, as of {as_of}.<br>Checks tell you what is missing; the reviewer "
                "decides. Nothing here is legal advice."
            ).format(id=isolate(pack_id), version=isolate(version), as_of=isolate(as_of))
        )

    def show_result(self, result: CheckResult | None) -> None:
        self.result = result
        self.tree.clear()
        self.legend.hide()
        if result is None:
            self.summary.clear()
            return
        texts = InterfacePackTexts(self.pack.raw)
        drafts = 0
        self._show_pack(result.pack_id, result.pack_version, result.pack_as_of.isoformat())
        fails, warns = result.count(Severity.FAIL), result.count(Severity.WARN)
        if fails:
            text = self.tr("{f} to fix before review · {w} warning(s)").format(f=fails, w=warns)
            color = "#c62828"
        else:
            text = self.tr("Nothing blocks review · {w} warning(s). The reviewer decides.").format(w=warns)
            color = "#2e7d32"
        self.summary.setText(text)
        restyle(self.summary, f"color: {color}; font-weight: bold;")
        bold = QFont()
        bold.setBold(True)
        for sev in (Severity.FAIL, Severity.WARN, Severity.INFO):
            found = [f for f in result.findings if f.severity == sev]
            color, label = SEVERITY_STYLE[sev]
            group = QTreeWidgetItem([self.tr("{label} ({n})").format(label=self.tr(label), n=len(found))])
            group.setFont(0, bold)
            group.setForeground(0, QBrush(QColor(color)))
            group.setData(0, Qt.ItemDataRole.UserRole + 1, str(sev))
            self.tree.addTopLevelItem(group)
            for f in found:
                shown, tooltip = texts.finding(f)
                drafts += shown.draft
                message = shown.text + (self.tr("  [verify before filing]") if f.verify else "")
                row = QTreeWidgetItem([message, f.rule_id, f.citation])
                row.setData(0, FIELD_ROLE, f.field)
                row.setData(0, STATE_ROLE, shown.state)
                row.setToolTip(0, tooltip)
                row.setToolTip(2, f.citation)
                group.addChild(row)
            group.setExpanded(sev != Severity.INFO or len(found) < 6)
        if drafts:
            self.legend.setText(texts.legend())
            self.legend.setToolTip(texts.draft_tooltip())
            self.legend.show()
        verify = self.pack.verify_items()
        if verify:
            group = QTreeWidgetItem(
                [self.tr("Verify before filing: figures in the rules pack ({n})").format(n=len(verify))]
            )
            group.setFont(0, bold)
            self.tree.addTopLevelItem(group)
            for v in verify:
                group.addChild(QTreeWidgetItem([f"{v.label}: {v.value}", "", f"{v.source}, {v.as_of}"]))

    def finding_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            children = [group.child(j) for j in range(group.childCount())] if group is not None else []
            out += [item for item in children if item is not None and item.data(0, FIELD_ROLE)]
        return out

    def _selected(self, item: QTreeWidgetItem | None, *_: object) -> None:
        if item is None or item.columnCount() < 3 or not item.text(1):
            self.detail.clear()
            return
        self.detail.setText(f"{item.text(1)}: {item.toolTip(0)}\n{item.toolTip(2)}")

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        field = item.data(0, FIELD_ROLE)
        if field:
            self.findingActivated.emit(str(field))

    def clear(self) -> None:
        self.show_result(None)
        self.detail.clear()
