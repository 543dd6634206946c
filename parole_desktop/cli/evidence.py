"""CLI command ``evidence``: add, edit (what an item says, never its content) and remove evidence files."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from parole_desktop.cli.common import Command, open_session
from parole_desktop.domain.enums import CaptureKind
from parole_desktop.domain.text import excerpt
from parole_desktop.l10n import _, lazy
from parole_desktop.paths import AppPaths


def _evidence_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The evidence attributes given on the command line (only those given). Values of several types, each
    checked by the service against the evidence field it sets (unknown fields are refused there)."""
    fields: dict[str, Any] = {}
    for attr in (
        "title",
        "kind",
        "language",
        "translation_of",
        "notes",
        "document_date",
        "names_person",
        "shared_with_group",
        "translator_certified",
        "stated_name",
        "stated_date_of_birth",
        "stated_passport_number",
        "capture",
    ):
        value = getattr(args, attr, None)
        if value is not None:
            fields[attr] = value
    if getattr(args, "translator", None):
        fields["translator_name"] = args.translator
        fields.setdefault("translator_certified", True)
    return fields


def cmd_evidence(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.evidence_cmd == "edit":
        with open_session(args, paths) as s:
            fields = _evidence_fields(args)
            if not fields:
                print(
                    "error: nothing to change (give at least one option, see evidence edit --help)",
                    file=sys.stderr,
                )
                return 2
            ev = s.edit_evidence(args.evidence_id, **fields)
        print(f"Updated evidence {ev.id} of case {ev.case_id}: {', '.join(sorted(fields))}.")
        return 0
    if args.evidence_cmd == "remove":
        with open_session(args, paths) as s:
            ev = s.get_evidence(args.evidence_id)
            rid = s.delete_evidence(args.evidence_id)
        print(f"Removed evidence {ev.id} ({ev.title or ev.kind}) from case {ev.case_id}.")
        print(
            f"Its file is kept until the case is signed off: `parole-desktop case restore {rid}` puts it back "
            f"(`parole-desktop case removed {ev.case_id}` lists what can be put back)."
        )
        return 0
    with open_session(args, paths) as s:
        fields = _evidence_fields(args)
        for key in ("kind", "title", "language", "translation_of"):
            fields.pop(key, None)
        added = s.add_evidence(
            args.case_id,
            Path(args.file),
            kind=args.kind,
            title=args.title or "",
            language=args.language or "en",
            translation_of=args.translation_of,
            **fields,
        )
    ev = added.evidence
    print(
        f"Added evidence {ev.id} to case {args.case_id}: {ev.original_filename} ({ev.size} bytes, "
        f"sha256 {ev.sha256[:16]}…)"
    )
    if added.evidence.print_note:
        print(_("Note: {print_note}.").format(print_note=added.evidence.print_note))
    return 0


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{excerpt(text)} is not a date (use YYYY-MM-DD)") from exc


def _evidence_options(p: argparse.ArgumentParser, *, editing: bool) -> None:
    if editing:
        p.add_argument("--kind")
    p.add_argument("--title")
    p.add_argument("--language", default=None, help=_("language code (en when not given on add)"))
    p.add_argument("--translation-of", type=int, dest="translation_of")
    p.add_argument("--translator", help=_("translator's name (marks the certification as given)"))
    p.add_argument(
        "--translator-certified",
        action=argparse.BooleanOptionalAction,
        default=None,
        dest="translator_certified",
    )
    p.add_argument(
        "--names-person",
        action=argparse.BooleanOptionalAction,
        default=None,
        dest="names_person",
        help=_("a third-party document that names the beneficiary (protection)"),
    )
    p.add_argument(
        "--shared-with-group",
        action=argparse.BooleanOptionalAction,
        default=None,
        dest="shared_with_group",
        help=_("one document serving the whole family group"),
    )
    p.add_argument(
        "--document-date", type=_iso_date, dest="document_date", help=_("date on the document (YYYY-MM-DD)")
    )
    p.add_argument("--notes")
    # what the document itself says, typed from it (checked against the people records, HP-ID-12)
    p.add_argument("--stated-name", dest="stated_name", help=_("the name as spelled in the document"))
    p.add_argument(
        "--stated-date-of-birth",
        type=_iso_date,
        dest="stated_date_of_birth",
        help=_("the date of birth the document gives (YYYY-MM-DD)"),
    )
    p.add_argument(
        "--stated-passport-number",
        dest="stated_passport_number",
        help=_("the passport number the document gives"),
    )
    p.add_argument(
        "--capture",
        type=_capture,
        help=f"how the file was made: {', '.join(c.value for c in CaptureKind)} (a phone photo gets a warning)",
    )


def _capture(text: str) -> CaptureKind:
    try:
        return CaptureKind(text.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError as exc:
        choices = ", ".join(c.value for c in CaptureKind)
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a capture kind (one of {choices})").format(text=text, choices=choices)
        ) from exc


def _arguments(ev: argparse.ArgumentParser) -> None:
    esub = ev.add_subparsers(dest="evidence_cmd", required=True)
    add = esub.add_parser("add")
    add.add_argument("case_id", type=int)
    add.add_argument("file")
    add.add_argument("--kind", required=True)
    _evidence_options(add, editing=False)
    edit = esub.add_parser("edit", help=_("change what an evidence item says (never its content)"))
    edit.add_argument("evidence_id", type=int)
    _evidence_options(edit, editing=True)
    esub.add_parser(
        "remove", help=_("take an evidence item out of its case (kept, with its file, until sign-off)")
    ).add_argument("evidence_id", type=int)


COMMANDS = (Command("evidence", lazy("evidence files"), cmd_evidence, _arguments),)
