#!/usr/bin/env python3
"""Build Parole Desktop for the current OS with PyInstaller (``make package``).

    .venv/bin/python packaging/build.py                 everything for this OS
    .venv/bin/python packaging/build.py --no-deb        Linux: portable tarball only (what CI does)

One PyInstaller one-folder build (packaging/parole_desktop.spec, two executables in one folder), then:

  Linux    dist/parole-desktop-<v>-linux-x86_64-portable.tar.gz   (folder + marker; data/ made at first start)
           dist/parole-desktop_<v>_amd64.deb                      (/opt/parole-desktop, dpkg-deb)
  Windows  dist/parole-desktop-<v>-windows-x64-portable.zip       (+ Inno Setup installer when iscc is found)
  macOS    dist/Parole-Desktop-<v>-macos-<arch>.dmg                (hdiutil; the .app is the installed flavour)

The frozen self-test (``parole-desktop-cli --self-test``) runs on every build; the build fails if it fails.
Sizes and timings go to dist/build-report-<os>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from parole_desktop import APP_ID, APP_NAME, __version__  # noqa: E402
from parole_desktop.paths import PORTABLE_MARKER  # noqa: E402

BUILD = ROOT / "build" / "package"
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "parole_desktop.spec"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
IS_LINUX, IS_MAC, IS_WIN = sys.platform.startswith("linux"), sys.platform == "darwin", os.name == "nt"

MARKER_TEXT = f"""This file makes {APP_NAME} portable.

While a file named "{PORTABLE_MARKER}" sits beside the program, everything it writes (the encrypted
vault, settings, logs and temporary files) goes into the "data" folder beside it, and nothing is
written to the computer it runs on. Delete this file to use the computer's user data folder instead.
"""
PORTABLE_README = f"""{APP_NAME} {__version__} — portable (USB) build

Start:          ./parole-desktop            (the desktop app)
Command line:   ./parole-desktop-cli --help
Check it works: ./parole-desktop-cli --self-test

