"""An open vault and the use cases on it: cases, evidence, import/export, backup, audit. GUI and CLI share it."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from parole_desktop.domain import codec
from parole_desktop.domain import text as text_rule
from parole_desktop.domain.enums import Role
from parole_desktop.domain.grounds import REFUSED_214B, names_ina_214b
from parole_desktop.domain.models import AuditEntry, Case, CaseSummary, Evidence, FamilyGroup, Person
from parole_desktop.errors import ParoleError, StorageError, UserError, ValidationError
from parole_desktop.exchange.objects import Outcome
from parole_desktop.fsutil import atomic_path, atomic_write_bytes, storage_error
from parole_desktop.l10n import _
from parole_desktop.packet.probe import PROBE_VERSION, Verdict, probe_bytes
from parole_desktop.paths import AppPaths
from parole_desktop.services import case_json, revlog
from parole_desktop.services.inspect import FileInfo, safe_display_name, sniff
from parole_desktop.store import backup as backup_store
from parole_desktop.store import cases as case_store
from parole_desktop.store import evidence as evidence_store
from parole_desktop.store import probes as probe_store
from parole_desktop.store import removed as removed_store
from parole_desktop.store import revisions as rev_store
from parole_desktop.store.audit import AuditReport
from parole_desktop.store.backup import NeedsConfirmation
from parole_desktop.store.sealed import KdfParams
from parole_desktop.store.vault import Vault
from parole_desktop.vaultfiles import vault_exists as vault_exists

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
MAX_EXHIBIT_BYTES = 512 * 1024 * 1024  # as packet/exhibits.MAX_BYTES: larger files cannot go into a packet
Cancelled = Callable[[], bool]


REPROBE_LABEL = "Preparing exhibit pages"


def probe_content(data: bytes) -> tuple[Verdict, bytes]:
    """The child's pages and thumbnail for one file's bytes (``packet/probe.probe_bytes``). Touches no
    vault, so it may run off the GUI thread while the session is used there."""
    return probe_bytes(data, want_pdf=True, thumb=True)


@dataclass(frozen=True)
class CaseQuery:
    """What the case list asks for: a search text (every word a prefix) and optional filters.

    The GUI and the CLI build this; the session turns it into the store's filter, so the list's query
    does not change with the store's columns.
    """

    search: str = ""
    status: str | None = None
    reason: str | None = None
    channel: str | None = None
    key_date_within_days: int | None = None  # a key date (travel, expiry, …) from today to this many days
    not_ready: bool = False
    family_group_id: int | None = None
    today: dt.date | None = None  # "today" for key_date_within_days (tests); None: the real today

    def to_store(self) -> case_store.CaseFilter:
        return case_store.CaseFilter(
            search=self.search,
            status=self.status,
            reason=self.reason,
            channel=self.channel,
            key_date_within_days=self.key_date_within_days,
            not_ready=self.not_ready,
            family_group_id=self.family_group_id,
            today=self.today,
        )


@dataclass(frozen=True)
class AddedEvidence:
    evidence: Evidence
    info: FileInfo


def _same_person(a: Person, b: Person) -> bool:
    """The same person record, whatever its row id."""
    da, db = codec.person_to_dict(a), codec.person_to_dict(b)
    for d in (da, db):
        d.pop("id", None)
        d.pop("case_id", None)
    return da == db


def create_vault(
    paths: AppPaths, passphrase: str, *, actor: str = "volunteer", kdf: KdfParams | None = None
) -> tuple[Session, str]:
    """A new vault in the data folder; returns the session and the recovery key (show it once)."""
    vault, recovery = Vault.create(paths.vault, passphrase, kdf=kdf)
    return Session(vault, paths, actor), recovery


def open_vault(
    paths: AppPaths,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    actor: str = "volunteer",
    force_unlock: bool = False,
) -> Session:
    vault = Vault.open(paths.vault, passphrase, recovery_key=recovery_key, force_unlock=force_unlock)
    return Session(vault, paths, actor)


def restore_backup(
    paths: AppPaths, backup_file: Path, passphrase: str, *, other_vault_ok: bool = False
) -> Path | None:
    """Restore over the (closed) vault; the previous vault is moved aside and its folder returned.
    A backup of another vault needs ``other_vault_ok`` (``NeedsConfirmation`` names both otherwise)."""
    return backup_store.restore(backup_file, paths.vault, passphrase, other_vault_ok=other_vault_ok)


class Session:
    """The unlocked vault plus who is working. Every write is audited with ``actor``."""

    def __init__(self, vault: Vault, paths: AppPaths, actor: str = "volunteer") -> None:
        self.vault = vault
        self.paths = paths
        self.actor = actor
        self._after_save: list[Callable[[int], None]] = []

    def close(self) -> None:
        self.vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self.vault.closed

    # ------------------------------------------------------------------ cases
    def save_case(self, case: Case, *, keep_links: bool = False, notify: bool = True) -> Case:
        """Insert or update a case (with its people); readiness columns are refreshed by the checks service.

        ``keep_links``: an editor's save — status, family group and evidence stay as stored and are read
        back into ``case`` (see ``store.cases.save_case``). ``notify=False`` skips the after-save hooks
        (the caller checks the saved case itself: ``services.checks.save_and_check``).
        """
        if case.beneficiary is None:
            raise UserError(_("A request needs a beneficiary (the person to be paroled)."))
        text_rule.clean_record(case)  # the one text rule (domain/text.py): nothing refused reaches the vault
        with self.vault.atomic():  # the save and its revision: one transaction, one commit
            saved = case_store.save_case(self.vault, case, actor=self.actor, keep_links=keep_links)
            revlog.record_local(self.vault, saved, evidence=saved.evidence if keep_links else None)
        self._remember_helpers(saved)
        if notify:
            for hook in self._after_save:
                hook(int(saved.id or 0))
        return saved

    # ------------------------------------------------------------------ the preparer and interpreter, remembered
    HELPER_ROLES = (Role.PREPARER, Role.INTERPRETER)

    def _helpers_key(self) -> str:
        return f"remembered_helpers:{self.actor}"

    def _remember_helpers(self, case: Case) -> None:
        """The preparer and interpreter of the case last saved by this volunteer (kept in the vault, per
        volunteer), so the next new case starts with them instead of typing them again."""
        found = {
            str(role): codec.person_to_dict(p)
            for role in self.HELPER_ROLES
            if (p := next(iter(case.people_with_role(role)), None)) is not None and p.full_name
        }
        if not found:
            return
        for d in found.values():
            d.pop("id", None)
            d.pop("case_id", None)
        value = json.dumps(found, ensure_ascii=False, sort_keys=True)
        if self.vault.get_meta(self._helpers_key()) != value:
            with self.vault.atomic():
                self.vault.set_meta(self._helpers_key(), value)

    def remembered_helpers(self) -> list[Person]:
        """This volunteer's last preparer and interpreter (empty when none was recorded yet)."""
        raw = self.vault.get_meta(self._helpers_key())
        if not raw:
            return []
        try:
            data = json.loads(raw)
            return [codec.person_from_dict(data[str(r)]) for r in self.HELPER_ROLES if str(r) in data]
        except (ValueError, KeyError, TypeError) as exc:
            log.info("remembered preparer/interpreter unreadable, ignored: %s", exc)
            return []

    def on_case_saved(self, hook: Callable[[int], None]) -> None:
        """Called with the case id after every save (the checks service refreshes readiness here)."""
        self._after_save.append(hook)

    def new_case(self, given_name: str, family_name: str, **fields: object) -> Case:
        if not (given_name.strip() or family_name.strip()):
            raise UserError(_("Enter the beneficiary's given or family name."))
        given_name = text_rule.check(given_name, text_rule.Kind.NAME, "given name")
        family_name = text_rule.check(family_name, text_rule.Kind.NAME, "family name")
        person = Person(role=Role.BENEFICIARY, given_name=given_name.strip(), family_name=family_name.strip())
        case = Case(people=[person])
        for key, value in fields.items():
            if not hasattr(case, key):
                raise UserError(_("Unknown case field {key!r}.").format(key=key))
            setattr(case, key, value)
        return self.save_case(case)

    def bulk_insert(self, cases: list[Case]) -> list[int]:
        """Many cases in one transaction (demo data, large imports); readiness is computed lazily."""
        for i, case in enumerate(cases):
            try:
                text_rule.clean_record(case)
            except ValidationError as exc:
                raise ValidationError(f"case {i + 1} of {len(cases)}: {exc.path}", exc.detail) from exc
        return case_store.bulk_insert_cases(self.vault, cases, actor=self.actor)

    def load_case(self, case_id: int) -> Case:
        return case_store.load_case(self.vault, case_id)

    def delete_case(self, case_id: int) -> None:
        """Delete the case here; for a case other laptops may hold, the deletion is a revision that travels
        (a tombstone, ``revlog.record_deletion``), in the same transaction."""

        def tombstone() -> None:
            revlog.record_deletion(self.vault, case_id)
            rev_store.forget_case(self.vault, case_id)

        case_store.delete_case(self.vault, case_id, actor=self.actor, before_commit=tombstone)

    def list_cases(
        self,
        query: CaseQuery | None = None,
        *,
        order_by: str = "updated_at",
        descending: bool = True,
        limit: int = 200,
        offset: int = 0,
    ) -> list[CaseSummary]:
        """One page of the case list (``order_by``: a column of ``store.cases.SORT_COLUMNS``)."""
        return case_store.list_cases(
            self.vault,
            (query or CaseQuery()).to_store(),
            order_by=order_by,
            descending=descending,
            limit=limit,
            offset=offset,
        )

    def count_cases(self, query: CaseQuery | None = None) -> int:
        return case_store.count_cases(self.vault, (query or CaseQuery()).to_store())

    def search(self, text: str, limit: int = 50) -> list[CaseSummary]:
        return self.list_cases(CaseQuery(search=text), order_by="beneficiary", descending=False, limit=limit)

    def find_similar(
        self, given: str, family: str, dob: dt.date | None, exclude: int | None = None
    ) -> list[CaseSummary]:
        return case_store.find_similar(self.vault, given, family, dob, exclude=exclude)

    def update_status(self, case_id: int, status: str, audit: str = "status") -> None:
        case_store.update_case_columns(self.vault, case_id, actor=self.actor, audit=audit, status=status)
        self._record_revision(case_id)

    # ------------------------------------------------------------------ family groups
    def create_family_group(self, name: str, notes: str = "", *, uid: str = "") -> FamilyGroup:
        name = text_rule.check(name, text_rule.Kind.LINE, "family group name")
        notes = text_rule.check(notes, text_rule.Kind.LONG, "family group notes")
        return case_store.create_family_group(self.vault, name, actor=self.actor, notes=notes, uid=uid)

    def set_family_group(self, case_id: int, group_id: int | None) -> None:
        case_store.set_family_group(self.vault, case_id, group_id, actor=self.actor)
        self._record_revision(case_id)

    def family_group(self, group_id: int) -> FamilyGroup:
        return case_store.family_group(self.vault, group_id)

    def family_groups(self) -> list[FamilyGroup]:
        return case_store.family_groups(self.vault)

    # ------------------------------------------------------------------ evidence
    def add_evidence(
        self,
        case_id: int,
        path: Path,
        *,
        kind: str,
        title: str = "",
        language: str = "en",
        translation_of: int | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Cancelled | None = None,
        **fields: object,
    ) -> AddedEvidence:
        """Encrypt a file into the vault as evidence. Bad files get a clear UserError and store nothing.

        ``progress(bytes_done)`` / ``cancelled()`` let a GUI show and stop a long import of a big file.
        """
        path = Path(path)
        shown = safe_display_name(path.name)
        try:
            st = path.stat()
        except FileNotFoundError as exc:
            raise UserError(_("There is no file “{shown}”.").format(shown=shown)) from exc
        except OSError as exc:
            raise storage_error(exc, f"read “{shown}”") from exc
        if not path.is_file():
            raise UserError(_("“{shown}” is not a file.").format(shown=shown))
        if st.st_size == 0:
            raise UserError(_("“{shown}” is empty (0 bytes); nothing was added.").format(shown=shown))
        if st.st_size > self.vault.attachments.max_bytes:
            raise UserError(
                _(
                    "“{shown}” is {size} MB, above the limit of {limit} MB per file; nothing was added."
                ).format(
                    shown=shown, size=st.st_size // 1024**2, limit=self.vault.attachments.max_bytes // 1024**2
                )
            )
        if st.st_size > MAX_EXHIBIT_BYTES:
            raise UserError(
                _(
                    "“{shown}” cannot be added: it is {size} MB and a packet exhibit can be at most {limit} MB. "
                    "Split it or scan it at a lower resolution; nothing was added."
                ).format(shown=shown, size=st.st_size // 1024**2, limit=MAX_EXHIBIT_BYTES // 1024**2)
            )
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_EXHIBIT_BYTES + 1)
        except OSError as exc:
            raise storage_error(exc, f"read “{shown}”") from exc
        # The one probe (packet/probe.py, in the child process without keys) decides now whether the file
        # prints, and its pages and thumbnail are kept sealed (store/probes.py): the packet build and the
        # evidence list use them, so the two cannot disagree and the file is read by a child only once.
        verdict, pages_pdf = probe_bytes(data, want_pdf=True, thumb=True)
        if not verdict.printable:
            raise UserError(
                _("“{shown}” cannot be added: {reason}. Nothing was added.").format(
                    shown=shown, reason=verdict.reason
                )
            )
        media, stored_name = verdict.media_type or sniff(data[:32]), shown
        if verdict.converted:  # a HEIC/HEIF/AVIF photo: the JPEG made from it is what is kept and printed
            data, media = verdict.converted, verdict.converted_media_type
            stored_name = safe_display_name(f"{Path(shown).stem or 'photo'}.jpg")
            # the build prints the stored JPEG: keep the pages made from it, not from the original
            converted_verdict, pages_pdf = probe_bytes(data, want_pdf=True, thumb=True)
            if not converted_verdict.printable:
                pages_pdf = b""
            verdict_for_pages = converted_verdict
        else:
            verdict_for_pages = verdict
        info = FileInfo(media, pages=verdict.pages, width_px=verdict.width_px, height_px=verdict.height_px)
        ev = Evidence(
            kind=kind,
            title=title or Path(shown).stem,
            language=language or "en",
            translation_of=translation_of,
            original_filename=stored_name,
            media_type=media,
            pages=info.pages,
            width_px=info.width_px,
            height_px=info.height_px,
            added_by=self.actor,
            print_verdict="ok",
            print_note=verdict.note,
        )
        self._apply_fields(ev, fields)
        text_rule.clean_record(ev, "evidence")
        stored = self.vault.attachments.put(
            io.BytesIO(data), name=stored_name, progress=progress, cancelled=cancelled
        )
        try:
            evidence_store.insert_evidence(self.vault, case_id, ev, stored, actor=self.actor)
        except BaseException:
            self.vault.attachments.delete(stored.attachment_id)
            raise
        if pages_pdf:
            self._keep_probe(stored.sha256, verdict_for_pages, pages_pdf)
        self._notify(case_id)
        return AddedEvidence(ev, info)

    # ------------------------------------------------------------------ stored probe outputs
    def _keep_probe(self, sha256: str, verdict: Verdict, pdf: bytes) -> probe_store.ProbeOutput | None:
        """Seal the child's output for this content in the vault; a failure to keep it only costs a later
        probe (logged), never the intake."""
        out = probe_store.ProbeOutput(
            sha256,
            PROBE_VERSION,
            int(verdict.pages or 0),
            pdf,
            verdict.notes,
            verdict.thumb_width,
            verdict.thumb_height,
            verdict.thumb_rgb,
        )
        try:
            probe_store.put(self.vault, out)
        except StorageError as exc:
            log.warning(
                "the probe output could not be kept (%s); it is made again when needed", type(exc).__name__
            )
            return None
        return out

    def probe_output(self, ev: Evidence, *, with_pdf: bool = True) -> probe_store.ProbeOutput | None:
        """The sealed output of the current probe for this item's content, or None (none stored, an older
        probe's, or one that failed its integrity check: that one is discarded)."""
        if not ev.sha256:
            return None
        return probe_store.get(self.vault, ev.sha256, PROBE_VERSION, with_pdf=with_pdf)

    def keep_probe_pdf(self, ev: Evidence, verdict: Verdict, pdf: bytes) -> None:
        """Keep what a build's child made for this item (so the next build reuses it)."""
        self.keep_probe_output(ev, verdict, pdf)

    def keep_probe_output(self, ev: Evidence, verdict: Verdict, pdf: bytes) -> bool:
        """Keep what a child made for this item (the next build and the evidence list reuse it). True when
        it was kept (a file the child found unprintable has nothing to keep)."""
        if ev.sha256 and verdict.printable and pdf:
            return self._keep_probe(ev.sha256, verdict, pdf) is not None
        return False

    def stale_probes(self) -> list[Evidence]:
        """One evidence item per content whose stored probe output is missing or from an older probe
        version (re-probed in the background after unlock: :meth:`reprobe`, or the GUI's
        ``ui/reprobe.py``, which runs only the child off the GUI thread)."""
        out: list[Evidence] = []
        for eid in probe_store.stale_evidence_ids(self.vault, PROBE_VERSION):
            ev = evidence_store.get_evidence(self.vault, eid)
            if ev.print_verdict != "unprintable":
                out.append(ev)
        return out

    def reprobe(
        self,
        items: list[Evidence] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Probe again each item whose stored output is missing or stale (default: :meth:`stale_probes`),
        one child per file, and keep the outputs. Returns how many were kept. A file that no longer reads
        is left for the packet build to report."""
        todo = self.stale_probes() if items is None else items
        kept = 0
        for i, ev in enumerate(todo):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(i, len(todo), REPROBE_LABEL)
            data = self.read_for_probe(ev)
            if data is None:
                continue
            verdict, pdf = probe_content(data)
            if self.keep_probe_output(ev, verdict, pdf):
                kept += 1
        if progress is not None:
            progress(len(todo), len(todo), REPROBE_LABEL)
        return kept

    def read_for_probe(self, ev: Evidence) -> bytes | None:
        """The item's stored bytes for a re-probe, or None (logged) when they no longer read: the packet
        build then reports that file."""
        try:
            return self.read_evidence(ev)
        except ParoleError as exc:
            log.warning("evidence %s could not be read to probe it (%s)", ev.id, type(exc).__name__)
            return None

    def add_evidence_bytes(
        self, case_id: int, data: bytes, filename: str, *, kind: str, **fields: object
    ) -> Evidence:
        """For generated content (demo files, certification pages): same checks as a file."""
        tmp = self.vault.tmp_dir() / f"in-{os.getpid()}-{safe_display_name(filename)}"
        try:
            atomic_write_bytes(tmp, data)
            return self.add_evidence(case_id, tmp, kind=kind, **fields).evidence  # type: ignore[arg-type]
        finally:
            tmp.unlink(missing_ok=True)

    @staticmethod
    def _apply_fields(ev: Evidence, fields: dict[str, object]) -> None:
        for key, value in fields.items():
            if key in (
                "id",
                "case_id",
                "sha256",
                "size",
                "attachment_id",
                "print_verdict",
                "print_note",
            ) or not hasattr(ev, key):
                raise UserError(_("Unknown or read-only evidence field {key!r}.").format(key=key))
            setattr(ev, key, value)

    def update_evidence(self, ev: Evidence) -> None:
        text_rule.clean_record(ev, "evidence")
        evidence_store.update_evidence(self.vault, ev, actor=self.actor)
        self._notify(int(ev.case_id or 0))

    def edit_evidence(self, evidence_id: int, **fields: object) -> Evidence:
        """Change what an evidence item says about itself (never its content); unknown fields are refused."""
        ev = self.get_evidence(evidence_id)
        self._apply_fields(ev, fields)
        if not ev.kind.strip():
            raise UserError(_("An evidence item needs a kind."))
        self.update_evidence(ev)
        return ev

    def delete_evidence(self, evidence_id: int) -> int:
        """Take an evidence item out of its case; its file is kept until the case is signed off, so
        :meth:`restore_removed` (Undo) puts it back exactly. Returns the removed item's id."""
        ev = evidence_store.get_evidence(self.vault, evidence_id)
        rid = evidence_store.delete_evidence(self.vault, evidence_id, actor=self.actor)
        self._notify(int(ev.case_id or 0))
        return rid

    # ------------------------------------------------------------------ removed items (undo)
    def keep_removed_person(self, case_id: int, person: Person, index: int) -> int:
        """Record a person the editor is removing from a case (before the autosave that drops them), so it
        can be put back until the case is signed off. ``index``: its place among the case's people."""
        label = " ".join(x for x in (person.given_name, person.family_name) if x) or str(person.role)
        data = {"person": codec.person_to_dict(person), "index": index, "id": person.id}
        with self.vault.atomic():
            return removed_store.keep(self.vault, case_id, "person", label, data, actor=self.actor)

    def removed_items(self, case_id: int) -> list[removed_store.RemovedItem]:
        """What was removed from a case and can still be put back (newest first)."""
        return removed_store.for_case(self.vault, case_id)

    def restore_removed(self, removed_id: int) -> removed_store.RemovedItem:
        """Put a removed item back in its case (an evidence item with its file; a person at their place)."""
        item = removed_store.get(self.vault, removed_id)
        if item.kind == "evidence":
            evidence_store.restore_evidence(self.vault, removed_id, actor=self.actor)
        elif item.kind == "person":
            with self.vault.atomic():
                case = self.load_case(item.case_id)
                person = codec.person_from_dict(item.data["person"])
                old_id = item.data.get("id")
                person.case_id = None
                # the old id when still free: people are listed by id, so the person is back at their place
                person.id = (
                    int(old_id) if old_id and case_store.person_id_free(self.vault, int(old_id)) else None
                )
                removed_store.forget(self.vault, removed_id, actor=self.actor)
                if not any(_same_person(p, person) for p in case.people):  # not saved away after all
                    same_role = [i for i, p in enumerate(case.people) if p.role == person.role]
                    nth = int(item.data.get("index", len(same_role)))
                    at = (
                        same_role[nth]
                        if 0 <= nth < len(same_role)
                        else (same_role[-1] + 1 if same_role else len(case.people))
                    )
                    case.people.insert(at, person)
                    case_store.save_case(self.vault, case, actor=self.actor, keep_links=True)
        else:
            raise UserError(_("A removed {kind} cannot be put back here.").format(kind=item.kind))
        self._notify(item.case_id)
        return item

    def forget_removed(self, removed_id: int) -> None:
        """The editor put the item back itself (Undo of a person still on screen): drop the record."""
        with self.vault.atomic():
            removed_store.forget(self.vault, removed_id, actor=self.actor, action="undo")

    def purge_removed(self, case_id: int) -> int:
        """Forget what was removed from a case (its sign-off makes the case final). Returns how many."""
        n = removed_store.purge_case(self.vault, case_id, actor=self.actor)
        probe_store.remove_unused(self.vault)
        return n

    def get_evidence(self, evidence_id: int) -> Evidence:
        return evidence_store.get_evidence(self.vault, evidence_id)

    def read_evidence(self, ev: Evidence) -> bytes:
        """The decrypted content, in memory, after its SHA-256 was checked (IntegrityError otherwise)."""
        return self.vault.attachments.read_bytes(ev.attachment_id, ev.sha256)

    def open_evidence(self, ev: Evidence) -> BinaryIO:
        return io.BytesIO(self.read_evidence(ev))

    def iter_evidence(self, ev: Evidence) -> Iterator[bytes]:
        return self.vault.attachments.iter_chunks(ev.attachment_id, ev.sha256)

    def export_evidence(self, ev: Evidence, dest: Path) -> Path:
        """Write a decrypted copy where the user chose (an explicit user action, audited)."""
        with atomic_path(Path(dest), f"write {Path(dest).name}") as tmp, open(tmp, "wb") as fh:
            for chunk in self.iter_evidence(ev):
                fh.write(chunk)
        with self.vault.atomic():
            self.vault.audit.append(self.actor, "export", "evidence", ev.id)
        return dest

    def check_printing(self, ev: Evidence) -> Evidence:
        """Run the probe on an item's stored content and store its verdict (for items added before intake
        stored one). Updates ``ev`` in place and returns it."""
        verdict, pdf = probe_bytes(self.read_evidence(ev), want_pdf=True, thumb=True)
        if verdict.printable and pdf:
            self._keep_probe(ev.sha256, verdict, pdf)
        ev.print_verdict = "ok" if verdict.printable else "unprintable"
        ev.print_note = verdict.note if verdict.printable else verdict.reason
        evidence_store.update_evidence(self.vault, ev, actor=self.actor)
        return ev

    def attachment_status(self, case: Case, *, deep: bool = True) -> dict[int, bool]:
        """Evidence id -> content still matches its stored SHA-256 (HP-EVD-02).

        ``deep=False`` only checks that each content file is there (cheap; used after every autosave);
        ``deep=True`` decrypts and hashes every file (explicit checks, sign-off, verification).
        """
        if deep:
            status = {
                int(e.id or 0): self.vault.attachments.verify(e.attachment_id, e.sha256)
                for e in case.evidence
            }
            for e in case.evidence:  # items from before intake stored a verdict get one now (HP-EVD-04)
                if not e.print_verdict and status.get(int(e.id or 0)):
                    self.check_printing(e)
            return status
        return {int(e.id or 0): self.vault.attachments.exists(e.attachment_id) for e in case.evidence}

    def conflict_case_ids(self) -> set[int]:
        """Cases with a field two laptops changed differently, not settled yet (the case list's badge)."""
        return rev_store.case_ids_with_conflicts(self.vault)

    def quarantine_count(self) -> int:
        """How many received objects are kept aside, not applied (the status bar's count; no bytes read)."""
        return rev_store.count_with_outcome(self.vault, Outcome.QUARANTINED)

    def _record_revision(self, case_id: int) -> None:
        """A revision for a change made outside ``save_case`` (evidence, status, family group)."""
        case = self.load_case(case_id)
        revlog.record_local(self.vault, case, evidence=case.evidence)

    def _notify(self, case_id: int) -> None:
        if case_id:
            self._record_revision(case_id)
        for hook in self._after_save:
            hook(case_id)

    # ------------------------------------------------------------------ import / export
    def import_case(self, path: Path) -> Case:
        """Validate a case JSON file and store it. Evidence described in the file is not imported
        (no content travels in JSON); references are dropped with a note in the log.

        The case keeps its uid (a new one when the vault already has that uid); a family group named in the
        file is found by its uid or created; links to other cases by uid are resolved now or when the
        linked case is imported later.
        """
        case, group = case_json.load_document(Path(path))
        if case.evidence:
            log.info("case import: %d evidence descriptions ignored (attach the files)", len(case.evidence))
        case.evidence = []
        case.id = None
        if case.uid and case_store.case_id_by_uid(self.vault, case.uid) is not None:
            log.info("case import: the vault already has a case with this uid; the import gets a new one")
            case.uid = ""
        for p in case.people:
            p.id = None
            if p.linked_case_uid:  # a portable link: the file's case numbers belong to another vault
                p.linked_case_id = case_store.case_id_by_uid(self.vault, p.linked_case_uid)
        saved = self.save_case(case)
        if group:
            gid = case_store.family_group_id_by_uid(self.vault, str(group.get("uid") or ""))
            if gid is None:
                gid = int(
                    self.create_family_group(
                        str(group["name"]), str(group.get("notes") or ""), uid=str(group.get("uid") or "")
                    ).id
                    or 0
                )
            self.set_family_group(int(saved.id or 0), gid)
            saved.family_group_id = gid
        for other_id in case_store.cases_linking_to_uid(self.vault, saved.uid):
            other = self.load_case(other_id)
            for p in other.people:
                if p.linked_case_uid == saved.uid and p.linked_case_id is None:
                    p.linked_case_id = saved.id
            self.save_case(other)
        return saved

    def export_case(self, case_id: int, dest: Path) -> Path:
        """The case JSON with its uid, its family group and the uids of the cases its people link to."""
        atomic_write_bytes(Path(dest), self.case_json(case_id).encode("utf-8"), f"write {Path(dest).name}")
        with self.vault.atomic():
            self.vault.audit.append(self.actor, "export", "case", case_id, "json")
        return Path(dest)

    def case_json(self, case_id: int) -> str:
        case = self.load_case(case_id)
        group = None
        if case.family_group_id is not None:
            g = self.family_group(case.family_group_id)
            group = {"name": g.name, "uid": g.uid, "notes": g.notes}
        links = {
            p.linked_case_id: case_store.case_uid(self.vault, p.linked_case_id)
            for p in case.people
            if p.linked_case_id is not None
        }
        return case_json.dumps(case, family_group=group, linked_uids=links)

    def edit_case(
        self, case_id: int, assignments: list[str], *, known_grounds: Collection[str] | None = None
    ) -> Case:
        """Set fields by path (``reason=funeral``, ``people[beneficiary].passport_family_name=RAHIMI``).

        The edited case is validated exactly like an import; on any error nothing is written. Grounds of
        inadmissibility are picked from a list: a new one that names INA 214(b) is refused, and so is one
        not in ``known_grounds`` (the rules pack's list) when it is given; a code the case already holds
        stays.
        """
        from parole_desktop.domain import codec

        case = self.load_case(case_id)
        data = codec.case_to_dict(case)
        for text in assignments:
            path, raw = case_json.parse_assignment(text)
            case_json.apply_assignment(data, path, raw)
        data["evidence"] = []  # evidence is edited with its own commands; its rows stay as they are
        edited = case_json.validate(data)
        for code in edited.inadmissibility_grounds:
            if code in case.inadmissibility_grounds:
                continue
            if names_ina_214b(code):
                raise ValidationError(
                    "inadmissibility_grounds",
                    _("“{code}” is refused. {refused_214b}").format(code=code, refused_214b=REFUSED_214B),
                )
            if known_grounds is not None and code not in known_grounds:
                raise ValidationError(
                    "inadmissibility_grounds",
                    _("“{code}” is not a ground of the rules pack's list; pick from: {known_grounds}").format(
                        code=code, known_grounds=", ".join(known_grounds)
                    ),
                )
        for i, p in enumerate(edited.people):
            if p.linked_case_id is not None and (
                p.linked_case_id == case.id or not case_store.case_uid(self.vault, p.linked_case_id)
            ):
                raise ValidationError(
                    f"people[{i}].linked_case_id",
                    _("there is no other case {linked_case_id} to link to").format(
                        linked_case_id=p.linked_case_id
                    ),
                )
        edited.id, edited.uid, edited.status = case.id, case.uid, case.status
        edited.family_group_id, edited.outcome = case.family_group_id, case.outcome
        edited.evidence = case.evidence
        return self.save_case(edited)

    # ------------------------------------------------------------------ vault tools
    def backup(
        self,
        dest: Path,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        overwrite: bool = False,
    ) -> backup_store.BackupReport:
        """``overwrite``: the user confirmed replacing an existing file that is not a backup of this vault."""
        return backup_store.backup(
            self.vault,
            Path(dest),
            progress=progress,
            cancelled=cancelled,
            actor=self.actor,
            overwrite=overwrite,
        )

    def last_backup_at(self) -> dt.datetime | None:
        value = self.vault.get_meta("last_backup_at")
        return dt.datetime.fromisoformat(value) if value else None

    def created_at(self) -> dt.datetime | None:
        value = self.vault.get_meta("created_at")
        return dt.datetime.fromisoformat(value) if value else None

    def change_passphrase(self, new_passphrase: str) -> None:
        self.vault.change_passphrase(new_passphrase, actor=self.actor)

    def audit_verify(self) -> AuditReport:
        return self.vault.audit.verify()

    def audit_entries(self, limit: int = 200) -> list[AuditEntry]:
        return self.vault.audit.entries(limit=limit)

    def get_setting(self, key: str, default: str = "") -> str:
        return self.vault.get_meta(f"setting:{key}", default)

    def set_setting(self, key: str, value: str) -> None:
        with self.vault.atomic():
            self.vault.set_meta(f"setting:{key}", value)


__all__ = [
    "AddedEvidence",
    "CaseQuery",
    "NeedsConfirmation",
    "Session",
    "StorageError",
    "create_vault",
    "open_vault",
    "restore_backup",
    "vault_exists",
]
