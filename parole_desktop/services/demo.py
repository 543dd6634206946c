"""Synthetic demo data: cases with Latin, Arabic-script and Cyrillic names and generated evidence files.

Every name here is invented. Never put a real person's details in the repository.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass

from parole_desktop.domain.enums import (
    Answer,
    Channel,
    Ethnicity,
    FeeStatus,
    ParoleFeePlan,
    PaymentMethod,
    Reason,
    Role,
    SupporterKind,
    SupportForm,
    UnitKind,
)
from parole_desktop.domain.models import Background, Case, Person
from parole_desktop.errors import UserError
from parole_desktop.l10n import _
from parole_desktop.paths import AppPaths
from parole_desktop.services.session import Session, vault_exists
from parole_desktop.store.keys import DEMO_PASSPHRASE
from parole_desktop.vaultfiles import DEMO_MARKER_NAME
from parole_desktop.vaultfiles import demo_marker as demo_marker
from parole_desktop.vaultfiles import move_legacy_demo as move_legacy_demo

log = logging.getLogger(__name__)

DEMO_ORG = "DEMO ORGANIZATION (synthetic, not a real organization)"
DEMO_REVIEWER = "Demo Reviewer (synthetic)"
DEMO_REVIEWER_PASSPHRASE = "demo reviewer passphrase"  # published, like the vault's
MARKER_NAME = DEMO_MARKER_NAME


@dataclass(frozen=True)
class _Profile:
    given: str
    family: str
    citizenship: str
    current: str
    language: str
    reason: Reason
    sex: str


PROFILES: tuple[_Profile, ...] = (
    _Profile("فرشته", "رحیمی", "AF", "PK", "fa", Reason.MEDICAL_TREATMENT, "F"),
    _Profile("ګل‌مکۍ", "ځدراڼ", "AF", "IR", "ps", Reason.PROTECTION, "F"),
    _Profile("Оксана", "Ковальчук", "UA", "PL", "uk", Reason.SICK_RELATIVE, "F"),
    _Profile("José", "Núñez Ortega", "VE", "CO", "es", Reason.FUNERAL, "M"),
    _Profile("Wilnerson", "Désir", "HT", "DO", "ht", Reason.FAMILY_UNITY, "M"),
    _Profile("Mateusz", "Wałęsiak", "PL", "PL", "pl", Reason.ORGAN_DONOR, "M"),
    _Profile("احمد", "کریمی", "AF", "AF", "fa", Reason.PROTECTION, "M"),
    _Profile("Dmytro", "Ivanenko", "UA", "UA", "uk", Reason.LEGAL_PROCEEDING, "M"),
    _Profile("María José", "Cañizares", "HN", "GT", "es", Reason.MEDICAL_TREATMENT, "F"),
    _Profile("زرمينه", "وردګ", "AF", "TJ", "ps", Reason.SICK_RELATIVE, "F"),
    _Profile("Їжак", "Йосипенко", "UA", "MD", "uk", Reason.PUBLIC_BENEFIT, "M"),
    _Profile("Rose-Mikerline", "Jean-Baptiste", "HT", "HT", "ht", Reason.OTHER, "F"),
)
# The passport spelling (Latin letters, HP-ID-10) of the demo names typed in another script.
_PASSPORT_LATIN = {
    "فرشته رحیمی": ("FERESHTEH", "RAHIMI"),
    "ګل‌مکۍ ځدراڼ": ("GULMAKAI", "ZADRAN"),
    "Оксана Ковальчук": ("OKSANA", "KOVALCHUK"),
    "احمد کریمی": ("AHMAD", "KARIMI"),
    "زرمينه وردګ": ("ZARMINA", "WARDAK"),
    "Їжак Йосипенко": ("IZHAK", "YOSYPENKO"),
    "Mateusz Wałęsiak": ("MATEUSZ", "WALESIAK"),  # "ł" is not in the form's character set (MRZ spelling)
}
_US_SUPPORTERS = ("Laila Noori", "Nadia Hosseini", "Petro Bondar", "Carmen Ríos", "Marie-Claude Pierre")
#: where each supporter was born (Form I-131 Part 2 Item 6 of the requestor)
_SUPPORTER_BORN = ("AF", "AF", "UA", "MX", "HT")
#: a synthetic address in the beneficiary's current country: (city, province or region, postal code), and
#: the US embassy or consulate to notify (Part 8 Item 3.b): a third country where the US has no consular
#: services there (Afghanistan, Iran: see the rules pack's no_consular_services)
_PLACES = {
    "PK": ("Peshawar", "Khyber Pakhtunkhwa", "25000", "Islamabad, PK"),
    "IR": ("Mashhad", "Razavi Khorasan", "9177948974", "Yerevan, AM"),
    "PL": ("Lublin", "Lubelskie", "20-001", "Warsaw, PL"),
    "CO": ("Cucuta", "Norte de Santander", "540001", "Bogota, CO"),
    "DO": ("Santiago", "Santiago", "51000", "Santo Domingo, DO"),
    "AF": ("Kabul", "Kabul", "1001", "Islamabad, PK"),
    "UA": ("Lviv", "Lviv Oblast", "79000", "Kyiv, UA"),
    "GT": ("Quetzaltenango", "Quetzaltenango", "09001", "Guatemala City, GT"),
    "TJ": ("Khujand", "Sughd", "735700", "Dushanbe, TJ"),
    "MD": ("Balti", "Balti", "3100", "Chisinau, MD"),
    "HT": ("Cap-Haitien", "Nord", "HT1110", "Port-au-Prince, HT"),
}
_HISPANIC = {"VE", "HN", "CO", "GT"}
_RACE = {"HT": "black"}  # everyone else: "white" (synthetic values, not a statement about anyone)
_STATEMENT = (
    "The beneficiary needs to travel to the United States urgently. {detail} "
    "The family has tried the ordinary visa route, but the consulate's first available appointment is "
    "months away, long after the date when presence in the United States is needed. A supporter in the "
    "United States has agreed to cover housing, food and travel costs for the whole stay and has "
    "provided a declaration of financial support with tax returns and pay statements. The beneficiary "
    "intends to return home at the end of the requested period, where they have family and work "
    "waiting. Documents attached show the reason, the date, the relationship and the means of support. "
)
_DETAILS = {
    Reason.MEDICAL_TREATMENT: "A paediatric cardiac surgery is scheduled at a hospital that accepted the patient.",
    Reason.PROTECTION: "Local officials named the beneficiary in written threats after their work with an NGO.",
    Reason.SICK_RELATIVE: "Their mother, who lives in the United States, is in the last stage of an illness.",
    Reason.FUNERAL: "Their father died in the United States and the funeral will be held soon.",
    Reason.FAMILY_UNITY: "Their young children live in the United States with a parent who is seriously ill.",
    Reason.ORGAN_DONOR: "The beneficiary is a matched kidney donor for a sibling in the United States.",
    Reason.LEGAL_PROCEEDING: "A federal court has asked the beneficiary to testify as a witness in person.",
    Reason.PUBLIC_BENEFIT: "A US agency has asked for the beneficiary's help with an investigation.",
    Reason.OTHER: "An urgent family matter requires the beneficiary's presence in person.",
}


def _demo_case(i: int, rng: random.Random, today: dt.date) -> Case:
    p = PROFILES[i % len(PROFILES)]
    suffix = "" if i < len(PROFILES) else f" {i // len(PROFILES) + 1}"
    dob = dt.date(1950 + rng.randrange(60), 1 + rng.randrange(12), 1 + rng.randrange(28))
    beneficiary = Person(
        role=Role.BENEFICIARY,
        given_name=p.given,
        family_name=p.family + suffix,
        date_of_birth=dob,
        sex=p.sex,
        citizenship=p.citizenship,
        country_of_birth=p.citizenship,
        current_country=p.current,
        passport_number=f"X{rng.randrange(10**7, 10**8)}",
        passport_expiry=today + dt.timedelta(days=rng.randrange(60, 2000)),
        address=f"{rng.randrange(1, 99)} Example Street, District {rng.randrange(1, 12)}",
        phone="+00 555 0100",
    )
    city, region, postal, post = _PLACES[p.current]
    beneficiary.address_street = beneficiary.address.split(",")[0]
    beneficiary.address_unit_kind, beneficiary.address_unit = UnitKind.APARTMENT, "3"  # the form's own box
    beneficiary.address_city, beneficiary.address_region = city, region
    beneficiary.address_postal_code, beneficiary.address_country = postal, p.current
    beneficiary.address = f"{beneficiary.address_street}, Apt 3, {city}, {region} {postal}, {p.current}"
    # Part 3 biographics (their own generator: the main one's sequence, and so every other demo value,
    # stays as it was)
    bio = random.Random(i)
    beneficiary.ethnicity = Ethnicity.HISPANIC if p.citizenship in _HISPANIC else Ethnicity.NOT_HISPANIC
    beneficiary.race = _RACE.get(p.citizenship, "white")
    beneficiary.height_feet, beneficiary.height_inches = bio.choice((4, 5, 5, 6)), bio.randrange(12)
    beneficiary.weight_pounds = bio.randrange(95, 220)
    beneficiary.eye_color = bio.choice(("brown", "brown", "black", "hazel", "green", "blue"))
    beneficiary.hair_color = bio.choice(("black", "black", "brown", "gray"))
    beneficiary.reentry_permit_issued = beneficiary.advance_parole_issued = Answer.NO
    beneficiary.passport_given_name, beneficiary.passport_family_name = _PASSPORT_LATIN.get(
        f"{p.given} {p.family}", ("", "")
    )
    if beneficiary.passport_family_name and suffix:
        beneficiary.passport_family_name += suffix
    supporter_name = _US_SUPPORTERS[i % len(_US_SUPPORTERS)].split(" ", 1)
    supporter = Person(
        role=Role.SUPPORTER,
        given_name=supporter_name[0],
        family_name=supporter_name[1],
        supporter_kind=SupporterKind.PERSON,
        support_form=SupportForm.I134,
        us_status="US citizen",
        address="100 Sample Ave Apt 4, Springfield, IL 62701",
        phone="+1 217 555 0100",
        email="supporter@example.org",
        relationship="cousin",
    )
    requestor = Person(
        role=Role.REQUESTOR,
        given_name=supporter_name[0],
        family_name=supporter_name[1],
        address="100 Sample Ave Apt 4, Springfield, IL 62701",
        phone="+1 217 555 0100",
        email="supporter@example.org",
        relationship="cousin",
        date_of_birth=dt.date(1975, 4, 1 + i % 28),
        sex="M" if supporter_name[0] == "Petro" else "F",
        country_of_birth=_SUPPORTER_BORN[i % len(_SUPPORTER_BORN)],
        citizenship="US",
    )
    for who in (supporter, requestor):
        who.address_street, who.address_city = "100 Sample Ave", "Springfield"
        who.address_unit_kind, who.address_unit = UnitKind.APARTMENT, "4"
        who.address_region, who.address_postal_code, who.address_country = "IL", "62701", "US"
    preparer = Person(
        role=Role.PREPARER,
        given_name="Demo",
        family_name="Volunteer",
        organization="Field Site Legal Aid",
        phone="+1 217 555 0147",
        email="volunteer@example.org",
    )
    channel = Channel.CBP_PORT_OF_ENTRY if i % 5 == 4 else Channel.USCIS
    complete = i % 3 != 2
    key_date = today + dt.timedelta(days=rng.randrange(10, 120))
    case = Case(
        channel=channel,
        reason=p.reason,
        statement=(_STATEMENT.format(detail=_DETAILS[p.reason]) * (2 if complete else 1)).strip(),
        key_date=key_date,
        key_date_label="Appointment",
        duration_months=rng.choice((3, 6, 12)),
        why_no_visa="The consulate's earliest visa interview is more than six months away."
        if complete
        else "",
        inadmissibility="The beneficiary cannot get a visitor visa in time for the date above."
        if complete
        else "",
        intended_travel_date=min(today + dt.timedelta(days=30), key_date - dt.timedelta(days=3)),
        port_of_entry="San Ysidro, CA" if channel == Channel.CBP_PORT_OF_ENTRY else "",
        consular_post=post if channel == Channel.USCIS else "",
        fee_status=FeeStatus.PAID if complete else FeeStatus.UNRECORDED,
        payment_method=PaymentMethod.G1450 if complete else PaymentMethod.UNRECORDED,
        payer_name=" ".join(supporter_name) if complete else "",
        parole_fee_plan=ParoleFeePlan.WILL_PAY if complete else ParoleFeePlan.UNRECORDED,
        background=Background(
            criminal_history=Answer.NO,
            immigration_violations=Answer.NO,
            prior_visa_denials=Answer.NO if complete else Answer.UNANSWERED,
            prior_removals=Answer.NO,
            removal_proceedings=Answer.NO,
        ),
        people=[beneficiary, requestor, supporter, preparer],
    )
    if complete:  # what the statement says, recorded for the letter's ties-and-return section (HP-LTR-01)
        case.return_intent = "The beneficiary intends to return home at the end of the requested period."
        case.home_ties = "Their family and their work are waiting for them at home."
    return case


_LETTER = (1275, 1650)  # ~150 dpi at US letter size


def _jpeg(text: str, size: tuple[int, int], seed: int) -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, (245, 243, 236))
    d = ImageDraw.Draw(im)
    rng = random.Random(seed)
    for y in range(120, size[1] - 80, 48):
        d.line((80, y, size[0] - rng.randrange(80, 400), y), fill=(90, 90, 110), width=6)
    d.rectangle((40, 40, size[0] - 40, size[1] - 40), outline=(30, 60, 120), width=8)
    d.text((100, 60), text, fill=(0, 0, 0))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def minimal_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Latin-1 text) without any PDF library."""
    text = (
        "BT /F1 14 Tf 72 720 Td 18 TL "
        + " ".join(
            "("
            + ln.encode("latin-1", "replace")
            .decode("latin-1")
            .replace("\\", "\\\\")
            .replace("(", "\\(")
            .replace(")", "\\)")
            + ") '"
            for ln in lines
        )
        + " ET"
    )
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _attach_demo_evidence(session: Session, case: Case, i: int, full: bool) -> None:
    cid = int(case.id or 0)
    name = case.beneficiary_name
    session.add_evidence_bytes(
        cid,
        _jpeg(f"Passport bio page (synthetic) {i}", _LETTER, i),
        "passport.jpg",
        kind="identity_document",
        title="Passport bio page",
    )
    if not full:
        return
    session.add_evidence_bytes(
        cid,
        _jpeg("Requestor ID (synthetic)", _LETTER, i + 3),
        "requestor-id.jpg",
        kind="requestor_identity",
        title="Requestor's ID",
    )
    session.add_evidence_bytes(
        cid,
        _jpeg("Supporter ID (synthetic)", _LETTER, i + 1),
        "supporter-id.jpg",
        kind="supporter_identity",
        title="Supporter's ID",
    )
    session.add_evidence_bytes(
        cid,
        minimal_pdf(["Form 1040 (synthetic sample)", "Tax year 2025"]),
        "tax-return.pdf",
        kind="supporter_financial",
        title="Supporter's tax return",
    )
    session.add_evidence_bytes(
        cid,
        _jpeg("Photos (synthetic)", _LETTER, i + 2),
        "photos.jpg",
        kind="photos",
        title="Passport-style photos",
    )
    session.add_evidence_bytes(
        cid,
        minimal_pdf(["Fee payment receipt (synthetic)"]),
        "fee.pdf",
        kind="fee_payment",
        title="Fee payment (Form G-1450)",
    )
    original = session.add_evidence_bytes(
        cid,
        minimal_pdf(
            [
                "Document in the original language (synthetic)",
                f"for {name.encode('ascii', 'replace').decode()}",
            ]
        ),
        "letter-original.pdf",
        kind="physician_letter" if case.reason == Reason.MEDICAL_TREATMENT else "other",
        title="Letter (original language)",
        language=PROFILES[i % len(PROFILES)].language,
    )
    session.add_evidence_bytes(
        cid,
        minimal_pdf(["English translation (synthetic)"]),
        "letter-translation.pdf",
        kind="translation",
        title="Letter (English translation)",
        language="en",
        translation_of=original.id,
        translator_name="Demo Translator",
        translator_certified=True,
    )
    # one synthetic document for every required checklist item still open
    from parole_desktop.rules import checklist, load_pack

    for item in checklist(session.load_case(cid), load_pack()):
        if item.required and not item.satisfied:
            session.add_evidence_bytes(
                cid,
                minimal_pdf([f"{item.title} (synthetic sample)"]),
                f"{item.item_id}.pdf",
                kind=item.item_id,
                title=item.title,
            )


