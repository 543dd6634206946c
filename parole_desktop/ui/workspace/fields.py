"""Small editor widgets the workspace steps share: RTL-aware names, optional dates, enum combos, a page base."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
import weakref
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, cast

import shiboken6
from PySide6.QtCore import (
    QCalendar,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from parole_desktop.domain import calendars
from parole_desktop.domain import text as text_rule
from parole_desktop.ui.i18n import current_language, isolate, latin_field

HIGHLIGHT_STYLE = "border: 2px solid #d97706; background: #fff7e6;"
INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"


def first_strong_is_rtl(text: str) -> bool:
    """True when the first letter with a strong direction is right-to-left (Arabic script, Hebrew)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def apply_direction(widget: QLineEdit, text: str) -> None:
    """Lay out a line edit right-to-left when its text starts with an Arabic-script (or Hebrew) letter."""
    rtl = first_strong_is_rtl(text)
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    if widget.layoutDirection() != direction:
        widget.setLayoutDirection(direction)
    align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


class NameEdit(QLineEdit):
    """A line edit for names: switches to right-to-left layout for Arabic-script text (fa, ps, ar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(lambda text: apply_direction(self, text))


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """A typed date: ISO (2026-12-31) or the locale's short numeric form with a four-digit year
    (12/31/2026 in the US, 31/12/2026 in Britain). None when the text is not a real date."""
    text = text.strip()
    if len(text) == 10 and text[4:5] == "-":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    loc = locale or QLocale()
    for fmt in _locale_formats(loc):
        q = QDate.fromString(text, fmt)
        if q.isValid() and 1000 <= q.year() <= 9999:
            return dt.date(q.year(), q.month(), q.day())
    return None


def _locale_formats(loc: QLocale) -> list[str]:
    """The locale's short date format, with a four-digit year and with or without leading zeros."""
    short = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    relaxed = short.replace("dd", "d").replace("MM", "M")
    return list(dict.fromkeys([short, relaxed]))


def locale_example(loc: QLocale | None = None) -> str:
    """The locale's form of 31 December 2026, to show what may be typed besides ISO."""
    return QDate(2026, 12, 31).toString(_locale_formats(loc or QLocale())[0])


# The interface languages whose date fields take the Solar Hijri calendar unless the volunteer turns it off:
# Dari and Pashto clients give their dates in it (an Afghan tazkira, a birth date as the family knows it).
HIJRI_LANGUAGES = frozenset({"fa_AF", "ps"})
_GREGORIAN_COLOR = QColor("#00695c")


def _sun_icon(on: bool) -> QIcon:
    """The Solar Hijri toggle: a sun, filled when the field takes Solar Hijri dates, an outline when not
    (drawn, so it needs no font and no image file)."""
    pix = QPixmap(32, 32)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor("#e65100") if on else QColor("#757575")
    pen = QPen(color, 3)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(color if on else Qt.GlobalColor.transparent)
    p.drawEllipse(QPointF(16, 16), 7, 7)
    for i in range(8):
        a = math.pi * i / 4
        p.drawLine(
            QPointF(16 + 10.5 * math.cos(a), 16 + 10.5 * math.sin(a)),
            QPointF(16 + 14 * math.cos(a), 16 + 14 * math.sin(a)),
        )
    p.end()
    return QIcon(pix)


