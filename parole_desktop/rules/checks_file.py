"""Checks on the file as a whole: translations, attachment integrity, legibility, background, pack age, sign-off."""

from __future__ import annotations

from collections.abc import Iterator

from parole_desktop.domain.enums import Answer, CaptureKind, Channel, FilingMode
from parole_desktop.domain.enums import Severity as S
from parole_desktop.domain.models import Background, Evidence, Finding
from parole_desktop.rules.context import Eval


def hp_evd_01(ev: Eval) -> Iterator[Finding]:
    for e in ev.case.evidence:
        if e.id is None or not e.is_foreign_language or ev.translated_ok(e):
            continue
        yield ev.finding(
            "HP-EVD-01",
            S.FAIL,
            f"'{e.title or e.kind}' is not in English: add a full English translation with the translator's name and signed certification.",
            f"evidence.{e.id}",
        )


def hp_evd_02(ev: Eval) -> Iterator[Finding]:
    for e in ev.case.evidence:
        if e.id is not None and ev.ctx.attachment_ok.get(e.id) is False:
            yield ev.finding(
                "HP-EVD-02",
                S.FAIL,
                f"The stored file of '{e.title or e.kind}' no longer matches its fingerprint (SHA-256). Re-attach the document from the original.",
                f"evidence.{e.id}",
            )


def hp_evd_03(ev: Eval) -> Iterator[Finding]:
    min_w = ev.pack.int_param("min_scan_width_px")
    min_h = ev.pack.int_param("min_scan_height_px")
    min_photo = ev.pack.int_param("min_photo_px")
    for e in ev.case.evidence:
        if e.id is None:
            continue
        name = e.title or e.kind
        if e.id in ev.ctx.unreadable or (e.sha256 and e.size == 0):
            yield ev.finding(
                "HP-EVD-03",
                S.WARN,
                f"'{name}' cannot be read. Scan or photograph it again.",
                f"evidence.{e.id}",
            )
        elif e.kind == "photos":  # a passport-style photo is judged by photo size, not as a letter-size scan
            if e.width_px and e.height_px and min(e.width_px, e.height_px) < min_photo:
                yield ev.finding(
                    "HP-EVD-03",
                    S.WARN,
                    f"The photo '{name}' is {e.width_px}x{e.height_px} pixels, smaller than a passport-style photo ({min_photo}x{min_photo}). Take or scan it again.",
                    f"evidence.{e.id}",
                )
        elif e.width_px and e.height_px:
            short, long_ = sorted((e.width_px, e.height_px))
            if short < min_w or long_ < min_h:
                yield ev.finding(
                    "HP-EVD-03",
                    S.WARN,
                    f"'{name}' is {e.width_px}x{e.height_px} pixels, below about 150 dpi at letter size ({min_w}x{min_h}). Scan it again at a higher resolution if you can.",
                    f"evidence.{e.id}",
                )


def _photo_count(ev: Eval, e: Evidence, need: int) -> int:
    """Photos one item stands for: a PDF or a letter-size scan is a sheet that may hold them all; a smaller
    image is one photo."""
    if e.media_type == "application/pdf":
        return need
    short, long_ = sorted((e.width_px or 0, e.height_px or 0))
    sheet = short >= ev.pack.int_param("min_scan_width_px") and long_ >= ev.pack.int_param(
        "min_scan_height_px"
    )
    return need if sheet else 1


def hp_evd_05(ev: Eval) -> Iterator[Finding]:
    case = ev.case
    if case.channel != Channel.USCIS or case.filing_mode != FilingMode.PAPER:
        return
    need = ev.pack.int_param("photos_required")
    have = sum(_photo_count(ev, e, need) for e in ev.kinds.get("photos", ()))
    if have >= need:
        return
    got = (
        "No passport-style photo is attached"
        if have == 0
        else f"Only {have} passport-style photo is attached"
    )
    yield ev.finding(
        "HP-EVD-05",
        S.FAIL,
        f"{got}: a paper filing needs {need} passport-style photos of the beneficiary (for the parole document). Attach them as 'photos'.",
        "checklist.photos",
    )


_BG_01 = (
    ("criminal_history", "criminal history"),
    ("immigration_violations", "prior immigration violations"),
)
_BG_02 = (("prior_visa_denials", "prior US visa denials"), ("prior_removals", "prior removals from the US"))


