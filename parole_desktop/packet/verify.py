"""verify_packet: is a packet PDF exactly as the reviewer signed it?

Since 0.3 the filing packet carries no manifest (it is internal: accepted warnings, the reviewer's
reasons, hashes). The binding is two-way and signed both ways:

* the filing's document information names the SHA-256 of the sign-off manifest
  (``/ParoleManifestFingerprint``), and the PAdES signature over the whole file, made with the reviewer's
  registered certificate, covers it;
* the manifest (Ed25519-signed by the reviewer's roster-listed key) names that certificate
  (``reviewer.pdf_cert_sha256``).

The manifest and its signature travel apart from the filing: in a detached file beside it
(``NAME.manifest.json``, :func:`detached_manifest_json`) and as attachments of the review record. A 0.2
packet that carries ``manifest.json`` inside still verifies as before.
"""

from __future__ import annotations

import binascii
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from parole_desktop.packet.pdfsign import MANIFEST_NAME, SIGNATURE_NAME

log = logging.getLogger(__name__)

CHANGED = "the PDF was changed after signing"
NO_SIGNATURE = "no signature"
MANIFEST_BAD = "manifest signature does not verify"
MANIFEST_MISSING = "manifest missing"
MORE_THAN_ONE = "more than one signature (a signature was added after the reviewer's)"
NOT_BOUND = "the manifest is not the one this filing was signed with (another case or another sign-off)"
NAMES_NO_MANIFEST = "the filing names no sign-off manifest"
PROOF_BAD = "the manifest file is not a sign-off manifest of Parole Desktop"

DETACHED_FORMAT = "parole-desktop-filing-manifest"
DETACHED_VERSION = 1
DETACHED_SUFFIX = ".manifest.json"


def detached_manifest_path(filing: Path | str) -> Path:
    """Where the detached sign-off manifest of an exported filing lives: ``NAME.manifest.json`` beside it."""
    filing = Path(filing)
    return filing.with_name(filing.stem + DETACHED_SUFFIX)


def review_record_beside(filing: Path | str) -> Path:
    """The default review record of a filing exported to ``filing`` (``NAME-review-record.pdf``)."""
    filing = Path(filing)
    return filing.with_name(filing.stem + "-review-record.pdf")


def detached_manifest_json(manifest_json: str, signature: bytes, filing_name: str) -> bytes:
    """The detached manifest file: the signed manifest exactly as signed, its Ed25519 signature, and the
    name of the filing it belongs to (informational: the binding is the fingerprint inside the filing)."""
    doc = {
        "format": DETACHED_FORMAT,
        "version": DETACHED_VERSION,
        "filing": filing_name,
        "manifest_sha256": hashlib.sha256(manifest_json.encode("utf-8")).hexdigest(),
        "manifest": manifest_json,
        "signature": signature.hex(),
        "note": "Internal: the reviewer's sign-off (accepted warnings, reasons, hashes). Never file it.",
    }
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass
class PacketVerification:
    """``ok`` = the PDF signature is intact and covers the whole file, and the manifest verifies.
    ``trusted`` says whether the signer certificate chains to a trusted root (a self-signed
    offline ID never does; that is reported, not a failure).

    This is integrity only: who signed is decided by the caller against the organization's roster, with
    ``manifest_bytes``, ``manifest_signature`` and ``signer_cert_sha256`` (never by the key or certificate
    the file carries)."""

    ok: bool
    signer: str = ""
    signed_at: str = ""
    pack: str = ""
    manifest: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)
    trusted: bool = False
    fingerprint: str = ""
    manifest_bytes: bytes = b""
    manifest_signature: bytes = b""
    signer_cert_sha256: str = ""
    signatures: int = 0
    manifest_source: str = ""  # "embedded (0.2 packet)" or the path of the detached file / review record
    pack_sha256: str = ""  # the exact rules pack the sign-off used ('' in sign-offs made before 0.3)


def _contents_strict(data: bytes, byte_range: list[int]) -> bool:
    """The signature hex string must be exactly the DER value plus zero padding (in one letter case),
    so that no byte of the file can change without failing verification."""
    a, b, c, _ = byte_range
    hexpart = data[a + b : c]
    if not (hexpart.startswith(b"<") and hexpart.endswith(b">")):
        return False
    h = hexpart[1:-1]
    if not re.fullmatch(rb"[0-9a-f]*|[0-9A-F]*", h):
        return False
    raw = binascii.unhexlify(h)
    if len(raw) < 2 or raw[0] != 0x30:
        return False
    n = raw[1]
    if n & 0x80:
        k = n & 0x7F
        length = 2 + k + int.from_bytes(raw[2 : 2 + k], "big")
    else:
        length = 2 + n
    return not any(raw[length:])


