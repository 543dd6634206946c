"""CLI commands ``check`` (readiness checks of a case) and ``rules`` (show, import or sign the rules pack)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from parole_desktop.cli.common import ORG_PASS_ENV, Command, open_session, out_json, secret
from parole_desktop.errors import UserError
from parole_desktop.fsutil import atomic_write_bytes
from parole_desktop.paths import AppPaths
from parole_desktop.services import org_packs, roster, rulebook
from parole_desktop.services.checks import active_pack_signer, import_pack_file, run_checks
from parole_desktop.services.names import short_fingerprint
from parole_desktop.services.org_packs import BUNDLED
from parole_desktop.vaultfiles import vault_exists


def cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        res = run_checks(s, args.case_id, today=args.today)
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
                    for f in res.findings
                ],
            }
        )
    else:
        print(
            f"Case {res.case_id}: {'READY for review' if res.ready else 'NOT ready'} "
            f"(rules pack {res.pack_id} {res.pack_version}, as of {res.pack_as_of})"
        )
        for f in res.findings:
            print(f"  [{f.severity}] {f.rule_id}: {f.message}  ({f.citation})")
        print("Checks say what is missing; they are not legal advice. The reviewer decides.")
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
    print(f"Rules pack {pack.id} {pack.version} · {pack.jurisdiction} · as of {pack.as_of}")
    print(f"SHA-256 {pack.sha256} (what sign-offs and `verify` name as this exact pack)")
    print(f"Signed by: {signer.text}")
    print(f"Rules ({len(rules)}; severity, citation, as of = the date their sources were last read):")
    for r in rules:
        verify = " [verify]" if r.verify else ""
        print(f"  {r.id:<10} {r.severity:<4} {r.title}{verify}")
        print(f"             {r.citation} (as of {r.as_of})")
    print("Sources:")
    for src in pack.sources.values():
        print(f"  {src.id} [{src.reliability}] {src.title} ({src.stated_date}) {src.url}")
    for line in pack.tables_text():
        print(line)
    print("Verify before filing:")
    for item in pack.verify_items():
        print(f"  - {item.label}: {item.value} (source {item.source}, as of {item.as_of})")
    return 0


def _check_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("case_id", type=int)
    c.add_argument("--json", action="store_true")
    c.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)


def _rules_arguments(r: argparse.ArgumentParser) -> None:
    rsub = r.add_subparsers(dest="rules_cmd", required=True)
    rsub.add_parser("show").add_argument(
        "--json", action="store_true", help="every rule with severity, citation and as_of, and the sources"
    )
    rsub.add_parser("import").add_argument(
        "file", help="a signed pack: by the project's publisher, or by the organization this vault trusts"
    )
    sg = rsub.add_parser("sign", help="the org admin signs a rules pack with the org key")
    sg.add_argument("pack", help="the rules pack JSON (same format as resources/rules/pack.json)")
    sg.add_argument("--org-key", required=True, help="the org key file of `org create`")
    sg.add_argument("-o", "--output", required=True, help="where to write the signed pack")


COMMANDS = (
    Command(
        "check", "readiness checks of a case (exit 0 when ready for review)", cmd_check, _check_arguments
    ),
    Command("rules", "the rules pack", cmd_rules, _rules_arguments),
)
