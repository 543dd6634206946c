"""Country and language names in words (the case may hold "AF" or "fa-AF"; a filing prints "Afghanistan",
"Dari"). Pure Python; the tables are in resources/templates/names.json."""

from __future__ import annotations

import functools
import json
from typing import Any

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
