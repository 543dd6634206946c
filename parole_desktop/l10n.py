"""The Qt-free core's languages: gettext catalogs for the CLI, the services' and the store's messages.

English is the source language: a text is written in English in the code, marked with ``_("…")`` (or
``ngettext("…", "…", n)`` for a count, ``lazy("…")`` for a module-level constant, translated each time it is
shown), and looked up in the chosen language's catalog; a missing catalog or entry shows the English text.

The catalogs are ``resources/i18n/core/<lang>.po`` (sources translators edit with Poedit, Weblate or a text
editor, extracted into ``parole_desktop.pot`` by ``packaging/i18n.py update``), compiled by Babel into
``<lang>.mo`` (reviewed entries) and ``<lang>.draft.mo`` (entries still marked ``fuzzy``: machine-made or
otherwise not yet reviewed by a qualified translator) by ``packaging/i18n.py build``; neither ``.mo`` is
committed. A reviewed entry wins over a draft; a draft wins over English (``state()`` tells which one a text
came from, and ``drafts_in_use()`` whether the language shows any draft).

Plural forms follow each catalog's ``Plural-Forms`` header (Arabic six, Ukrainian three, Spanish, Dari,
Pashto and Haitian Creole two). ``set_language`` switches the whole process at once (the CLI at start-up,
the GUI's language switch); the catalogs of a language are read once and kept.

This module imports nothing of Qt or of the layers: every layer may use it.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parole_desktop.paths import resource

if TYPE_CHECKING:
    import gettext

log = logging.getLogger(__name__)

DEFAULT = "en"
DOMAIN = "parole_desktop"
#: every language of the app (English is the source; the others have a catalog in resources/i18n/core/)
LANGUAGES: tuple[str, ...] = ("en", "es", "fa_AF", "ps", "uk", "ar", "ht")
#: the environment variables that name the user's language, in the order POSIX gettext reads them
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI


def isolate(text: object) -> str:
    """User data (a name, a file name, a number) for a translated sentence: wrapped in FSI … PDI, so a Latin
    name in a Dari sentence, or an Arabic-script name in an English one, keeps its own direction and never
    reorders the words around it. Direction marks inside are kept but cannot leak out: embeddings and
    overrides end at the closing PDI, a PDI that would close the wrapper early is dropped, and an isolate left
    open inside is closed before it."""
    out: list[str] = []
    depth = 0
    for ch in str(text):
        if ch in _ISOLATE_OPENERS:
            depth += 1
        elif ch == PDI:
            if not depth:
                continue  # would end the wrapper and let the rest of the text out
            depth -= 1
        out.append(ch)
    return FSI + "".join(out) + PDI * depth + PDI


def catalogs() -> Path:
    """Where the core's catalogs are (``.po`` sources and the compiled ``.mo`` beside them)."""
    return resource("i18n", "core")


# ------------------------------------------------------------------------------------------------ state
@dataclass(frozen=True)
class _Catalogs:
    code: str
    reviewed: gettext.GNUTranslations | None
    drafts: gettext.GNUTranslations | None

    def find(self, message: str) -> tuple[str, str] | None:
        """(translation, "reviewed" | "draft") of a singular text, None when neither catalog has it."""
        for kind, cat in (("reviewed", self.reviewed), ("draft", self.drafts)):
            if cat is not None:
                found = cat._catalog.get(message)  # type: ignore[attr-defined]
                if isinstance(found, str) and found:
                    return found, kind
        return None

    def find_plural(self, singular: str, n: int) -> str | None:
        for cat in (self.reviewed, self.drafts):
            if cat is not None:
                index = cat.plural(n)  # type: ignore[attr-defined]
                found = cat._catalog.get((singular, index))  # type: ignore[attr-defined]
                if isinstance(found, str) and found:
                    return found
        return None


_ENGLISH = _Catalogs(DEFAULT, None, None)
_lock = threading.Lock()
_loaded: dict[tuple[str, Path], _Catalogs] = {}
_current = _ENGLISH


def _read(path: Path) -> gettext.GNUTranslations | None:
    if not path.is_file():
        return None
    import gettext

    try:
        with path.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    except (OSError, ValueError, KeyError, IndexError, SyntaxError) as exc:
        log.warning("the translation catalog %s could not be read (%s): texts stay English", path.name, exc)
        return None


