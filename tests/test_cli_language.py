"""The command line in the user's language (#24 part 2): ``--lang L``, else LANGUAGE / LC_ALL / LC_MESSAGES /
LANG; the help, argparse's own messages, a real command's output and a real error are translated; an
unknown language is English with one warning."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from parole_desktop import l10n
from parole_desktop.cli import main
from tests.conftest import PASSPHRASE, ROOT

DRAFT_NOTE_ES = (
    "nota: algunos mensajes en este idioma son borradores que ningún traductor ha revisado todavía"
)


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        try:
            rc = main(
                [*args[:2], "--data-dir", str(data), *args[2:]]
                if args[:1] == ("--lang",)
                else ["--data-dir", str(data), *args]
            )
        except SystemExit as exc:  # --help and argparse's refusals
            rc = int(exc.code or 0)
        out = capsys.readouterr()
        return rc, out.out, out.err

    return run


@pytest.fixture
def vault_with_cases(cli, tmp_path):
    """Three synthetic cases, made through the services (quicker than ``demo``)."""
    from parole_desktop.paths import AppPaths
    from parole_desktop.services.session import create_vault

    session, _recovery = create_vault(AppPaths(tmp_path / "data"), PASSPHRASE)
    with session:
        for given, family in (("Quillon", "Brexmoor"), ("Oksana", "Ivanenko"), ("José", "Núñez")):
            session.new_case(given, family)
    return cli


def test_help_in_spanish(cli) -> None:
    rc, out, err = cli("--lang", "es", "--help")
    assert rc == 0
    assert out.startswith("uso: parole-desktop")
    assert "Prepare solicitudes de parole humanitario sin conexión." in out
    assert "argumentos posicionales:" in out and "opciones:" in out
    assert "mostrar este mensaje de ayuda y salir" in out
    assert "crear una bóveda nueva" in out and "listar o buscar casos" in out  # the commands' lazy help
    assert "idioma de los mensajes: en, es, fa_AF, ps, uk, ar, ht" in out
    assert err.strip() == DRAFT_NOTE_ES  # every Spanish entry is a machine draft: said once
    rc, out, _err = cli("--lang", "es", "case", "--help")
    assert rc == 0 and "un caso, sus personas y sus pruebas" in out


def test_a_real_command_prints_spanish(vault_with_cases) -> None:
    rc, out, _err = vault_with_cases("--lang", "es", "cases")
    assert rc == 0
    assert out.rstrip().endswith("(3 casos)")
    rc, out, _err = vault_with_cases("--lang", "es", "check", "1")
    assert "Las verificaciones indican lo que falta; no son asesoría legal. El revisor decide." in out
    assert out.startswith(("Caso 1: LISTO para revisión", "Caso 1: NO está listo"))
    assert "(paquete de reglas " in out
    rc, out, _err = vault_with_cases("--lang", "es", "cases")
    assert "fallas ·" in out or "listo" in out  # the readiness column, checked now


def test_a_real_error_in_spanish_and_english(vault_with_cases) -> None:
    rc, out, err = vault_with_cases("--lang", "es", "case", "show", "999")
    assert (rc, out) == (2, "")
    assert err.splitlines()[-1] == "error: No existe el caso 999."
    rc, _out, err = vault_with_cases("case", "show", "999")
    assert (rc, err) == (2, "error: There is no case 999.\n")


def test_argparse_refusals_in_spanish(cli) -> None:
    rc, _out, err = cli("--lang", "es", "case")
    assert rc == 2
    assert "uso: parole-desktop case" in err
    assert "parole-desktop case: error: se requieren los siguientes argumentos: case_cmd" in err
    rc, _out, err = cli("--lang", "es", "cases", "--limit", "many")
    assert rc == 2 and "argumento --limit: valor int no válido: 'many'" in err
    # argparse is left as it was after the CLI ran
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_lang_wins_over_the_environment(cli, monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "uk")
    rc, out, _err = cli("--lang", "es", "--help")
    assert rc == 0 and out.startswith("uso: ")


def test_lang_uk_from_the_environment(vault_with_cases, monkeypatch) -> None:
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    rc, out, err = vault_with_cases("cases")
    assert rc == 0 and out.rstrip().endswith("(3 справи)")
    assert "примітка: деякі повідомлення цією мовою — чернетки" in err
    rc, out, err = vault_with_cases("case", "show", "999")
    assert rc == 2 and err.splitlines()[-1] == "помилка: Немає справи 999."
    rc, out, _err = vault_with_cases("--help")
    assert out.startswith("використання: parole-desktop") and "створити нове сховище" in out
    assert l10n.current_language() == "uk"


def test_lc_all_c_means_english(cli, monkeypatch) -> None:
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    rc, out, err = cli("--help")
    assert rc == 0 and out.startswith("usage: parole-desktop") and err == ""


def test_an_unknown_language_is_english_with_one_warning(vault_with_cases) -> None:
    rc, out, err = vault_with_cases("--lang", "xx", "cases")
    assert rc == 0 and out.rstrip().endswith("(3 cases)")
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: no translation for the language xx (there are: en, es, fa_AF, ps, uk, ar, ht); using English"
    ]
    assert err.strip() == warnings[0]
    rc, out, err = vault_with_cases("--lang=de_DE", "case", "show", "999")
    assert rc == 2 and err.splitlines() == [
        "warning: no translation for the language de_DE (there are: en, es, fa_AF, ps, uk, ar, ht); using English",
        "error: There is no case 999.",
    ]


def test_an_unknown_locale_in_the_environment_is_english_without_a_warning(cli, monkeypatch) -> None:
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    rc, out, err = cli("--help")
    assert rc == 0 and out.startswith("usage: ") and err == ""


def test_a_hostile_lang_value_is_cut_and_changes_nothing(cli) -> None:
    rc, out, err = cli("--lang", "x" * 5000 + "\u202e", "--help")
    assert rc == 0 and out.startswith("usage: ")
    warning = err.splitlines()[0]
    assert len(warning) < 200 and warning.startswith("warning: no translation for the language xxxx")


@pytest.mark.slow
def test_the_installed_command_speaks_spanish(tmp_path: Path) -> None:
    """A fresh process (the console script's code path): argparse's own texts and the help in Spanish."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    )
    env["LANGUAGE"] = "en"
    out = subprocess.run(
        [sys.executable, "-m", "parole_desktop", "--lang", "es", "--data-dir", str(tmp_path), "nonsense"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 2
    assert "uso: parole-desktop" in out.stderr
    assert "argumento COMMAND: opción no válida: 'nonsense' (elija entre " in out.stderr
