"""One rule for every text a person types or a file brings in: names, identity numbers, lines, long text.

A name that holds a right-to-left override reads one way in the record the reviewer checked and another in
the letter; a zero-width space or a Cyrillic letter that looks Latin makes one name pass for another; a NUL
or a bell character breaks the PDF and the form. So every text field of a case is checked by one rule,
on every path that stores it (the GUI's autosave, ``case edit --set``, case JSON import, the demo
generator, evidence details), before anything is written:

* **normalised**: names and identity numbers with NFKC (full-width and presentation-form letters become the
  letters they show; nothing in a name or number means anything else), all other text with NFC (NFKC would
  rewrite the ², ½ and ligatures a writer meant);
* **refused, naming the field and the character position**: C0 and C1 control characters (a newline and a
  tab only in long text such as the statement; a CR LF there becomes a newline), bidi embedding, override,
  isolate and mark characters (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C: the packet lays out
  right-to-left runs itself), zero-width and other invisible characters, private-use, unassigned and
  surrogate code points, and line or paragraph separators outside long text;
* **kept where spelling needs them**: the zero-width non-joiner (U+200C) and joiner (U+200D) between two
  letters of a script that joins (Arabic script for Persian, Dari and Pashto; Syriac; the Indic scripts);
  anywhere else they are invisible noise and refused;
* **one alphabet per word in names**: a word that mixes Latin, Cyrillic or Greek letters is refused (a
  real name is never spelled that way; a keyboard left on a Cyrillic layout is fixed by typing the word
  again). It is refused rather than reported as a finding because a reviewer cannot see the difference a
  finding would ask them to accept;
* **identity numbers** (passport, A-Number, I-94, receipt, bar numbers) in Latin letters, digits and
  ASCII punctuation only, as they are printed in the passport's machine-readable line and on US forms.

Errors never echo the refused value in full: :func:`excerpt` quotes at most a short, escaped part of it.
Reviewer names (``services/names.normalise_name``) use the same rule, kind ``NAME``.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import typing
import unicodedata
from functools import cache
from typing import Any

from parole_desktop.errors import ValidationError


class Kind(enum.StrEnum):
    NAME = "name"  # a person's name: NFKC, one line, one alphabet per word
    IDENTIFIER = "identifier"  # passport, A-, I-94, receipt, bar numbers: NFKC, Latin letters and digits
    LINE = "line"  # any other one-line text: NFC
    LONG = "long"  # statements, explanations, notes: NFC, newlines and tabs kept


#: every field that holds a person's name (people, evidence, case, roster)
NAME_FIELDS = frozenset(
    {
        "given_name",
        "family_name",
        "other_names",
        "passport_given_name",
        "passport_family_name",
        "translator_name",
        "stated_name",
        "payer_name",
        "deceased_name",
        "minor_companion_name",
    }
)
#: identity numbers as printed on passports and US forms
IDENTIFIER_FIELDS = frozenset(
    {
        "passport_number",
        "stated_passport_number",
        "a_number",
        "i94_number",
        "receipt_number",
        "class_of_admission",
        "bar_number",
    }
)
#: free text of more than one line
LONG_FIELDS = frozenset(
    {
        "statement",
        "notes",
        "duration_justification",
        "why_no_visa",
        "inadmissibility",
        "return_intent",
        "home_ties",
        "refugee_processing_unavailable",
        "suspension_exception_note",
        "explanation",
        "criminal_history_explanation",
        "immigration_violations_explanation",
        "prior_visa_denials_explanation",
        "prior_removals_explanation",
        "removal_proceedings_explanation",
        "address",  # the one free-text address line of case format 1 (files may carry line breaks)
    }
)
#: written by the app, never typed: their own formats are checked where they are made
_SYSTEM_FIELDS = frozenset(
    {"uid", "linked_case_uid", "sha256", "attachment_id", "print_verdict", "print_note", "added_by"}
)

ZWNJ, ZWJ = "\u200c", "\u200d"
BIDI_CONTROLS = frozenset(
    chr(c) for c in (0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
)
# invisible characters that are letters or marks to Unicode (so str.isprintable() lets them through)
_INVISIBLE_PRINTABLE = {
    "\u115f": "Hangul choseong filler",
    "\u1160": "Hangul jungseong filler",
    "\u3164": "Hangul filler",
    "\uffa0": "half-width Hangul filler",
    "\u2800": "braille blank",
    "\u034f": "combining grapheme joiner",
    "\u17b4": "Khmer vowel inherent AQ",
    "\u17b5": "Khmer vowel inherent AA",
}
INVISIBLE_NAMES = {
    "\u200b": "zero-width space",
    ZWNJ: "zero-width non-joiner",
    ZWJ: "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space (byte order mark)",
    "\u180e": "Mongolian vowel separator",
    "\u00ad": "soft hyphen",
    **_INVISIBLE_PRINTABLE,
}
_BIDI_NAMES = {
    "\u202a": "left-to-right embedding",
    "\u202b": "right-to-left embedding",
    "\u202c": "pop directional formatting",
    "\u202d": "left-to-right override",
    "\u202e": "right-to-left override",
    "\u2066": "left-to-right isolate",
    "\u2067": "right-to-left isolate",
    "\u2068": "first strong isolate",
    "\u2069": "pop directional isolate",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u061c": "Arabic letter mark",
}
# scripts whose spelling uses the zero-width (non-)joiner between letters
_JOINING_SCRIPTS = frozenset(
    {
        "ARABIC",
        "SYRIAC",
        "NKO",
        "DEVANAGARI",
        "BENGALI",
        "GURMUKHI",
        "GUJARATI",
        "ORIYA",
        "TAMIL",
        "TELUGU",
        "KANNADA",
        "MALAYALAM",
        "SINHALA",
    }
)
_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})
_INVISIBLE_PRINTABLE_RE = re.compile("[" + "".join(_INVISIBLE_PRINTABLE) + "]")
# ASCII text without these needs nothing more (ASCII is its own NFC and NFKC form, and one alphabet)
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ASCII_CONTROL_LONG = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # newline and tab kept; CR is normalised

EXCERPT_CHARS = 40


def kind_of(field: str) -> Kind:
    """The kind of text a field of the case format holds (by its name; every other text field is a line)."""
    if field in NAME_FIELDS:
        return Kind.NAME
    if field in IDENTIFIER_FIELDS:
        return Kind.IDENTIFIER
    if field in LONG_FIELDS:
        return Kind.LONG
    return Kind.LINE


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """At most ``limit`` characters of ``value``, quoted, with control and invisible characters escaped
    (``\\u202e``, ``\\x00``, ``\\n``) and the full length named when it was cut: what an error may show of
    a refused value."""
    text = value if isinstance(value, str) else repr(value)
    shown = "".join(
        ch if ch.isprintable() and ch not in _INVISIBLE_PRINTABLE else _escape(ch) for ch in text[:limit]
    )
    more = f"… ({len(text)} characters)" if len(text) > limit else ""
    return f"“{shown}”{more}"


def _escape(ch: str) -> str:
    if ch in "\n\t\r":
        return repr(ch)[1:-1]
    cp = ord(ch)
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def script(ch: str) -> str:
    """The script of a letter or mark by its Unicode name ("LATIN", "ARABIC", ...); "" when it has none."""
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def _joins(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] in "LM" and script(ch) in _JOINING_SCRIPTS


def _describe(ch: str) -> str:
    code = f"U+{ord(ch):04X}"
    if ch in _BIDI_NAMES:
        return f"an invisible text-direction control ({_BIDI_NAMES[ch]}, {code})"
    if ch in INVISIBLE_NAMES:
        return f"an invisible character ({INVISIBLE_NAMES[ch]}, {code})"
    if ch == "\x00":
        return f"a null character ({code})"
    if ch in "\n\r\u2028\u2029":
        return f"a line break ({code})"
    if ch == "\t":
        return f"a tab ({code})"
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return f"a control character ({code})"
    if cat == "Cs":
        return f"an unpaired surrogate ({code}, not a character)"
    if cat == "Co":
        return f"a private-use character ({code}, it shows differently in every font)"
    if cat == "Cn":
        return f"an unassigned code point ({code})"
    if cat == "Cf":
        return f"an invisible formatting character ({unicodedata.name(ch, code).lower()}, {code})"
    return f"“{ch}” ({unicodedata.name(ch, code).lower()}, {code})"


def _where(text: str, i: int, kind: Kind) -> str:
    if kind is Kind.LONG and "\n" in text[:i]:
        line = text.count("\n", 0, i) + 1
        col = i - text.rfind("\n", 0, i)
        return f"at character {i + 1} (line {line}, column {col})"
    return f"at character {i + 1}"


def _fix_hint(ch: str) -> str:
    if ch in BIDI_CONTROLS:
        return "type the text again without it (the app lays out right-to-left text itself)"
    if ch in (ZWNJ, ZWJ):
        return "it is kept only where Persian, Pashto or another joining script needs it; type the text again without it"
    return "type the text again without it"


def _refused_char(text: str, kind: Kind) -> tuple[int, str] | None:
    """(index, message) of the first character the rule refuses in ``text``; None when there is none."""
    long = kind is Kind.LONG
    if long:
        lines = text.replace("\t", " ").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
        fast = all(line.isprintable() for line in lines.split("\n"))
    else:
        fast = text.isprintable()
    if fast and not _INVISIBLE_PRINTABLE_RE.search(text):
        return None
    for i, ch in enumerate(text):
        if ch == " " or (ch.isprintable() and ch not in _INVISIBLE_PRINTABLE):
            if (
                kind in (Kind.NAME, Kind.IDENTIFIER)
                and unicodedata.category(ch) == "Mn"
                and (0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF)
            ):
                return i, f"{_describe(ch)} {_where(text, i, kind)}: type the text again without it"
            continue
        if long and ch in "\n\t\r\u2028\u2029":
            continue
        cat = unicodedata.category(ch)
        if cat == "Zs":  # a no-break or other width of space: visible as a space
            continue
        if ch in (ZWNJ, ZWJ) and kind is not Kind.IDENTIFIER:
            if _joins(text[i - 1 : i]) and _joins(text[i + 1 : i + 2]):
                continue
            return i, (
                f"{_describe(ch)} {_where(text, i, kind)} that is not between two letters of a joining "
                f"script: {_fix_hint(ch)}"
            )
        return i, f"{_describe(ch)} {_where(text, i, kind)}: {_fix_hint(ch)}"
    return None


def _mixed_script(text: str) -> tuple[int, str] | None:
    """(index, word) of the first letter that is of another look-alike alphabet than the letters before
    it in the same word (Latin, Cyrillic, Greek); None when every word keeps to one alphabet."""
    start = 0
    for word in text.split():
        start = text.index(word, start)
        first = ""
        for j, c in enumerate(word):
            sc = script(c) if c.isalpha() else ""
            if sc not in _LOOKALIKE_SCRIPTS:
                continue
            if not first:
                first = sc
            elif sc != first:
                return start + j, word
        start += len(word)
    return None


def clean(value: str, kind: Kind) -> tuple[str, str]:
    """``(normalised text, "")`` when ``value`` passes the rule for ``kind``, else ``(value, why)``:
    what is wrong, with the character position, in plain words."""
    if value.isascii() and not (_ASCII_CONTROL_LONG if kind is Kind.LONG else _ASCII_CONTROL).search(value):
        return value, ""  # the common case, at C speed
    found = _refused_char(value, kind)
    if found is not None:
        return value, "the text has " + found[1]
    if kind is Kind.LONG and any(c in value for c in "\r\u2028\u2029"):
        value = (
            value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
        )
    form: typing.Literal["NFC", "NFKC"] = "NFKC" if kind in (Kind.NAME, Kind.IDENTIFIER) else "NFC"
    text = value if unicodedata.is_normalized(form, value) else unicodedata.normalize(form, value)
    if kind is Kind.NAME:
        mixed = _mixed_script(text)
        if mixed is not None:
            i, word = mixed
            return value, (
                f"the name mixes alphabets: {_describe(text[i])} at character {i + 1} is in the word "
                f"{excerpt(word)} with letters of another alphabet (a look-alike letter): type the word "
                "again in one alphabet"
            )
    elif kind is Kind.IDENTIFIER:
        for i, ch in enumerate(text):
            if not (" " <= ch <= "~"):
                return value, (
                    f"the number has {_describe(ch)} at character {i + 1}: identity numbers are written "
                    "with Latin letters A–Z, digits and hyphens, as in the passport's machine-readable line"
                )
    return text, ""


def problem(value: str, kind: Kind) -> str:
    """What is wrong with ``value`` for ``kind`` ("" when it passes)."""
    return clean(value, kind)[1]


def check(value: str, kind: Kind, field: str) -> str:
    """The normalised text; ValidationError naming ``field`` and the position of what it refuses."""
    text, why = clean(value, kind)
    if why:
        raise ValidationError(field, why)
    return text


# ------------------------------------------------------------------ whole records


@cache
def _text_fields(cls: type) -> tuple[tuple[str, str, Kind], ...]:
    """(field name, "str" | "list[str]" | "list[dataclass]" | "dataclass", kind) of ``cls``'s fields that
    hold text (directly, in a list, or in nested records)."""
    hints = typing.get_type_hints(cls)
    out: list[tuple[str, str, Kind]] = []
    for f in dataclasses.fields(cls):
        if f.name in _SYSTEM_FIELDS:
            continue
        tp, kind = hints[f.name], kind_of(f.name)
        if tp is str:
            out.append((f.name, "str", kind))
        elif typing.get_origin(tp) is list:
            (item,) = typing.get_args(tp)
            if item is str:
                out.append((f.name, "list[str]", kind))
            elif dataclasses.is_dataclass(item):
                out.append((f.name, "list[dataclass]", kind))
        elif isinstance(tp, type) and dataclasses.is_dataclass(tp):
            out.append((f.name, "dataclass", kind))
    return tuple(out)


def clean_record(obj: Any, where: str = "") -> None:
    """Check and normalise every text field of a dataclass (a Case with its people, background, evidence
    and paroles; an Evidence; a Person) in place. Raises ValidationError naming the first refused field by
    its path in the case format (``people[0].given_name``, ``evidence[2].stated_name``) and position."""
    prefix = f"{where}." if where else ""
    cls: type = type(obj)
    plain, plain_long = _ASCII_CONTROL.search, _ASCII_CONTROL_LONG.search
    for name, shape, kind in _text_fields(cls):
        value = getattr(obj, name)
        if shape == "str":
            # empty, or plain ASCII: nothing to check or change (most fields, at C speed)
            if not value or (value.isascii() and not (plain_long if kind is Kind.LONG else plain)(value)):
                continue
            text = check(value, kind, prefix + name)
            if text != value:
                setattr(obj, name, text)
        elif shape == "list[str]":
            if value:
                setattr(
                    obj,
                    name,
                    [check(v, kind, f"{prefix}{name}[{i}]") if v else v for i, v in enumerate(value)],
                )
        elif shape == "list[dataclass]":
            for i, item in enumerate(value):
                clean_record(item, f"{prefix}{name}[{i}]")
        elif value is not None:
            clean_record(value, prefix + name)
