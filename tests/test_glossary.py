"""Issue #24: the glossary of docs/translating.md holds in every catalog — the interface's ``.ts``, the core's
``.po`` and the rules pack's ``translations``. The immigration term "parole" and the secrets (the vault's and
a reviewer's passphrase, the hub's and a digital ID file's password) are rendered by distinct terms, so a
volunteer can tell them apart: in Ukrainian "пароль" is a password and never the immigration term (which stays
the Latin "parole"), in every language the passphrase texts never use the parole term, and each text about
parole uses its language's term."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from babel.messages.pofile import read_po

from parole_desktop.rules import translations as tr
from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"
PACK = ROOT / "resources" / "rules" / "pack.json"
DOC = ROOT / "docs" / "translating.md"

#: the product and its command, environment variables and package: names, not the immigration term
NAMES = re.compile(r"Parole Desktop|parole-desktop|parole_desktop|PAROLE_[A-Z_]+", re.IGNORECASE)
#: the English texts about the immigration term (parole, paroles, paroled, parolee; re-parole, advance parole)
ENGLISH_PAROLE = re.compile(r"\bparol(?:e|es|ed|ee|ees)\b", re.IGNORECASE)
ENGLISH_SECRET = re.compile(r"\bpass(?:phrase|word)s?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Terms:
    """A language's renderings (regular expressions). ``parole``: a text about parole has one of them.
    ``secret``: a text about a passphrase or a password has one of them. ``secret_only``: words that mean a
    secret and must not appear in a text that is not about one (the Ukrainian "пароль" for parole)."""

    parole: tuple[str, ...]
    secret: tuple[str, ...]
    secret_only: tuple[str, ...]


GLOSSARY = {
    "es": Terms(parole=(r"\bparole",), secret=(r"contraseña",), secret_only=(r"contraseña",)),
    # رمزگذاری is "encryption": not a secret's name
    "fa_AF": Terms(
        parole=("پارول", r"\bparole"),
        secret=("عبارت رمز", "رمز عبور", r"رمز(?![\u200c ]?گذار)"),
        secret_only=(r"رمز(?![\u200c ]?گذار)",),
    ),
    "ps": Terms(parole=("پارول", r"\bparole"), secret=("پټنوم",), secret_only=("پټنوم",)),
    "uk": Terms(parole=(r"\bparole",), secret=("парол", "фраз"), secret_only=("парол",)),
    "ar": Terms(
        parole=("الإفراج المشروط", "إفراج مشروط", "الإفراجات المشروطة", r"\bparole"),
        secret=("عبارة المرور", "عبارة مرور", "عبارتا المرور", "كلمة المرور", "كلمة مرور", "بعبارة مرور"),
        secret_only=("مرور",),
    ),
    "ht": Terms(parole=(r"\bparole",), secret=("fraz sekrè", "modpas"), secret_only=("modpas", "fraz sekrè")),
}


def _entries(lang: str) -> Iterator[tuple[str, str, str]]:
    """(where, English, translation) of every written entry of ``lang``'s three catalogs."""
    for m in ET.parse(I18N / f"{lang}.ts").getroot().iter("message"):
        t = m.find("translation")
        assert t is not None
        forms = [n.text or "" for n in t.findall("numerusform")] or [t.text or ""]
        yield f"{lang}.ts", m.findtext("source") or "", "\n".join(forms)
    with (I18N / "core" / f"{lang}.po").open("rb") as fh:
        for m in read_po(fh, locale=lang):
            if m.id:
                english = m.id if isinstance(m.id, str) else m.id[0]
                text = m.string if isinstance(m.string, str) else "\n".join(m.string)
                yield f"core/{lang}.po", english, text
    raw = json.loads(PACK.read_text(encoding="utf-8"))
    english_of = tr.english_sources(raw)
    for key, entry in raw["translations"][lang].items():
        yield f"pack {key}", english_of.get(key, ""), entry["text"]


def _has(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def glossary_violations(lang: str) -> list[str]:
    terms = GLOSSARY[lang]
    out = []
    for where, english, text in _entries(lang):
        if not text.strip():
            continue
        english, text = NAMES.sub("", english), NAMES.sub("", text)
        parole, secret = bool(ENGLISH_PAROLE.search(english)), bool(ENGLISH_SECRET.search(english))
        problem = ""
        if parole and not _has(terms.parole, text):
            problem = "about parole, without the parole term"
        elif secret and not _has(terms.secret, text):
            problem = "about a passphrase or password, without its term"
        elif secret and not parole and _has(terms.parole, text):
            problem = "about a passphrase or password, with the parole term"
        elif not secret and _has(terms.secret_only, text):
            problem = "a word for a passphrase or password in a text about neither"
        if problem:
            out.append(f"{where}: {problem}: {english[:70]!r} -> {text[:90]!r}")
    return out


@pytest.mark.parametrize("lang", sorted(GLOSSARY))
def test_every_catalog_keeps_the_parole_and_passphrase_terms_apart(lang):
    assert glossary_violations(lang) == []


def test_ukrainian_parole_texts_never_say_password():
    """The collision this glossary was made for: "пароль" (a password) stood for parole too."""
    texts = [text for _w, english, text in _entries("uk") if ENGLISH_PAROLE.search(NAMES.sub("", english))]
    assert len(texts) > 40
    assert not [t for t in texts if re.search("парол", t, re.IGNORECASE)]
    secrets = [text for _w, english, text in _entries("uk") if ENGLISH_SECRET.search(english)]
    assert len(secrets) > 40 and all(re.search("парол|фраз", t, re.IGNORECASE) for t in secrets)
    assert not [t for t in secrets if re.search(r"\bparole\b", NAMES.sub("", t))]


def test_the_check_finds_a_collision():
    """The check itself: a Ukrainian parole text saying "пароль", and a Dari passphrase text saying "پارول",
    are found."""
    terms = GLOSSARY["uk"]
    assert _has(terms.secret_only, "Строк паролю спливає") and not _has(terms.parole, "Строк паролю спливає")
    assert _has(GLOSSARY["fa_AF"].parole, "پارول نو")
    assert not _has(GLOSSARY["fa_AF"].secret_only, "در حال رمزگذاری دوبارهٔ فایل‌ها")


def test_the_glossary_in_docs_lists_every_rendering():
    doc = DOC.read_text(encoding="utf-8")
    section = doc[doc.index("## Glossary") :]
    section = section[: section.index("\n## ", 1)] if "\n## " in section[1:] else section
    for rendering in (
        "parole humanitario",
        "frase de contraseña",
        "پارول",
        "عبارت رمز",
        "رمز عبور",
        "پټنوم",
        "гуманітарний parole",
        "парольна фраза",
        "пароль",
        "الإفراج المشروط",
        "عبارة المرور",
        "كلمة المرور",
        "fraz sekrè",
        "modpas",
    ):
        assert rendering in section, rendering
    assert "draft, needs review" in section
