"""The packet layer: builds, signs and verifies the PDF packet of a request (or a family group).

Importing this package is cheap: ReportLab, pikepdf and pyHanko are imported only when a function runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from parole_desktop.packet.model import (
    BuildCancelled,
    CancelCheck,
    ExhibitEntry,
    ExhibitSource,
    PacketInput,
    PacketResult,
    PackInfo,
    Progress,
    SignOffInfo,
)
from parole_desktop.packet.pdfsign import (
    SigningIdentity,
    identity_from_pkcs12,
    identity_to_pkcs12,
    self_signed_identity,
    sign_pdf,
)
from parole_desktop.packet.text import font_for

if TYPE_CHECKING:
    from parole_desktop.packet.verify import PacketVerification


def build_packet(inp: PacketInput, out_path: Path, progress: Progress | None = None,
                 cancelled: CancelCheck | None = None, signing: SigningIdentity | None = None,
                 **kw: Any) -> PacketResult:
    """See :func:`parole_desktop.packet.build.build_packet`."""
    from parole_desktop.packet.build import build_packet as _build

    return _build(inp, out_path, progress, cancelled, signing, **kw)


def verify_packet(path: Path | str) -> PacketVerification:
    """See :func:`parole_desktop.packet.verify.verify_packet`."""
    from parole_desktop.packet.verify import verify_packet as _verify

    return _verify(path)


__all__ = [
    "BuildCancelled", "CancelCheck", "ExhibitEntry", "ExhibitSource", "PackInfo", "PacketInput",
    "PacketResult", "PacketVerification", "Progress", "SignOffInfo", "SigningIdentity", "build_packet",
    "font_for", "identity_from_pkcs12", "identity_to_pkcs12", "self_signed_identity", "sign_pdf",
    "verify_packet",
]


def __getattr__(name: str) -> Any:
    if name == "PacketVerification":
        from parole_desktop.packet.verify import PacketVerification

        return PacketVerification
    raise AttributeError(name)
