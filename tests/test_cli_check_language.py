"""``parole-desktop --lang L check N`` (issue #24): the findings in the volunteer's language from the rules
pack's catalogs, drafts marked ``*`` with a one-line legend, each with its English message as stored; the
exit code and ``--json``'s English fields are the same in every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parole_desktop import l10n
from parole_desktop.cli import main
from parole_desktop.rules import load_pack
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
    yield run
    l10n.set_language("en")


def test_check_in_pashto_shows_each_finding_translated_marked_with_its_english(cli) -> None:
    raw = load_pack().raw
    rc_en, out_en, _ = cli("check", "1", "--json")
    english = json.loads(out_en)["findings"]
    assert english and all("shown" not in f for f in english)
    rc, out, _err = cli("--lang", "ps", "check", "1")
    assert rc == rc_en == 1  # not ready, in every language
    for f in english:
        title = raw["translations"]["ps"][f"rule.{f['id']}.title"]["text"]
        assert f"[{f['severity']}] {f['id']}: * {title}" in out
        assert f["message"] in out and f["citation"] in out  # the English as stored, the citation as is
    legend = [line for line in out.splitlines() if line.startswith("* ")]
    assert (
        len(legend) == 1
        and legend[0] != "* not yet reviewed: a draft translation a qualified translator has not checked."
    )
    assert out.count(": * ") == len(english)  # every draft marked once


def test_check_json_in_a_language_adds_what_is_shown_and_keeps_the_english(cli) -> None:
    _, out_en, _ = cli("check", "1", "--json")
    _, out_ar, _ = cli("--lang", "ar", "check", "1", "--json")
    english, arabic = json.loads(out_en)["findings"], json.loads(out_ar)["findings"]
    assert [{k: v for k, v in f.items() if k != "shown"} for f in arabic] == english
    assert all(f["shown"]["lang"] == "ar" and f["shown"]["state"] == "unreviewed" for f in arabic)
    assert all(f["shown"]["text"].startswith("* ") for f in arabic)


def test_check_in_english_prints_the_messages_as_before(cli) -> None:
    _, out, _ = cli("check", "1")
    assert "in English:" not in out and "not yet reviewed" not in out
    _, out_json, _ = cli("check", "1", "--json")
    for f in json.loads(out_json)["findings"]:
        assert f"[{f['severity']}] {f['id']}: {f['message']}  ({f['citation']})" in out
