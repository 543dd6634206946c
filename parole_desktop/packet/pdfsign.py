"""PDF signing: signing identities (self-signed or an imported PKCS#12 digital ID), the embedded sign-off
manifest, and PAdES B-B signatures with pyHanko (imported lazily)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parole_desktop.errors import UserError

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"


@dataclass
class SigningIdentity:
    """A private key with its certificate and chain (``cryptography`` objects)."""

    key: Any
    certificate: Any
    chain: list[Any] = field(default_factory=list)

    @property
    def common_name(self) -> str:
        from cryptography.x509.oid import NameOID

        attrs = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(attrs[0].value) if attrs else ""


def self_signed_identity(common_name: str, organization: str = "", *, days: int = 3650) -> SigningIdentity:
    """A new ECDSA P-256 key and a self-signed certificate valid ~10 years (document signing)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name or "Reviewer")]
    if organization:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization))
    name = x509.Name(attrs)
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .sign(key, hashes.SHA256())
    )
    return SigningIdentity(key=key, certificate=cert)


def identity_to_pkcs12(identity: SigningIdentity, password: str) -> bytes:
    """The identity as a password-protected PKCS#12 file (AES-256, PBKDF2)."""
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    return bytes(
        pkcs12.serialize_key_and_certificates(
            b"parole-desktop",
            identity.key,
            identity.certificate,
            identity.chain or None,
            BestAvailableEncryption(password.encode()),
        )
    )


def identity_from_pkcs12(data: bytes, password: str) -> SigningIdentity:
    """Load an identity from a .p12/.pfx; UserError on a wrong password or a file that is not a digital ID."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, password.encode() if password else None)
    except ValueError as e:
        raise UserError("The digital ID could not be opened: wrong password, or not a .p12/.pfx file.") from e
    if key is None or cert is None:
        raise UserError("The digital ID file has no private key or no certificate.")
    return SigningIdentity(key=key, certificate=cert, chain=list(chain))


def attach_manifest(pdf: Any, manifest_json: str, manifest_signature: bytes) -> None:
    """Embed ``manifest.json`` and ``manifest.sig`` as file attachments of an open pikepdf.Pdf."""
    from pikepdf import AttachedFileSpec

    pdf.attachments[MANIFEST_NAME] = AttachedFileSpec(
        pdf,
        manifest_json.encode("utf-8"),
        description="Reviewer sign-off manifest",
        filename=MANIFEST_NAME,
        mime_type="application/json",
        creation_date="",
        mod_date="",
    )
    pdf.attachments[SIGNATURE_NAME] = AttachedFileSpec(
        pdf,
        manifest_signature,
        description="Ed25519 signature of manifest.json",
        filename=SIGNATURE_NAME,
        mime_type="application/octet-stream",
        creation_date="",
        mod_date="",
    )


def _signer(identity: SigningIdentity) -> Any:
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key = keys.PrivateKeyInfo.load(
        identity.key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    )
    cert = x509.Certificate.load(identity.certificate.public_bytes(Encoding.DER))
    chain = [x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in identity.chain]
    registry = SimpleCertificateStore.from_certs([cert, *chain])  # type: ignore[no-untyped-call]
    return signers.SimpleSigner(signing_cert=cert, signing_key=key, cert_registry=registry)


def sign_pdf(
    src: Path,
    dst: Path,
    identity: SigningIdentity,
    *,
    reason: str,
    location: str,
    manifest_json: str | None = None,
    manifest_signature: bytes | None = None,
) -> None:
    """PAdES B-B sign ``src`` into ``dst`` (incremental update). When ``manifest_json`` is given it is first
    embedded (with ``manifest_signature``) as attachments."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    data = Path(src).read_bytes()
    if manifest_json is not None:
        import pikepdf

        with pikepdf.open(io.BytesIO(data)) as pdf:
            attach_manifest(pdf, manifest_json, manifest_signature or b"")
            buf = io.BytesIO()
            pdf.save(buf)
            data = buf.getvalue()
    meta = signers.PdfSignatureMetadata(
        field_name="ReviewerSignOff",
        reason=reason,
        location=location,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    with open(dst, "wb") as out:
        signers.PdfSigner(meta, signer=_signer(identity)).sign_pdf(writer, output=out)