def populate(
    session: Session,
    n_cases: int = 12,
    *,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Add ``n_cases`` synthetic cases with evidence; the first 12 cover every reason and script."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    ids: list[int] = []
    group = None
    detailed = min(n_cases, 24)
    for i in range(detailed):
        case = session.save_case(_demo_case(i, rng, today))
        ids.append(int(case.id or 0))
        if i < 24:
            _attach_demo_evidence(session, case, i, full=i % 3 != 2)
        if i in (2, 10):  # two Ukrainian relatives filed together
            group = group or session.create_family_group("Kovalchuk family")
            session.set_family_group(int(case.id or 0), group.id)
        if progress:
            progress(i + 1, n_cases)
    # the rest in bulk (no evidence), in transactions of 5,000
    for start in range(detailed, n_cases, 5000):
        batch = [_demo_case(i, rng, today) for i in range(start, min(n_cases, start + 5000))]
        ids += session.bulk_insert(batch)
        if progress:
            progress(min(n_cases, start + 5000), n_cases)
    log.info("demo: added %d cases", n_cases)
    return ids


def create_demo_vault(
    paths: AppPaths, n_cases: int = 24, *, progress: Callable[[int, int], None] | None = None
) -> bool:
    """The demo vault in the demo's own folder (``paths.for_demo()``), unless one exists there: published
    passphrase, synthetic cases, a demo organization's roster listing one demo reviewer. True when made."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from parole_desktop.services import roster, signoff
    from parole_desktop.services.checks import attach_checks
    from parole_desktop.store.vault import Vault

    if not paths.demo:
        raise UserError(_("The demo vault lives only in the demo folder, never where the real vault is."))
    if vault_exists(paths):
        return False
    paths.ensure()
    vault, _recovery = Vault.create(paths.vault, DEMO_PASSPHRASE, demo=True)
    session = Session(vault, paths, "demo")
    try:
        demo_marker(paths).write_text(
            f"{DEMO_PASSPHRASE}\nreviewer: {DEMO_REVIEWER_PASSPHRASE}\n", encoding="utf-8"
        )
        attach_checks(session)
        prof = signoff.create_reviewer(
            session,
            DEMO_REVIEWER,
            "attorney",
            DEMO_REVIEWER_PASSPHRASE,
            number="DEMO-0000",
            organization=DEMO_ORG,
        )
        # the demo's own organization: its key exists only in memory, so it can sign nothing but this roster
        org = roster.OrgKey(DEMO_ORG, Ed25519PrivateKey.generate(), demo=True)
        roster.enrol_and_pin(
            vault,
            org,
            [signoff.reviewer_enrolment(session, int(prof.id or 0), DEMO_REVIEWER_PASSPHRASE)],
            actor="demo",
        )
        populate(session, n_cases, progress=progress)
    finally:
        session.close()
    log.info("demo vault created in its own folder")
    return True
