"""Scan a PDF for active content and embedded files, and (as a pytest plugin) scan every packet the suite builds.

A packet may carry only what the app itself puts there: its sign-off manifest attachments
(``manifest.json``/``manifest.sig``), its PAdES signature field, and internal links (GoTo). Anything else
that acts or carries a file is a finding: JavaScript on any object, Launch/GoToR/GoToE/SubmitForm/
ImportData/Rendition/Movie/Sound actions, URI actions other than http(s)/mailto, embedded files,
file-attachment/RichMedia/Screen/Sound/Movie/3D annotations, XFA, and form fields other than the signature
and the app's own filled official forms (Form I-131, whose fields the packet keeps so that the form stays a
valid form: the ``form1[n]`` (I-131) and ``i134[n][m]`` trees of the packet's AcroForm; exhibits never keep
theirs).
Every packet must also pass ``qpdf --check``.

Registered in tests/conftest.py (``pytest_plugins``): ``build_packet`` is wrapped for the whole session and
each packet it writes is scanned at once; a finding fails the test that built it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pikepdf
import pytest

BAD_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/GoToR",
    "/GoToE",
    "/SubmitForm",
    "/ImportData",
    "/Rendition",
    "/Movie",
    "/Sound",
    "/ResetForm",
    "/Hide",
    "/SetOCGState",
    "/Trans",
    "/GoTo3DView",
    "/RichMediaExecute",
}
BAD_ANNOTS = {"/FileAttachment", "/RichMedia", "/Screen", "/Sound", "/Movie", "/3D"}
BAD_KEYS = {"/JS", "/JavaScript", "/XFA", "/RichMediaContent", "/RichMediaSettings", "/3DD", "/AA"}
OWN_ATTACHMENTS = {"manifest.json", "manifest.sig"}

STATS = {"packets": 0, "objects": 0}


def scan_pdf(path: Path | str) -> list[str]:
    """Every active-content finding in the PDF at ``path`` (empty: clean)."""
    found: list[str] = []
    with pikepdf.open(path) as pdf:
        own_specs = _own_attachment_specs(pdf)
        own_form = _own_form_objects(pdf)
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                continue
            STATS["objects"] += 1
            where = f"object {obj.objgen}"
            for key in obj:
                if key in BAD_KEYS:
                    found.append(f"{where}: key {key}")
            s = obj.get("/S")
            if isinstance(s, pikepdf.Name) and str(s) in BAD_ACTIONS:
                found.append(f"{where}: action {s}")
            if s == pikepdf.Name.URI:
                uri = str(obj.get("/URI", ""))
                if not uri.lower().startswith(("http://", "https://", "mailto:")):
                    found.append(f"{where}: URI {uri[:40]!r}")
            sub = obj.get("/Subtype")
            if obj.get("/Type") == pikepdf.Name.Annot or sub in BAD_ANNOTS:
                if str(sub) in BAD_ANNOTS:
                    found.append(f"{where}: annotation {sub}")
                if (
                    sub == pikepdf.Name.Widget
                    and obj.get("/FT") != pikepdf.Name.Sig
                    and obj.objgen not in own_form
                ):
                    found.append(f"{where}: form field widget {obj.get('/FT')}")
            if (
                obj.get("/Type") == pikepdf.Name.EmbeddedFile or "/EF" in obj
            ) and obj.objgen not in own_specs:
                found.append(f"{where}: embedded file")
            if "/FT" in obj and obj.get("/FT") != pikepdf.Name.Sig and obj.objgen not in own_form:
                found.append(f"{where}: form field {obj.get('/FT')}")
        for key in ("/OpenAction", "/AA"):
            if key in pdf.Root:
                found.append(f"catalog: {key}")
        names = pdf.Root.get("/Names")
        if isinstance(names, pikepdf.Dictionary):
            for key in names:
                if key not in ("/EmbeddedFiles", "/Dests"):
                    found.append(f"catalog names tree: {key}")
        extra = set(pdf.attachments.keys()) - OWN_ATTACHMENTS
        if extra:
            found.append(f"attachments: {sorted(extra)}")
    STATS["packets"] += 1
    return found


def _own_form_objects(pdf: Any) -> set[tuple[int, int]]:
    """objgen of every field and widget under the packet's own filled forms (top fields named ``form1[n]``)."""
    own: set[tuple[int, int]] = set()
    acro = pdf.Root.get("/AcroForm")
    if not isinstance(acro, pikepdf.Dictionary):
        return own
    stack = [f for f in acro.get("/Fields", []) if str(f.get("/T", "")).startswith(("form1[", "i134["))]
    while stack:
        node = stack.pop()
        if node.objgen in own:
            continue
        own.add(node.objgen)
        stack.extend(node.get("/Kids", []))
    return own


def _own_attachment_specs(pdf: Any) -> set[tuple[int, int]]:
    """objgen of the app's own manifest file specs and their embedded streams."""
    own: set[tuple[int, int]] = set()
    for name, spec in pdf.attachments.items():
        if name not in OWN_ATTACHMENTS:
            continue
        obj = spec.obj
        own.add(obj.objgen)
        ef = obj.get("/EF")
        if isinstance(ef, pikepdf.Dictionary):
            for v in ef.values():
                own.add(v.objgen)
    return own


def qpdf_check(path: Path | str) -> str:
    """Empty when ``qpdf --check`` passes (exit 0); else its output."""
    if not shutil.which("qpdf"):
        return ""
    r = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    return "" if r.returncode == 0 else (r.stdout + r.stderr)[-2000:]


_UNWRAPPED: list[Any] = []


def unscanned_build_packet() -> Any:
    """The packet builder itself, without this plugin's scan and ``qpdf --check`` (which take longer than
    the build: ~0.35 s for qpdf alone on the 80-page benchmark packet). For benchmarks only, which time the
    build with it and scan the packets it made with ``scan_pdf``/``qpdf_check`` themselves."""
    from parole_desktop.packet import build as build_module

    return _UNWRAPPED[0] if _UNWRAPPED else build_module.build_packet


def pytest_configure(config: pytest.Config) -> None:
    """Wrap the packet builder before any test module is imported, so that every module binding
    ``build_packet`` by name (services, tests) gets the scanning one: each packet is scanned as soon as it
    exists."""
    from parole_desktop.packet import build as build_module

    original = build_module.build_packet

    def scanned(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        problems = scan_pdf(result.path)
        assert not problems, f"active content in a built packet: {problems}"
        check = qpdf_check(result.path)
        assert not check, f"qpdf --check fails on a built packet: {check}"
        return result

    _UNWRAPPED.append(original)
    build_module.build_packet = scanned  # type: ignore[assignment]


def pytest_unconfigure(config: pytest.Config) -> None:
    from parole_desktop.packet import build as build_module

    if _UNWRAPPED:
        build_module.build_packet = _UNWRAPPED.pop()  # type: ignore[assignment]


@pytest.fixture(autouse=True, scope="session")
def _scan_every_built_packet() -> Any:
    """The scan's counters (``STATS``); the wrapping itself is done in ``pytest_configure``."""
    return STATS
