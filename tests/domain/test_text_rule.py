"""The one text rule (domain/text.py): what it refuses, with the field and the position; what it keeps."""

from __future__ import annotations

import pytest

from parole_desktop.domain import text as t
from parole_desktop.domain.enums import Role
from parole_desktop.domain.models import Case, Evidence, ParoleRecord, Person
from parole_desktop.errors import ValidationError

K = t.Kind


@pytest.mark.parametrize(
    ("value", "kind", "words", "position"),
    [
        ("Ali\u202eReza", K.NAME, "right-to-left override, U+202E", "character 4"),
        ("\u202aAli", K.NAME, "left-to-right embedding, U+202A", "character 1"),
        ("Ali\u2066Reza\u2069", K.LINE, "left-to-right isolate, U+2066", "character 4"),
        ("Ali\u200fReza", K.NAME, "right-to-left mark, U+200F", "character 4"),
        ("علی\u061cرضا", K.NAME, "Arabic letter mark, U+061C", "character 4"),
        ("Ali\x00Reza", K.NAME, "null character (U+0000)", "character 4"),
        ("Ali\x07", K.NAME, "control character (U+0007)", "character 4"),
        ("Ali\u0085", K.LINE, "control character (U+0085)", "character 4"),  # C1
        ("Ali\u200bReza", K.NAME, "zero-width space, U+200B", "character 4"),
        ("Ali\u3164", K.NAME, "Hangul filler, U+3164", "character 4"),
        ("Ali\ufeff", K.LINE, "byte order mark", "character 4"),
        ("Ali\nReza", K.NAME, "line break (U+000A)", "character 4"),
        ("Ali\tReza", K.LINE, "tab (U+0009)", "character 4"),
        ("x\ue000", K.LINE, "private-use character", "character 2"),
        ("x\ud800", K.LONG, "unpaired surrogate", "character 2"),
        ("x\U000e0041", K.NAME, "U+E0041", "character 2"),  # a tag character
        ("Ali\u200cReza", K.NAME, "zero-width non-joiner, U+200C", "character 4"),  # between Latin letters
        ("علی\u200c", K.NAME, "zero-width non-joiner", "character 4"),  # at the end of a word
        ("Alice\u200d", K.NAME, "zero-width joiner", "character 6"),
        ("first line\nsecond\u202e", K.LONG, "right-to-left override", "character 18 (line 2, column 7)"),
        ("first line\n\x00", K.LONG, "null character", "line 2, column 1"),
        ("statement\x07", K.LONG, "control character (U+0007)", "character 10"),
        ("a\u2028b", K.LINE, "line break (U+2028)", "character 2"),
    ],
)
def test_refused_characters_are_named_with_their_position(value, kind, words, position):
    with pytest.raises(ValidationError) as caught:
        t.check(value, kind, "people[0].given_name")
    message = str(caught.value)
    assert message.startswith("people[0].given_name: the text has")
    assert words in message and position in message
    for bad in (
        "\u202e",
        "\x00",
        "\u200b",
        "\x07",
        "\u3164",
    ):  # the message never carries the character itself
        assert bad not in message


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("محمد\u200cرضا", K.NAME),  # Dari/Persian: ZWNJ between Arabic-script letters
        ("ګل\u200cمکۍ", K.NAME),  # Pashto
        ("می\u200cخواهم بروم", K.LONG),
        ("क्\u200dष", K.NAME),  # Devanagari: ZWJ between a letter and a virama sequence
        ("line one\nline two\tindented", K.LONG),
        ("Ali Reza", K.NAME),
        ("Нунес Петров", K.NAME),  # Cyrillic words only
        ("Ivan Петров", K.NAME),  # one alphabet per word: two words in two alphabets are fine
        ("Ali\u00a0Reza", K.LINE),  # a no-break space is a space
        ("P1234567", K.IDENTIFIER),
        ("A-123-456-789", K.IDENTIFIER),
    ],
)
def test_spelling_that_needs_joiners_and_plain_text_pass_unchanged(value, kind):
    assert t.check(value, kind, "f") == value


def test_persian_zwnj_between_a_diacritic_and_a_letter_is_kept():
    name = "مِ\u200cی"  # kasra (an Arabic-script mark) before the ZWNJ
    assert t.check(name, K.NAME, "f") == name


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("ﬁona", K.NAME, "fiona"),  # NFKC: ligature
        ("Ｐ１２３４５６７", K.IDENTIFIER, "P1234567"),  # full-width letters and digits
        ("ﻋﻠﻲ", K.NAME, "علي"),  # Arabic presentation forms -> letters
        ("Jose\u0301", K.NAME, "José"),  # composed
        ("m² and ½ ﬁle", K.LONG, "m² and ½ ﬁle"),  # NFC keeps what a writer meant
        ("Jose\u0301", K.LONG, "José"),
        ("one\r\ntwo\rthree\u2028four", K.LONG, "one\ntwo\nthree\nfour"),
    ],
)
def test_normalisation_fits_the_field(value, kind, expected):
    assert t.check(value, kind, "f") == expected