def hp_bg_01(ev: Eval) -> Iterator[Finding]:
    bg = ev.case.background
    for attr, label in _BG_01:
        answer = getattr(bg, attr)
        if answer == Answer.UNANSWERED:
            yield ev.finding(
                "HP-BG-01",
                S.FAIL,
                f"Answer the background question on {label} (yes or no).",
                f"background.{attr}",
            )
        elif answer == Answer.YES:
            yield ev.finding(
                "HP-BG-01",
                S.WARN,
                f"The answer on {label} is yes: the reviewer must look at this before filing. Record the details in the explanation.",
                f"background.{attr}",
            )


def hp_bg_02(ev: Eval) -> Iterator[Finding]:
    bg = ev.case.background
    for attr, label in _BG_02:
        if getattr(bg, attr) == Answer.UNANSWERED:
            yield ev.finding(
                "HP-BG-02",
                S.FAIL,
                f"Answer the background question on {label} (yes or no).",
                f"background.{attr}",
            )


def hp_bg_03(ev: Eval) -> Iterator[Finding]:
    bg = ev.case.background
    if bg.removal_proceedings == Answer.UNANSWERED:
        yield ev.finding(
            "HP-BG-03",
            S.FAIL,
            "Answer whether the beneficiary is in removal proceedings (yes or no).",
            "background.removal_proceedings",
        )
    flagged = bg.removal_proceedings == Answer.YES or bg.prior_removals == Answer.YES
    if not flagged:
        return
    fld = (
        "background.removal_proceedings"
        if bg.removal_proceedings == Answer.YES
        else "background.prior_removals"
    )
    if ev.case.channel == Channel.USCIS:
        yield ev.finding(
            "HP-BG-03",
            S.FAIL,
            "The beneficiary is in removal proceedings or was removed before: such requests may go to ICE instead of USCIS. Stop and ask the reviewer how to route it.",
            fld,
        )
    elif not ev.case.inadmissibility.strip():
        yield ev.finding(
            "HP-BG-03",
            S.FAIL,
            "The beneficiary is in removal proceedings or was removed before: the port-of-entry request must explain the inadmissibility this causes. Write the explanation, then the reviewer must look at it.",
            "case.inadmissibility",
        )
    else:
        yield ev.finding(
            "HP-BG-03",
            S.WARN,
            "The beneficiary is in removal proceedings or was removed before: the reviewer must look at this before the port-of-entry request.",
            fld,
        )


_BG_LABELS = dict(_BG_01 + _BG_02) | {"removal_proceedings": "removal proceedings"}


def hp_bg_04(ev: Eval) -> Iterator[Finding]:
    bg = ev.case.background
    yes = [q for q in Background.QUESTIONS if getattr(bg, q) == Answer.YES]
    for q in yes:
        if bg.explanation_for(q):
            continue
        if len(yes) == 1 and bg.explanation.strip():
            continue  # an older case: its one general explanation belongs to its one "yes"
        yield ev.finding(
            "HP-BG-04",
            S.FAIL,
            f"The answer on {_BG_LABELS[q]} is yes: write what happened, when and where, and how it ended (the reviewer reads this before filing).",
            f"background.{q}_explanation",
        )


def hp_pack_01(ev: Eval) -> Iterator[Finding]:
    age = (ev.today - ev.pack.as_of).days
    limit = ev.pack.int_param("pack_max_age_days")
    if age > limit:
        yield ev.finding(
            "HP-PACK-01",
            S.WARN,
            f"The rules pack {ev.pack.id} {ev.pack.version} is {age} days old (as of {ev.pack.as_of.isoformat()}). Fees, addresses and forms may have changed: import a newer pack and check the 'verify before filing' items.",
            "pack.as_of",
        )


def hp_rev_01(ev: Eval) -> Iterator[Finding]:
    if not ev.ctx.final:
        return
    if ev.ctx.signoff_valid is None:
        yield ev.finding(
            "HP-REV-01",
            S.FAIL,
            "A final packet needs a reviewer's sign-off. Send the case for review.",
            "case.status",
        )
    elif not ev.ctx.signoff_valid:
        yield ev.finding(
            "HP-REV-01",
            S.FAIL,
            "The case changed after the reviewer signed off. Ask the reviewer to review and sign off again.",
            "case.status",
        )


def hp_id_13(ev: Eval) -> Iterator[Finding]:
    for e in ev.case.evidence:
        if e.id is None or e.capture != CaptureKind.PHONE_PHOTO or e.kind == "photos":
            continue  # passport-style photos are photos by nature (HP-EVD-05 judges them)
        yield ev.finding(
            "HP-ID-13",
            S.WARN,
            f"'{e.title or e.kind}' is recorded as a phone photo of the document. USCIS expects a clear, legible copy: scan the document (or photograph it flat, whole, sharp and evenly lit) and replace the file, or record how it was really made.",
            f"evidence.{e.id}",
        )
