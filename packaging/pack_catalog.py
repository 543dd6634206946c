"""The rules pack's translation catalogs: python packaging/pack_catalog.py status | draft LANG FILE | review LANG KEY…

* ``status`` — per language: client-facing entries present, reviewed, out of date (the English changed).
* ``draft LANG FILE`` — merge a JSON object ``{key: text}`` into the catalog of LANG as *unreviewed* drafts,
  each stamped with the SHA-256 of the English it translates now. A key no English text has, a text
  that loses or adds a ``{placeholder}``, or one that loses a form name, citation, agency or number of the
  English ("Form I-131", "INA 212(a)", "USCIS", "30"), is refused (nothing is written).
* ``review LANG KEY…`` — record that a qualified translator checked these entries (``reviewed: true``);
  only for up-to-date entries.
* ``keys`` — every translatable key with its English (JSON), the file a translator starts from.

The pack's sections ``client_sheet`` and ``translations`` are written back one entry per line, the rest of
``resources/rules/pack.json`` is kept byte for byte. Afterwards run ``python packaging/pin_pack.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "resources" / "rules" / "pack.json"
sys.path.insert(0, str(ROOT))

from parole_desktop.rules import translations as tr  # noqa: E402  (after the path is set)


def _line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def render_tail(data: dict[str, Any]) -> str:
    """The text of the ``client_sheet`` and ``translations`` sections, one entry per line."""
    sheet = data["client_sheet"]
    texts = ",\n".join(f"      {_line(k)}: {_line(v)}" for k, v in sheet["texts"].items())
    steps = ",\n".join(f"      {_line(s)}" for s in sheet["next_steps"])
    out = [
        '  "client_sheet": {\n',
        f'    "note": {_line(sheet["note"])},\n',
        f'    "texts": {{\n{texts}\n    }},\n',
        f'    "next_steps": [\n{steps}\n    ]\n',
        "  },\n",
        '  "translations": {',
    ]
    langs = []
    for lang, entries in data.get("translations", {}).items():
        body = ",\n".join(f"      {_line(k)}: {_line(v)}" for k, v in entries.items())
        langs.append(f"\n    {_line(lang)}: {{\n{body}\n    }}")
    out.append(",".join(langs) + ("\n  }\n" if langs else "}\n"))
    return "".join(out)


def write_pack(data: dict[str, Any], path: Path | None = None) -> None:
    """Write ``data`` back, keeping everything before ``client_sheet`` as it is in the file."""
    path = path or PACK
    text = path.read_text(encoding="utf-8")
    cut = text.find('\n  "client_sheet": {')
    head = text[:cut] if cut >= 0 else text.rstrip()[:-1].rstrip()
    head = head.rstrip().rstrip(",") + ",\n"
    new = head + render_tail(data) + "}\n"
    if json.loads(new) != data:
        raise SystemExit("error: the rendered pack does not read back as the same data; nothing written")
    path.write_text(new, encoding="utf-8")


def _load(path: Path | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((path or PACK).read_text(encoding="utf-8"))
    data.setdefault("translations", {})
    return data


def cmd_status(data: dict[str, Any]) -> int:
    for lang, (name, direction) in tr.LANGUAGES.items():
        st = tr.catalog_status(data, lang)
        print(
            f"{lang:6} {name} ({direction}): {st.present}/{st.total} entries, {st.reviewed} reviewed, "
            f"{len(st.stale)} out of date{'; ships' if st.ships else ''}"
        )
        for key in st.stale:
            print(f"       out of date: {key}")
    return 0


def cmd_draft(data: dict[str, Any], lang: str, file: Path) -> int:
    if lang not in tr.LANGUAGES:
        raise SystemExit(f"error: unknown language {lang!r}; one of {', '.join(tr.LANGUAGES)}")
    drafts = json.loads(file.read_text(encoding="utf-8"))
    sources = tr.english_sources(data)
    catalog = data["translations"].setdefault(lang, {})
    for key, text in drafts.items():
        if key not in sources:
            raise SystemExit(f"error: {key!r}: no English text has this key; nothing written")
        if tr.placeholders(text) != tr.placeholders(sources[key]):
            raise SystemExit(f"error: {key!r}: the placeholders differ from the English; nothing written")
        if tr.lost_terms(sources[key], text):
            raise SystemExit(
                f"error: {key!r}: keep {', '.join(tr.lost_terms(sources[key], text))} as in the English (form "
                "names, citations, agencies, numbers); nothing written"
            )
        catalog[key] = {"text": text, "source_sha256": tr.source_sha256(sources[key]), "reviewed": False}
    order = list(sources)
    data["translations"][lang] = dict(sorted(catalog.items(), key=lambda kv: order.index(kv[0])))
    data["translations"] = {k: data["translations"][k] for k in tr.LANGUAGES if k in data["translations"]}
    write_pack(data)
    print(f"{lang}: {len(drafts)} draft entries written (unreviewed); now run python packaging/pin_pack.py")
    return 0


def cmd_review(data: dict[str, Any], lang: str, keys: list[str]) -> int:
    sources = tr.english_sources(data)
    catalog = data["translations"].get(lang, {})
    for key in keys:
        entry = catalog.get(key)
        if entry is None or entry["source_sha256"] != tr.source_sha256(sources.get(key, "")):
            raise SystemExit(f"error: {lang} {key!r} is missing or out of date; nothing written")
        entry["reviewed"] = True
    write_pack(data)
    print(f"{lang}: {len(keys)} entries marked reviewed; now run python packaging/pin_pack.py")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("status")
    sub.add_parser("keys")
    d = sub.add_parser("draft")
    d.add_argument("lang")
    d.add_argument("file", type=Path)
    r = sub.add_parser("review")
    r.add_argument("lang")
    r.add_argument("keys", nargs="+")
    args = ap.parse_args(argv)
    data = _load()
    if args.cmd == "status":
        return cmd_status(data)
    if args.cmd == "keys":
        print(json.dumps(tr.english_sources(data), indent=1, ensure_ascii=False))
        return 0
    if args.cmd == "draft":
        return cmd_draft(data, args.lang, args.file)
    return cmd_review(data, args.lang, args.keys)


if __name__ == "__main__":
    sys.exit(main())