class DateEdit(QLineEdit):
    """An optional date, typed as YYYY-MM-DD (or the locale's DD/MM/YYYY or MM/DD/YYYY), or picked from
    a calendar that opens near a sensible year. Empty means "not given".

    **Solar Hijri**: in Dari and Pashto (``HIJRI_LANGUAGES``) the field takes the date as the client gives
    it in the Solar Hijri calendar, ``1370/05/12`` (Latin, Persian or Arabic-Indic digits; the calendar
    popup is the Jalali one) and shows the Gregorian date it stands for beside the typed text at all times
    (``1370/05/12 ← 1991-08-03``); what is stored is that Gregorian date, converted by
    ``domain/calendars.py``, never by hand. The sun button (or Ctrl+J, or the context menu) turns the Solar
    Hijri calendar on or off for the field, in any language; turning it converts the date already typed.

    While the text is not a real date the field is red and ``message`` (a label the form puts under the
    field, see ``add_date_row``) says what is wrong; the workspace does not report such a field as saved.
    """

    # True when the field now takes Solar Hijri dates.
    calendarChanged = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        calendar_year_offset: int = 0,
        hijri: bool | None = None,
        wide: bool = False,
        may_be_unknown: bool = False,
    ) -> None:
        """``hijri``: the calendar to start in (None: Solar Hijri in ``HIJRI_LANGUAGES``); ``wide``: no
        maximum width (a dialog's field); ``may_be_unknown``: the placeholder says it may be left empty."""
        super().__init__(parent)
        latin_field(self)  # ISO dates read left to right in a mirrored window too
        self._year_offset = calendar_year_offset
        self._wide = wide
        self._may_be_unknown = may_be_unknown
        self.hijri = current_language() in HIJRI_LANGUAGES if hijri is None else hijri
        self.message = QLabel()
        self.message.setObjectName("dateMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.setVisible(False)
        pick = self.addAction(
            self.style().standardIcon(self.style().StandardPixmap.SP_FileDialogDetailedView),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        pick.setToolTip(self.tr("Pick the date from a calendar"))
        pick.triggered.connect(self.open_calendar)
        self.calendar_action = pick
        toggle = self.addAction(_sun_icon(self.hijri), QLineEdit.ActionPosition.TrailingPosition)
        toggle.setObjectName("solarHijriToggle")
        toggle.setCheckable(True)
        toggle.setChecked(self.hijri)
        toggle.toggled.connect(self.set_hijri)
        self.hijri_action = toggle
        self._popup: QCalendarWidget | None = None
        self.textChanged.connect(self._check)
        self._apply_mode()

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.message.setObjectName(f"{name}Message")

    # ------------------------------------------------------------------ the calendar the text is in
    def set_hijri(self, on: bool) -> None:
        """Take Solar Hijri dates (``on``) or Gregorian ones; a valid date already typed is rewritten in the
        other calendar (the stored value does not change), an invalid text is left as typed."""
        on = bool(on)
        if on == self.hijri:
            return
        typed = self.value() if self.is_valid() else None
        self.hijri = on
        self.hijri_action.blockSignals(True)
        self.hijri_action.setChecked(on)
        self.hijri_action.blockSignals(False)
        self._apply_mode()
        if typed is not None:
            self.set_value(typed)
        else:
            self._check()
        self.calendarChanged.emit(on)

    def _apply_mode(self) -> None:
        self.hijri_action.setIcon(_sun_icon(self.hijri))
        if self.hijri:
            self.setPlaceholderText(
                self.tr("YYYY/MM/DD (Solar Hijri), or leave empty if unknown")
                if self._may_be_unknown
                else self.tr("YYYY/MM/DD (Solar Hijri)")
            )
            self.hijri_action.setToolTip(
                self.tr(
                    "Solar Hijri calendar: on. Type the date as the client gives it (1370/05/12); the "
                    "Gregorian date is shown beside it and stored. Click (or Ctrl+J) for Gregorian dates."
                )
            )
            self.hijri_action.setText(self.tr("Gregorian calendar for this date"))
            self.setMaxLength(16)
            self.setMaximumWidth(16777215 if self._wide else 320)
            self.setMinimumWidth(
                self._suffix_width() + self.fontMetrics().horizontalAdvance("0000/00/00") + 70
            )
            self.setTextMargins(0, 0, self._suffix_width(), 0)
        else:
            self.setPlaceholderText(
                self.tr("YYYY-MM-DD, or leave empty if unknown")
                if self._may_be_unknown
                else self.tr("YYYY-MM-DD")
            )
            self.hijri_action.setToolTip(
                self.tr(
                    "Solar Hijri calendar: off. Click (or Ctrl+J) to type the date as the client gives it "
                    "in the Solar Hijri calendar."
                )
            )
            self.hijri_action.setText(self.tr("Solar Hijri calendar for this date"))
            self.setMaxLength(10)
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215 if self._wide else 170)
            self.setTextMargins(0, 0, 0, 0)
        self._check()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+J turns the Solar Hijri calendar on or off for this field (keyboard users have no sun button)."""
        if event.key() == Qt.Key.Key_J and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.set_hijri(not self.hijri)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        switch = menu.addAction(self.hijri_action.text())
        switch.triggered.connect(lambda: self.set_hijri(not self.hijri))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    # ------------------------------------------------------------------ what is typed
    def _parsed(self) -> tuple[dt.date | None, str]:
        """The typed date and "" , or None and what is wrong in plain words (None, "" when empty)."""
        text = self.text().strip()
        if not text:
            return None, ""
        if not self.hijri:
            parsed = parse_date(text)
            if parsed is not None:
                return parsed, ""
            return None, self.tr(
                "“{text}” is not a date. Type it as YYYY-MM-DD (2026-12-31) or {local}, "
                "or pick it from the calendar."
            ).format(text=text, local=locale_example())
        try:
            return calendars.parse_jalali(text), ""
        except calendars.CalendarDateError as err:
            return None, self._hijri_problem(text, err)

    def _hijri_problem(self, text: str, err: calendars.CalendarDateError) -> str:
        typed = isolate(text)
        if err.reason == "gregorian_year":
            return self.tr(
                "“{text}”: {year} is a Gregorian year. Type the date as the client gives it in the Solar "
                "Hijri calendar, or turn the Solar Hijri calendar off for this field (the sun button)."
            ).format(text=typed, year=err.year)
        if err.reason == "year":
            return self.tr(
                "“{text}”: the year must have four digits, 1200 to 1599 (for example 1370)."
            ).format(text=typed)
        if err.reason == "month":
            return self.tr("“{text}”: there is no month {month}; the months are 1 to 12.").format(
                text=typed, month=err.month
            )
        if err.reason == "leap":
            return self.tr(
                "“{text}”: {year} is not a leap year, so its last month (Hut, Esfand) has 29 days."
            ).format(text=typed, year=err.year)
        if err.reason == "day":
            return self.tr("“{text}”: month {month} of {year} has {days} days.").format(
                text=typed, month=err.month, year=err.year, days=err.days
            )
        return self.tr(
            "“{text}” is not a Solar Hijri date. Type it as year/month/day (1370/05/12), "
            "or pick it from the calendar."
        ).format(text=typed)

    def is_valid(self) -> bool:
        return not self._parsed()[1]

    def problem(self) -> str:
        """Plain words for what is wrong with the typed text ("" when it is a date or empty)."""
        return self._parsed()[1]

    def gregorian_text(self) -> str:
        """What the field shows beside a Solar Hijri date: "← 1991-08-03" ("" in Gregorian mode, when empty
        or while the text is not a date). The arrow is drawn as lines (``paintEvent``)."""
        if not self.hijri:
            return ""
        parsed, _why = self._parsed()
        return f"\u2190 {parsed.isoformat()}" if parsed is not None else ""

    def _check(self) -> None:
        why = self.problem()
        flag_field(self, why)
        self.setStyleSheet(INVALID_STYLE if why else "")
        shown = self.gregorian_text()
        stored = self.tr("Stored as {date} (Gregorian)").format(date=shown[2:]) if shown else ""
        self.setToolTip(why or stored)
        self.setAccessibleDescription(why or stored)
        self.message.setText(why)
        # a label without a parent would open as a window of its own: shown only once a form holds it
        self.message.setVisible(bool(why) and self.message.parentWidget() is not None)
        self.update()

    def value(self, fallback: dt.date | None = None) -> dt.date | None:
        """The typed date (Gregorian, whatever calendar it was typed in); ``fallback`` (the stored value)
        while the text is not a valid date."""
        if not self.text().strip():
            return None
        parsed, _why = self._parsed()
        return fallback if parsed is None else parsed

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setText("")
        else:
            self.setText(calendars.format_jalali(value) if self.hijri else value.isoformat())

    # ------------------------------------------------------------------ the Gregorian date beside
    def _suffix_width(self) -> int:
        fm = self.fontMetrics()
        return fm.horizontalAdvance("0000-00-00") + fm.height() + 14

    def gregorian_rect(self) -> QRect:
        """Where the Gregorian date is drawn: the end of the text area, before the buttons."""
        opt = QStyleOptionFrame()
        self.initStyleOption(opt)
        area = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, self)
        right = area.right()
        for button in self.findChildren(QToolButton):  # the calendar and sun buttons, at the trailing end
            if button.isVisibleTo(self) and button.geometry().left() > area.center().x():
                right = min(right, button.geometry().left() - 2)
        width = self._suffix_width()
        return QRect(right - width, area.top(), width, area.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        shown = self.gregorian_text()
        if not shown:
            return
        rect = self.gregorian_rect()
        iso = shown[2:]
        p = QPainter(self)
        p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a painter follows the application's direction
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(_GREGORIAN_COLOR, 1.4))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        p.drawText(rect, int(align), iso)
        # the arrow is drawn, not a character: no bundled font has U+2190, and a box must never show
        end = rect.right() - self.fontMetrics().horizontalAdvance(iso) - 5
        size = max(4, self.fontMetrics().height() // 4)
        y = rect.center().y() + 0.5
        p.drawLine(QPointF(end - 2.5 * size, y), QPointF(end, y))
        p.drawLine(QPointF(end - 2.5 * size, y), QPointF(end - 1.5 * size, y - size))
        p.drawLine(QPointF(end - 2.5 * size, y), QPointF(end - 1.5 * size, y + size))
        p.end()

    # ------------------------------------------------------------------ the calendar popup
    def open_calendar(self) -> QCalendarWidget:
        """A calendar popup at the typed date, else today shifted by ``calendar_year_offset`` years; the
        Jalali calendar while the field takes Solar Hijri dates."""
        cal = QCalendarWidget(self)
        cal.setObjectName("datePopup")
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setGridVisible(True)
        if self.hijri:
            cal.setCalendar(QCalendar(QCalendar.System.Jalali))
            if current_language() in HIJRI_LANGUAGES:  # Afghan month names: Hamal … Hut, Wray … Kab
                cal.setLocale(QLocale(current_language()))
        current = self.value() if self.is_valid() else None
        if current is not None:
            cal.setSelectedDate(QDate(current.year, current.month, current.day))
        else:
            today = QDate.currentDate()
            start = today.addYears(self._year_offset)
            cal.setSelectedDate(start)
            if self.hijri:
                jal = cal.calendar()
                cal.setCurrentPage(start.year(jal), start.month(jal))
            else:
                cal.setCurrentPage(start.year(), start.month())

        def picked(q: QDate) -> None:
            self.set_value(dt.date(q.year(), q.month(), q.day()))
            cal.close()
            self.setFocus(Qt.FocusReason.PopupFocusReason)

        cal.clicked.connect(picked)
        cal.activated.connect(picked)
        cal.adjustSize()
        cal.move(self.mapToGlobal(self.rect().bottomLeft()))
        cal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cal.show()
        self._popup = cal
        return cal


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828;")
    label.setVisible(False)
    return label


class _Checked:
    """What a checked input shows: red with the problem in words beside it, or nothing when it is valid.
    The widget gives ``problem()`` and ``message`` (its label, from :func:`_message_label`)."""

    message: QLabel

    def problem(self) -> str:
        raise NotImplementedError

    def is_valid(self) -> bool:
        return not self.problem()

    def recheck(self, *_: object) -> None:
        widget = cast(QWidget, self)
        why = self.problem()
        flag_field(widget, why)
        widget.setStyleSheet(INVALID_STYLE if why else "")
        widget.setToolTip(why)
        self.message.setText(why)
        self.message.setVisible(bool(why) and self.message.parentWidget() is not None)


class CheckedLineEdit(_Checked, QLineEdit):
    """A line edit whose text must pass ``check`` (returns "" when fine, else what is wrong in plain words).

    Like DateEdit it turns red, shows ``message`` under itself (``add_checked_row``), is listed by
    ``StepPage.invalid_fields`` while wrong (not reported as saved; kept encrypted at lock), and ``value``
    gives the stored value back while the text is wrong. ``normal`` turns a good text into the stored form.
    """

    def __init__(
        self,
        check: Callable[[str], str],
        normal: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._checker = check
        self._normal = normal or (lambda t: t)
        self.message = _message_label()
        self.textChanged.connect(self.recheck)

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.message.setObjectName(f"{name}Message")

    def set_check(self, check: Callable[[str], str], normal: Callable[[str], str] | None = None) -> None:
        self._checker, self._normal = check, normal or (lambda t: t)
        self.recheck()

    def problem(self) -> str:
        text = self.text().strip()
        return (text_problem(self) or self._checker(text)) if text else ""

    def value(self, fallback: str = "") -> str:
        text = self.text().strip()
        if not text:
            return ""
        return fallback if self.problem() else self._normal(text)

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


def add_checked_row(form: QFormLayout, label: str, edit: QWidget) -> None:
    """A field and, under it, the plain message shown while its text is not a valid value."""
    form.addRow(label, edit)
    message = getattr(edit, "message", None)
    if isinstance(message, QLabel):
        form.addRow("", message)


class PickCombo(_Checked, QComboBox):
    """An editable combo over (code, words) that finds entries by any part of the words (“afg” finds
    Afghanistan) and stores the code. Text that is no entry is an error (``problem``) unless ``free``."""

    def __init__(
        self, items: Iterable[tuple[str, str]], *, free: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.free = free
        self.what = "entry"
        self.message = _message_label()
        self._codes: dict[str, str] = {}  # casefolded words or code -> code
        self._words: dict[str, str] = {}  # code -> words
        self.set_items(items)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.editTextChanged.connect(self.recheck)

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.message.setObjectName(f"{name}Message")

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        try:
            self.clear()
            self._codes, self._words = {}, {}
            self.addItem("", "")
            for code, words in items:
                self.addItem(words, code)
                self._codes[words.casefold()] = code
                self._codes[code.casefold()] = code
                self._words[code] = words
            self.setCurrentIndex(0)
            self.setEditText(text)
        finally:
            self.blockSignals(False)
        self.recheck()

    def code_of(self, text: str) -> str:
        word = text.strip().casefold()
        if not word:
            return ""
        if word in self._codes:
            return self._codes[word]
        head = word.split(" — ")[0].split(" - ")[0].strip()
        return self._codes.get(head, "")

    def problem(self) -> str:
        text = self.currentText().strip()
        if not text or self.code_of(text):
            return ""
        hidden = text_problem(self)
        if hidden or self.free:
            return hidden
        return self.tr("{text} is not a {what} in the list: type part of its name and pick it.").format(
            text=text_rule.excerpt(text), what=self.what
        )

    def value(self, fallback: str = "") -> str:
        text = self.currentText().strip()
        if not text:
            return ""
        code = self.code_of(text)
        if code:
            return code
        return text if self.free else fallback

    def set_value(self, value: str | None) -> None:
        value = (value or "").strip()
        code = self.code_of(value)
        self.setEditText(self._words.get(code, value) if code else value)

    def text(self) -> str:
        return self.currentText()

    def setText(self, text: str) -> None:
        self.setEditText(text)


class NullableSpin(QSpinBox):
    """A spin box where "—" (one below ``minimum``) means not given; 0 is a real value."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText("—")
        self.setMaximumWidth(110)
        self.setValue(minimum - 1)

    def value_or_none(self) -> int | None:
        v = self.value()
        return None if v == self.minimum() else v

    def set_or_clear(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else int(value))


class ChoiceChecks(QWidget):
    """Check boxes for "select all that apply"; the value is the ticked codes, comma-separated."""

    changed = Signal()

    def __init__(
        self, items: Iterable[tuple[str, str]], columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (code, words) in enumerate(items):
            box = QCheckBox(words)
            box.setObjectName(f"choice_{code}")
            box.toggled.connect(lambda *_: self.changed.emit())
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[code] = box
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    def value(self) -> str:
        return ",".join(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: str | None) -> None:
        ticked = {v.strip() for v in (value or "").split(",") if v.strip()}
        for code, box in self.boxes.items():
            box.setChecked(code in ticked)


def field_label(widget: QWidget) -> str:
    """The label a form shows for ``widget`` (its accessible name, else its object name)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel) and label.text().strip():
            return label.text().replace("&", "").strip()
    return widget.accessibleName() or widget.objectName()


def add_date_row(form: QFormLayout, label: str, edit: DateEdit) -> None:
    """A date field and, under it, the plain message shown while its text is not a date."""
    form.addRow(label, edit)
    form.addRow("", edit.message)


class EnumCombo(QComboBox):
    """A combo over (label, value) pairs; ``none_label`` adds a first "not chosen" entry meaning None.

    Values are kept in Python (Qt would turn a StrEnum into a plain str).
    """

    def __init__(
        self, items: Iterable[tuple[str, Any]], none_label: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        if none_label is not None:
            self.add(none_label, None)
        for label, value in items:
            self.add(label, value)

    def add(self, label: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(label)

    def clear(self) -> None:
        self._values = []
        super().clear()

    def value(self) -> Any:
        i = self.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def set_value(self, value: Any) -> None:
        for i, data in enumerate(self._values):
            if data == value:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(0)


def enum_items(enum_cls: type[Enum], labels: dict[Any, str] | None = None) -> list[tuple[str, Any]]:
    labels = labels or {}
    return [(labels.get(m, str(m.value).replace("_", " ").capitalize()), m) for m in enum_cls]


def optional_spin(maximum: int, none_text: str, parent: QWidget | None = None) -> QSpinBox:
    """A spin box where 0 shows ``none_text`` and means "not given"."""
    spin = QSpinBox(parent)
    spin.setRange(0, maximum)
    spin.setSpecialValueText(none_text)
    spin.setMaximumWidth(160)
    return spin


def set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    elif isinstance(widget, QLineEdit):
        widget.setText(text)


# ------------------------------------------------------------------ the one text rule (domain/text.py) in the GUI
# Every text field of the workspace is checked while it is typed in: a refused character (a text-direction
# control, an invisible or control character, look-alike letters of another alphabet in a name) turns the
# field red with the reason under it, the text stays as typed, the field is listed by
# ``StepPage.invalid_fields`` (so it is never reported saved and is kept encrypted at lock) and the save
# (``Session.save_case``) refuses it. The kind of text comes from the case field the widget edits (its
# object name ends with the field's name, e.g. ``beneficiary_given_name``, ``statedName``).
_FIELD_ALIASES = {"translator": "translator_name"}
_PAROLE_COLUMNS = {"0": "i94_number", "1": "class_of_admission"}
_TEXT_FIELDS = text_rule.NAME_FIELDS | text_rule.IDENTIFIER_FIELDS | text_rule.LONG_FIELDS


def text_kind(widget: QWidget) -> text_rule.Kind:
    """The kind of text ``widget`` holds: a name, an identity number, one line or long text."""
    if isinstance(widget, NameEdit):
        return text_rule.Kind.NAME
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", widget.objectName()).lower()
    column = re.search(r"_parole\d+_(\d+)$", name)
    if column:
        name = _PAROLE_COLUMNS.get(column.group(1), "")
    parts = name.split("_")
    for i in range(len(parts)):
        field = _FIELD_ALIASES.get("_".join(parts[i:]), "_".join(parts[i:]))
        if field in _TEXT_FIELDS:
            return text_rule.kind_of(field)
    return text_rule.Kind.LONG if isinstance(widget, QPlainTextEdit) else text_rule.Kind.LINE


def _typed(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.text() if isinstance(widget, QLineEdit) else ""


def text_problem(widget: QWidget) -> str:
    """What the text rule refuses in the widget's text, in plain words ("" when it passes)."""
    text = _typed(widget).strip()
    if not text:
        return ""
    why = text_rule.problem(text, text_kind(widget))
    return widget.tr("The text is refused: {why}.").format(why=why) if why else ""


def _plain_text_widget(widget: QWidget) -> bool:
    """A QLineEdit or QPlainTextEdit the user types in that has no check of its own (not a date, not a
    checked field, not the line edit inside a combo or spin box)."""
    if isinstance(widget, CHECKED_TYPES) or not isinstance(widget, (QLineEdit, QPlainTextEdit)):
        return False
    return not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))


