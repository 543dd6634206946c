"""CLI commands ``packet`` (build the filing packet or the review record) and ``verify`` (check an exported
packet)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from parole_desktop.cli.common import REVIEWER_PASS_ENV, Command, open_session, secret
from parole_desktop.errors import UserError
from parole_desktop.l10n import _, lazy
from parole_desktop.paths import AppPaths
from parole_desktop.services import roster
from parole_desktop.services.names import short_fingerprint
from parole_desktop.services.packets import export_packet, manifest_beside, verify_packet_file
from parole_desktop.services.roster import ROSTER_MAX_AGE_DAYS
from parole_desktop.services.session import vault_exists
from parole_desktop.services.signoff_state import signed_on_reviewers_laptop


def cmd_client_sheet(args: argparse.Namespace, paths: AppPaths) -> int:
    from parole_desktop.services import client_sheet

    lang = client_sheet.check_language(args.lang or "")
    if args.draft or args.review_record:
        raise UserError(
            "--client-sheet makes the client's sheet only: leave out --draft and --review-record."
        )
    out = Path(args.output) if args.output else Path(client_sheet.sheet_file_name(args.case_id, lang))
    with open_session(args, paths) as s:
        res = client_sheet.export_client_sheet(s, args.case_id, lang, out)
        note = client_sheet.catalog_note(s, lang)
    print(
        f"Wrote the client sheet {res.path} ({lang}): {res.pages} page(s), {res.items} document(s) still needed"
    )
    if res.marked:
        print(
            f"Note: {res.marked} text(s) on it are marked (draft translation, out of date or English). {note}"
        )
    return 0


def cmd_packet(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.client_sheet:
        return cmd_client_sheet(args, paths)
    if args.lang:
        raise UserError("--lang is for --client-sheet: the filing packet is always in English.")
    if not args.output:
        raise UserError("packet needs -o FILE (where to write the PDF).")
    review = bool(getattr(args, "review_record", False))
    if args.final and args.draft:
        raise UserError("Choose --draft or --final, not both.")
    with open_session(args, paths) as s:
        # a case signed off on the reviewer's laptop: the filing built and signed there is handed out
        remote = not args.draft and not review and signed_on_reviewers_laptop(s, args.case_id)
        pw = None if args.draft or review or remote else secret(REVIEWER_PASS_ENV, "Reviewer passphrase: ")
        res = export_packet(
            s,
            args.case_id,
            Path(args.output),
            draft=args.draft,
            reviewer_passphrase=pw,
            output="review" if review else "filing",
        )
    if review:
        print(
            _("Wrote the review record {path}: {pages} pages (internal: never file it)").format(
                path=res.path, pages=res.pages
            )
        )
        return 0
    if res.built_by:
        print(
            f"Wrote the signed final packet {res.path}: built and signed on the reviewer's laptop by "
            f"{res.built_by} ({res.built_at}) and received sealed here; {res.pages} pages, sha256 {res.sha256}"
        )
        print(
            f"Wrote its sign-off manifest {manifest_beside(Path(res.path))} "
            "(internal: keep it with the review record, never file it)"
        )
        return 0
    kind = "draft" if args.draft else "signed final"
    print(
        f"Wrote {kind} packet {res.path}: {res.pages} pages, {len(res.exhibits)} exhibits, sha256 {res.sha256}"
    )
    if res.signed:
        print(
            f"Wrote its sign-off manifest {manifest_beside(Path(res.path))} "
            "(internal: keep it with the review record, never file it)"
        )
    return 0


def cmd_verify(args: argparse.Namespace, paths: AppPaths) -> int:
    given = roster.load_roster_file(Path(args.roster)) if args.roster else None
    proof = Path(args.manifest) if args.manifest else None
    if args.min_roster_version < 0 or args.max_roster_age < 0:
        raise UserError(_("--min-roster-version and --max-roster-age take a number of 0 or more."))
    strict = {"min_roster_version": args.min_roster_version, "max_roster_age_days": args.max_roster_age}
    if args.no_vault or not vault_exists(paths):
        res = verify_packet_file(Path(args.file), roster=given, manifest=proof, **strict)
    else:
        with open_session(args, paths) as s:
            res = verify_packet_file(Path(args.file), s, roster=given, manifest=proof, **strict)
    if res.reviewer:
        print(f"Reviewer: {res.reviewer} (key {short_fingerprint(res.key_fingerprint)})")
    if res.roster_org:
        print(
            f"Roster: {res.roster_org}, version {res.roster_version}, issued {res.roster_issued_at or '-'} "
            f"(org fingerprint {short_fingerprint(res.org_fingerprint)})"
        )
    print(f"PDF signer: {res.signer or '-'}")
    print(f"Signed at: {res.signed_at or '-'}")
    if res.pack and res.pack_sha256:
        print(
            _("Rules pack: {pack}, SHA-256 {pack_sha256}").format(pack=res.pack, pack_sha256=res.pack_sha256)
        )
    elif res.pack:
        print(
            _("Rules pack: {pack} (its SHA-256 is not recorded: signed off before version 0.3)").format(
                pack=res.pack
            )
        )
    else:
        print(_("Rules pack: -"))
    if res.fingerprint:
        print(_("Manifest fingerprint: {fingerprint}").format(fingerprint=res.fingerprint))
    if res.manifest_source:
        print(_("Manifest from: {manifest_source}").format(manifest_source=res.manifest_source))
    for note in res.notes:
        print(_("Note: {note}.").format(note=note))
    if not res.trusted and res.ok:
        print(
            _("Note: the signing certificate is the reviewer's own offline ID (not from a public authority).")
        )
    for warning in res.warnings:
        print(_("WARNING: {warning}.").format(warning=warning), file=sys.stderr)
    if res.ok:
        print(_("VERIFIED: the packet is intact and signed by a reviewer the roster lists."))
        return 0
    unknown = any("unknown key" in p for p in res.problems)
    print("NOT VERIFIED: signed by an unknown key" if unknown else "NOT VERIFIED:", file=sys.stderr)
    for p in res.problems:
        print(f"  - {p}", file=sys.stderr)
    return 1


def _packet_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("case_id", type=int)
    p.add_argument(
        "-o", "--output", help="the PDF to write (with --client-sheet: default client-sheet-N-LANG-DATE.pdf)"
    )
    p.add_argument("--draft", action="store_true")
    p.add_argument(
        "--final",
        action="store_true",
        help="the signed final filing (the default without --draft); of a case signed off on the reviewer's "
        "laptop, the filing built and signed there",
    )
    p.add_argument(
        "--review-record",
        action="store_true",
        help=_(
            "the internal review record (findings, accepted warnings, wet signatures, checklists); never filed, not signed"
        ),
    )
    p.add_argument(
        "--client-sheet",
        action="store_true",
        help="a short sheet for the client in their language (--lang): documents still needed, what happens "
        "next, how to reach the site; never the filing",
    )
    p.add_argument("--lang", metavar="L", help="the client sheet's language: en, es, fa_AF, ps, ar, uk or ht")


def _verify_arguments(v: argparse.ArgumentParser) -> None:
    v.add_argument("file")
    v.add_argument(
        "--no-vault", action="store_true", help=_("check the PDF alone, without opening the vault")
    )
    v.add_argument("--roster", help=_("the organization's roster file (else the one pinned in the vault)"))
    v.add_argument(
        "--manifest",
        help=_(
            "the filing's sign-off manifest: NAME.manifest.json or the review record PDF (else the one beside the filing; a 0.2 packet carries it inside)"
        ),
    )
    v.add_argument(
        "--min-roster-version",
        type=int,
        default=0,
        metavar="N",
        help=_(
            "refuse (not verified) a roster older than version N: the organization's newest version shows every revocation"
        ),
    )
    v.add_argument(
        "--max-roster-age",
        type=int,
        default=ROSTER_MAX_AGE_DAYS,
        metavar="DAYS",
        help=f"warn when the roster was issued more than DAYS days ago (default {ROSTER_MAX_AGE_DAYS}; "
        "0: no limit); a roster older than the sign-off is always named",
    )


COMMANDS = (
    Command(
        "packet",
        lazy("build the filing packet PDF (or, with --review-record, the review record)"),
        cmd_packet,
        _packet_arguments,
    ),
    Command(
        "verify",
        lazy("verify an exported packet (exit 0 only if intact and signed)"),
        cmd_verify,
        _verify_arguments,
    ),
)
