"""Prefill what an evidence item states (name, date of birth, passport number) from its text layer.

The text comes from the sandbox child (task "text" of packet/child.py, ``packet.probe.document_text``): this
process never parses the untrusted file, only the plain text the child sends back. The only thing read from
that text is a passport's machine-readable zone (ICAO 9303 TD3: two lines of 44 characters), and only when
its check digits hold, so a letter that merely mentions a name or a number never fills anything. What is
found is a suggestion: the volunteer sees it in the fields and corrects it; nothing is guessed silently.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from parole_desktop.packet.probe import document_text

_LINE1 = re.compile(r"P[A-Z<][A-Z<]{3}[A-Z<]{39}")
_LINE2 = re.compile(r"[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{6}[0-9][MF<X][0-9]{6}[0-9][A-Z0-9<]{14}[0-9<][0-9]")


@dataclass(frozen=True)
class StatedFacts:
    """What a document's machine-readable zone says ("" / None when it says nothing usable)."""

    name: str = ""  # given names then family name, as in the MRZ (Latin letters)
    date_of_birth: dt.date | None = None
    passport_number: str = ""

    @property
    def empty(self) -> bool:
        return not (self.name or self.date_of_birth or self.passport_number)


def check_digit(field: str) -> int:
    """ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, '<' as 0."""
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            value = int(ch)
        elif "A" <= ch <= "Z":
            value = ord(ch) - 55
        else:
            value = 0
        total += value * (7, 3, 1)[i % 3]
    return total % 10


def _birth_date(yymmdd: str, today: dt.date) -> dt.date | None:
    try:
        yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
        year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
        born = dt.date(year, mm, dd)
    except ValueError:
        return None
    return born if born <= today else dt.date(year - 100, mm, dd)


def _mrz_lines(text: str) -> list[str]:
    """Candidate MRZ lines: upper-cased, spaces (which text layers often add) and guillemets folded."""
    out = []
    for raw in text.splitlines():
        line = raw.strip().upper().replace(" ", "").replace("«", "<").replace("‹", "<")
        if len(line) == 44:
            out.append(line)
    return out


def parse_mrz(text: str, today: dt.date) -> StatedFacts:
    """The facts of the first passport MRZ in ``text`` whose check digits hold (an empty result otherwise)."""
    lines = _mrz_lines(text)
    for first, second in itertools.pairwise(lines):
        if not (_LINE1.fullmatch(first) and _LINE2.fullmatch(second)):
            continue
        number, number_check = second[:9], second[9]
        birth, birth_check = second[13:19], second[19]
        if check_digit(number) != int(number_check) or check_digit(birth) != int(birth_check):
            continue
        family, _, given = first[5:].partition("<<")
        name = " ".join(
            part for part in (given.replace("<", " ").strip(), family.replace("<", " ").strip()) if part
        )
        return StatedFacts(
            name=" ".join(name.split()),
            date_of_birth=_birth_date(birth, today),
            passport_number=number.replace("<", ""),
        )
    return StatedFacts()


def facts_from_document(data: bytes, today: dt.date | None = None) -> StatedFacts:
    """Read the document's text layer in the sandbox child, then its passport MRZ here (plain text only).
    Raises UntrustedFileError (a UserError with a plain reason) when the child cannot read the file."""
    return parse_mrz(document_text(data), today or dt.date.today())


__all__ = ["StatedFacts", "check_digit", "facts_from_document", "parse_mrz"]