def verify_packet(path: Path | str, proof: Path | str | None = None) -> PacketVerification:
    """Check the PAdES signature (integrity, whole-file coverage), the manifest's Ed25519 signature against
    the reviewer key recorded in it, and that the manifest is the one the signed filing names.

    The manifest is read from ``proof`` (a detached ``.manifest.json`` or a review record PDF) when given;
    else from inside the filing (a 0.2 packet); else from ``NAME.manifest.json`` or
    ``NAME-review-record.pdf`` beside the filing."""
    res = PacketVerification(ok=False)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        res.problems.append(f"the file could not be read: {e.strerror or e}")
        return res
    _check_pdf_signature(data, res)
    _check_manifest(data, res, Path(path), Path(proof) if proof is not None else None)
    res.ok = not res.problems
    return res


def verify_packet_data(data: bytes, manifest: bytes, signature: bytes, source: str) -> PacketVerification:
    """:func:`verify_packet` of a filing held in memory, with its sign-off manifest and signature given
    (a filing received sealed from the reviewer's laptop: nothing is written to disk to check it).
    ``source`` says where the manifest came from (``manifest_source``)."""
    res = PacketVerification(ok=False)
    _check_pdf_signature(data, res)
    printed = _printed_fingerprint(data, res)
    if printed is not None:
        res.manifest_source = source
        if not printed:
            res.problems.append(NAMES_NO_MANIFEST)
        _check_manifest_bytes(res, manifest, signature, printed)
    res.ok = not res.problems
    return res


def page_count(data: bytes) -> int:
    """How many pages a PDF held in memory has (0 when it cannot be read)."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except (pikepdf.PdfError, ValueError) as e:
        log.info("page count: %s", e)
        return 0


def _printed_fingerprint(data: bytes, res: PacketVerification) -> str | None:
    """The manifest fingerprint the filing names ('' when none); None (and a problem) when unreadable."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return str(pdf.docinfo.get("/ParoleManifestFingerprint", ""))
    except (pikepdf.PdfError, ValueError, KeyError) as e:
        log.info("manifest unreadable: %s", e)
        if CHANGED not in res.problems:
            res.problems.append(CHANGED)
        return None


def _check_pdf_signature(data: bytes, res: PacketVerification) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
    except Exception as e:  # pyHanko raises many types on a damaged file
        log.info("packet unreadable: %s", e)
        res.problems.append(f"{CHANGED} (the PDF structure is damaged)")
        return
    res.signatures = len(sigs)
    if not sigs:
        res.problems.append(NO_SIGNATURE)
        return
    if len(sigs) > 1:
        res.problems.append(MORE_THAN_ONE)
    for n, sig in enumerate(sigs):  # every signature is checked, not only the last
        try:
            cert = sig.signer_cert
            # integrity only: the certificate is its own root here; the roster decides who it is
            vc = ValidationContext(trust_roots=[cert], allow_fetching=False)
            status = validate_pdf_signature(sig, vc)
        except (SignatureValidationError, ValueError, KeyError, TypeError) as e:
            log.info("signature %d validation failed: %s", n, e)
            res.problems.append(CHANGED)
            continue
        if not (status.intact and status.valid):
            res.problems.append(CHANGED)
        if n == 0:
            res.signer = cert.subject.human_friendly
            res.signer_cert_sha256 = hashlib.sha256(cert.dump()).hexdigest()
            res.signed_at = status.signer_reported_dt.isoformat() if status.signer_reported_dt else ""
            res.trusted = bool(status.trusted)
            br = [int(x) for x in sig.sig_object["/ByteRange"]]
            revisions = reader.xrefs.total_revisions  # a packet is one revision plus its signature
            if (
                status.coverage != SignatureCoverageLevel.ENTIRE_FILE
                or br[0] != 0
                or br[2] + br[3] != len(data)
                or not _contents_strict(data, br)
                or sig.signed_revision != revisions - 1
                or revisions > 2
            ):
                res.problems.append(CHANGED)
    res.problems[:] = list(dict.fromkeys(res.problems))


