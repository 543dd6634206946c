"""Probe once, reuse always (issue #22 item 1): the child's pages and thumbnail of each exhibit are kept
sealed at intake, a packet build reuses them and starts a child only for an exhibit without a usable stored
output; tampered outputs are discarded and made again, never used."""

from __future__ import annotations

import pytest

from parole_desktop.packet import exhibits, probe, sandbox
from parole_desktop.services.packets import export_packet
from parole_desktop.store import probes as probe_store


@pytest.fixture
def spawns(monkeypatch):
    """Every sandbox child started, counted (spare children included)."""
    started: list[int] = []
    real = sandbox._spawn

    def counting(memory: int):
        started.append(memory)
        return real(memory)

    monkeypatch.setattr(sandbox, "_spawn", counting)
    sandbox._stop_spare()  # no child started before the count may serve a file
    return started


def _evidence(session, case_id):
    return session.load_case(case_id).evidence


def test_intake_keeps_sealed_pages_and_thumbnail(session, complete_case):
    evs = _evidence(session, complete_case)
    assert evs
    for ev in evs:
        out = session.probe_output(ev)
        assert out is not None and out.probe_version == probe.PROBE_VERSION
        assert out.pdf.startswith(b"%PDF") and out.pages == ev.pages
        assert 0 < out.thumb_width <= probe.THUMB_SIDE and 0 < out.thumb_height <= probe.THUMB_SIDE
        assert len(out.thumb_rgb) == out.thumb_width * out.thumb_height * 3
        row = session.vault.db.execute(
            "SELECT pdf, meta FROM exhibit_probes WHERE sha256 = ?", [ev.sha256]
        ).fetchone()
        assert b"%PDF" not in row[0] and b"pages" not in row[1]  # sealed, not stored in the clear


def test_build_of_accepted_exhibits_starts_no_child(session, complete_case, tmp_path, spawns):
    res = export_packet(session, complete_case, tmp_path / "p.pdf", draft=True)
    assert res.pages > len(_evidence(session, complete_case))
    assert spawns == []


def test_missing_or_older_outputs_are_probed_in_parallel_and_kept(
    session, complete_case, tmp_path, spawns, monkeypatch
):
    evs = _evidence(session, complete_case)
    session.vault.db.execute("UPDATE exhibit_probes SET probe_version = 0")  # an older probe made them
    probe_store.discard(session.vault, evs[0].sha256)  # and one is missing
    peak, running = [0], [0]
    real = probe.probe_bytes

    def watched(data, **kw):
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        try:
            return real(data, **kw)
        finally:
            running[0] -= 1

    monkeypatch.setattr(exhibits, "probe_bytes", watched)
    monkeypatch.setattr(exhibits, "parallel_children", lambda: 2)
    assert {e.sha256 for e in session.stale_probes()} == {e.sha256 for e in evs}
    export_packet(session, complete_case, tmp_path / "p.pdf", draft=True)
    assert len(spawns) >= len({e.sha256 for e in evs})
    assert peak[0] == 2  # two at a time, never more
    assert session.stale_probes() == []  # what the children made was kept
    spawns.clear()
    sandbox._stop_spare()
    export_packet(session, complete_case, tmp_path / "q.pdf", draft=True)
    assert spawns == []


@pytest.mark.allow_warning_logs
def test_tampered_output_is_discarded_and_probed_again(session, complete_case, tmp_path, spawns):
    ev = _evidence(session, complete_case)[0]
    blob = bytearray(
        session.vault.db.execute("SELECT pdf FROM exhibit_probes WHERE sha256 = ?", [ev.sha256]).fetchone()[0]
    )
    blob[len(blob) // 2] ^= 0x01
    session.vault.db.execute("UPDATE exhibit_probes SET pdf = ? WHERE sha256 = ?", [bytes(blob), ev.sha256])
    assert session.probe_output(ev) is None  # failed its check: never used
    assert probe_store.version_of(session.vault, ev.sha256) is None  # and discarded
    res = export_packet(session, complete_case, tmp_path / "p.pdf", draft=True)
    assert len(spawns) >= 1  # re-probed for the build
    assert session.probe_output(ev) is not None
    assert res.pages > 0


@pytest.mark.allow_warning_logs
def test_swapped_outputs_between_contents_fail_their_check(session, complete_case):
    a, b = _evidence(session, complete_case)[:2]
    pdf_b = session.vault.db.execute(
        "SELECT pdf FROM exhibit_probes WHERE sha256 = ?", [b.sha256]
    ).fetchone()[0]
    session.vault.db.execute("UPDATE exhibit_probes SET pdf = ? WHERE sha256 = ?", [pdf_b, a.sha256])
    assert session.probe_output(a) is None
    assert session.probe_output(b) is not None


def test_background_reprobe_restores_stale_outputs_with_progress(session, complete_case):
    session.vault.db.execute("UPDATE exhibit_probes SET probe_version = 0")
    stale = session.stale_probes()
    assert stale
    seen: list[tuple[int, int, str]] = []
    kept = session.reprobe(progress=lambda d, t, label: seen.append((d, t, label)))
    assert kept == len(stale)
    assert seen[-1][:2] == (len(stale), len(stale))
    assert session.stale_probes() == []


def test_removed_evidence_keeps_its_stored_output_until_it_is_gone_for_good(session, complete_case):
    ev = _evidence(session, complete_case)[0]
    session.delete_evidence(int(ev.id or 0))  # can still be put back: its output stays
    assert probe_store.version_of(session.vault, ev.sha256) is not None
    session.purge_removed(complete_case)  # what a sign-off does
    assert probe_store.version_of(session.vault, ev.sha256) is None
