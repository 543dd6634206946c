"""Country and language names in words (the case may hold "AF" or "fa-AF"; a filing prints "Afghanistan",
"Dari"). Pure Python; the tables are in resources/templates/names.json."""

from __future__ import annotations

import functools
import json
from typing import Any

from parole_desktop.domain.models import Person
from parole_desktop.packet.fonts import resources_dir


@functools.cache
def _tables() -> dict[str, Any]:
    with open(resources_dir() / "templates" / "names.json", encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def country_name(value: str) -> str:
    """``"AF"`` → ``"Afghanistan"``; a name already in words is returned as typed; ``""`` stays ``""``."""
    v = (value or "").strip()
    if not v:
        return ""
    countries: dict[str, str] = _tables()["countries"]
    if len(v) == 2 and v.isalpha():
        return countries.get(v.upper(), v)
    return v


def language_name(code: str) -> str:
    """``"fa-AF"`` → ``"Dari"``, ``"fa"`` → ``"Persian (Farsi)"``, ``"ps"`` → ``"Pashto"``; a name in words
    is returned as typed; an unknown code is returned as it is (never invented)."""
    v = (code or "").strip()
    if not v:
        return ""
    langs: dict[str, str] = _tables()["languages"]
    for key in (v, v.replace("_", "-")):
        for k, name in langs.items():
            if k.lower() == key.lower():
                return name
    base = v.replace("_", "-").split("-")[0].lower()
    if base != v.lower() and base in langs:
        return langs[base]
    return v


def passport_names(p: Person) -> tuple[str | None, str | None]:
    """(family, given) as in the passport: the recorded Latin passport spelling when there is one, else
    the name as typed when it is in Latin letters; ``None`` when only a non-Latin spelling exists."""
    fam = str(getattr(p, "passport_family_name", "") or "").strip()
    giv = str(getattr(p, "passport_given_name", "") or "").strip()
    if fam or giv:
        return fam or None, giv or None
    return (_latin(p.family_name), _latin(p.given_name))


def _latin(s: str) -> str | None:
    s = (s or "").strip()
    if not s:
        return None
    return s if fits_form(s) else None


def fits_form(s: str) -> bool:
    """The form's fonts (Courier, WinAnsi) can show the text."""
    try:
        s.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True