def field_problem(widget: QWidget) -> str:
    """What is wrong with what a field holds ("" when nothing): its own check, else the text rule."""
    problem = getattr(widget, "problem", None)
    if callable(problem):
        return str(problem())
    return text_problem(widget)


def _show_text_problem(widget: QWidget) -> None:
    why = text_problem(widget)
    flag_field(widget, why)
    marked = bool(widget.property("textRefused"))
    if why or marked:
        widget.setStyleSheet(INVALID_STYLE if why else "")
        widget.setToolTip(why)
        widget.setProperty("textRefused", bool(why))
    label: QLabel | None = getattr(widget, "text_rule_message", None)
    if label is None and why:  # the words go under the field when it sits in a form
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            row = int(cast(tuple[int, Any], layout.getWidgetPosition(widget))[0])
            if row >= 0:
                label = _message_label()
                label.setObjectName(f"{widget.objectName() or 'text'}Message")
                layout.insertRow(row + 1, "", label)
                widget.text_rule_message = label  # type: ignore[attr-defined]
    if label is not None:
        label.setText(why)
        label.setVisible(bool(why))


def guard_text(widget: QWidget) -> None:
    """Check a plain text field by the text rule while it is typed in (once per widget)."""
    if not _plain_text_widget(widget) or widget.property("textGuarded"):
        return
    widget.setProperty("textGuarded", True)
    cast(QLineEdit | QPlainTextEdit, widget).textChanged.connect(lambda *_: _show_text_problem(widget))
    _show_text_problem(widget)


