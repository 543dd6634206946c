"""The packet's document information: dates in the PDF date format (encoded by pikepdf), title, creator."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pikepdf
from pikepdf.models.metadata import decode_pdf_date

from parole_desktop.packet.build import build_packet
from tests.packet import packet_factory as f


def test_creation_date_round_trips_with_its_offset(tmp_path: Path) -> None:
    when = dt.datetime(2026, 3, 9, 14, 5, 7, tzinfo=dt.timezone(-dt.timedelta(hours=4, minutes=30)))
    inp = dataclasses.replace(f.small_input(draft=True), generated_at=when)
    out = tmp_path / "draft.pdf"
    build_packet(inp, out)
    with pikepdf.open(out) as pdf:
        created = str(pdf.docinfo[pikepdf.Name.CreationDate])
        assert created.startswith("D:20260309140507-04'30")
        assert decode_pdf_date(created) == when
        assert str(pdf.docinfo[pikepdf.Name.ModDate]) == created
        assert str(pdf.docinfo[pikepdf.Name.Creator]) == "Parole Desktop"
