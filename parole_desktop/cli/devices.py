"""CLI command ``device``: this laptop's identity for the laptop-to-laptop exchange (issue #23) — show it,
name it, and write the signed enrolment the org admin lists with ``roster add-device``."""

from __future__ import annotations

import argparse
from pathlib import Path

from parole_desktop.cli.common import Command, open_session, out_json
from parole_desktop.paths import AppPaths
from parole_desktop.services import devices


def _print(info: devices.DeviceInfo) -> None:
    print(f"This laptop: {info.name}")
    print(f"  device id:   {info.device_id}")
    print(f"  fingerprint: {info.fingerprint_short}")
    print(f"  age:         {info.age_recipient}")
    print(f"  roster:      {info.listed}")


def cmd_device(args: argparse.Namespace, paths: AppPaths) -> int:
    with open_session(args, paths) as s:
        if args.device_cmd == "rename":
            info = devices.rename(s, args.name)
            print(f"This laptop is now called “{info.name}”.")
            return 0
        if args.device_cmd == "enrol-request":
            out = Path(args.output).expanduser()
            info = devices.write_enrolment(s, out)
            print(f"Wrote the enrolment of “{info.name}” to {out}")
            print(f"Fingerprint: {info.fingerprint_short}")
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
    show = dsub.add_parser("show", help="this laptop's name, id and fingerprint, and what the roster says")
    show.add_argument("--json", action="store_true")
    rn = dsub.add_parser("rename", help="the name people know this laptop by (e.g. 'Site 2 laptop 3')")
    rn.add_argument("name")
    er = dsub.add_parser(
        "enrol-request", help="write this laptop's signed public enrolment for the org admin"
    )
    er.add_argument("-o", "--output", required=True)


COMMANDS = (
    Command(
        "device", "this laptop's identity for sharing cases within the organization", cmd_device, _arguments
    ),
)
