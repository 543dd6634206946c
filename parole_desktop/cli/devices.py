"""CLI command ``device``: this laptop's identity for the laptop-to-laptop exchange (issue #23) — show it,
name it, and write the signed enrolment the org admin lists with ``roster add-device``."""

from __future__ import annotations

import argparse
from pathlib import Path

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.l10n import _, lazy
from parole_desktop.paths import AppPaths
from parole_desktop.services import devices


def _print(info: devices.DeviceInfo) -> None:
    print(_("This laptop: {name}").format(name=info.name))
    print(_("  device id:   {device_id}").format(device_id=info.device_id))
    print(_("  fingerprint: {fingerprint_short}").format(fingerprint_short=info.fingerprint_short))
    print(_("  age:         {age_recipient}").format(age_recipient=info.age_recipient))
    print(_("  roster:      {listed}").format(listed=info.listed))


def cmd_device(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        if args.device_cmd == "rename":
            info = devices.rename(s, args.name)
            print(_("This laptop is now called “{name}”.").format(name=info.name))
            return 0
        if args.device_cmd == "enrol-request":
            out = Path(args.output).expanduser()
            info = devices.write_enrolment(s, out)
            print(_("Wrote the enrolment of “{name}” to {out}").format(name=info.name, out=out))
            print(_("Fingerprint: {fingerprint_short}").format(fingerprint_short=info.fingerprint_short))
            print(
                "Give the file to the org admin and compare this fingerprint with theirs (in person, by "
                "phone, or by scanning the QR code in Settings). They list it with `roster add-device`."
            )
            return 0
        info = devices.device_info(s)
    if args.json:
        out_json(info.as_dict())
    else:
        _print(info)
    return 0


def _arguments(d: argparse.ArgumentParser) -> None:
    dsub = d.add_subparsers(dest="device_cmd", required=True)
    show = dsub.add_parser("show", help=_("this laptop's name, id and fingerprint, and what the roster says"))
    show.add_argument("--json", action="store_true")
    rn = dsub.add_parser("rename", help=_("the name people know this laptop by (e.g. 'Site 2 laptop 3')"))
    rn.add_argument("name")
    er = dsub.add_parser(
        "enrol-request", help=_("write this laptop's signed public enrolment for the org admin")
    )
    er.add_argument("-o", "--output", required=True)


COMMANDS = (
    Command(
        "device",
        lazy("this laptop's identity for sharing cases within the organization"),
        cmd_device,
        _arguments,
    ),
)