def _load(code: str, folder: Path) -> _Catalogs:
    key = (code, folder)
    with _lock:
        cached = _loaded.get(key)
        if cached is None:
            cached = _Catalogs(code, _read(folder / f"{code}.mo"), _read(folder / f"{code}.draft.mo"))
            if cached.reviewed is None and cached.drafts is None:
                log.info("no compiled catalog for %s in %s: texts stay English", code, folder)
            _loaded[key] = cached
        return cached


def known(code: str) -> bool:
    return code in LANGUAGES


def set_language(code: str, folder: Path | None = None) -> str:
    """Use ``code``'s catalogs from now on (an unknown code means English; ``choose`` warns about one).
    Returns the language now in use."""
    global _current
    if code not in LANGUAGES:
        code = DEFAULT
    _current = _ENGLISH if code == DEFAULT else _load(code, folder or catalogs())
    return code


def choose(code: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language a user asked for: ``code`` (``--lang``) when given, else the environment's. An unknown
    ``code`` or an environment naming no language of the app (``C``, ``de_DE.UTF-8``) means English (the CLI
    warns about an unknown ``--lang`` itself). Returns the language now in use."""
    if code:
        found = match(code)
        if found is None:
            log.info("no translation for the language %r: using English", code[:40])
        return set_language(found or DEFAULT)
    return set_language(from_environment(os.environ if environ is None else environ) or DEFAULT)


def match(code: str) -> str | None:
    """One of LANGUAGES for a locale name: ``es``, ``es_MX.UTF-8``, ``uk-UA``, ``fa_AF``, ``fa`` (Persian:
    Dari's catalog), ``C`` (English); None for a language the app does not have."""
    name = code.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if not name:
        return None
    if name in ("C", "POSIX"):
        return DEFAULT
    lang, _, region = name.partition("_")
    lang = lang.lower()
    exact = f"{lang}_{region.upper()}" if region else lang
    if exact in LANGUAGES:
        return exact
    return next((c for c in LANGUAGES if c.split("_", 1)[0] == lang), None)


def from_environment(environ: Mapping[str, str]) -> str | None:
    """The language named by LANGUAGE (a ``:`` list, first known wins), LC_ALL, LC_MESSAGES or LANG: the
    first of them that is set decides, as in POSIX (LC_ALL=C means English whatever LANG says)."""
    for var in ENVIRONMENT:
        value = environ.get(var, "").strip()
        if not value:
            continue
        for part in value.split(":"):
            found = match(part)
            if found:
                return found
        if var != "LANGUAGE":  # an unknown LANGUAGE list lets the locale variables speak
            return None
    return None


def current_language() -> str:
    return _current.code


def drafts_in_use() -> bool:
    """Whether the current language shows machine-made or otherwise unreviewed drafts (``fuzzy`` entries)."""
    drafts = _current.drafts
    return drafts is not None and any(key != "" for key in drafts._catalog)  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------------------- translating
def _(message: str) -> str:
    """``message`` (English) in the current language; English when it has no translation."""
    cats = _current
    if cats is _ENGLISH:
        return message
    found = cats.find(message)
    return found[0] if found else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted text for ``n`` by the current language's plural rules (English: one / other)."""
    cats = _current
    if cats is not _ENGLISH:
        found = cats.find_plural(singular, n)
        if found is not None:
            return found
    return singular if n == 1 else plural


def state(message: str) -> str:
    """Where ``message`` would come from now: "reviewed", "draft" or "english" (no translation used)."""
    cats = _current
    if cats is _ENGLISH:
        return "english"
    found = cats.find(message)
    return found[1] if found else "english"


class LazyText:
    """A module-level text translated each time it is shown (``str()``, ``format()``, an f-string), so a
    constant built at import time follows a later ``set_language``."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message

    def __str__(self) -> str:
        return _(self.message)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def format(self, *args: object, **kwargs: object) -> str:
        return str(self).format(*args, **kwargs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LazyText) and other.message == self.message

    def __hash__(self) -> int:
        return hash(self.message)

    def __repr__(self) -> str:
        return f"lazy({self.message!r})"


def lazy(message: str) -> LazyText:
    """Mark a module-level text for translation; it is translated when shown."""
    return LazyText(message)


def forget_loaded() -> None:
    """Drop the catalogs read so far (after ``packaging/i18n.py build`` wrote new ones, in tests)."""
    global _current
    with _lock:
        _loaded.clear()
    code = _current.code
    _current = _ENGLISH
    set_language(code)
