"""Start-up cost of the core's translations (#24: start-up not slower by more than 20 ms), beside the GUI
start-up benchmark (test_gui_startup.py): the CLI's start in English and in Spanish (choosing the language,
building the parser with every translated help text, the whole ``--help``), and what the GUI's start adds
(the core's language module and the saved language's catalogs). Fresh processes, alternated, medians of 9."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

CHILD = textwrap.dedent("""
    import json, sys, time
    mode, lang = sys.argv[1], sys.argv[2]
    if mode == "cli":  # the CLI's start once its modules are in: the language, the parser, the whole --help
        from parole_desktop.cli import program
        t0 = time.perf_counter()
        program.choose_language(["--lang", lang])
        with program.argparse_in_language():
            text = program.build_parser().format_help()
    else:  # what the GUI's start adds: the module (beside what ui/i18n loads anyway) and the saved language
        import dataclasses, logging, pathlib, threading, typing
        import parole_desktop.paths
        t0 = time.perf_counter()
        from parole_desktop import l10n
        l10n.set_language(lang)
        text = l10n._("Vault passphrase: ")
    t1 = time.perf_counter()
    print(json.dumps({"seconds": t1 - t0, "text": text[:40]}))
""")


def _child(mode: str, lang: str) -> float:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    )
    env.pop("LANGUAGE", None)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, lang],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["seconds"])


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


@pytest.mark.benchmark
def test_translations_add_at_most_20_ms_to_start_up() -> None:
    found: dict[tuple[str, str], list[float]] = {}
    for mode in ("cli", "core"):
        _child(mode, "es")  # warm the file cache
        for _ in range(9):
            for lang in ("en", "es"):
                found.setdefault((mode, lang), []).append(_child(mode, lang))
    ms = {key: round(_median(v) * 1000, 1) for key, v in found.items()}
    print(
        f"\nCLI start, language + parser + the whole --help: English {ms['cli', 'en']} ms, Spanish {ms['cli', 'es']} ms "
        f"(+{round(ms['cli', 'es'] - ms['cli', 'en'], 1)} ms)"
        f"\nGUI start, the core's language: module in English {ms['core', 'en']} ms, "
        f"module + Spanish catalogs {ms['core', 'es']} ms"
    )
    assert ms["cli", "es"] - ms["cli", "en"] <= 20
    assert ms["core", "es"] <= 20
