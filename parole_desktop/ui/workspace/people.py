"""Step 1, People: beneficiary, requestor, supporters, representative, family, preparer, interpreter, signer."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.services.rulebook import is_self
from parole_desktop.ui.workspace.fields import StepPage
from parole_desktop.ui.workspace.person_form import CaseNamer, PersonForm


def _scroll(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


class PersonList(QWidget):
    """A list of PersonForms of one role with Add / Remove (supporters, family members)."""

    edited = Signal()
    startRequest = Signal(int)  # family members: index of the one whose own request should be started
    personRemoved = Signal(object, int)  # the Person removed (with what was typed) and its place in the list

    def __init__(
        self, role: Role, item_title: str, add_label: str, minimum: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.role, self.item_title, self.minimum = role, item_title, minimum
        self.forms: list[PersonForm] = []
        self._rows: list[QWidget] = []
        self.case_namer: CaseNamer | None = None
        lay = QVBoxLayout(self)
        self._box = QVBoxLayout()
        lay.addLayout(self._box)
        self.add_button = QPushButton(add_label)
        self.add_button.setObjectName(f"add_{role.value}")
        self.add_button.clicked.connect(self._add_clicked)
        lay.addWidget(self.add_button)
        lay.addStretch(1)

    def _add_clicked(self) -> None:
        self.add(None).widgets["given_name"].setFocus()
        self.edited.emit()

    def add(self, person: Person | None) -> PersonForm:
        row = QWidget()
        row_lay = QVBoxLayout(row)
        row_lay.setContentsMargins(0, 0, 0, 0)
        form = PersonForm(
            self.role, self.item_title.format(n=len(self.forms) + 1), case_namer=self.case_namer
        )
        form.load(person)
        for attr in form.link_labels:
            form.update_link_label(attr)
        form.edited.connect(self.edited.emit)
        row_lay.addWidget(form)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName(f"remove_{self.role.value}")
        remove.setToolTip(self.tr("Remove this person from the case (Undo puts them back)"))
        remove.clicked.connect(lambda: self.remove(form))
        form.remove_button = remove  # type: ignore[attr-defined]
        bar = QHBoxLayout()
        if self.role == Role.SUPPORTER:
            same = QPushButton(self.tr("Same as the requestor"))
            same.setObjectName("supporterSameAsRequestor")
            same.setToolTip(
                self.tr("The requestor is also this supporter: fill the empty fields from the requestor")
            )
            same.clicked.connect(lambda: self._same_as_requestor(form))
            bar.addWidget(same)
        if self.role == Role.FAMILY_MEMBER:
            start = QPushButton(self.tr("Start their own request…"))
            start.setObjectName("startFamilyRequest")
            start.setToolTip(
                self.tr(
                    "A new case with this person as the beneficiary, the shared details copied, "
                    "both requests in one family group and linked"
                )
            )
            start.clicked.connect(lambda: self.startRequest.emit(self.forms.index(form)))
            bar.addWidget(start)
        bar.addStretch(1)
        bar.addWidget(remove)
        row_lay.addLayout(bar)
        self._box.addWidget(row)
        self.forms.append(form)
        self._rows.append(row)
        self._order_tabs()
        return form

    requestor_source: Callable[[], Person | None] | None = None  # the People page's requestor, for copying

    def _same_as_requestor(self, form: PersonForm) -> None:
        source = self.requestor_source() if self.requestor_source is not None else None
        if source is None:
            form.setToolTip(self.tr("Record the requestor first (Requestor tab)."))
            return
        form.fill_empty_from(source)

    def _order_tabs(self) -> None:
        """Tab goes from one person's last field to the next person's first field, then to Add; the Remove
        buttons come after Add, so that no Tab from a field lands on a button that removes someone."""
        prev: QWidget = self.add_button
        for form in self.forms:
            button = getattr(form, "remove_button", None)
            if button is not None:
                QWidget.setTabOrder(prev, button)
                prev = button

    def remove(self, form: PersonForm) -> None:
        i = self.forms.index(form)
        removed = form.person()
        self.forms.pop(i)
        row = self._rows.pop(i)
        row.setParent(None)
        row.deleteLater()
        self._retitle()
        if len(self.forms) < self.minimum:
            self.add(None)
        self.add_button.setFocus()
        if removed is not None:
            self.personRemoved.emit(removed, i)
        self.edited.emit()

    def insert(self, person: Person, index: int) -> PersonForm:
        """Put a removed person back at their place (Undo)."""
        if len(self.forms) == 1 and self.forms[0].person() is None and self.minimum == 1:
            self.remove_blank_placeholder()
        form = self.add(person)
        index = max(0, min(index, len(self.forms) - 1))
        self.forms.insert(index, self.forms.pop())
        row = self._rows.pop()
        self._rows.insert(index, row)
        self._box.insertWidget(index, row)
        self._retitle()
        self._order_tabs()
        form.widgets["given_name"].setFocus()
        self.edited.emit()
        return form

    def remove_blank_placeholder(self) -> None:
        """The empty form kept so the list is never empty goes when a real person comes back."""
        self.forms.pop()
        row = self._rows.pop()
        row.setParent(None)
        row.deleteLater()

    def _retitle(self) -> None:
        for n, f in enumerate(self.forms, start=1):
            f.setTitle(self.item_title.format(n=n))

    def load(self, people: list[Person]) -> None:
        while self.forms:
            self.forms.pop()
            row = self._rows.pop()
            row.setParent(None)
            row.deleteLater()
        for p in people:
            self.add(p)
        while len(self.forms) < self.minimum:
            self.add(None)

    def people(self) -> list[Person]:
        return [p for p in (f.person() for f in self.forms) if p is not None]

    def field_ids(self) -> dict[str, QWidget]:
        if not self.forms:
            return {f"person.{self.role.value}.given_name": self.add_button}
        return self.forms[0].field_ids()


class PeoplePage(StepPage):
    """Everyone named in the request, one tab per group."""

    title = "People"
    personRemoved = Signal(object, int)  # a supporter or family member taken out (Person, place in its list)
    paroleRemoved = Signal(object, object, int)  # a row of a person's paroles table (table, record, place)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("peopleTabs")
        lay.addWidget(self.tabs)

        self.beneficiary = PersonForm(Role.BENEFICIARY, self.tr("Beneficiary (the person to be paroled)"))
        self.tabs.addTab(_scroll(self.beneficiary), self.tr("Beneficiary"))

        req = QWidget()
        req_lay = QVBoxLayout(req)
        self.self_filing = QCheckBox(self.tr("The beneficiary files for themself"))
        self.self_filing.setObjectName("selfFiling")
        self.self_filing.toggled.connect(self._self_filing_toggled)
        req_lay.addWidget(self.self_filing)
        hint = QLabel(
            self.tr(
                "Otherwise: the person who files (the requestor). They need not live in the US or be related."
            )
        )
        hint.setWordWrap(True)
        req_lay.addWidget(hint)
        self.requestor = PersonForm(Role.REQUESTOR, self.tr("Requestor"))
        req_lay.addWidget(self.requestor)
        req_lay.addStretch(1)
        self.tabs.addTab(_scroll(req), self.tr("Requestor"))

        self.supporters = PersonList(
            Role.SUPPORTER, self.tr("Financial supporter {n}"), self.tr("Add another supporter"), minimum=1
        )
        self.tabs.addTab(_scroll(self.supporters), self.tr("Supporters"))

        rep = QWidget()
        rep_lay = QVBoxLayout(rep)
        self.represented = QCheckBox(
            self.tr("An attorney or accredited representative represents the requestor")
        )
        self.represented.setObjectName("represented")
        rep_lay.addWidget(self.represented)
        self.representative = PersonForm(Role.REPRESENTATIVE, self.tr("Representative"))
        rep_lay.addWidget(self.representative)
        rep_lay.addStretch(1)
        self.tabs.addTab(_scroll(rep), self.tr("Representative"))

        self.family = PersonList(
            Role.FAMILY_MEMBER, self.tr("Family member {n}"), self.tr("Add family member"), minimum=0
        )
        fam = QWidget()
        fam_lay = QVBoxLayout(fam)
        note = QLabel(
            self.tr(
                "Parole gives no derivative benefits: each family member who travels needs their "
                "own request. Link it here by its case number."
            )
        )
        note.setWordWrap(True)
        fam_lay.addWidget(note)
        fam_lay.addWidget(self.family)
        self.tabs.addTab(_scroll(fam), self.tr("Family"))

        sig = QWidget()
        sig_lay = QVBoxLayout(sig)
        self.preparer = PersonForm(Role.PREPARER, self.tr("Preparer (you, the volunteer)"))
        self.interpreter = PersonForm(Role.INTERPRETER, self.tr("Interpreter (if one helped)"))
        self.signer = PersonForm(
            Role.SIGNER, self.tr("Signer for a beneficiary under 14 (parent or guardian)")
        )
        prep_hint = QLabel(
            self.tr("Form I-131 Part 12: the preparer's organization and daytime phone (*) are required.")
        )
        prep_hint.setWordWrap(True)
        prep_hint.setStyleSheet("color: #555;")
        sig_lay.addWidget(prep_hint)
        sig_lay.addWidget(self.preparer)
        int_hint = QLabel(
            self.tr("Form I-131 Part 11: who read the form to the client, and in which language.")
        )
        int_hint.setWordWrap(True)
        int_hint.setStyleSheet("color: #555;")
        sig_lay.addWidget(int_hint)
        for w in (self.interpreter, self.signer):
            sig_lay.addWidget(w)
        sig_lay.addStretch(1)
        self.tabs.addTab(_scroll(sig), self.tr("Preparer and signers"))

        for f in (
            self.beneficiary,
            self.requestor,
            self.representative,
            self.preparer,
            self.interpreter,
            self.signer,
            self.supporters,
            self.family,
        ):
            f.edited.connect(self._edited)
        self.supporters.personRemoved.connect(self.personRemoved.emit)
        for single in self._single_forms():
            single.paroleRemoved.connect(self.paroleRemoved.emit)
        self.supporters.requestor_source = self._requestor_for_copy
        self.represented.toggled.connect(self._represented_toggled)
        self._represented_toggled(False)
        self.family.personRemoved.connect(self.personRemoved.emit)
        self.watch_all([self.self_filing, self.represented])

    TAB_TITLES = (
        "Beneficiary",
        "Requestor",
        "Supporters",
        "Representative",
        "Family",
        "Preparer and signers",
    )
    _ROLE_TAB: ClassVar[dict[str, int]] = {
        "beneficiary": 0,
        "requestor": 1,
        "supporter": 2,
        "representative": 3,
        "family_member": 4,
        "preparer": 5,
        "interpreter": 5,
        "signer": 5,
    }

    def tab_for_field(self, field: str, widget: QWidget | None = None) -> int:
        """Which tab shows a finding's field (the widget's tab when it is registered, else by role)."""
        if widget is not None:
            for i in range(self.tabs.count()):
                tab = self.tabs.widget(i)
                if tab is not None and tab.isAncestorOf(widget):
                    return i
        if field == "case.represented":
            return 3
        parts = field.split(".")
        return self._ROLE_TAB.get(parts[1], 0) if len(parts) > 1 and parts[0] == "person" else 0

    def show_marks(self, fails_per_tab: list[int]) -> None:
        """Tab titles carry the same marks as the step list: ✓ or the number of must-fix findings."""
        for i, title in enumerate(self.TAB_TITLES):
            n = fails_per_tab[i] if i < len(fails_per_tab) else 0
            self.tabs.setTabText(i, f"{self.tr(title)}  ●{n}" if n else self.tr(title))
            self.tabs.tabBar().setTabTextColor(i, QColor("#c62828") if n else QColor())
            self.tabs.setTabToolTip(i, self.tr("%n to fix", "", n) if n else "")

    def _single_forms(self) -> list[PersonForm]:
        return [
            self.beneficiary,
            self.requestor,
            self.representative,
            self.preparer,
            self.interpreter,
            self.signer,
        ]

    def set_case_namer(self, namer: CaseNamer) -> None:
        """How a family member's linked case number is shown as a name (the workspace asks the vault)."""
        self.family.case_namer = namer
        for form in self.family.forms:
            form.case_namer = namer
            for attr in form.link_labels:
                form.update_link_label(attr)

    def restore_person(self, person: Person, index: int) -> None:
        """Undo: the removed supporter or family member back at their place, on their tab."""
        target = self.supporters if person.role == Role.SUPPORTER else self.family
        self.tabs.setCurrentIndex(self._ROLE_TAB[person.role.value])
        target.insert(person, index)

    def _requestor_for_copy(self) -> Person | None:
        """Whom "Same as the requestor" copies: the requestor, or the beneficiary who files for themself."""
        return self.beneficiary.person() if self.self_filing.isChecked() else self.requestor.person()

    def _represented_toggled(self, on: bool) -> None:
        """The representative's fields are for a represented request only (kept, greyed, when unticked)."""
        self.representative.setEnabled(on)

    def _self_filing_toggled(self, on: bool) -> None:
        self.requestor.setEnabled(not on)

    # ------------------------------------------------------------------ data
    def load(self, case: Case) -> None:
        with self.loading():
            first: dict[Role, Person | None] = {
                role: next(iter(case.people_with_role(role)), None) for role in Role
            }
            self.beneficiary.load(first[Role.BENEFICIARY])
            req = first[Role.REQUESTOR]
            self.self_filing.setChecked(req is not None and is_self(req))
            self.requestor.load(req)
            self.representative.load(first[Role.REPRESENTATIVE])
            self.preparer.load(first[Role.PREPARER])
            self.interpreter.load(first[Role.INTERPRETER])
            self.signer.load(first[Role.SIGNER])
            self.represented.setChecked(case.represented)
            self._own_requestor: Person | None = req if req is not None and is_self(req) else None
            self.supporters.load(case.people_with_role(Role.SUPPORTER))
            self.family.load(case.people_with_role(Role.FAMILY_MEMBER))
            self._extra = [
                p
                for p in case.people
                if p.role
                in (
                    Role.REQUESTOR,
                    Role.REPRESENTATIVE,
                    Role.PREPARER,
                    Role.INTERPRETER,
                    Role.SIGNER,
                    Role.BENEFICIARY,
                )
                and p is not first[p.role]
            ]
            self.tabs.setCurrentIndex(0)

    def apply(self, case: Case) -> None:
        people: list[Person] = []
        ben = self.beneficiary.person()
        if ben is not None:
            people.append(ben)
        if self.self_filing.isChecked():
            own = self.requestor.person()
            if own is None:  # one Person (one uid) for the self-filing requestor while the case is open
                kept: Person | None = getattr(self, "_own_requestor", None)
                if kept is None:
                    kept = self._own_requestor = Person(role=Role.REQUESTOR, uid=uuid.uuid4().hex)
                own = copy.deepcopy(kept)
            own.relationship = "self"
            people.append(own)
        else:
            req = self.requestor.person()
            if req is not None:
                if is_self(req):
                    req.relationship = ""
                people.append(req)
        people += self.supporters.people()
        for form in (self.representative, self.preparer, self.interpreter, self.signer):
            p = form.person()
            if p is not None:
                people.append(p)
        people += self.family.people()
        people += getattr(self, "_extra", [])
        case.people = people
        case.represented = self.represented.isChecked()

    def clear(self) -> None:
        with self.loading():
            for form in self._single_forms():
                form.load(None)
            self.supporters.load([])
            self.family.load([])
            self.self_filing.setChecked(False)
            self.represented.setChecked(False)
            self._extra = []
            self._own_requestor = None

    def fields(self) -> dict[str, QWidget]:
        out: dict[str, QWidget] = {}
        for form in self._single_forms():
            out.update(form.field_ids())
        out.update(self.supporters.field_ids())
        out.update(self.family.field_ids())
        if self.self_filing.isChecked():
            for attr in ("given_name", "family_name"):
                out[f"person.requestor.{attr}"] = self.self_filing
        out["case.represented"] = self.represented
        return out
