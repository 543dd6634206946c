"""CLI commands ``check`` (readiness checks of a case) and ``rules`` (show, import or sign the rules pack)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from parole_desktop.cli.common import ORG_PASS_ENV, Command, open_session, out_json, secret
from parole_desktop.errors import UserError
from parole_desktop.fsutil import atomic_write_bytes
from parole_desktop.l10n import _, current_language, lazy
from parole_desktop.paths import AppPaths
from parole_desktop.services import org_packs, roster, rulebook
from parole_desktop.services.checks import active_pack, active_pack_signer, import_pack_file, run_checks
from parole_desktop.services.names import short_fingerprint
from parole_desktop.services.org_packs import BUNDLED
from parole_desktop.services.pack_texts import Marks, PackTexts
from parole_desktop.vaultfiles import vault_exists


def cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        res = run_checks(s, args.case_id, today=args.today)
        texts = PackTexts(
            active_pack(s).raw,
            current_language(),
            Marks(
                stale=_("translation out of date: shown in English"),
                missing=_("not translated yet: shown in English"),
            ),
        )
    shown = [texts.finding(f) for f in res.findings]
    if args.json:
        out_json(
            {
                "case_id": res.case_id,
                "ready": res.ready,
                "pack": {"id": res.pack_id, "version": res.pack_version, "as_of": res.pack_as_of.isoformat()},
                "findings": [
                    {
                        "id": f.rule_id,
                        "severity": str(f.severity),
                        "message": f.message,
                        "field": f.field,
                        "citation": f.citation,
                        "verify": f.verify,
                    }
                    | (
                        {}
                        if texts.english
                        else {"shown": {"lang": texts.lang, "text": sh.text, "state": sh.state}}
                    )
                    for f, sh in zip(res.findings, shown, strict=True)
                ],
            }
        )
    else:
        print(
            _("Case {id}: {verdict} (rules pack {pack} {version}, as of {date})").format(
                id=res.case_id,
                verdict=_("READY for review") if res.ready else _("NOT ready"),
                pack=res.pack_id,
                version=res.pack_version,
                date=res.pack_as_of,
            )
        )
        for f, sh in zip(res.findings, shown, strict=True):
            print(f"  [{f.severity}] {f.rule_id}: {sh.text}  ({f.citation})")
            if not texts.english:  # the English message, as stored: what the reviewer and the packet see
                print("      " + _("in English: {message}").format(message=f.message))
        if any(sh.draft for sh in shown):
            print(_("* not yet reviewed: a draft translation a qualified translator has not checked."))
        print(_("Checks say what is missing; they are not legal advice. The reviewer decides."))
    return 0 if res.ready else 1


def _sign(args: argparse.Namespace) -> int:
    """``rules sign PACK --org-key KEY -o FILE``: the org admin signs a pack for the org's vaults."""
    out = Path(args.output).expanduser()
    if out.exists():
        raise UserError(f"{out} already exists; a signed pack is never overwritten.")
    try:
        data = json.loads(Path(args.pack).expanduser().read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"Cannot read the rules pack {args.pack}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise UserError(f"The rules pack {args.pack} is not valid JSON: {exc}") from exc
    org = roster.load_org_key(Path(args.org_key), secret(ORG_PASS_ENV, "Org key passphrase: "))
    signed = org_packs.sign_org_pack(data, org)
    atomic_write_bytes(out, signed, "write the signed rules pack")
    print(
        f"Signed rules pack {data['id']} {data['version']} (as of {data['as_of']}) for {org.name} "
        f"(org key fingerprint {short_fingerprint(org.fingerprint)}) -> {out}"
    )
    print("Every vault pinned to this organization's roster takes it with `rules import FILE`.")
    return 0


def cmd_rules(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.rules_cmd == "sign":
        return _sign(args)
    if args.rules_cmd == "import":
        with open_session(args, paths) as s:
            imported = import_pack_file(s, Path(args.file))
        p = imported.pack
        if imported.new:
            print(f"Imported rules pack {p.id} {p.version} (as of {p.as_of}), {imported.signer.text}.")
        else:
            print(
                f"Rules pack {p.id} {p.version} (as of {p.as_of}) is already in this vault: nothing changed."
            )
        return 0
    if vault_exists(paths):  # the pack in use in this vault (an imported one when newer than the bundled)
        with open_session(args, paths) as s:
            pack, signer = active_pack_signer(s)
    else:
        pack, signer = rulebook.load_pack(), BUNDLED  # no vault: the pack bundled with the app
    rules = rulebook.rule_rows(pack)
    if args.json:
        out_json(
            {
                "pack": {
                    "id": pack.id,
                    "version": pack.version,
                    "jurisdiction": pack.jurisdiction,
                    "as_of": pack.as_of.isoformat(),
                    "sha256": pack.sha256,
                },
                "signed_by": signer.as_dict(),
                "rules": [
                    {
                        "id": r.id,
                        "severity": r.severity,
                        "title": r.title,
                        "citation": r.citation,
                        "sources": list(r.sources),
                        "as_of": r.as_of,
                        "verify": r.verify,
                    }
                    for r in rules
                ],
                "sources": [
                    {
                        "id": s.id,
                        "title": s.title,
                        "url": s.url,
                        "stated_date": s.stated_date,
                        "reliability": s.reliability,
                        "date_read": s.date_read,
                    }
                    for s in pack.sources.values()
                ],
            }
        )
        return 0
    print(
        _("Rules pack {pack} {version} · {jurisdiction} · as of {date}").format(
            pack=pack.id, version=pack.version, jurisdiction=pack.jurisdiction, date=pack.as_of
        )
    )
    print(_("SHA-256 {sha} (what sign-offs and `verify` name as this exact pack)").format(sha=pack.sha256))
    print(_("Signed by: {signer}").format(signer=signer.text))
    print(
        _("Rules ({n}; severity, citation, as of = the date their sources were last read):").format(
            n=len(rules)
        )
    )
    for r in rules:
        verify = " [verify]" if r.verify else ""
        print(f"  {r.id:<10} {r.severity:<4} {r.title}{verify}")
        print("             " + _("{citation} (as of {date})").format(citation=r.citation, date=r.as_of))
    print(_("Sources:"))
    for src in pack.sources.values():
        print(f"  {src.id} [{src.reliability}] {src.title} ({src.stated_date}) {src.url}")
    for line in pack.tables_text():
        print(line)
    print(_("Verify before filing:"))
    for item in pack.verify_items():
        print(
            "  - "
            + _("{label}: {value} (source {source}, as of {date})").format(
                label=item.label, value=item.value, source=item.source, date=item.as_of
            )
        )
    return 0


def _check_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("case_id", type=int)
    c.add_argument("--json", action="store_true", help=_("print JSON"))
    c.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)


def _rules_arguments(r: argparse.ArgumentParser) -> None:
    rsub = r.add_subparsers(dest="rules_cmd", required=True)
    rsub.add_parser("show", help=_("the bundled rules pack")).add_argument(
        "--json", action="store_true", help=_("every rule with severity, citation and as_of, and the sources")
    )
    rsub.add_parser("import", help=_("import a signed rules pack")).add_argument(
        "file", help=_("a signed pack: by the project's publisher, or by the organization this vault trusts")
    )
    sg = rsub.add_parser("sign", help=_("the org admin signs a rules pack with the org key"))
    sg.add_argument("pack", help=_("the rules pack JSON (same format as resources/rules/pack.json)"))
    sg.add_argument("--org-key", required=True, help=_("the org key file of `org create`"))
    sg.add_argument("-o", "--output", required=True, help=_("where to write the signed pack"))


COMMANDS = (
    Command(
        "check",
        lazy("readiness checks of a case (exit 0 when ready for review)"),
        cmd_check,
        _check_arguments,
    ),
    Command("rules", lazy("the rules pack"), cmd_rules, _rules_arguments),
)
