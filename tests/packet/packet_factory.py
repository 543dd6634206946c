"""Synthetic cases, exhibits and sign-offs for packet tests (generated in memory, no binaries)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from PIL import Image, ImageDraw

from parole_desktop.domain.enums import Channel, Reason, Role, SupporterKind, SupportForm
from parole_desktop.domain.models import Case, Evidence, Person
from parole_desktop.packet.model import ExhibitSource, PacketInput, PackInfo, SignOffInfo

NOW = dt.datetime(2026, 11, 20, 10, 30, tzinfo=dt.UTC)
PACK = PackInfo(
    "us-hp",
    "2026.11.0",
    dt.date(2026, 11, 1),
    verify_items=["USCIS filing address", "I-131 edition"],
    filing_address="P.O. Box 660865\nDallas, TX 75266",
)


def jpeg(w: int = 400, h: int = 300, orientation: int = 1, seed: int = 0, quality: int = 85) -> bytes:
    im = Image.new("RGB", (w, h), (200, 220 - seed % 50, 240))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w // 3, h // 4], fill=(200, 0, 0))  # red block marks the top-left corner
    d.text((10, h // 2), f"photo {seed}", fill=(0, 0, 0))
    buf = io.BytesIO()
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    im.save(buf, "JPEG", quality=quality, exif=exif.tobytes())
    return buf.getvalue()


def tiff(frames: int = 3) -> bytes:
    ims = [Image.new("L", (300, 400), 255 - 40 * i) for i in range(frames)]
    buf = io.BytesIO()
    ims[0].save(buf, "TIFF", save_all=True, append_images=ims[1:], compression="tiff_deflate")
    return buf.getvalue()


def png() -> bytes:
    im = Image.new("RGBA", (200, 120), (0, 128, 0, 128))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def pdf(pages: int = 2, label: str = "doc") -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    for i in range(pages):
        c.drawString(72, 700, f"{label} page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def opener(data: bytes) -> Callable[[], io.BytesIO]:
    return lambda: io.BytesIO(data)


_next_id = [100]


def source(case_id: int, data: bytes, title: str, filename: str, **kw: object) -> ExhibitSource:
    _next_id[0] += 1
    ev = Evidence(
        kind=str(kw.pop("kind", "other")),
        title=title,
        id=_next_id[0],
        case_id=case_id,
        original_filename=filename,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        document_date=dt.date(2026, 10, 1),
        **kw,
    )  # type: ignore[arg-type]
    return ExhibitSource(evidence=ev, open=opener(data))


def person(role: Role, given: str, family: str, **kw: object) -> Person:
    return Person(role=role, given_name=given, family_name=family, **kw)  # type: ignore[arg-type]


def case(case_id: int, given: str, family: str, *, dob: dt.date = dt.date(1990, 3, 4), **kw: object) -> Case:
    c = Case(
        id=case_id,
        channel=Channel.USCIS,
        reason=Reason.MEDICAL_TREATMENT,
        family_group_id=1,
        statement="The beneficiary needs surgery that is not available at home.\n\nSecond paragraph.",
        why_no_visa="A visa interview cannot be scheduled in time.",
        inadmissibility="No nonimmigrant visa fits the purpose in time.",
        duration_months=6,
        key_date=dt.date(2026, 12, 15),
        key_date_label="Surgery date",
        expedite_requested=True,
        **kw,
    )  # type: ignore[arg-type]
    c.people = [
        person(
            Role.BENEFICIARY,
            given,
            family,
            date_of_birth=dob,
            citizenship="Afghanistan",
            current_country="Pakistan",
        ),
        person(Role.REQUESTOR, "José", "Núñez", address="12 Main St, Dallas TX"),
        person(
            Role.SUPPORTER,
            "Оксана",
            "Ковальчук",
            supporter_kind=SupporterKind.PERSON,
            support_form=SupportForm.I134,
            us_status="citizen",
        ),
        person(Role.PREPARER, "Wojciech", "Łukasiewicz", organization="Legal Aid Clinic"),
        person(Role.INTERPRETER, "Ti", "Jan", language="Haitian Creole"),
    ]
    return c


def signoff(cases: list[Case], sources: list[ExhibitSource]) -> SignOffInfo:
    key = Ed25519PrivateKey.generate()
    manifest = {
        "reviewer": {
            "name": "Ana Pérez",
            "public_key": key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex(),
        },
        "signed_at": NOW.isoformat(),
        "pack": "us-hp 2026.11.0",
        "cases": [{"case_id": c.id, "content_hash": "ab" * 32} for c in cases],
        "exhibits": [{"evidence_id": s.evidence.id, "sha256": s.evidence.sha256} for s in sources],
    }
    mj = json.dumps(manifest, sort_keys=True, separators=(",", ":"))
    return SignOffInfo(
        "Ana Pérez",
        "attorney",
        "TX-123456",
        "Legal Aid Clinic",
        NOW,
        "us-hp",
        "2026.11.0",
        dt.date(2026, 11, 1),
        mj,
        key.sign(mj.encode()),
        hashlib.sha256(mj.encode()).hexdigest(),
    )


def small_input(draft: bool = True) -> PacketInput:
    c = case(1, "فرشته", "رحیمی")
    srcs = [
        source(1, jpeg(seed=1), "Passport bio page", "passport.jpg", kind="identity_document"),
        source(1, pdf(2, "letter"), "Physician letter", "letter.pdf", language="fa"),
    ]
    srcs.append(
        source(
            1,
            pdf(1, "translation"),
            "Physician letter (English)",
            "letter-en.pdf",
            translation_of=srcs[1].evidence.id,
            translator_name="Ahmad Karimi",
        )
    )
    inp = PacketInput(
        cases=[c],
        exhibits=srcs,
        pack=PACK,
        preparer_name="Wojciech Łukasiewicz",
        generated_at=NOW,
        draft=draft,
    )
    if not draft:
        inp.signoff = signoff([c], srcs)
    return inp


def family_input(draft: bool = False) -> PacketInput:
    cases = [
        case(1, "فرشته", "رحیمی"),
        case(2, "ګل‌مکۍ", "ځدراڼ", dob=dt.date(2016, 5, 1)),
        case(3, "Оксана", "Ковальчук"),
        case(4, "José", "Núñez"),
    ]
    cases[1].people.append(person(Role.SIGNER, "فرشته", "رحیمی"))
    srcs: list[ExhibitSource] = []
    for i in range(20):
        srcs.append(
            source(
                1 + i % 4,
                jpeg(800, 600, orientation=(6 if i % 5 == 0 else 8 if i % 7 == 0 else 1), seed=i),
                f"Photo {i + 1}",
                f"photo{i + 1}.jpg",
                kind="photos",
            )
        )
    srcs.append(source(1, tiff(3), "Medical scans", "scans.tif"))
    for i in range(5):
        srcs.append(
            source(
                1 + i % 4,
                pdf(2 + i % 2, f"pdf{i}"),
                f"Document {i + 1}",
                f"doc{i + 1}.pdf",
                language="fa" if i < 2 else "en",
                shared_with_group=(i == 4),
            )
        )
    for i in (0, 1):
        orig = srcs[21 + i].evidence
        srcs.append(
            source(
                orig.case_id or 1,
                pdf(1, f"tr{i}"),
                f"Translation of document {i + 1}",
                f"tr{i + 1}.pdf",
                translation_of=orig.id,
                translator_name="Ahmad Karimi",
            )
        )
    srcs.append(source(2, png(), "Drawing", "drawing.png"))
    inp = PacketInput(
        cases=cases,
        exhibits=srcs,
        pack=PACK,
        preparer_name="Wojciech Łukasiewicz",
        generated_at=NOW,
        draft=draft,
        group_name="Rahimi family",
    )
    if not draft:
        inp.signoff = signoff(cases, srcs)
    return inp
