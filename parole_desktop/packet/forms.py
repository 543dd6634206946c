"""Official fillable forms: field maps keyed by edition (rules pack), and the filled Form I-131.

A field map (``resources/rules/forms/<form>-<edition>.json``) names, for one edition of one form, the
AcroForm field each case value goes into. The values themselves come from :func:`i131_values` and are
the same for every edition, so a new edition only needs a new map (shipped in a signed pack update). An
edition without a map is refused with a clear message. Signature and signature-date fields are never
filled. A value the case lacks becomes a :class:`FormFinding`, never a silent blank.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parole_desktop.domain.enums import Answer, Channel, Role
from parole_desktop.domain.models import Case, Person
from parole_desktop.errors import UserError
from parole_desktop.packet.fonts import resources_dir
from parole_desktop.packet.names import country_name, language_name

log = logging.getLogger(__name__)

#: Where the edition maps live (inside the rules pack's folder; a pack update brings new ones).
FORM_MAPS_DIR = resources_dir() / "rules" / "forms"
#: The shipped official forms.
FORMS_DIR = resources_dir() / "forms"

_US_STATES = {
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "PR",
    "GU",
    "VI",
    "AS",
    "MP",
}
#: signature and signature-date fields: never filled (checked in code as well as in each map's never_fill)
_SIGNATURE_FIELD = re.compile(r"Sig(nature)?\[\d+\]$")
_US_TAIL = re.compile(r"^(?P<city>.*?)[,\s]+(?P<state>[A-Z]{2})\s+(?P<zip>\d{5})(?:-\d{4})?$")
_US_TAIL2 = re.compile(r"^(?P<state>[A-Z]{2})\s+(?P<zip>\d{5})(?:-\d{4})?$")


@dataclass(frozen=True)
class FormFinding:
    """Something the form needs that the case does not give (or gives in a way the form cannot hold)."""

    form: str
    label: str
    message: str


@dataclass(frozen=True)
class SignaturePlace:
    """A signature the form needs, by hand: ``page`` is the 0-based page of the form."""

    label: str
    signer: str
    page: int


@dataclass
class FieldMap:
    form: str
    edition: str
    file: str
    sha256: str
    fields: list[dict[str, Any]]
    additional_rows: list[dict[str, str]]
    signatures: list[dict[str, str]]
    never_fill: set[str]
    not_recorded: list[str]
    path: Path

    @classmethod
    def from_file(cls, path: Path) -> FieldMap:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                form=raw["form"],
                edition=raw["edition"],
                file=raw.get("file", ""),
                sha256=raw.get("sha256", ""),
                fields=list(raw["fields"]),
                additional_rows=list(raw.get("additional_information", {}).get("rows", [])),
                signatures=list(raw.get("signatures", [])),
                never_fill=set(raw.get("never_fill", [])),
                not_recorded=list(raw.get("not_recorded_by_the_app", [])),
                path=path,
            )
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise UserError(f"The field map {path.name} of the rules pack cannot be read: {e}") from e


@functools.cache
def _maps(maps_dir: Path) -> tuple[FieldMap, ...]:
    if not maps_dir.is_dir():
        return ()
    return tuple(FieldMap.from_file(p) for p in sorted(maps_dir.glob("*.json")))


def field_map(form: str, edition: str, maps_dir: Path | None = None) -> FieldMap:
    """The map of one edition; :class:`UserError` when the rules pack has none."""
    for m in _maps(maps_dir or FORM_MAPS_DIR):
        if m.form == form and m.edition == edition:
            return m
    known = ", ".join(m.edition for m in _maps(maps_dir or FORM_MAPS_DIR) if m.form == form) or "none"
    raise UserError(
        f"Form {form} edition {edition} has no field map in the rules pack (mapped editions: "
        f"{known}). Install a rules pack update that maps this edition, or use a mapped edition."
    )


def detect_edition(data: bytes, form: str, maps_dir: Path | None = None) -> str:
    """The edition of a form file: a known file by its SHA-256, else the "Edition MM/DD/YY" printed on it."""
    digest = hashlib.sha256(data).hexdigest()
    for m in _maps(maps_dir or FORM_MAPS_DIR):
        if m.form == form and m.sha256 == digest:
            return m.edition
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
        try:
            text = " ".join(doc[i].get_textpage().get_text_range() for i in range(min(2, len(doc))))
        finally:
            doc.close()
    except pdfium.PdfiumError as e:
        raise UserError(f"The Form {form} file is not a readable PDF: {e}") from e
    found = re.search(r"Edition\s*(\d\d/\d\d/\d\d)", text)
    if not found:
        raise UserError(
            f"The edition of this Form {form} file cannot be read; use the official fillable PDF."
        )
    return str(found.group(1))


def shipped_form_path(form: str, edition: str) -> Path:
    m = field_map(form, edition)
    return FORMS_DIR / m.file


# ---------------------------------------------------------------------------------------------- values
def _date(d: dt.date | None) -> str | None:
    return d.strftime("%m/%d/%Y") if d else None


def _opt(s: str) -> str | None:
    s = (s or "").strip()
    return s or None


def _phone(s: str) -> str | None:
    """Digits only (the form's phone boxes take digits); a US number loses its leading country code 1."""
    digits = re.sub(r"\D", "", s or "")
    if len(digits) == 11 and digits.startswith("1") and (s or "").strip().startswith("+1"):
        digits = digits[1:]
    return digits or None


def passport_names(p: Person) -> tuple[str | None, str | None]:
    """(family, given) as in the passport: the recorded Latin passport spelling when there is one, else
    the name as typed when it is in Latin letters; ``None`` when only a non-Latin spelling exists."""
    fam = str(getattr(p, "passport_family_name", "") or "").strip()
    giv = str(getattr(p, "passport_given_name", "") or "").strip()
    if fam or giv:
        return fam or None, giv or None
    return (_latin(p.family_name), _latin(p.given_name))


def _latin(s: str) -> str | None:
    s = (s or "").strip()
    if not s:
        return None
    return s if fits_form(s) else None


def fits_form(s: str) -> bool:
    """The form's fonts (Courier, WinAnsi) can show the text."""
    try:
        s.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def split_address(address: str) -> dict[str, str]:
    """Best-effort split of a one-line address into the form's parts. A US address ("…, City, ST 12345")
    gives street/city/state/zip/country; otherwise the last part is the country when it is one, the
    part before it the city, the rest the street."""
    parts = [p.strip() for p in re.split(r"[,\n]", address or "") if p.strip()]
    out: dict[str, str] = {}
    if not parts:
        return out
    last = parts[-1]
    m = _US_TAIL2.match(last)
    if m and m.group("state") in _US_STATES and len(parts) >= 3:
        out.update(
            street=", ".join(parts[:-2]),
            city=parts[-2],
            state=m.group("state"),
            zip=m.group("zip"),
            country="United States",
        )
        return out
    m = _US_TAIL.match(last)
    if m and m.group("state") in _US_STATES and len(parts) >= 2:
        out.update(
            street=", ".join(parts[:-1]),
            city=m.group("city").strip(),
            state=m.group("state"),
            zip=m.group("zip"),
            country="United States",
        )
        return out
    named = country_name(last)
    if len(parts) >= 2 and (named != last or last.istitle()):
        out["country"] = named
        parts = parts[:-1]
    if len(parts) >= 2:
        out["city"] = parts[-1]
        parts = parts[:-1]
    out["street"] = ", ".join(parts)
    return out


def _other_names(p: Person) -> list[tuple[str, str]]:
    names = [n.strip() for n in re.split(r"[;\n]", p.other_names or "") if n.strip()]
    out = []
    for n in names:
        bits = n.split()
        out.append((bits[-1], " ".join(bits[:-1])) if len(bits) > 1 else (bits[0], ""))
    return out


def _person_values(
    prefix: str,
    p: Person | None,
    values: dict[str, str | None],
    missing: dict[str, str],
    *,
    address: bool = True,
    contact_required: bool = False,
) -> None:
    if p is None:
        return
    fam, giv = passport_names(p)
    values[f"{prefix}.family_name"] = fam
    values[f"{prefix}.given_name"] = giv
    if fam is None or giv is None:
        missing[f"{prefix}.family_name"] = missing[f"{prefix}.given_name"] = (
            f"{p.full_name or 'The name'}: the name as in the passport, in Latin letters, is not recorded "
            "(the form needs the passport spelling)."
        )
    others = _other_names(p)
    for i in range(1, 4):
        f, g = others[i - 1] if i <= len(others) else ("", "")
        values[f"{prefix}.other_name.{i}.family"] = f if fits_form(f) else None
        values[f"{prefix}.other_name.{i}.given"] = g if fits_form(g) else None
        if not (fits_form(f) and fits_form(g)):
            missing[f"{prefix}.other_name.{i}.family"] = missing[f"{prefix}.other_name.{i}.given"] = (
                f"{p.full_name}: the other name “{g} {f}” is not in Latin letters."
            )
    values[f"{prefix}.date_of_birth"] = _date(p.date_of_birth)
    values[f"{prefix}.country_of_birth"] = _opt(country_name(p.country_of_birth))
    values[f"{prefix}.citizenship"] = _opt(country_name(p.citizenship))
    sex = (p.sex or "").strip()[:1].upper()
    values[f"{prefix}.sex"] = sex if sex in ("F", "M") else None
    values[f"{prefix}.a_number"] = _opt(re.sub(r"\D", "", str(getattr(p, "a_number", "") or ""))) or ""
    values[f"{prefix}.phone"] = _phone(p.phone) or ("" if not contact_required else None)
    values[f"{prefix}.email"] = _opt(p.email) or ("" if not contact_required else None)
    if address:
        keys = ("street", "city", "state", "zip", "province", "postal_code", "country")
        if not (p.address or "").strip():
            for k in keys:
                values[f"{prefix}.address.{k}"] = None
                missing[f"{prefix}.address.{k}"] = (
                    f"{p.full_name or 'The person'}: no mailing address recorded."
                )
        else:
            parts = split_address(p.address)
            for k in keys:
                values[f"{prefix}.address.{k}"] = parts.get(k, "")


def _helper_name(prefix: str, p: Person, missing: dict[str, str]) -> tuple[str | None, str | None]:
    fam, giv = passport_names(p)
    if fam is None or giv is None:
        missing[f"{prefix}.family_name"] = missing[f"{prefix}.given_name"] = (
            f"{p.full_name}: the name is not in Latin letters; record the spelling used on official documents."
        )
    return fam, giv


def i131_values(case: Case) -> tuple[dict[str, str | None], dict[str, str]]:
    """Every value the I-131 maps can ask for. ``None`` = the case lacks it (a finding); ``""`` = blank
    on purpose (not applicable). The second dict holds the reason of a missing value when there is a
    better one than "not recorded"."""
    values: dict[str, str | None] = {}
    missing: dict[str, str] = {}
    b = case.beneficiary
    reqs = case.people_with_role(Role.REQUESTOR)
    applicant = reqs[0] if reqs else b
    values["application_type"] = "item6" if case.program.strip() else "item7"
    values["program_name"] = case.program.strip() if case.program.strip() else ""
    values["g28_attached"] = (
        "yes" if case.represented and any(r.g28 for r in case.people_with_role(Role.REPRESENTATIVE)) else "no"
    )
    _person_values("applicant", applicant, values, missing, contact_required=True)
    if reqs and b is not None:
        _person_values("beneficiary", b, values, missing)
    ans = case.background.removal_proceedings
    values["proceedings"] = {Answer.YES: "yes", Answer.NO: "no"}.get(ans)
    values["replacement"] = "no"  # the app prepares initial requests only (Part 1, Item 6 or 7)
    from parole_desktop.packet.templates import REASON_LABELS

    label = REASON_LABELS.get(case.reason) if case.reason else None
    key = ""
    if case.key_date:
        kl = case.key_date_label.strip() or "Key date"
        key = f" {kl[:1].upper() + kl[1:]}: {_date(case.key_date)}."
    values["qualify_explanation"] = (
        f"Urgent humanitarian reasons: {label}.{key} See the cover letter and the statement of reasons."
        if label
        else None
    )
    values["expected_stay"] = f"{case.duration_months} months" if case.duration_months else None
    values["intended_arrival"] = _date(case.intended_travel_date)
    post = str(getattr(case, "consular_post", "") or "").strip()
    if post:
        city, _, country = post.partition(",")
        values["consular_post.city"] = city.strip()
        values["consular_post.country"] = country_name(country.strip()) or None
    else:
        values["consular_post.city"] = values["consular_post.country"] = None
        missing["consular_post.city"] = missing["consular_post.country"] = (
            "The US embassy or consulate where the beneficiary would collect the travel document is not "
            "recorded (Part 8, Item 3.b)."
        )
    interp = case.people_with_role(Role.INTERPRETER)
    if interp:
        i = interp[0]
        fam, giv = _helper_name("interpreter", i, missing)
        values.update(
            {
                "interpreter.family_name": fam,
                "interpreter.given_name": giv,
                "interpreter.organization": i.organization,
                "interpreter.phone": _phone(i.phone),
                "interpreter.email": i.email,
                "interpreter.language": _opt(language_name(i.language)),
            }
        )
    preps = case.people_with_role(Role.PREPARER)
    if preps:
        p = preps[0]
        fam, giv = _helper_name("preparer", p, missing)
        values.update(
            {
                "preparer.family_name": fam,
                "preparer.given_name": giv,
                "preparer.organization": p.organization,
                "preparer.phone": _phone(p.phone),
                "preparer.email": p.email,
            }
        )
    if case.channel == Channel.CBP_PORT_OF_ENTRY:
        values["channel"] = "cbp"
    return values, missing


# ---------------------------------------------------------------------------------------------- filling
@dataclass
class FilledForm:
    """One filled form: the PDF (AcroForm kept, XFA removed, an appearance drawn for every value), the
    values written (full field name → value), findings, and where it must be signed by hand."""

    form: str
    edition: str
    pdf: Any  # the filled pikepdf.Pdf (open: close it when done)
    values: dict[str, str]
    findings: list[FormFinding] = field(default_factory=list)
    signatures: list[SignaturePlace] = field(default_factory=list)
    pages: int = 0

    @property
    def data(self) -> bytes:
        """The filled form as a PDF file of its own."""
        out = io.BytesIO()
        self.pdf.save(out)
        return out.getvalue()


def _terminal_fields(root: Any, prefix: str = "") -> Any:
    name = f"{prefix}.{root.T}" if prefix and "/T" in root else (str(root.T) if "/T" in root else prefix)
    kids = root.get("/Kids")
    if kids is not None and any("/T" in k for k in kids):
        for k in kids:
            yield from _terminal_fields(k, name)
    else:
        yield name, root


def all_fields(pdf: Any) -> dict[str, Any]:
    """Full field name → terminal field dictionary."""
    out: dict[str, Any] = {}
    af = pdf.Root.get("/AcroForm")
    if af is None:
        return out
    for top in af.get("/Fields", []):
        for name, f in _terminal_fields(top):
            out[name] = f
    return out


def strip_xfa(pdf: Any) -> None:
    """Remove the XFA layer (viewers that prefer XFA would show the blank form) and any form scripts."""
    import pikepdf

    af = pdf.Root.get("/AcroForm")
    if af is not None and "/XFA" in af:
        del af[pikepdf.Name.XFA]
    if "/Names" in pdf.Root and "/JavaScript" in pdf.Root.Names:
        del pdf.Root.Names[pikepdf.Name.JavaScript]
    for key in ("/OpenAction", "/AA"):
        if key in pdf.Root:
            del pdf.Root[key]


def _widgets(f: Any) -> list[Any]:
    kids = f.get("/Kids")
    return list(kids) if kids is not None else [f]


def _on_state(f: Any) -> str | None:
    for w in _widgets(f):
        ap = w.get("/AP")
        if ap is not None and "/N" in ap:
            for k in ap.N:
                if k != "/Off":
                    return str(k)
    return None


def fill_form(
    template: bytes, fmap: FieldMap, values: dict[str, str | None], missing: dict[str, str], label: str
) -> FilledForm:
    """Fill ``template`` (a PDF of the edition ``fmap`` maps) with ``values``."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(template))
    strip_xfa(pdf)
    fields = all_fields(pdf)
    written: dict[str, str] = {}
    findings: list[FormFinding] = []
    reported: set[str] = set()
    overflow: list[tuple[str, str]] = []
    form = f"Form {fmap.form} ({label})"
    for spec in fmap.fields:
        name = spec["field"]
        if name in fmap.never_fill or _SIGNATURE_FIELD.search(name):
            continue  # a signature (or its date) is written by hand, whatever a map says
        f = fields.get(name)
        if f is None:
            raise UserError(
                f"The field map of Form {fmap.form} edition {fmap.edition} names a field the file "
                f"does not have ({name}); the form file and its map do not match."
            )
        if f.get("/FT") == "/Sig":
            continue
        src = spec["source"]
        val = values.get(src)
        if val is None:
            if src in values:
                msg = missing.get(src) or "Not recorded in the case."
                key = msg if src in missing else src
                if key not in reported:
                    reported.add(key)
                    findings.append(
                        FormFinding(
                            form,
                            spec["label"].split(" (")[0] if spec.get("kind") == "check" else spec["label"],
                            msg,
                        )
                    )
            continue
        kind = spec.get("kind", "text")
        if kind == "check":
            if val != spec["when"]:
                continue
            on = _on_state(f) or "/Yes"
            f.V = pikepdf.Name(on)
            for w in _widgets(f):
                w.AS = pikepdf.Name(on)
            written[name] = on
            continue
        if not val:
            continue
        if not fits_form(val):
            findings.append(
                FormFinding(
                    form,
                    spec["label"],
                    f"“{val}” is not in Latin letters; record the "
                    "spelling used in the passport or on official documents.",
                )
            )
            continue
        maxlen = int(f.get("/MaxLen", 0) or 0)
        if maxlen and len(val) > maxlen:
            overflow.append((spec["label"], val))
            val = "See Part 13"[:maxlen] if maxlen >= 11 else val[:maxlen]
            if maxlen < 11:
                findings.append(
                    FormFinding(
                        form,
                        spec["label"],
                        f"“{values.get(src)}” is longer than the {maxlen} characters the form allows.",
                    )
                )
        if kind == "choice" and "/Opt" in f:
            opts = [str(o[0]) if isinstance(o, pikepdf.Array) else str(o) for o in f.Opt]
            if val not in opts:
                findings.append(
                    FormFinding(form, spec["label"], f"“{val}” is not one of the form's choices.")
                )
                continue
        f.V = pikepdf.String(val)
        written[name] = val
    rows = fmap.additional_rows
    for i, (lab, text) in enumerate(overflow):
        if i >= len(rows):
            findings.append(
                FormFinding(form, lab, "More continued answers than Part 13 holds; attach a sheet.")
            )
            continue
        m = re.match(r"Part (\d+), Item ([\w.]+)", lab)
        part, item = (m.group(1), m.group(2).rstrip(":")) if m else ("", "")
        for key, v in (("part", part), ("item", item), ("text", f"{lab}: {text}")):
            if v:
                fields[rows[i][key]].V = pikepdf.String(v)
                written[rows[i][key]] = v
    for unrec in fmap.not_recorded:
        findings.append(
            FormFinding(
                form, unrec, f"{unrec} is not recorded by the app: complete it by hand before signing."
            )
        )
    _appearances(pdf, fields, written)
    page_of: dict[tuple[int, int], int] = {}
    for i, pg in enumerate(pdf.pages):
        for a in pg.get("/Annots", []):
            page_of[a.objgen] = i
    sigs = []
    for s in fmap.signatures:
        f = fields.get(s["field"])
        at = page_of.get(_widgets(f)[0].objgen, 0) if f is not None else 0
        sigs.append(SignaturePlace(s["label"], s["signer"], at))
    return FilledForm(fmap.form, fmap.edition, pdf, written, findings, sigs, len(pdf.pages))


_DA = re.compile(r"/([^\s/]+)\s+([\d.]+)\s+Tf")
_MULTILINE = 1 << 12
_COMB = 1 << 24


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _wrap_lines(text: str, per_line: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=max(1, per_line), break_long_words=True) or [""]


def _appearance(pdf: Any, f: Any, text: str, dr_fonts: Any) -> None:
    """Draw a text field's value (the forms use Courier: every glyph is 0.6 em wide, so fitting and
    wrapping are exact): one line shrunk to fit, a multi-line field wrapped, a comb field one character
    per cell."""
    import pikepdf

    da = str(f.get("/DA", "") or pdf.Root.AcroForm.get("/DA", ""))
    m = _DA.search(da)
    font, size = (m.group(1), float(m.group(2))) if m else ("Helv", 10.0)
    if f"/{font}" not in dr_fonts:
        font = "Helv"
    size = size or 10.0
    flags = int(f.get("/Ff", 0) or 0)
    maxlen = int(f.get("/MaxLen", 0) or 0)
    for w in _widgets(f):
        x0, y0, x1, y1 = (float(v) for v in w.Rect)
        width, height = abs(x1 - x0), abs(y1 - y0)
        ops: list[bytes] = []
        sz = size
        if flags & _COMB and maxlen:
            cell = width / maxlen
            sz = min(size, cell / 0.6, height - 2)
            y = (height - sz * 0.7) / 2
            for i, ch in enumerate(text[:maxlen]):
                x = i * cell + (cell - 0.6 * sz) / 2
                ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, _pdf_string(ch)))
        elif flags & _MULTILINE:
            while True:
                lines = _wrap_lines(text, int((width - 4) / (0.6 * sz)))
                if len(lines) * sz * 1.15 <= height - 2 or sz <= 6:
                    break
                sz -= 0.5
            y = height - 2 - sz
            for line in lines:
                ops.append(b"1 0 0 1 2 %.2f Tm %s Tj" % (y, _pdf_string(line)))
                y -= sz * 1.15
        else:
            while len(text) * 0.6 * sz > width - 4 and sz > 6:
                sz -= 0.5
            ops.append(b"1 0 0 1 2 %.2f Tm %s Tj" % ((height - sz * 0.7) / 2, _pdf_string(text)))
        content = (
            b"/Tx BMC q 1 1 %.2f %.2f re W n BT /%s %.2f Tf 0 g "
            % (max(0.0, width - 2), max(0.0, height - 2), font.encode(), sz)
            + b" ".join(ops)
            + b" ET Q EMC"
        )
        res = pikepdf.Dictionary(Font=pikepdf.Dictionary({f"/{font}": dr_fonts[f"/{font}"]}))
        stream = pdf.make_stream(
            content,
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, width, height],
            Resources=res,
        )
        w.AP = pikepdf.Dictionary(N=stream)


def _appearances(pdf: Any, fields: dict[str, Any], written: dict[str, str]) -> None:
    """Appearance streams for the text fields written (so every viewer shows the values without
    regenerating anything; the other fields keep their own, e.g. the form's PDF417 barcodes)."""
    dr_fonts = pdf.Root.AcroForm.get("/DR", {}).get("/Font", {})
    for name, value in written.items():
        f = fields[name]
        if f.get("/FT") == "/Tx" and value:
            _appearance(pdf, f, value, dr_fonts)
    af = pdf.Root.AcroForm
    if "/NeedAppearances" in af:
        del af["/NeedAppearances"]


@functools.cache
def _template_bytes(path: Path) -> bytes:
    return path.read_bytes()


def fill_i131(case: Case, form_pdf: bytes | None = None, maps_dir: Path | None = None) -> FilledForm:
    """The I-131 of one case, from the shipped edition or from ``form_pdf`` (a user-supplied edition,
    refused unless the rules pack maps it)."""
    if form_pdf is None:
        maps = [m for m in _maps(maps_dir or FORM_MAPS_DIR) if m.form == "I-131"]
        if not maps:
            raise UserError("The rules pack maps no edition of Form I-131.")
        fmap = maps[-1]
        try:
            form_pdf = _template_bytes(FORMS_DIR / fmap.file)
        except OSError as e:
            raise UserError(
                f"The official Form I-131 ({fmap.file}) is missing from this installation; reinstall the app."
            ) from e
    else:
        fmap = field_map("I-131", detect_edition(form_pdf, "I-131", maps_dir), maps_dir)
    values, missing = i131_values(case)
    name = case.beneficiary_name or f"case {case.id}"
    filled = fill_form(form_pdf, fmap, values, missing, name)
    if not case.people_with_role(Role.INTERPRETER):
        filled.signatures = [s for s in filled.signatures if s.signer != "interpreter"]
    if not case.people_with_role(Role.PREPARER):
        filled.signatures = [s for s in filled.signatures if s.signer != "preparer"]
    return filled


def i134_values(case: Case, supporter: Person) -> tuple[dict[str, str | None], dict[str, str]]:
    """The values an I-134 map can ask for: the supporter (Part 1), their status and relationship, and
    the beneficiary supported."""
    values: dict[str, str | None] = {}
    missing: dict[str, str] = {}
    _person_values("supporter", supporter, values, missing, contact_required=True)
    values["supporter.organization"] = supporter.organization or ""
    values["supporter.us_status"] = _opt(supporter.us_status)
    values["supporter.relationship"] = _opt(supporter.relationship)
    b = case.beneficiary
    if b is not None:
        _person_values("beneficiary", b, values, missing, address=False)
    return values, missing


def fill_i134(case: Case, supporter: Person, form_pdf: bytes, maps_dir: Path | None = None) -> FilledForm:
    """An official Form I-134 supplied by the user, for one supporter of one beneficiary; refused with a
    clear message when the rules pack has no map for its edition."""
    fmap = field_map("I-134", detect_edition(form_pdf, "I-134", maps_dir), maps_dir)
    values, missing = i134_values(case, supporter)
    who = supporter.full_name or supporter.organization
    return fill_form(form_pdf, fmap, values, missing, f"{who} for {case.beneficiary_name}")
