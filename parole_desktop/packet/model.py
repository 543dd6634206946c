"""Input and output values of the packet builder (pure dataclasses: no PDF library imported here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from parole_desktop.domain.models import Case, Evidence
from parole_desktop.errors import UserError

#: ``progress(done, total, label)``: called between build steps (from the building thread).
Progress = Callable[[int, int, str], None]
#: ``cancelled() -> bool``: polled between build steps; ``True`` stops the build with :class:`BuildCancelled`.
CancelCheck = Callable[[], bool]


class BuildCancelled(UserError):
    """The user cancelled the packet build; nothing was left under the final name."""


@dataclass
class ExhibitSource:
    """One evidence item and a way to read its decrypted content.

    ``open()`` returns a readable binary stream of the plaintext, from memory: the packet code never
    writes it anywhere but into the packet's own temporary file beside the destination.
    """

    evidence: Evidence
    open: Callable[[], BinaryIO]
    #: the probe's stored pages for this content (sealed in the vault at intake) as (pdf, pages, notes),
    #: or None when there are none of the current probe version: then a child reads the file
    stored_pages: Callable[[], StoredPages | None] | None = None
    #: keep what a child made for this content (``keep(verdict, pdf)``), so the next build reuses it
    keep: Callable[[Any, bytes], None] | None = None


@dataclass(frozen=True)
class StoredPages:
    """The probe's packet pages of one exhibit, as stored at intake (made by the child)."""

    pdf: bytes
    pages: int
    notes: tuple[str, ...] = ()


@dataclass
class PackInfo:
    """The rules pack the checks ran against, printed on the packet.

    ``filing_address`` is the USCIS paper filing address from the pack (a *verify* item); when empty
    the cover letter prints "[verify filing address]".
    """

    pack_id: str
    version: str
    as_of: dt.date
    verify_items: list[str] = field(default_factory=list)
    filing_address: str = ""
    #: reason id → evidence kinds that are the key evidence of that reason (exhibits sort them first)
    key_kinds: dict[str, list[str]] = field(default_factory=dict)
    #: the pack's grounds of inadmissibility: code → (words, citation) (the letter prints them)
    grounds: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: the pack's parole-fee exceptions: id → wording (the letter prints the words, never the bare id)
    fee_exceptions: dict[str, str] = field(default_factory=dict)
    #: the parole-fee statute the exceptions come from (their citation)
    fee_statute: str = ""
    #: the order of the documents of a paper filing (the pack's ``filing_order``); empty = the built-in order
    filing_order: list[str] = field(default_factory=list)
    #: the pack's parole programs: any name or id it knows (casefolded) → the program's name in words (the
    #: letter names an earlier parole's program with it)
    programs: dict[str, str] = field(default_factory=dict)
    #: the exact pack (SHA-256 of its canonical JSON); the review record names it
    sha256: str = ""

    @property
    def label(self) -> str:
        return f"{self.pack_id} {self.version} (as of {self.as_of.isoformat()})"


@dataclass
class SignOffInfo:
    """The reviewer's sign-off printed on a final packet; ``manifest_json`` and its Ed25519
    ``manifest_signature`` are attachments of the review record (never of the filing), ``fingerprint`` is the SHA-256 hex of the
    manifest bytes."""

    reviewer_name: str
    reviewer_role: str
    reviewer_number: str
    reviewer_organization: str
    signed_at: dt.datetime
    pack_id: str
    pack_version: str
    pack_as_of: dt.date
    manifest_json: str
    manifest_signature: bytes
    fingerprint: str


@dataclass(frozen=True)
class ReviewItem:
    """One finding printed in the review record: ``status`` is "open" or "accepted"; an accepted
    warning carries the reviewer's ``reason`` (recorded at sign-off)."""

    rule_id: str
    severity: str
    message: str
    status: str = "open"
    reason: str = ""
    case_id: int | None = None
    verify: bool = False


#: What to build: the filing packet (exactly what is mailed or presented) or the review record.
FILING = "filing"
REVIEW = "review"


@dataclass
class PacketInput:
    """Everything one packet is built from.

    * ``cases``: one case, or every case of a family group (one packet, each member's request in turn).
    * ``exhibits``: every evidence item to include, in the order wanted; each goes into the request of
      its ``evidence.case_id``. Items with ``shared_with_group`` appear once (in the request of their own
      case, else the first) and are referenced from the other members' exhibit indexes. A translation
      (``evidence.translation_of`` = the original's id) is placed right after its original, lettered
      e.g. "B-1", and followed by a translator's certification page.
    * ``signoff``: ``None`` (or ``draft=True``) makes a draft: every page watermarked
      "DRAFT — not signed off".
    """

    cases: list[Case]
    exhibits: list[ExhibitSource]
    pack: PackInfo
    preparer_name: str
    generated_at: dt.datetime
    signoff: SignOffInfo | None = None
    draft: bool = False
    group_name: str = ""
    #: FILING or REVIEW (never mixed: the review record holds every internal page)
    output: str = FILING
    #: findings for the review record (open and accepted); ``None`` = not available from the caller
    review_items: list[ReviewItem] | None = None
    #: a user-supplied official I-131 (a newer edition); ``None`` uses the shipped edition
    i131_form: bytes | None = None
    #: a user-supplied official I-134: filled once per supporter when the rules pack maps its edition
    #: (refused otherwise); ``None``: the I-134 worksheets only
    i134_form: bytes | None = None

    @property
    def is_draft(self) -> bool:
        return self.draft or self.signoff is None


@dataclass(frozen=True)
class ExhibitEntry:
    """Where one exhibit ended up: ``first_page`` is the 1-based page of its tab page, ``page_count``
    the number of pages of the exhibit's own content (without tab and certification pages)."""

    letter: str
    title: str
    first_page: int
    page_count: int
    evidence_id: int | None = None


@dataclass(frozen=True)
class PacketResult:
    """The finished packet."""

    path: str
    pages: int
    exhibits: list[ExhibitEntry]
    sha256: str
    signed: bool
    draft: bool
    #: wet signatures still to collect: (who, where, filing-packet page)
    signatures: list[tuple[str, str, int]] = field(default_factory=list)
    #: values the official forms need and the case lacks (review record)
    form_findings: list[str] = field(default_factory=list)
    #: placeholders printed in a draft (a final filing packet has none)
    placeholders: list[str] = field(default_factory=list)
    output: str = FILING
    #: a filing built and signed on the reviewer's laptop and handed out here (#23): who, and when (ISO)
    built_by: str = ""
    built_at: str = ""