Everything the app writes stays in data/ beside it (vault, settings.ini, logs, tmp/). Keep the whole
folder together. Put it on a writable USB stick (exFAT or NTFS: FAT32 caps files at 4 GB). Only one
laptop at a time can open the vault; the app refuses a vault another laptop holds.
"""
# Debian packages that provide the libraries the bundle leaves to the system (GL/EGL, X11/xcb, fonts,
# D-Bus). build.py adds whatever else ldd resolves outside the bundle on the build machine.
DEB_BASE_DEPENDS = [
    "libc6",
    "libcups2",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-randr0",
    "libxcb-xkb1",
]
# Wayland sessions: Qt falls back to X11 (XWayland) when these are missing, so they are recommended only.
DEB_RECOMMENDS = ["libwayland-client0", "libwayland-cursor0", "libwayland-egl1"]


def say(msg: str) -> None:
    sys.stderr.write(f"[build] {msg}\n")
    sys.stderr.flush()


def run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    say("$ " + " ".join(str(c) for c in cmd))
    return subprocess.run(cmd, check=True, text=True, **kw)  # type: ignore[call-overload]


def tree_size(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def mib(n: int) -> float:
    return round(n / 1024**2, 1)


# ---------------------------------------------------------------------------- PyInstaller
def pyinstaller(report: dict[str, object]) -> Path:
    # the interface catalogs (.qm) from resources/i18n/*.ts, and Qt's own qtbase_<lang>.qm beside them
    run([sys.executable, str(ROOT / "packaging" / "i18n.py"), "build"])
    qm = sorted(p.name for p in (ROOT / "resources" / "i18n").glob("*.qm"))
    if not any(name.startswith("es") for name in qm):
        raise SystemExit("the interface catalogs were not built (packaging/i18n.py build)")
    mo = sorted(p.name for p in (ROOT / "resources" / "i18n" / "core").glob("*.mo"))
    if "es.mo" not in mo and "es.draft.mo" not in mo:
        raise SystemExit("the core's catalogs were not built (packaging/i18n.py build needs Babel)")
    report["catalogs"] = qm + [f"core/{name}" for name in mo]
    icons = BUILD / "icons"
    run([sys.executable, str(ROOT / "packaging" / "icons.py"), str(icons)], stdout=subprocess.DEVNULL)
    t0 = time.perf_counter()
    env = dict(os.environ, PAROLE_ICON_DIR=str(icons))
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(BUILD / "dist"),
            "--workpath",
            str(BUILD / "work"),
            str(SPEC),
        ],
        env=env,
    )
    report["pyinstaller_seconds"] = round(time.perf_counter() - t0, 1)
    if IS_MAC:
        return BUILD / "dist" / f"{APP_NAME}.app"
    folder = BUILD / "dist" / APP_ID
    if IS_LINUX:
        strip_debug_info(folder)
        # Both executables embed the same Python archive (~9 MB each) and console/windowed makes no
        # difference on Linux: the CLI becomes a symlink, and the launcher picks the mode from argv[0].
        cli = folder / "parole-desktop-cli"
        cli.unlink()
        cli.symlink_to("parole-desktop")
    report["bundle_unpacked_mib"] = mib(tree_size(folder))
    return folder


def strip_debug_info(folder: Path) -> None:
    """Some wheels and pyenv's libpython ship DWARF debug info (libpython 22 MB, sqlcipher3 20 MB).
    ``strip --strip-debug`` removes only that; symbols and code are untouched."""
    if not shutil.which("strip"):
        return
    for p in folder.rglob("*"):
        if p.is_symlink() or not p.is_file() or p.stat().st_size < 256 * 1024:
            continue
        with open(p, "rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        sections = subprocess.run(["objdump", "-h", str(p)], capture_output=True, text=True).stdout
        if ".debug_info" in sections:
            subprocess.run(["strip", "--strip-debug", str(p)], check=True)


# ---------------------------------------------------------------------------- checks on the frozen app
def frozen_checks(folder: Path, report: dict[str, object]) -> None:
    """--version and the full self-test of the frozen CLI; the build fails when either fails."""
    cli = folder / f"parole-desktop-cli{EXE_SUFFIX}"
    gui = folder / f"parole-desktop{EXE_SUFFIX}"
    if IS_MAC:
        cli = folder / "Contents" / "MacOS" / "parole-desktop-cli"
        gui = folder / "Contents" / "MacOS" / "parole-desktop"
    with tempfile.TemporaryDirectory(prefix="parole-build-check-") as tmp:
        env = dict(os.environ, HOME=tmp, QT_QPA_PLATFORM="offscreen")
        t0 = time.perf_counter()
        out = run([str(cli), "--version"], capture_output=True, env=env).stdout.strip()
        report["frozen_cli_version_seconds"] = round(time.perf_counter() - t0, 2)
        if __version__ not in out:
            raise SystemExit(f"--version printed {out!r}")
        t0 = time.perf_counter()
        proc = subprocess.run(
            [str(cli), "--self-test", "--data-dir", str(Path(tmp) / "data")],
            text=True,
            capture_output=True,
            env=env,
        )
        report["frozen_selftest_seconds"] = round(time.perf_counter() - t0, 1)
        sys.stderr.write(proc.stdout + proc.stderr)
        if proc.returncode != 0:
            raise SystemExit("the frozen self-test failed: the build is not usable")
        if not IS_WIN:  # the windowed Windows exe has no console to print to
            t0 = time.perf_counter()
            run([str(gui), "--version"], capture_output=True, env=env)
            report["frozen_gui_version_seconds"] = round(time.perf_counter() - t0, 2)
            report["frozen_gui_smoke"] = gui_smoke(gui, Path(tmp) / "gui", env)


def gui_smoke(gui: Path, data: Path, env: dict[str, str]) -> str:
    """Start the GUI offscreen; it must still be running (event loop up) after 8 seconds."""
    proc = subprocess.Popen(
        [str(gui), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        proc.wait(timeout=8)
    except subprocess.TimeoutExpired:
        proc.terminate()
        proc.wait(timeout=10)
        return "window up after 8 s (terminated)"
    out = proc.stdout.read() if proc.stdout else ""
    raise SystemExit(f"the frozen GUI exited with {proc.returncode} at start:\n{out}")


# ---------------------------------------------------------------------------- Linux
def linux_portable(folder: Path, report: dict[str, object]) -> Path:
    name = f"{APP_ID}-{__version__}-linux-{platform.machine()}-portable"
    stage = BUILD / "portable" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(folder, stage, symlinks=True)
    (stage / PORTABLE_MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    (stage / "README-PORTABLE.txt").write_text(PORTABLE_README, encoding="utf-8")
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{name}.tar.gz"
    t0 = time.perf_counter()
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name)
    report["portable_tar_seconds"] = round(time.perf_counter() - t0, 1)
    report["portable_unpacked_mib"] = mib(tree_size(stage))
    report["portable_compressed_mib"] = mib(out.stat().st_size)
    say(f"wrote {out} ({mib(out.stat().st_size)} MiB)")
    return out


def _system_deps(folder: Path) -> list[str]:
    """Debian packages owning the libraries the bundle resolves outside itself (ldd), on this machine."""
    internal = folder / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    outside: set[str] = set()
    for p in folder.rglob("*"):
        if p.is_symlink() or not p.is_file() or not (p.suffix == "" or ".so" in p.name):
            continue
        with open(p, "rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        dump = subprocess.run(["objdump", "-p", str(p)], capture_output=True, text=True).stdout
        direct = {ln.split()[1] for ln in dump.splitlines() if ln.strip().startswith("NEEDED")}
        res = subprocess.run(["ldd", str(p)], capture_output=True, text=True, env=env)
        for line in res.stdout.splitlines():  # only direct dependencies: a package pulls in its own
            if "=>" in line and "/" in line.split("=>", 1)[1] and line.split()[0] in direct:
                target = line.split("=>", 1)[1].split("(")[0].strip()
                if not target.startswith(str(folder)):
                    outside.add(os.path.realpath(target))
    pkgs: set[str] = set()
    for lib in sorted(outside):
        res = subprocess.run(["dpkg", "-S", lib], capture_output=True, text=True)
        if res.returncode != 0:  # merged /usr: dpkg knows the /lib path
            alt = lib.replace("/usr/lib/", "/lib/", 1)
            res = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
        if res.returncode == 0:
            pkgs.add(res.stdout.split(":", 1)[0].strip())
    return sorted(pkgs)


def linux_deb(folder: Path, report: dict[str, object]) -> Path:
    if not shutil.which("dpkg-deb"):
        say("dpkg-deb not found: no .deb")
        return Path()
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    stage = BUILD / "deb" / f"{APP_ID}_{__version__}_{arch}"
    shutil.rmtree(stage.parent, ignore_errors=True)
    opt = stage / "opt" / APP_ID
    shutil.copytree(folder, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    for exe in ("parole-desktop", "parole-desktop-cli"):
        (stage / "usr" / "bin" / exe).symlink_to(f"/opt/{APP_ID}/{exe}")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{APP_ID}.desktop").write_text(
        "[Desktop Entry]\nType=Application\nVersion=1.0\n"
        f"Name={APP_NAME}\nGenericName=Humanitarian parole request preparation\n"
        "Comment=Prepare US humanitarian parole requests offline, with an encrypted vault\n"
        f"Exec=/usr/bin/parole-desktop\nTryExec=/usr/bin/parole-desktop\nIcon={APP_ID}\nTerminal=false\n"
        "Categories=Office;\nKeywords=parole;legal aid;immigration;\nStartupWMClass=parole-desktop\n",
        encoding="utf-8",
    )
    icons = stage / "usr" / "share" / "icons" / "hicolor"
    (icons / "256x256" / "apps").mkdir(parents=True)
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(BUILD / "icons" / f"{APP_ID}.png", icons / "256x256" / "apps" / f"{APP_ID}.png")
    shutil.copy(ROOT / "resources" / "icons" / f"{APP_ID}.svg", icons / "scalable" / "apps" / f"{APP_ID}.svg")
    doc = stage / "usr" / "share" / "doc" / APP_ID
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        f"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: {APP_NAME}\n\n"
        "Files: *\nLicense: GPL-3.0-or-later\n On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n\n"
        "Files: opt/parole-desktop/_internal/*\nLicense: various (Qt for Python: LGPL-3.0; see each package)\n",
        encoding="utf-8",
    )
    depends = sorted(set(DEB_BASE_DEPENDS) | (set(_system_deps(folder)) - set(DEB_RECOMMENDS)))
    report["deb_depends"] = depends
    debian = stage / "DEBIAN"
    debian.mkdir()
    installed_kib = tree_size(stage) // 1024
    (debian / "control").write_text(
        f"Package: {APP_ID}\nVersion: {__version__}\nArchitecture: {arch}\n"
        "Maintainer: Parole Desktop maintainers <maintainers@paroledesktop.invalid>\n"
        f"Installed-Size: {installed_kib}\nDepends: {', '.join(depends)}\nRecommends: {', '.join(DEB_RECOMMENDS)}\n"
        "Section: utils\nPriority: optional\n"
        f"Description: {APP_NAME}: prepare US humanitarian parole requests offline\n"
        " Desktop application for legal-aid volunteers: encrypted case vault, readiness checks,\n"
        " reviewer sign-off and signed request packets (PDF). Works without a network.\n",
        encoding="utf-8",
    )
    (debian / "postinst").write_text(
        "#!/bin/sh\nset -e\n"
        "if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q || true; fi\n"
        "if command -v gtk-update-icon-cache >/dev/null 2>&1; then "
        "gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi\n",
        encoding="utf-8",
    )
    (debian / "postrm").write_text(
        "#!/bin/sh\nset -e\n"
        "# The program folder only: each user's vault (~/.local/share/parole-desktop) is their data and stays.\n"
        'case "$1" in\n  remove|purge)\n'
        f"    rm -rf /opt/{APP_ID}\n"
        "    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q || true; fi\n"
        "    if command -v gtk-update-icon-cache >/dev/null 2>&1; then "
        "gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi\n"
        "    ;;\nesac\nexit 0\n",
        encoding="utf-8",
    )
    for script in ("postinst", "postrm"):
        (debian / script).chmod(0o755)
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{APP_ID}_{__version__}_{arch}.deb"
    t0 = time.perf_counter()
    run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(out)],
        stdout=subprocess.DEVNULL,
    )
    report["deb_seconds"] = round(time.perf_counter() - t0, 1)
    report["deb_installed_mib"] = mib(installed_kib * 1024)
    report["deb_compressed_mib"] = mib(out.stat().st_size)
    say(f"wrote {out} ({mib(out.stat().st_size)} MiB)")
    return out


# ---------------------------------------------------------------------------- Windows / macOS
def windows_packages(folder: Path, report: dict[str, object]) -> None:
    name = f"{APP_ID}-{__version__}-windows-x64-portable"
    DIST.mkdir(exist_ok=True)
    out = DIST / f"{name}.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, f"{name}/{p.relative_to(folder).as_posix()}")
        zf.writestr(f"{name}/{PORTABLE_MARKER}", MARKER_TEXT)
        zf.writestr(
            f"{name}/README-PORTABLE.txt",
            PORTABLE_README.replace("./", "").replace("parole-desktop-cli", "parole-desktop-cli.exe"),
        )
    report["portable_compressed_mib"] = mib(out.stat().st_size)
    iscc = shutil.which("iscc") or shutil.which("ISCC") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if Path(iscc).exists() or shutil.which("iscc"):
        run(
            [
                iscc,
                f"/DAppVersion={__version__}",
                f"/DSourceDir={folder}",
                f"/DOutputDir={DIST}",
                f"/DIconFile={BUILD / 'icons' / f'{APP_ID}.ico'}",
                str(ROOT / "packaging" / "windows" / "parole-desktop.iss"),
            ]
        )
    else:
        say("Inno Setup (iscc) not found: no installer, portable zip only")


def mac_packages(app: Path, report: dict[str, object]) -> None:
    report["bundle_unpacked_mib"] = mib(tree_size(app))
    script = ROOT / "packaging" / "macos" / "make_dmg.sh"
    out = DIST / f"Parole-Desktop-{__version__}-macos-{platform.machine()}.dmg"
    DIST.mkdir(exist_ok=True)
    run(["bash", str(script), str(app), str(out)])
    report["dmg_compressed_mib"] = mib(out.stat().st_size)


# ---------------------------------------------------------------------------- main
def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--no-deb", action="store_true", help="Linux: skip the .deb (portable tarball only)")
    args = p.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        say("PyInstaller is missing: .venv/bin/pip install '.[package]'")
        return 2
    report: dict[str, object] = {
        "version": __version__,
        "os": sys.platform,
        "machine": platform.machine(),
        "python": platform.python_version(),
    }
    t0 = time.perf_counter()
    # a stale pin would make the build refuse its own rules pack: say so before the slow PyInstaller run
    if subprocess.run([sys.executable, str(ROOT / "packaging" / "pin_pack.py"), "--check"]).returncode:
        say("the rules pack pin is stale: run `python packaging/pin_pack.py`, commit, and build again")
        return 2
    folder = pyinstaller(report)
    frozen_checks(folder, report)
    if IS_LINUX:
        linux_portable(folder, report)
        if not args.no_deb:
            linux_deb(folder, report)
    elif IS_WIN:
        windows_packages(folder, report)
    elif IS_MAC:
        mac_packages(folder, report)
    report["total_seconds"] = round(time.perf_counter() - t0, 1)
    DIST.mkdir(exist_ok=True)
    (DIST / f"build-report-{sys.platform}.json").write_text(json.dumps(report, indent=2) + "\n")
    say(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
