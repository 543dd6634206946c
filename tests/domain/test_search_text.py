"""The search normaliser: folds that the issue names, and no crash on any input (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parole_desktop.domain.search_text import normalise, query_tokens


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("رحيمي", "رحیمی"),  # Arabic yeh vs Farsi yeh
        ("كريمي", "کریمی"),  # Arabic kaf vs keheh
        ("مُحَمَّد", "محمد"),  # harakat
        ("مـحـمـد", "محمد"),  # tatweel
        ("Núñez", "nunez"),
        ("Wałęsa", "walesa"),
        ("Søren", "soren"),
        ("Ковальчук", "ковальчук"),
        ("Їжак", "іжак"),
        ("Йосип", "иосип"),
        ("STRAßE", "strasse"),
        ("Désir", "DESIR"),
        ("۱۲۳", "123"),
    ],
)
def test_folds(a, b):
    assert normalise(a) == normalise(b)


def test_zwnj_names_match_joined_and_split():
    text = normalise("گل\u200cمکۍ")
    assert "گلمکۍ" in text.split()
    assert "گل" in text.split() and "مکۍ" in text.split()


def test_pashto_letters_survive():
    assert normalise("ځدراڼ ګل ۍ") == "ځدراڼ ګل ۍ"


def test_punctuation_splits_tokens():
    assert query_tokens("Jean-Baptiste, Rose") == ["jean", "baptiste", "rose"]


@given(st.text())
def test_never_crashes_and_is_idempotent(text):
    once = normalise(text)
    assert isinstance(once, str)
    assert "  " not in once
    assert normalise(once) == once


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=50))
def test_tokens_are_words(text):
    for tok in query_tokens(text):
        assert tok and " " not in tok and '"' not in tok


@pytest.mark.slow  # every Unicode code point: ~1.9 s on this machine
def test_mark_stripping_table_drops_exactly_the_combining_marks():
    """``_fold`` strips marks with a cached ``str.translate`` table (#22, bulk insert): for every code
    point it removes exactly what a check of its Unicode category (Mn, Mc, Me) removes, and maps the rest
    as the letter-variant table does (in the same pass since #22's autosave round)."""
    import unicodedata

    from parole_desktop.domain.search_text import _LETTER_MAP, _NO_MARKS

    cps = [cp for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]
    text = "".join(map(chr, cps))
    expected = "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))
    assert text.translate(_NO_MARKS) == expected.translate(_LETTER_MAP)
    assert len(expected) < len(text) - 2000  # there are marks to drop (about 2,400 in Unicode 15)
    assert normalise("Nu\u0301n\u0303ez \u0645\u064f\u062d\u064e\u0645\u064e\u0651\u062f") == "nunez محمد"


def _fold_in_passes(text: str) -> str:
    """The fold as it was before its tables were merged (#22): five translate passes, ASCII included."""
    import unicodedata

    from parole_desktop.domain import search_text as st_mod

    marks = {}

    def no_marks(s: str) -> str:
        out = []
        for ch in s:
            if ch not in marks:
                marks[ch] = "" if unicodedata.category(ch).startswith("M") else ch
            out.append(marks[ch])
        return "".join(out)

    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(st_mod._LETTER_MAP).translate(st_mod._DIGITS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = decomposed if decomposed.isascii() else no_marks(decomposed)
    stripped = stripped.translate(st_mod._LETTER_MAP)
    return " ".join(st_mod._NON_WORD.sub(" ", stripped.replace("_", " ")).split())


# names as they are typed: Latin with diacritics and the letters that do not decompose, Cyrillic, Arabic
# script with harakat, tatweel, the keyboard variants, both digit blocks, the joiners and marks
_NAME_CHARS = st.sampled_from(
    list("aeiouAEIOU ñÑéÉęĘłŁøØßæœþəıŀđðħǿǾ-'_.")
    + list("ЙйЇїКовальчукЁё")
    + list("يىےكەةـيكمحد\u064e\u064f\u0650\u0651\u0652\u0670")
    + [chr(0x0660 + i) for i in range(10)]
    + [chr(0x06F0 + i) for i in range(10)]
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u0301", "\u0308", "\ufef1", "\ufb8e", "ﬁ", "①"]
)


@given(st.one_of(st.text(_NAME_CHARS, max_size=40), st.text(max_size=40)))
def test_the_one_pass_fold_is_the_fold_in_passes(text):
    from parole_desktop.domain.search_text import _fold

    assert _fold(text) == _fold_in_passes(text)
