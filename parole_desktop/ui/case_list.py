"""The case list page: search as you type, filters, a server-sorted paged table; opens a case on Enter."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import CaseStatus, Channel, Reason
from parole_desktop.services.session import CaseQuery, Session
from parole_desktop.ui import i18n
from parole_desktop.ui.case_model import COLUMN_KEYS, CaseTableModel
from parole_desktop.ui.labels import choices, label

log = logging.getLogger(__name__)
SEARCH_DEBOUNCE_MS = 150
KEY_DATE_DAYS = 30
NAME_WIDTH, NAME_MIN = 230, 140  # the beneficiary column: most names in full, or at least the start


class CaseTable(QTableView):
    """A table that emits ``open_row`` on double-click and on Enter/Return."""

    open_row = Signal(int)
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(lambda index: self.open_row.emit(index.row()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class FilterCombo(QComboBox):
    """A filter of the case list: at least as wide as its first entry ("All reasons" in the current
    language), and a chosen entry too long for it is shown elided, with the whole entry in the tooltip (a
    combo box cuts its text mid-letter: "Todos los motivc"); the popup always shows every entry whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # shrinks on a 1024-pixel screen instead of forcing the window wider
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.currentIndexChanged.connect(lambda _i: self.setToolTip(self.currentText()))

    def _for_text(self, text: str) -> QSize:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        inner = QSize(self.fontMetrics().horizontalAdvance(text), self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, inner, self)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(self._for_text(self.itemText(0)))

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self._for_text(self.itemText(0)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        opt.currentText = self.fontMetrics().elidedText(
            opt.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


class CaseListPage(QWidget):
    """Emits ``open_case(case_id)``; ``new_case_requested`` when the empty-state link is used."""

    open_case = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPage")
        self.model = CaseTableModel(parent=self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self._build_ui()

    # ------------------------------------------------------------------ building
    def _combo(self, name: str, values: list[tuple[str, str]]) -> QComboBox:
        box = FilterCombo()
        box.setObjectName(name)
        box.addItem("", "")
        for text, value in values:
            box.addItem(text, value)
        box.currentIndexChanged.connect(self.apply_filters)
        return box

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        bar.addWidget(self.search, 2)
        self.status = self._combo("statusFilter", choices(CaseStatus))
        self.reason = self._combo("reasonFilter", choices(Reason))
        self.channel = self._combo("channelFilter", choices(Channel))
        for box in (self.status, self.reason, self.channel):
            bar.addWidget(box)
        self.key_date = QCheckBox()
        self.key_date.setObjectName("keyDateFilter")
        self.not_ready = QCheckBox()
        self.not_ready.setObjectName("notReadyFilter")
        for check in (self.key_date, self.not_ready):
            check.toggled.connect(self.apply_filters)
            bar.addWidget(check)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.stack = QStackedWidget()
        self.table = CaseTable()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # names keep their width; a narrow window scrolls sideways
        header.setMinimumSectionSize(60)
        self.table.setSortingEnabled(True)
        self.table.open_row.connect(self._open_row)
        self.table.resized.connect(self._fit_names)
        self.empty = QLabel()
        self.empty.setObjectName("caseListEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        layout.addWidget(self.count_label)
        self.model.modelReset.connect(self._update_counts)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.reason)
        self.setTabOrder(self.reason, self.channel)
        self.setTabOrder(self.channel, self.key_date)
        self.setTabOrder(self.key_date, self.not_ready)
        self.setTabOrder(self.not_ready, self.table)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language (at build and on QEvent.LanguageChange)."""
        self.search.setAccessibleName(self.tr("Search cases by name or passport number"))
        self.search.setPlaceholderText(self.tr("Search names or passport numbers (Ctrl+F)"))
        for box, accessible, everything in (
            (self.status, self.tr("Status filter"), self.tr("All statuses")),
            (self.reason, self.tr("Reason filter"), self.tr("All reasons")),
            (self.channel, self.tr("Channel filter"), self.tr("All channels")),
        ):
            box.setAccessibleName(accessible)
            box.setItemText(0, everything)
            for i in range(1, box.count()):
                box.setItemText(i, label(box.itemData(i)))
            box.setToolTip(box.currentText())
            box.updateGeometry()  # its first entry is its minimum width
        self.key_date.setText(self.tr("Key date within %n day(s)", "", KEY_DATE_DAYS))
        self.not_ready.setText(self.tr("Not ready"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.model.retranslate()
        self.fit_columns()
        self._update_counts()

    def fit_columns(self) -> None:
        """Every column as wide as its title and the widest text it can show in the current language and
        font (``CaseTableModel.widest_texts``), so no readiness summary, status or date is elided (Arabic
        readiness summaries were, in the fixed 110-pixel column); where the whole is wider than the window
        the table scrolls sideways. At each language change and unlock."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        style = self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        pad = 2 * margin + 6  # the delegate's text margins, the grid line and a little air
        for col in range(self.model.columnCount()):
            texts = self.model.widest_texts(col)
            width = max(header.sectionSizeFromContents(col).width(), header.minimumSectionSize())
            width = max([width, *(metrics.horizontalAdvance(t) + pad for t in texts)])
            if col:
                header.resizeSection(col, width)
        self._fit_names()

    def _fit_names(self) -> None:
        """The names' column takes what the columns up to Readiness leave of the table's width, between
        NAME_MIN and NAME_WIDTH: at 1024×600 in Spanish or Ukrainian the readiness summary is then on screen
        without scrolling, and a name it cuts short is whole in its tooltip."""
        last = COLUMN_KEYS.index("readiness")
        others = sum(self.table.columnWidth(col) for col in range(1, last + 1))
        room = self.table.viewport().width() - others
        self.table.setColumnWidth(0, max(NAME_MIN, min(NAME_WIDTH, room)))

    def changeEvent(self, event: QEvent) -> None:
        if i18n.is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ behaviour
    def set_session(self, session: Session | None) -> None:
        """Attach an open session (or None on lock: every row and the search text are forgotten)."""
        if session is None:
            self._debounce.stop()
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.model.set_session(session)
        self.fit_columns()  # the family groups' names are known now

    def current_filter(self) -> CaseQuery:
        return CaseQuery(
            search=self.search.text(),
            status=self.status.currentData() or None,
            reason=self.reason.currentData() or None,
            channel=self.channel.currentData() or None,
            key_date_within_days=KEY_DATE_DAYS if self.key_date.isChecked() else None,
            not_ready=self.not_ready.isChecked(),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        self.model.set_filter(replace(self.current_filter()))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_case(self, case_id: int) -> None:
        for row in range(min(self.model.rowCount(), self.model.BLOCK)):
            if self.model.case_id(row) == case_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def _search_enter(self) -> None:
        self.apply_filters()
        if self.model.rowCount() == 1:
            self._open_row(0)
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _open_row(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id is not None:
            self.open_case.emit(case_id)

    def _update_counts(self) -> None:
        n = self.model.rowCount(QModelIndex())
        filtered = self.current_filter() != CaseQuery()
        if n:
            self.count_label.setText(self.tr("%Ln case(s)", "", n))
            self.stack.setCurrentWidget(self.table)
            return
        self.count_label.setText("")
        self.empty.setText(
            self.tr("No case matches the search and filters.")
            if filtered
            else self.tr("No cases yet. Choose File → New case (Ctrl+N) to start a request.")
        )
        self.stack.setCurrentWidget(self.empty)
