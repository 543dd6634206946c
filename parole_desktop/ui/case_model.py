"""The case list as a paged Qt model: COUNT once, rows fetched in LIMIT/OFFSET blocks kept in a small LRU."""

from __future__ import annotations

import datetime as dt
import logging
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from parole_desktop.domain.enums import CaseStatus, Channel, Reason
from parole_desktop.domain.models import CaseSummary
from parole_desktop.errors import ParoleError
from parole_desktop.logsetup import redact
from parole_desktop.services.readiness import readiness_text, stored_summary
from parole_desktop.services.session import CaseQuery, Session
from parole_desktop.ui.i18n import isolate
from parole_desktop.ui.labels import label

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

# (key, header, server-side sort key or None)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("beneficiary", "Beneficiary", "beneficiary"),
    ("country", "Country", "country"),
    ("reason", "Reason", "reason"),
    ("channel", "Channel", "channel"),
    ("status", "Status", "status"),
    ("key_date", "Key date", "key_date"),
    ("readiness", "Readiness", "readiness"),
    ("expiry", "Parole expiry", None),
    ("family", "Family group", "family"),
)
COLUMN_KEYS = [c[0] for c in COLUMNS]
REMINDER_DAYS = (30, 60, 90)
_REMINDER_COLOURS = {30: QColor("#b00020"), 60: QColor("#c75000"), 90: QColor("#8a6d00")}
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_WIDE_DATE = dt.date(2088, 12, 28)  # as wide as any date in the usual fonts (digits share one width)


def expiry_reminder(expiry: dt.date | None, today: dt.date) -> int | None:
    """30, 60 or 90 when parole expires within that many days (0 when already expired), else None."""
    if expiry is None:
        return None
    days = (expiry - today).days
    if days < 0:
        return 0
    return next((limit for limit in REMINDER_DAYS if days <= limit), None)