@pytest.mark.parametrize(
    ("name", "letter"),
    [
        ("Amira Sоlis", "cyrillic small letter o, U+043E"),
        ("Аli Reza", "latin small letter l"),  # the word starts Cyrillic: the Latin letter is the odd one
        ("Alexandrοs", "greek small letter omicron"),
        ("Пetrov-Smith", "latin small letter e"),
    ],
)
def test_a_word_mixing_look_alike_alphabets_is_refused(name, letter):
    with pytest.raises(ValidationError, match="mixes alphabets") as caught:
        t.check(name, K.NAME, "people[0].family_name")
    assert letter in str(caught.value) and "character" in str(caught.value)


def test_mixed_alphabets_are_a_name_rule_only():
    assert t.check("ул. Ленина 5, Kyiv", K.LINE, "f")  # addresses may mix words of two alphabets
    assert t.problem("Sоlis street", K.LINE) == ""


@pytest.mark.parametrize("number", ["А1234567", "P12345б7", "P1234567\u0661"])
def test_identity_numbers_take_latin_letters_and_digits_only(number):
    with pytest.raises(ValidationError, match="Latin letters A–Z, digits"):
        t.check(number, K.IDENTIFIER, "people[0].passport_number")


def test_kinds_of_the_case_fields():
    assert t.kind_of("given_name") is K.NAME
    assert t.kind_of("stated_name") is K.NAME
    assert t.kind_of("passport_number") is K.IDENTIFIER
    assert t.kind_of("a_number") is K.IDENTIFIER
    assert t.kind_of("statement") is K.LONG
    assert t.kind_of("city") is K.LINE


def _case(**person: str) -> Case:
    return Case(people=[Person(role=Role.BENEFICIARY, given_name="Ali", family_name="Rahimi", **person)])


def test_clean_record_names_the_path_of_the_refused_field():
    case = _case()
    case.people.append(Person(role=Role.SUPPORTER, given_name="Sara", family_name="Nu\u200bnez"))
    with pytest.raises(ValidationError) as caught:
        t.clean_record(case)
    assert caught.value.path == "people[1].family_name"

    case = _case()
    case.people[0].paroles = [ParoleRecord(i94_number="1234567890\x00")]
    with pytest.raises(ValidationError) as caught:
        t.clean_record(case)
    assert caught.value.path == "people[0].paroles[0].i94_number"

    case = _case()
    case.background.explanation = "ok\x1b[31m"
    with pytest.raises(ValidationError) as caught:
        t.clean_record(case)
    assert caught.value.path == "background.explanation"

    case = _case()
    case.inadmissibility_grounds = ["212(a)(7)", "212(a)\u202e"]
    with pytest.raises(ValidationError) as caught:
        t.clean_record(case)
    assert caught.value.path == "inadmissibility_grounds[1]"

    ev = Evidence(kind="identity_document", stated_name="Ali\u202e")
    with pytest.raises(ValidationError) as caught:
        t.clean_record(ev, "evidence")
    assert caught.value.path == "evidence.stated_name"


def test_clean_record_normalises_in_place_and_keeps_zwnj():
    case = _case(passport_number="Ｐ１２３４５６７")
    case.people[0].given_name = "محمد\u200cرضا"
    case.statement = "Jose\u0301 wrote\r\nthis."
    t.clean_record(case)
    assert case.people[0].passport_number == "P1234567"
    assert case.people[0].given_name == "محمد\u200cرضا"
    assert case.statement == "José wrote\nthis."


def test_excerpt_is_short_and_escaped():
    shown = t.excerpt("\u202e" + "x" * 200_000)
    assert shown.startswith("“\\u202e") and "(200001 characters)" in shown
    assert len(shown) < 80 and "\u202e" not in shown
    assert t.excerpt("a\x00b\nc") == "“a\\x00b\\nc”"
    assert t.excerpt("\u3164") == "“\\u3164”"  # invisible although Unicode calls it a letter


def test_a_long_text_is_checked_fast():
    import time

    statement = ("A line of an ordinary statement, with words and numbers 12.\n" * 1700)[:100_000]
    start = time.perf_counter()
    for _ in range(20):
        assert t.check(statement, K.LONG, "statement") == statement
    assert (time.perf_counter() - start) / 20 < 0.01  # the autosave checks the statement every time