def guard_texts(root: QWidget) -> None:
    """Check every plain text field under ``root`` by the text rule (see :func:`guard_text`)."""
    for widget in [*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)]:
        guard_text(widget)


def refused_texts(root: QWidget) -> list[QWidget]:
    """The plain text fields under ``root`` whose text the rule refuses (not counting checked fields,
    which report it themselves)."""
    return [
        w
        for w in [*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)]
        if _plain_text_widget(w) and text_problem(w)
    ]


def watch(widget: QWidget, slot: Any) -> None:
    """Connect the "user changed something" signal of any editor widget to ``slot`` (and check a plain
    text field by the text rule as it is typed in)."""
    guard_text(widget)
    if isinstance(widget, (DateEdit | QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():  # typed text counts as an edit too (country, state, exception)
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, ChoiceChecks):
        widget.changed.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)


def restyle(widget: QWidget, sheet: str) -> None:
    """``widget.setStyleSheet(sheet)`` unless it has that sheet already: Qt re-polishes the widget at every
    call, the same sheet or not (about half a millisecond per autosave for the save state and the checks'
    summary, which keep their colour from one save to the next)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def flash(widget: QWidget, ms: int = 2500) -> None:
    """Highlight a widget briefly (a finding jumped here)."""
    old = widget.styleSheet()
    if HIGHLIGHT_STYLE in old:
        return
    widget.setStyleSheet(HIGHLIGHT_STYLE)
    widget.setProperty("highlighted", True)

    def restore() -> None:
        try:
            widget.setStyleSheet(old)
            widget.setProperty("highlighted", False)
        except RuntimeError:  # the widget was deleted meanwhile
            pass

    QTimer.singleShot(ms, restore)


def show_error(parent: QWidget, text: str, title: str = "") -> QMessageBox:
    """A plain, non-blocking message box (window-modal); returned so callers and tests can find it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("fields", "Parole Desktop"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("workspaceError")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


CHECKED_TYPES = (DateEdit, CheckedLineEdit, PickCombo)


# The fields whose own check found them wrong at their last change (``flag_field``), while they exist.
_FLAGGED: weakref.WeakSet[QWidget] = weakref.WeakSet()


def flag_field(widget: QWidget, why: str) -> None:
    """Called by every check that runs when a field's text, or what its check accepts, changes: the
    text-rule check of a plain text field (``guard_text``) and the checked fields' own checks
    (``DateEdit``, ``CheckedLineEdit``, ``PickCombo``). ``why`` is what it found ("" when the field is
    fine now)."""
    if why:
        _FLAGGED.add(widget)
    else:
        _FLAGGED.discard(widget)


def flagged_fields() -> list[QWidget]:
    """The fields flagged wrong that still exist (a deleted widget's wrapper may outlive it)."""
    return [w for w in list(_FLAGGED) if shiboken6.isValid(w)]


def checked_children(root: QWidget, name: str | None = None) -> list[Any]:
    """The widgets under ``root`` whose typed text may be invalid (optionally those with ``name``)."""
    out: list[Any] = []
    for cls in CHECKED_TYPES:
        out += root.findChildren(cls, name) if name is not None else root.findChildren(cls)
    return out


class Loading:
    """Context manager for a page's ``_loading`` flag, so programmatic fills do not count as edits."""

    def __init__(self, page: StepPage) -> None:
        self.page = page

    def __enter__(self) -> None:
        self.page._loading += 1

    def __exit__(self, *exc: object) -> None:
        self.page._loading -= 1
        self.page._walk = True  # filled by the program: its fields are looked at again


class StepPage(QWidget):
    """Base of one workspace step: ``load(case)`` fills widgets, ``apply(case)`` writes them back.

    ``edited`` fires on user edits only (not while loading); the workspace debounces and saves.
    """

    edited = Signal()
    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = 0
        # the next ``invalid_fields`` walks every widget of the step (set after the program fills it)
        self._walk = True

    def loading(self) -> Loading:
        return Loading(self)

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # dates are read in the language's formats
            self._walk = True
        super().changeEvent(event)

    def watch_all(self, widgets: Iterable[QObject]) -> None:
        for w in widgets:
            if isinstance(w, QWidget):
                watch(w, self._edited)

    def fields(self) -> dict[str, QWidget]:
        """Field id (as findings name it) -> the widget that edits it."""
        return {}

    def invalid_fields(self) -> list[tuple[str, QWidget]]:
        """(label, widget) of each field on this step whose text is not a valid value (dates, ZIP codes,
        states, countries, times) or holds what the text rule refuses (any text field).

        Every autosave asks this of every step, and walking a step's widgets was most of what an autosave
        cost (the People step alone has over a thousand): each field's own check keeps whether it is wrong
        now (``flag_field``), so a step none of whose fields is flagged answers "none" without the walk.
        It walks them all when a field is flagged (the answer in step order) and after the program filled
        the step or the language changed."""
        if not self._walk and not any(self.isAncestorOf(w) for w in flagged_fields()):
            return []
        self._walk = False
        wrong = [w for w in checked_children(self) if not w.is_valid()]
        found = [(field_label(w), w) for w in wrong + refused_texts(self)]
        for (
            _label,
            w,
        ) in found:  # (one no check saw, filled with its signals blocked): until a check clears it
            _FLAGGED.add(w)
        return found

    def load(self, case: Any) -> None:  # pragma: no cover - overridden
        pass

    def apply(self, case: Any) -> None:
        pass

    def clear(self) -> None:  # pragma: no cover - overridden
        pass

    def activated(self) -> None:
        """The step became visible."""
