"""Render the page-by-page screenshots of docs/packet.md from packets this code builds out of synthetic
fixture cases: python -m tests.packet.make_packet_screenshots [OUT_DIR] (needs pdftoppm)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from parole_desktop.packet.build import build_packet
from parole_desktop.packet.model import REVIEW, ReviewItem
from parole_desktop.packet.pdfsign import self_signed_identity
from tests.packet.test_filing_packet import _cases, _input, _outline

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _shot(pdf: Path, page: int, name: str, out: Path) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "40",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(out / name),
        ],
        check=True,
    )


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    ident = self_signed_identity("Rita Reviewer", "Example Legal Aid")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        filing = folder / "filing.pdf"
        build_packet(_input(_cases("medical_uscis_complete.json")), filing, signing=ident)
        first = {}
        for _level, title, page in _outline(filing):
            first.setdefault(title.split(" — ")[0], page)
        shots = [
            ("packet-01-cover-letter", first["Cover letter"]),
            ("packet-02-contents", first["Form I-131"] - 1),  # the contents page precedes the I-131
            ("packet-03-i131-part1", first["Form I-131"] + 2),
            ("packet-04-i131-part2", first["Form I-131"] + 5),
            ("packet-06-statement", first["Statement of reasons"]),
            ("packet-07-exhibit-index", first["Exhibit index"]),
            ("packet-08-group-tab", first["Evidence of the urgent reason"]),
            ("packet-09-exhibit", first["Evidence of the urgent reason"] + 1),  # no tab page before it
        ]
        for name, page in shots:
            _shot(filing, page, name, out)
        inp = _input(_cases("medical_uscis_complete.json"))
        inp.output = REVIEW
        inp.review_items = [
            ReviewItem(
                "HP-FEE-02",
                "warn",
                "The filing fee amount rests on a figure marked verify.",
                "accepted",
                "Fee checked on uscis.gov on the day of mailing",
                1,
                True,
            )
        ]
        record = folder / "record.pdf"
        build_packet(inp, record)
        _shot(record, 1, "packet-10-review-record", out)
        _shot(record, 2, "packet-11-review-record-signatures", out)
        cbp = folder / "cbp.pdf"
        build_packet(_input(_cases("funeral_cbp.json")), cbp, signing=ident)
        _shot(cbp, 1, "packet-12-cbp-officer-summary", out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
