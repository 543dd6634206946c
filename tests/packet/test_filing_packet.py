"""The filing packet an attorney would file as exported: built from every fixture case with no failing
check (both channels, the family group), read back page by page and field by field."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest

from parole_desktop.domain.enums import Channel, Role, Severity
from parole_desktop.domain.models import Case
from parole_desktop.errors import UserError
from parole_desktop.packet.build import build_packet
from parole_desktop.packet.forms import all_fields, fill_i131, is_self_filer, passport_names
from parole_desktop.packet.model import REVIEW, ExhibitSource, PacketInput, ReviewItem
from parole_desktop.packet.names import country_name
from parole_desktop.packet.pdfsign import self_signed_identity
from parole_desktop.rules import evaluate, load_pack
from parole_desktop.services import case_json
from parole_desktop.services.packets import _pack_info
from tests.packet import packet_factory as f

# every test reads the packets the module fixture builds for all fixtures (~20 s once)
pytestmark = pytest.mark.slow

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"
TODAY = dt.date(2026, 11, 23)
PLACEHOLDER = re.compile(
    r"\[(?:verify|not provided|fill in|not recorded|beneficiary|requestor|preparer|port of "
    r"entry|date not recorded|translator|language|signer|USCIS filing)[^\]]*\]",
    re.I,
)
PAYMENT = ("Fee payment form", "Form G-1450", "Form G-1650", "Form G-1651", "Form I-912", "Fee waiver")
INTERNAL = (
    "Reviewer sign-off",
    "Items marked verify",
    "Review record",
    "Signatures —",
    "verify before filing",
    "worksheet for transcription",
)


def _ready_fixtures() -> list[str]:
    pack = load_pack()
    out = []
    for p in sorted(CASES.glob("*.json")):
        if p.name == "expected.json":
            continue
        c = case_json.load_file(p)
        if not any(x.severity == Severity.FAIL for x in evaluate(c, pack, today=TODAY)):
            out.append(p.name)
    return [*out, "family_hakimi"]


def _cases(name: str) -> list[Case]:
    paths = sorted((CASES / name).glob("*.json")) if (CASES / name).is_dir() else [CASES / name]
    cases = []
    next_ev = 1
    for i, p in enumerate(paths, start=1):
        c = case_json.load_file(p)
        c.id = i
        remap = {}
        for ev in c.evidence:
            remap[ev.id] = next_ev
            ev.id, ev.case_id = next_ev, i
            next_ev += 1
        for ev in c.evidence:
            if ev.translation_of is not None:
                ev.translation_of = remap.get(ev.translation_of)
        cases.append(c)
    return cases


def _input(cases: list[Case], *, draft: bool = False) -> PacketInput:
    sources = []
    for c in cases:
        for ev in c.evidence:
            data = f.pdf(1, f"{ev.kind} {ev.title}")
            ev.sha256 = hashlib.sha256(data).hexdigest()
            sources.append(ExhibitSource(ev, f.opener(data)))
    inp = PacketInput(
        cases=cases,
        exhibits=sources,
        pack=_pack_info(load_pack()),
        preparer_name="Volunteer",
        generated_at=f.NOW,
        draft=draft,
        group_name="Hakimi family" if len(cases) > 1 else "",
    )
    if not draft:
        inp.signoff = f.signoff(cases, sources)
    return inp


def _text(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def _outline(path: Path) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []
    with pikepdf.open(path) as pdf:
        pages = {p.objgen: i + 1 for i, p in enumerate(pdf.pages)}
        with pdf.open_outline() as ol:

            def walk(items: list[pikepdf.OutlineItem], level: int) -> None:
                for it in items:
                    dest = it.destination
                    page = pages.get(dest[0].objgen, 0) if isinstance(dest, pikepdf.Array) else 0
                    out.append((level, it.title, page))
                    walk(list(it.children), level + 1)

            walk(list(ol.root), 0)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[Case], object]]:
    out = {}
    ident = self_signed_identity("Ana Pérez", "Clinic")
    folder = tmp_path_factory.mktemp("filing")
    for name in _ready_fixtures():
        cases = _cases(name)
        path = folder / (name.replace(".json", "") + ".pdf")
        res = build_packet(_input(cases), path, signing=ident)
        out[name] = (path, cases, res)
    return out


@pytest.mark.slow
def test_fixtures_cover_both_channels_and_a_family(built: dict[str, tuple[Path, list[Case], object]]) -> None:
    channels = {c.channel for _, cases, _ in built.values() for c in cases}
    assert channels == {Channel.USCIS, Channel.CBP_PORT_OF_ENTRY} and "family_hakimi" in built
    assert len(built) >= 7


@pytest.mark.slow
def test_no_placeholder_and_no_internal_page(built: dict[str, tuple[Path, list[Case], object]]) -> None:
    for name, (path, _, res) in built.items():
        text = _text(path)
        assert not PLACEHOLDER.search(text), (name, PLACEHOLDER.search(text))
        for marker in INTERNAL:
            assert marker.lower() not in text.lower(), (name, marker)
        assert res.placeholders == [] and res.signed  # type: ignore[attr-defined]
        assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_uscis_order_and_i131_values(built: dict[str, tuple[Path, list[Case], object]]) -> None:
    # payment on top, then G-28, then the letter and the forms (the pack's filing_order, a verify item)
    order = [
        PAYMENT,
        "Form G-28",
        "Cover letter",
        "Form I-131",
        "Statement of reasons",
        "Exhibit index",
    ]
    for name, (path, cases, _) in built.items():
        if cases[0].channel != Channel.USCIS:
            continue
        outline = _outline(path)
        with pikepdf.open(path) as pdf:
            fields = all_fields(pdf)
            for ci, case in enumerate(cases):
                starts = [i for i, (lvl, t, _) in enumerate(outline) if lvl == 0]
                begin = starts[ci]
                end = starts[ci + 1] if ci + 1 < len(starts) else len(outline)
                titles = [t for lvl, t, _ in outline[begin:end] if lvl == 1]
                seen = [
                    next(i for i, t in enumerate(titles) if t.startswith(o))
                    for o in order
                    if any(t.startswith(o) for t in titles)
                ]
                assert any(t.startswith(PAYMENT) for t in titles), titles  # every USCIS fixture has one
                assert seen == sorted(seen), (name, titles)
                assert any(t.startswith("Form I-131") for t in titles)
                assert not any("worksheet" in t.lower() for t in titles), titles  # never filed
                pay = next(i for i, t in enumerate(titles) if t.startswith(PAYMENT))
                assert pay == 0, titles
                if any(e.kind == "g28" for e in case.evidence):
                    assert pay < titles.index("Form G-28") < titles.index("Cover letter")
                pre = f"form1[{ci}]"
                b = case.beneficiary
                assert b is not None
                reqs = case.people_with_role(Role.REQUESTOR)
                fam, _giv = passport_names(b)
                if reqs and not is_self_filer(case):  # a self-filer is "you" (Items 1-15)
                    item = f"{pre}.P6[0].P2_Line16_FamilyName[0]"
                    dob = f"{pre}.P6[0].P2_Line18_DateOfBirth[0]"
                    cit = f"{pre}.P6[0].P2_Line20_CountryOfCitizenship[0]"
                else:
                    item = f"{pre}.P4[0].Part2_Line1_FamilyName[0]"
                    dob = f"{pre}.P5[0].Part2_Line9_DateOfBirth[0]"
                    cit = f"{pre}.P5[0].Part2_Line7_CountryOfCitizenshiporNationality[0]"
                if fam:
                    assert str(fields[item].V) == fam
                assert str(fields[dob].V) == b.date_of_birth.strftime("%m/%d/%Y")  # type: ignore[union-attr]
                assert str(fields[cit].V) == country_name(b.citizenship)
                assert len(country_name(b.citizenship)) > 2  # a name in words, not "AF"
                box = fields[  # Item 7, or a program's letter under Item 6 (6.E: other program)
                    f"{pre}.P3[0].CB_AppType[5]" if not case.program else f"{pre}.P3[0].CB_AppType[1]"
                ]
                assert str(box.V) != "/Off"
                # every value the filler wrote for this case is in the packet's form, read back with pikepdf
                expected = fill_i131(case).values
                assert len(expected) >= 8
                for field_name, value in expected.items():
                    assert str(fields[field_name.replace("form1[0]", pre, 1)].V) == value, (name, field_name)
                for sig in (
                    "#subform[10].Part10_Line4_ApplicantSignature[0]",
                    "#subform[12].Part12_Line6_PreparerSig[0]",
                ):
                    assert "/V" not in fields[f"{pre}.{sig}"] or str(fields[f"{pre}.{sig}"].V) == ""


def test_cbp_bundle_has_no_i131_or_payment_form(built: dict[str, tuple[Path, list[Case], object]]) -> None:
    cbp = [(n, v) for n, v in built.items() if v[1][0].channel == Channel.CBP_PORT_OF_ENTRY]
    assert cbp
    for name, (path, cases, _) in cbp:
        titles = [t for _, t, _ in _outline(path)]
        assert not any("I-131" in t or t.startswith(PAYMENT) for t in titles), (name, titles)
        assert titles[1] == "Summary for the CBP officer"
        with pikepdf.open(path) as pdf:
            assert not [k for k in all_fields(pdf) if k.startswith("form1")]
        first = _text(path, 1)
        assert "summary for the CBP officer" in first and cases[0].port_of_entry in first
        assert "Originals the beneficiary brings" in first
        assert "Form I-131" not in _text(path)


@pytest.mark.slow
def test_review_record_lists_what_the_filing_leaves_out(tmp_path: Path) -> None:
    cases = _cases("medical_uscis_complete.json")
    inp = _input(cases)
    inp.output = REVIEW
    inp.review_items = [
        ReviewItem(
            "HP-FEE-02",
            "warn",
            "Fee amount to verify",
            "accepted",
            "Checked on uscis.gov on the day of mailing",
            1,
            True,
        ),
        ReviewItem("HP-X-01", "warn", "An open warning", "open"),
    ]
    filing = build_packet(
        _input(_cases("medical_uscis_complete.json")),
        tmp_path / "filing.pdf",
        signing=self_signed_identity("Ana", "Clinic"),
    )
    res = build_packet(inp, tmp_path / "record.pdf")
    assert not res.signed and res.output == "review"
    text = _text(tmp_path / "record.pdf")
    flat = " ".join(text.split())
    assert "Checked on uscis.gov on the day of mailing" in flat and "accepted" in flat and "open" in flat
    assert "Items marked verify" in flat and "Before you mail" in flat and "Reviewer sign-off" in flat
    assert "Part 3 (biographic information" not in flat  # recorded now: nothing to complete by hand
    # every wet signature points at a page of the filing packet that holds that signature place
    assert res.signatures == filing.signatures
    for _who, where, page in filing.signatures:
        page_text = _text(tmp_path / "filing.pdf", page)
        if "Part 10" in where:
            assert "Signature of Applicant" in page_text or "Applicant's Signature" in page_text
        elif where.startswith("Cover letter"):
            assert "Respectfully submitted" in page_text
        assert f"{page}" in flat


@pytest.mark.slow
def test_final_refused_while_a_placeholder_remains(tmp_path: Path) -> None:
    cases = _cases("medical_uscis_complete.json")
    inp = _input(cases)
    inp.pack.filing_address = ""
    with pytest.raises(UserError, match="placeholders remain: USCIS filing address"):
        build_packet(inp, tmp_path / "p.pdf", signing=self_signed_identity("Ana", "Clinic"))
    assert list(tmp_path.iterdir()) == []
    draft = _input(_cases("medical_uscis_complete.json"), draft=True)
    draft.pack.filing_address = ""
    res = build_packet(draft, tmp_path / "d.pdf")
    letter_page = next(p for _, t, p in _outline(tmp_path / "d.pdf") if t == "Cover letter")
    assert res.placeholders == ["USCIS filing address"] and "[USCIS filing address]" in _text(
        tmp_path / "d.pdf", letter_page
    )


@pytest.mark.slow
def test_an_unmapped_edition_is_refused(tmp_path: Path) -> None:
    form = (
        Path(__file__).resolve().parents[2] / "resources" / "forms" / "I-131-edition-01-20-25.pdf"
    ).read_bytes()
    pdf = pikepdf.open(io.BytesIO(form))
    pdf.Root.Info = pdf.make_indirect(pikepdf.Dictionary())
    # a different file (another edition's bytes): its printed edition is what decides
    buf = io.BytesIO()
    pdf.save(buf)
    inp = _input(_cases("medical_uscis_complete.json"), draft=True)
    inp.i131_form = buf.getvalue()
    res = build_packet(inp, tmp_path / "same-edition.pdf")  # same printed edition: the map applies
    assert res.pages > 14
    from parole_desktop.packet import forms

    with pytest.raises(UserError, match=r"edition 06/17/24 has no field map"):
        forms.field_map("I-131", "06/17/24")
    inp.i131_form = f.pdf(2, "Form I-131 Edition 06/17/24")
    with pytest.raises(UserError, match=r"Form I-131 edition 06/17/24 has no field map in the rules pack"):
        build_packet(inp, tmp_path / "old.pdf")
    assert not (tmp_path / "old.pdf").exists()


@pytest.mark.slow
def test_payment_form_named_by_the_recorded_method(tmp_path: Path) -> None:
    from parole_desktop.domain.enums import PaymentMethod

    cases = _cases("medical_uscis_complete.json")
    cases[0].payment_method = PaymentMethod.G1650
    fee = next(e for e in cases[0].evidence if e.kind == "fee_payment")
    path = tmp_path / "p.pdf"
    if "G-1450" in f"{fee.title} {fee.original_filename}":
        # the enclosed document is a G-1450: it is named for what it is, never for the recorded method
        build_packet(_input(cases, draft=True), path)
        titles = [t for _, t, _ in _outline(path)]
        assert "Form G-1450 (card payment authorization)" in titles
        assert not any("G-1650" in t for t in titles)
        letter_page = next(p for _, t, p in _outline(path) if t == "Cover letter")
        assert "G-1650" not in _text(path, letter_page) and "Form G-1450" in _text(path, letter_page)
    # a document that names no form takes the recorded method's name
    fee.title, fee.original_filename = "Fee payment", "fee.pdf"
    build_packet(_input(cases, draft=True), path)
    titles = [t for _, t, _ in _outline(path)]
    assert "Form G-1650 (ACH debit authorization)" in titles
    letter_page = next(p for _, t, p in _outline(path) if t == "Cover letter")
    assert "Form G-1650" in _text(path, letter_page)  # the letter's enclosures name it too


def _pages_of(path: Path, title: str) -> tuple[int, int]:
    """First and last page of the level-1 document ``title`` of the first request."""
    outline = _outline(path)
    level1 = [(t, p) for lvl, t, p in outline if lvl == 1]
    i = next(i for i, (t, _) in enumerate(level1) if t == title)
    start = level1[i][1]
    end = level1[i + 1][1] - 1 if i + 1 < len(level1) else start
    return start, max(start, end)


HEX_DIGEST = re.compile(r"\b[0-9a-f]{12,64}\b")


@pytest.mark.slow
def test_letter_and_contents_text_layer(built: dict[str, tuple[Path, list[Case], object]]) -> None:
    """Read as the signing attorney would: the passport's Latin name in the letter, the enclosure list
    equal to the documents actually filed, and nothing internal anywhere in the filing."""
    from parole_desktop.packet.templates import passport_name

    for name, (path, cases, _res) in built.items():
        case = cases[0]
        b = case.beneficiary
        assert b is not None
        latin = passport_name(b)
        letter = " ".join(_text(path, *_pages_of(path, "Cover letter")).split())
        assert latin in letter, (name, latin)
        level1 = [t for lvl, t, _ in _outline(path) if lvl == 1]
        first = level1[: level1.index("Exhibit index") + 1]
        m = re.search(r"Enclosed: (.+?)\.(?: [A-Z]|$)", letter)
        assert m, (name, letter[:400])
        listed = [x.strip() for x in m.group(1).split(";")]
        filed = []
        for t in first:
            if t in ("Cover letter", ""):
                continue
            if t.startswith("Form I-131"):
                filed.append("Form I-131")
            elif t == "Summary for the CBP officer":
                filed.append("summary for the CBP officer")
            elif t in ("Statement of reasons", "Exhibit index"):
                filed.append(t[:1].lower() + t[1:])
            else:
                filed.append(t)
        assert [x for x in listed if not x.startswith("Exhibit")] == filed, (name, listed, filed)
        assert "worksheet" not in letter.lower()
        whole = _text(path)
        low = whole.lower()
        for bad in ("worksheet", "accepted warning", "sha-256", "reviewer's reason"):
            assert bad not in low, (name, bad)
        assert not HEX_DIGEST.search(whole), (name, HEX_DIGEST.search(whole))
        if b.full_name != latin and re.search(r"[^\x00-\u024f]", b.full_name):
            assert f"{latin} (" in letter, name  # the name as typed in parentheses
        with pikepdf.open(path) as pdf:
            n = len(pdf.pages)
        contents = next(
            t for t in (_text(path, p) for p in range(1, min(n, 12) + 1)) if t.lstrip().startswith("Contents")
        )
        assert latin in contents and "worksheet" not in contents.lower(), name


@pytest.mark.slow
def test_i134_worksheet_is_in_the_review_record_not_the_filing(tmp_path: Path) -> None:
    from parole_desktop.domain.enums import I134Delivery

    cases = _cases("medical_uscis_complete.json")
    sup = cases[0].people_with_role(Role.SUPPORTER)[0]
    inp = _input(cases, draft=True)
    inp.output = REVIEW
    build_packet(inp, tmp_path / "r.pdf")
    record = " ".join(_text(tmp_path / "r.pdf").split())
    assert "Form I-134 worksheet — " + sup.full_name in record
    assert "is not recorded (i134_delivery); the cover letter says nothing about it" in record
    cases[0].i134_delivery = I134Delivery.FOLLOWS
    filing = _input(cases, draft=True)
    build_packet(filing, tmp_path / "f.pdf")
    text = " ".join(_text(tmp_path / "f.pdf").split())
    assert "worksheet" not in text.lower()
    assert f"The Form I-134 signed by {sup.full_name} follows under separate cover." in text


def test_exhibit_index_drops_the_date_column_when_no_exhibit_has_a_date(tmp_path: Path) -> None:
    cases = _cases("native_script_names_uscis.json")
    for ev in cases[0].evidence:
        ev.document_date = None
    res = build_packet(_input(cases, draft=True), tmp_path / "p.pdf")
    index = next(
        p for p in range(1, res.pages + 1) if "Page = page of this packet" in _text(tmp_path / "p.pdf", p)
    )
    header = next(
        ln for ln in _text(tmp_path / "p.pdf", index).splitlines() if "Exhibit" in ln and "Title" in ln
    )
    assert header.split() == ["Exhibit", "Title", "Language", "Pages", "Page"]
    cases[0].evidence[0].document_date = dt.date(2026, 10, 1)
    res = build_packet(_input(cases, draft=True), tmp_path / "q.pdf")
    text = _text(tmp_path / "q.pdf", index)
    header = next(ln for ln in text.splitlines() if "Exhibit" in ln and "Title" in ln)
    assert header.split() == ["Exhibit", "Title", "Date", "Language", "Pages", "Page"]
    assert "October 1, 2026" in text
