"""``packet N --client-sheet --lang L [-o FILE]``: the client sheet from the command line (issue #24)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from parole_desktop.cli import main
from tests.conftest import PASSPHRASE

FIXTURE = str(Path(__file__).resolve().parent / "fixtures" / "cases" / "medical_uscis_complete.json")


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        rc = main(["--data-dir", str(data), *args])
        out = capsys.readouterr()
        return rc, out.out, out.err

    assert run("init")[0] == 0
    assert run("case", "import", FIXTURE)[0] == 0
    return run


def test_the_client_sheet_is_written_where_asked_in_the_language_asked(cli, tmp_path: Path) -> None:
    out_file = tmp_path / "sheet.pdf"
    rc, out, err = cli("packet", "1", "--client-sheet", "--lang", "es", "-o", str(out_file))
    assert rc == 0, err
    assert f"Wrote the client sheet {out_file} (es)" in out and "document(s) still needed" in out
    assert "not yet reviewed" in out  # the volunteer is told the Spanish is a draft
    text = subprocess.run(["pdftotext", str(out_file), "-"], capture_output=True, text=True).stdout
    assert "Documentos que todavía necesitamos" in text and "Farzana" in text and "Karimi" not in text


def test_without_o_the_sheet_gets_a_name_in_the_current_folder(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    rc, out, err = cli("packet", "1", "--client-sheet", "--lang", "ps")
    assert rc == 0, err
    written = list(tmp_path.glob("client-sheet-1-ps-*.pdf"))
    assert len(written) == 1 and written[0].name in out


def test_a_bad_language_is_refused_naming_the_languages(cli, tmp_path: Path) -> None:
    rc, _, err = cli("packet", "1", "--client-sheet", "--lang", "de", "-o", str(tmp_path / "s.pdf"))
    assert rc != 0 and not (tmp_path / "s.pdf").exists()
    for name in (
        "en (English)",
        "es (Spanish)",
        "fa_AF (Dari)",
        "ps (Pashto)",
        "ar (Arabic)",
        "uk (Ukrainian)",
    ):
        assert name in err
    assert "'de'" in err
    rc, _, err = cli("packet", "1", "--client-sheet", "-o", str(tmp_path / "s.pdf"))
    assert rc != 0 and "choose one of" in err


def test_lang_belongs_to_the_client_sheet_and_the_packet_still_needs_o(cli, tmp_path: Path) -> None:
    rc, _, err = cli("packet", "1", "--draft", "--lang", "es", "-o", str(tmp_path / "p.pdf"))
    assert rc != 0 and "always in English" in err and not (tmp_path / "p.pdf").exists()
    rc, _, err = cli("packet", "1", "--draft")
    assert rc != 0 and "-o FILE" in err
    rc, _, err = cli(
        "packet", "1", "--client-sheet", "--lang", "es", "--draft", "-o", str(tmp_path / "s.pdf")
    )
    assert rc != 0 and "leave out --draft" in err