def manifest_signature_ok(manifest_bytes: bytes, signature: bytes, public_key_hex: str) -> bool:
    """Whether ``signature`` is the Ed25519 signature of ``manifest_bytes`` (exactly these bytes) by the
    key ``public_key_hex``. The one manifest signature check: :func:`verify_packet` calls it with the key the
    manifest names (the packet agrees with itself), ``services/roster.check_manifest`` with the key the
    organization's roster lists (who signed)."""
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _embedded(pdf: Any) -> tuple[bytes, bytes] | None:
    att = pdf.attachments
    if MANIFEST_NAME not in att:
        return None
    mbytes = att[MANIFEST_NAME].get_file().read_bytes()
    sbytes = att[SIGNATURE_NAME].get_file().read_bytes() if SIGNATURE_NAME in att else b""
    return mbytes, sbytes


def pack_named(pack: Any) -> tuple[str, str]:
    """(``id version (as of date)``, SHA-256 or '') of the rules pack a sign-off manifest names. Since 0.3
    the manifest's ``pack`` carries the pack's ``sha256`` (``rules/digest.py``); older sign-offs name only
    the id, version and date, and still verify."""
    if not isinstance(pack, dict):
        return str(pack or ""), ""
    label = " ".join(str(pack[k]) for k in ("id", "version") if pack.get(k))
    if pack.get("as_of"):
        label += f" (as of {pack['as_of']})"
    sha = pack.get("sha256")
    return label, sha.lower() if isinstance(sha, str) and re.fullmatch(r"[0-9a-fA-F]{64}", sha) else ""


def read_proof(path: Path) -> tuple[bytes, bytes]:
    """(manifest bytes, signature) from a detached manifest file or a review record PDF. ValueError when
    the file is neither (or unreadable)."""
    import pikepdf

    try:
        data = path.read_bytes()
    except OSError as e:
        raise ValueError(f"the manifest file {path} could not be read: {e.strerror or e}") from e
    if data.lstrip()[:5] == b"%PDF-":
        try:
            with pikepdf.open(io.BytesIO(data)) as pdf:
                got = _embedded(pdf)
        except (pikepdf.PdfError, ValueError, KeyError) as e:
            raise ValueError(f"{PROOF_BAD}: {path.name} is a damaged PDF") from e
        if got is None:
            raise ValueError(f"{PROOF_BAD}: {path.name} holds no manifest")
        return got
    try:
        doc = json.loads(data)
        if doc.get("format") != DETACHED_FORMAT:
            raise ValueError("format")
        return str(doc["manifest"]).encode("utf-8"), bytes.fromhex(str(doc["signature"]))
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"{PROOF_BAD}: {path.name}") from e


def _check_manifest(data: bytes, res: PacketVerification, path: Path, proof: Path | None) -> None:
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            inside = _embedded(pdf)
            printed = str(pdf.docinfo.get("/ParoleManifestFingerprint", ""))
    except (pikepdf.PdfError, ValueError, KeyError) as e:
        log.info("manifest unreadable: %s", e)
        if CHANGED not in res.problems:
            res.problems.append(CHANGED)
        return
    if proof is None and inside is not None:  # a 0.2 packet: the manifest inside
        mbytes, sbytes = inside
        res.manifest_source = "embedded (0.2 packet)"
    else:
        if proof is None:
            proof = next(
                (p for p in (detached_manifest_path(path), review_record_beside(path)) if p.is_file()), None
            )
        if proof is None:
            res.problems.append(
                f"{MANIFEST_MISSING}: keep {detached_manifest_path(path).name} (or the review record) "
                "beside the filing, or name it with --manifest"
            )
            return
        try:
            mbytes, sbytes = read_proof(proof)
        except ValueError as e:
            res.problems.append(str(e))
            return
        res.manifest_source = str(proof)
        if not printed:
            res.problems.append(NAMES_NO_MANIFEST)
    _check_manifest_bytes(res, mbytes, sbytes, printed)


def _check_manifest_bytes(res: PacketVerification, mbytes: bytes, sbytes: bytes, printed: str) -> None:
    res.fingerprint = hashlib.sha256(mbytes).hexdigest()
    res.manifest_bytes, res.manifest_signature = mbytes, sbytes
    try:
        manifest = json.loads(mbytes)
        res.manifest = manifest
        named_key = manifest["reviewer"]["public_key"]
        if not isinstance(named_key, str) or not manifest_signature_ok(mbytes, sbytes, named_key):
            raise ValueError("manifest signature")
    except (ValueError, KeyError, TypeError):
        res.problems.append(MANIFEST_BAD)
    else:
        res.pack, res.pack_sha256 = pack_named(manifest.get("pack", ""))
        if not res.signed_at:
            res.signed_at = str(manifest.get("signed_at", ""))
    if printed and printed != res.fingerprint:
        res.problems.append(NOT_BOUND)
