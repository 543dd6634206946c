"""Step 4, Background: the I-131 background questions as yes / no / not answered, plus an explanation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.enums import Answer
from parole_desktop.domain.models import Background, Case
from parole_desktop.ui.workspace.fields import StepPage

QUESTIONS: tuple[tuple[str, str], ...] = (
    ("criminal_history", "Has the beneficiary ever been arrested, charged or convicted of a crime anywhere?"),
    ("immigration_violations", "Has the beneficiary ever violated US immigration law (e.g. overstayed)?"),
    ("prior_visa_denials", "Was the beneficiary ever refused a US visa?"),
    ("prior_removals", "Was the beneficiary ever removed or deported from the US?"),
    ("removal_proceedings", "Is the beneficiary now in removal proceedings in the US?"),
)
ANSWERS = ((Answer.YES, "Yes"), (Answer.NO, "No"), (Answer.UNANSWERED, "Not answered yet"))


class BackgroundPage(StepPage):
    """Every question must be answered; any "yes" goes to the reviewer with an explanation."""

    title = "Background"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[str, dict[Answer, QRadioButton]] = {}
        self.explanations: dict[str, QLineEdit] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Ask each question and record the answer as given. Any “yes” is flagged for the "
                "reviewer; explain it below."
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        box = QGroupBox(self.tr("Background questions (Form I-131)"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for attr, question in QUESTIONS:
            row = QHBoxLayout()
            group = QButtonGroup(self)
            self.buttons[attr] = {}
            for answer, label in ANSWERS:
                rb = QRadioButton(self.tr(label))
                rb.setObjectName(f"bg_{attr}_{answer.value}")
                group.addButton(rb)
                row.addWidget(rb)
                self.buttons[attr][answer] = rb
                rb.toggled.connect(self._edited)
            row.addStretch(1)
            self.groups[attr] = group
            form.addRow(self.tr(question), row)
            why = QLineEdit()
            why.setObjectName(f"bg_{attr}_explanation")
            why.setPlaceholderText(self.tr("If yes: what happened, when, where, and the outcome"))
            self.explanations[attr] = why
            form.addRow(self.tr("Explanation of this “yes”"), why)
            self.watch_all([why])
        lay.addWidget(box)
        self.explanation = QPlainTextEdit()
        self.explanation.setObjectName("bgExplanation")
        self.explanation.setTabChangesFocus(True)
        self.explanation.setPlaceholderText(
            self.tr("For every “yes”: what happened, when, where, and the outcome.")
        )
        lay.addWidget(QLabel(self.tr("Explanation")))
        lay.addWidget(self.explanation)
        self.watch_all([self.explanation])

    def answer(self, attr: str) -> Answer:
        for answer, rb in self.buttons[attr].items():
            if rb.isChecked():
                return answer
        return Answer.UNANSWERED

    def load(self, case: Case) -> None:
        with self.loading():
            for attr, _ in QUESTIONS:
                self.buttons[attr][Answer(getattr(case.background, attr))].setChecked(True)
            self.explanation.setPlainText(case.background.explanation)
            for attr, why in self.explanations.items():
                why.setText(case.background.explanation_for(attr))

    def apply(self, case: Case) -> None:
        for attr, _ in QUESTIONS:
            setattr(case.background, attr, self.answer(attr))
        case.background.explanation = self.explanation.toPlainText().strip()
        for attr, why in self.explanations.items():
            setattr(case.background, f"{attr}_explanation", why.text().strip())

    def clear(self) -> None:
        self.load(Case(background=Background()))

    def fields(self) -> dict[str, QWidget]:
        out: dict[str, QWidget] = {
            f"background.{attr}": self.buttons[attr][Answer.YES] for attr, _ in QUESTIONS
        }
        out["background.explanation"] = self.explanation
        out.update({f"background.{attr}_explanation": why for attr, why in self.explanations.items()})
        return out