class CaseTableModel(QAbstractTableModel):
    """Rows are loaded lazily by block; sorting and filtering are done by the database."""

    BLOCK = 200
    MAX_BLOCKS = 6
    failed = Signal(str)

    def __init__(
        self, session: Session | None = None, parent: Any = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._filter = CaseQuery()
        self._order_by = "updated_at"
        self._descending = True
        self._count = 0
        self._blocks: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        self._groups: dict[int, str] = {}
        self._conflicts: set[int] = set()  # cases with an open conflict between laptops (the badge)
        self._today = today
        self.queries = 0
        if session is not None:
            self.set_session(session)

    # ------------------------------------------------------------------ state
    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def case_filter(self) -> CaseQuery:
        return self._filter

    def set_session(self, session: Session | None) -> None:
        """Attach an open session, or None to forget every row (lock)."""
        self._session = session
        self.refresh()

    def set_filter(self, flt: CaseQuery) -> None:
        self._filter = flt
        self.refresh()

    def set_search(self, text: str) -> None:
        self.set_filter(replace(self._filter, search=text))

    def refresh(self) -> None:
        """Re-count and drop cached rows (after a save, a filter change, a lock)."""
        self.beginResetModel()
        self._blocks.clear()
        self._groups = {}
        self._conflicts = set()
        self._count = 0
        if self._session is not None and not self._session.closed:
            try:
                self._count = self._session.count_cases(self._filter)
                self.queries += 1
                if self._count:
                    self._groups = {int(g.id or 0): g.name for g in self._session.family_groups()}
                    self._conflicts = self._session.conflict_case_ids()
            except ParoleError as exc:
                self._report(exc)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(COLUMNS):
            order_by, descending = "updated_at", True
        else:
            key = COLUMNS[column][2]
            if key is None:
                return
            order_by, descending = key, order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self._order_by, self._descending):
            return
        self._order_by, self._descending = order_by, descending
        self.layoutAboutToBeChanged.emit()
        self._blocks.clear()
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ rows
    def _report(self, exc: ParoleError) -> None:
        log.warning("case list: %s", redact(exc))
        self.failed.emit(str(exc))

    def _block(self, number: int) -> list[CaseSummary]:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        block = []
        if self._session is not None and not self._session.closed:
            try:
                block = self._session.list_cases(
                    self._filter,
                    order_by=self._order_by,
                    descending=self._descending,
                    limit=self.BLOCK,
                    offset=number * self.BLOCK,
                )
                self.queries += 1
            except ParoleError as exc:
                self._report(exc)
        self._blocks[number] = block
        while len(self._blocks) > self.MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def summary(self, row: int) -> CaseSummary | None:
        if not 0 <= row < self._count:
            return None
        block = self._block(row // self.BLOCK)
        offset = row % self.BLOCK
        return block[offset] if offset < len(block) else None

    def case_id(self, row: int) -> int | None:
        s = self.summary(row)
        return s.id if s else None

    def loaded_rows(self) -> list[CaseSummary]:
        """What is cached now (tests and the lock check use it)."""
        return [s for block in self._blocks.values() for s in block]

    # ------------------------------------------------------------------ Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def retranslate(self) -> None:
        """Column titles and words are looked up when shown: tell the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._count:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        s = self.summary(index.row())
        if s is None:
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, key)
        if role == CASE_ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(s, key)
        return None

    def _display(self, s: CaseSummary, key: str) -> str:
        if key == "beneficiary":
            return s.beneficiary or self.tr("(no name)")
        if key == "status" and s.id in self._conflicts:
            return self.tr("{status} ⚠ conflict").format(status=label(s.status))
        if key in ("reason", "channel", "status"):
            return label(getattr(s, key))
        if key == "key_date":
            return s.key_date.isoformat() if s.key_date else ""
        if key == "readiness":
            return (
                isolate(readiness_text(s.readiness)) if s.readiness else self.tr("not checked")
            )  # "6 fail · 8 warn" in RTL too
        if key == "expiry":
            return self._expiry_text(s)
        if key == "family":
            return self._groups.get(s.family_group_id or -1, "") if s.family_group_id else ""
        return str(getattr(s, key) or "")

    def widest_texts(self, column: int) -> list[str]:
        """What the column can show in the current language, so the list can make it wide enough for every
        value (the beneficiary's column is sized otherwise): each word of an enumerated column, the readiness
        summary for one- and two-digit counts in each plural form, a date with its reminder, the vault's
        family groups."""
        key = COLUMN_KEYS[column] if 0 <= column < len(COLUMNS) else ""
        if key == "country":
            return ["WW"]
        if key in ("reason", "channel", "status"):
            enum = {"reason": Reason, "channel": Channel, "status": CaseStatus}[key]
            return [label(v) for v in enum]
        if key == "key_date":
            return [_WIDE_DATE.isoformat()]
        if key == "readiness":
            counts = (1, 2, 3, 11, 88)
            stored = [stored_summary(f, w) for f in (0, *counts) for w in (0, *counts)]
            return [isolate(readiness_text(t)) for t in stored] + [self.tr("not checked")]
        if key == "expiry":
            date = isolate(_WIDE_DATE.isoformat())
            return [
                self.tr("{date} ⚠ expired").format(date=date),
                *(self.tr("{date} ⚠ {days} d").format(date=date, days=d) for d in (9, REMINDER_DAYS[-1])),
            ]
        if key == "family":
            return list(self._groups.values())  # the vault's groups, known once it is open
        return []

    def _expiry_text(self, s: CaseSummary) -> str:
        if s.parole_expiry is None:
            return ""
        mark = expiry_reminder(s.parole_expiry, self.today)
        date = s.parole_expiry.isoformat()
        if mark is None:
            return date
        if mark == 0:
            return self.tr("{date} ⚠ expired").format(date=isolate(date))
        days = (s.parole_expiry - self.today).days
        return self.tr("{date} ⚠ {days} d").format(date=isolate(date), days=days)

    def _tooltip(self, s: CaseSummary, key: str) -> str | None:
        if key == "expiry" and expiry_reminder(s.parole_expiry, self.today) is not None:
            return self.tr("Parole expires soon: talk to the beneficiary about re-parole in time.")
        if key == "status" and s.id in self._conflicts:
            return self.tr(
                "Two laptops changed this case differently: open it to choose which value to keep."
            )
        if key == "beneficiary":  # the whole name where the column cuts it short, and the birth date
            name = s.beneficiary or self.tr("(no name)")
            if not s.date_of_birth:
                return name
            return name + "\n" + self.tr("Born {date}").format(date=isolate(s.date_of_birth.isoformat()))
        return None

    def _colour(self, s: CaseSummary, key: str) -> QColor | None:
        if key == "expiry":
            mark = expiry_reminder(s.parole_expiry, self.today)
            if mark is not None:
                return _REMINDER_COLOURS[30 if mark == 0 else mark]
        if key == "readiness" and s.readiness and "fail" in s.readiness:
            return _REMINDER_COLOURS[30]
        if key == "status" and s.id in self._conflicts:
            return _REMINDER_COLOURS[30]
        return None
