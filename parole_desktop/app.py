"""Composition root of the desktop app: arguments, paths, logging, crash handler, settings, main window."""

from __future__ import annotations

import argparse
import functools
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from parole_desktop import APP_ID, APP_NAME, __version__
from parole_desktop.logsetup import setup_logging
from parole_desktop.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    from parole_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
DEMO_PASSPHRASE = (
    "demo passphrase"  # the same published value as store.keys.DEMO_PASSPHRASE (refused elsewhere)
)
DEMO_CASES = 24


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="parole-desktop-gui", description=f"{APP_NAME} {__version__}")
    p.add_argument(
        "--data-dir", help="folder for the vault, settings and logs (default: the user data folder)"
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help=f"open the demo vault (synthetic cases, passphrase “{DEMO_PASSPHRASE}”) in its own folder, "
        "creating it if needed; never the real vault",
    )
    p.add_argument(
        "--screenshot-dir", help="render every main screen offscreen into PNG files there, then exit"
    )
    p.add_argument(
        "--screenshot-languages",
        help="with --screenshot-dir: only the case list, People and Checks in each of these interface "
        "languages (comma-separated codes, e.g. en,es,fa_AF)",
    )
    p.add_argument("--verbose", action="store_true", help="debug logging")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="run the whole workflow headless on a throw-away vault, print one line per step, exit",
    )
    return p.parse_args(list(argv) if argv is not None else None)


def create_demo_vault(paths: AppPaths, n_cases: int = DEMO_CASES) -> bool:
    """The demo vault with synthetic cases in the demo's own folder (``paths.for_demo()``), unless one
    exists there. True when one was made."""
    from parole_desktop.services import demo

    return demo.create_demo_vault(paths.for_demo(), n_cases)


def add_demo_banner(window: QMainWindow) -> None:
    """A permanent DEMO banner across the top of the window (ui/banner.py: above the pages, never hidden)."""
    from parole_desktop.ui.banner import add_demo_banner as add

    add(window)


def make_application(argv: Sequence[str], *, fonts: bool = True) -> QApplication:
    """The QApplication; ``fonts=False`` leaves the bundled fonts to the caller (``build`` registers them
    after the lock screen is painted: that screen shows no name that needs them)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_ID)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication([sys.argv[0] if sys.argv else APP_ID, *argv])
    app.setApplicationDisplayName(APP_NAME)
    if fonts:
        register_bundled_fonts()
    return app


def register_bundled_fonts() -> list[str]:
    """Make the bundled fonts (``resources/fonts``: the Noto fonts the packet embeds, and Vazirmatn, the
    Dari and Pashto interface font) available to the GUI, so that Qt's font fallback finds every letter of a
    Dari, Pashto or Ukrainian name (e.g. Pashto ۍ and ګ) on a machine whose own fonts lack them, instead of
    drawing an empty box; a Dari or Pashto interface then takes Vazirmatn (``ui/fonts.py``). Returns the
    families added."""
    from PySide6.QtGui import QFontDatabase

    from parole_desktop.paths import resource

    families: list[str] = []
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("bundled font %s could not be loaded", path.name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    from PySide6.QtGui import QGuiApplication

    from parole_desktop.ui.fonts import apply_ui_font, fonts_added, note_registered
    from parole_desktop.ui.i18n import current_language

    note_registered(families)
    before = QGuiApplication.font()
    apply_ui_font(current_language())  # Dari and Pashto windows switch to Vazirmatn now that it is there
    if families and QGuiApplication.font() == before:
        fonts_added()  # same application font, new fallback fonts: the shown texts are measured again
    return families


def make_settings(paths: AppPaths) -> QSettings:
    """INI settings in the data folder, so the portable build writes nothing anywhere else."""
    from PySide6.QtCore import QSettings

    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def build(argv: Sequence[str] | None = None) -> tuple[QApplication, MainWindow, argparse.Namespace]:
    """Everything up to a shown-ready main window (tests, benchmarks and screenshots use this)."""
    args = parse_args(argv)
    paths = resolve_paths(args.data_dir)
    paths.ensure()
    from parole_desktop.vaultfiles import move_legacy_demo

    move_legacy_demo(paths)  # an older demo vault in the real vault's place moves to the demo folder
    if args.demo:
        paths = paths.for_demo()
        paths.ensure()
    setup_logging(paths.logs, verbose=args.verbose)
    log.info("%s %s starting; data in %s", APP_NAME, __version__, paths.data)
    app = make_application([], fonts=bool(args.screenshot_dir))  # screenshots show names at once
    from parole_desktop.ui.crash import CrashHandler

    CrashHandler(str(paths.logs)).install()
    if args.demo:
        _demo_with_progress(paths)
    from parole_desktop.ui.main_window import MainWindow

    window = MainWindow(paths, make_settings(paths))
    if not args.screenshot_dir:
        window.after_first_paint(register_bundled_fonts)
    if paths.demo:
        add_demo_banner(window)
    return app, window, args


def _demo_with_progress(paths: AppPaths) -> None:
    """Demo creation takes about a second: an operation (busy dialog) makes it before the window exists."""
    from parole_desktop.vaultfiles import vault_exists

    if vault_exists(paths):
        return
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QWidget

    from parole_desktop.ui.operations import Operation, runner_for

    holder = QWidget()
    loop = QEventLoop()
    errors: list[BaseException] = []
    runner_for(holder).finished.connect(loop.quit)
    job = functools.partial(_create_demo, paths=paths)
    if (
        Operation(
            holder,
            job,
            title=QCoreApplication.translate("app", "Creating the demo vault…"),
            cancellable=False,
        )
        .failure(errors.append)
        .run()
    ):
        loop.exec()
    holder.deleteLater()
    if errors:
        raise errors[0]


def _create_demo(_progress: object, *, paths: AppPaths) -> bool:
    return create_demo_vault(paths, DEMO_CASES)


def _bundled_files_problem() -> str:
    """Why the app must not start with the rules pack or publisher keys it found ('' when they are the
    pinned ones): an edited pack never loads as the genuine one; the user is told which file and to
    reinstall, and the app exits (status 2) before any window or vault."""
    from parole_desktop.services.rulebook import bundled_problem

    problem = bundled_problem()
    if problem:
        log.error("bundled rules files refused: %s", problem)
    return problem


def main(argv: Sequence[str] | None = None) -> int:
    from parole_desktop.selftest import start_selftest
    from parole_desktop.startup import harden_process, prepare_data_folder, use_private_temp

    harden_process()  # owner-only files, no core dumps, not dumpable: before any key is in memory
    early = parse_args(argv)
    if early.self_test:
        return start_selftest(early.data_dir, verbose=early.verbose)
    paths = resolve_paths(early.data_dir)
    problem = prepare_data_folder(paths) or _bundled_files_problem()
    if problem:
        from PySide6.QtWidgets import QMessageBox

        _qt = make_application([])
        QMessageBox.critical(None, APP_NAME, problem)
        return 2
    use_private_temp(paths)
    app, window, args = build(argv)
    if args.screenshot_dir:
        from parole_desktop.ui.screens import render_all, render_languages

        if args.screenshot_languages:
            codes = [c.strip() for c in args.screenshot_languages.split(",") if c.strip()]
            render_languages(window, Path(args.screenshot_dir), codes)
        else:
            render_all(window, Path(args.screenshot_dir), make_settings)
        window.close()
        return 0
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
