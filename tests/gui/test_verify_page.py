"""The "Controleren" page on the real verifier: the golden files, a converted copy, the timeline.

Each golden file is opened programmatically (no file dialog) and the test waits for the verdict.
Assertions are on verdict codes, symbols, colours and structure, and on texts only through the
page's own translation functions, so they hold in English and in Dutch alike. Screenshots land in
a temporary folder, or in ``OPNAMESTUDIO_SCREENSHOTS`` when set, for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from opnamestudio.core.derive import derive_copy
from opnamestudio.core.importing import import_received
from opnamestudio.core.keys import PublicKey, SigningKey, format_key_id
from opnamestudio.core.locate import EditRange, Match
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from opnamestudio.core.verify import VerifyError, VerifyResult
from opnamestudio.ui.errors import message_for
from opnamestudio.ui.jobs import wait_for_jobs
from opnamestudio.ui.main_window import MainWindow
from opnamestudio.ui.timeline import EditTimeline, describe_edit, format_span, format_time
from opnamestudio.ui.verify_page import (
    CONTENT_VERDICTS,
    SIGNER_VERDICTS,
    TONES,
    Check,
    VerifyPage,
    signer_text,
    signer_tone,
    tone_of,
    verdict_text,
)
from tests.gui.conftest import DialogRecorder

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
SEAL = GOLDEN / "gesprek.zegel.json"
PUB = GOLDEN / "golden.pub"
RATE = 48000
MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("OPNAMESTUDIO_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(qtbot: Any) -> Iterator[VerifyPage]:
    widget = VerifyPage()
    qtbot.addWidget(widget)
    # An explicit minimum, as MainWindow has: otherwise the layout sets one on the shown
    # top-level widget, which the offscreen platform answers with a warning.
    widget.setMinimumSize(640, 480)
    widget.resize(780, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    wait_for_jobs()


def check(
    qtbot: Any,
    page: VerifyPage,
    path: Path,
    seal: Path | None = None,
    trust: Path | None = None,
) -> VerifyResult | None:
    """Open ``path`` the way the user would and wait until the page shows the outcome."""
    with qtbot.waitSignal(page.checked, timeout=60_000):
        page.open_file(path, seal=seal, trust=trust)
    assert page.state != "busy"
    return page.result


def save(widget: QWidget, path: Path) -> QImage:
    QApplication.processEvents()  # let the layouts settle, as the event loop would
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert not image.isNull()
    return image


def badge_colour(tone: str) -> QColor:
    return QColor(TONES[tone][0])


# ---------------------------------------------------------------------- the golden files


def test_the_page_starts_empty_with_a_clear_invitation(page: VerifyPage, shots: Path) -> None:
    assert page.state == "empty"
    assert page.stack.currentWidget() is page.drop_zone
    assert page.drop_zone.text.text() == QCoreApplication.translate(
        "VerifyPage", "Drag a sound file here, or click 'Choose file'."
    )
    assert page.drop_zone.isVisible()
    save(page, shots / "verify-empty.png")


def test_the_original_with_its_key_is_intact_and_trusted(
    qtbot: Any, page: VerifyPage, shots: Path, dialogs: DialogRecorder
) -> None:
    result = check(qtbot, page, GOLDEN / "gesprek.flac", trust=PUB)
    assert result is not None
    assert (result.content, result.signer, result.exit_code) == ("intact", "trusted", 0)
    assert page.state == "result"
    headline, explanation = verdict_text("intact")
    assert page.headline_label.text() == headline
    assert page.explanation_label.text() == explanation
    assert page.verdict_card.property("tone") == "good"
    assert page.verdict_badge.symbol() == "check"
    assert page.verdict_badge.colour() == badge_colour("good")
    assert page.signer_title.text() == signer_text("trusted")[0]
    assert page.signer_badge.symbol() == "check"
    key_id = PublicKey.from_file(PUB).key_id
    assert format_key_id(key_id) in page.key_id_label.text()
    assert page.fingerprint_label.text() == format_key_id(result.file_sha256 or "")
    assert len(page.fingerprint_label.text()) == 29  # 24 digits in groups of four
    assert not page.changes_box.isVisible()
    assert PUB.name in page.trust_value.text()
    assert SEAL.name in page.seal_value.text()  # found beside the file
    assert dialogs.shown == []
    save(page, shots / "verify-intact.png")


def test_the_same_sound_in_a_wav_is_intact_audio_by_an_unknown_key(
    qtbot: Any, page: VerifyPage, shots: Path
) -> None:
    result = check(qtbot, page, GOLDEN / "gesprek-kopie.wav", seal=SEAL)
    assert result is not None
    assert (result.content, result.signer) == ("intact-audio", "unknown-key")
    assert page.headline_label.text() == verdict_text("intact-audio")[0]
    assert page.verdict_card.property("tone") == "good"
    # Not in the trust store: the key ID is shown in groups, to compare with the published one.
    assert page.signer_card.property("tone") == "warn"
    assert page.signer_badge.symbol() == "question"
    assert format_key_id(PublicKey.from_file(PUB).key_id) in page.key_id_label.text()
    save(page, shots / "verify-intact-audio-unknown-key.png")


def test_a_cut_copy_is_modified_with_the_removed_part_on_the_timeline(
    qtbot: Any, page: VerifyPage, shots: Path
) -> None:
    result = check(qtbot, page, GOLDEN / "gesprek-geknipt.flac", seal=SEAL, trust=PUB)
    assert result is not None
    assert (result.content, result.signer) == ("modified", "trusted")
    [edit] = result.ranges
    assert edit.kind == "removed"
    # 0.8 s were cut at 1.0 s: the located range holds the cut.
    assert edit.orig_start <= RATE and edit.orig_end >= RATE * 9 // 5
    assert page.verdict_card.property("tone") == "bad"
    assert page.verdict_badge.symbol() == "cross"
    assert page.changes_box.isVisible()
    timeline = page.timeline
    assert timeline.edits() == [edit]
    assert timeline.original_frames() == 4 * RATE
    [line] = page._change_labels
    assert line.accessibleName() == describe_edit(edit, RATE)
    assert describe_edit(edit, RATE) in timeline.accessibleDescription()
    # The removed part is red on the bar, the rest is the track's grey.
    image = timeline.grab().toImage()
    y = round(timeline.bar_rect().center().y())
    middle = timeline.x_for((edit.orig_start + edit.orig_end) // 2)
    assert image.pixelColor(round(middle), y) == EditTimeline.REMOVED
    assert image.pixelColor(round(timeline.x_for(int(3.5 * RATE))), y) == EditTimeline.TRACK
    save(page, shots / "verify-modified.png")


def _recorded(folder: Path, seconds: float = 10.0) -> Path:
    """A sealed recording by this installation's key (trusted, as in the archive)."""
    source = BlockSource(speech_like_blocks(seconds, blocksize=4800, seed=5))
    recorder = Recorder(RecordingSettings(output=folder / "gesprek.flac"), source=source)
    recorder.start()
    assert source.done.wait(60)
    return recorder.stop().path


def test_an_edited_copy_shows_derived_with_the_reason_and_the_announced_cuts(
    qtbot: Any, page: VerifyPage, shots: Path, tmp_path: Path
) -> None:
    derived = derive_copy(
        _recorded(tmp_path), [(2.0, 3.0), (6.0, 8.0)], "naam van het kind verwijderd"
    )
    result = check(qtbot, page, derived.audio)
    assert result is not None
    assert (result.content, result.signer) == ("derived", "trusted")
    assert page.headline_label.text() == verdict_text("derived", result)[0]
    assert "naam van het kind verwijderd" in page.explanation_label.text()
    assert page.verdict_card.property("tone") == "info"
    assert page.changes_box.isVisible()
    assert page.changes_title.text() == QCoreApplication.translate("VerifyPage", "Announced edits")
    timeline = page.timeline
    assert [(e.orig_start, e.orig_end) for e in timeline.edits()] == [
        (2 * RATE, 3 * RATE),
        (6 * RATE, 8 * RATE),
    ]
    # The bar is the original (10 s), not the shorter copy (7 s).
    assert timeline.original_frames() == 10 * RATE
    lines = [label.accessibleName() for label in page._change_labels]
    assert lines == [describe_edit(e, RATE, announced=True) for e in timeline.edits()]
    image = timeline.grab().toImage()
    y = round(timeline.bar_rect().center().y())
    assert image.pixelColor(round(timeline.x_for(7 * RATE)), y) == EditTimeline.ANNOUNCED
    assert image.pixelColor(round(timeline.x_for(5 * RATE)), y) == EditTimeline.TRACK
    save(page, shots / "verify-derived.png")


def test_a_received_copy_says_when_the_client_handed_it_over(
    qtbot: Any, page: VerifyPage, tmp_path: Path
) -> None:
    source = tmp_path / "van de client.wav"
    sf.write(source, np.zeros((4800, 1), dtype=np.int16) + 7, RATE, subtype="PCM_16")
    received = import_received(source)
    result = check(qtbot, page, received.audio)
    assert result is not None and result.content == "intact"
    assert result.received is not None
    day = "-".join(reversed(result.received["date"].split("-")))
    assert day in page.explanation_label.text()


def test_a_forged_seal_is_seal_invalid(qtbot: Any, page: VerifyPage, shots: Path) -> None:
    result = check(qtbot, page, GOLDEN / "gesprek.flac", seal=GOLDEN / "vervalst.zegel.json")
    assert result is not None
    assert (result.content, result.signer) == ("seal-invalid", "invalid")
    assert page.headline_label.text() == verdict_text("seal-invalid")[0]
    assert page.verdict_card.property("tone") == "bad"
    assert page.verdict_badge.symbol() == "alert"
    assert page.signer_card.isVisible()
    assert page.signer_badge.symbol() == "cross"
    assert page.signer_title.text() == signer_text("invalid")[0]
    assert not page.changes_box.isVisible()
    save(page, shots / "verify-seal-invalid.png")


def test_another_recording_is_unrelated(
    qtbot: Any, page: VerifyPage, shots: Path, tmp_path: Path
) -> None:
    other = tmp_path / "ander-gesprek.flac"
    pcm = np.concatenate(list(speech_like_blocks(4.0, seed=99)))
    sf.write(other, pcm, RATE, subtype="PCM_16")
    result = check(qtbot, page, other, seal=SEAL, trust=PUB)
    assert result is not None
    assert (result.content, result.signer) == ("unrelated", "trusted")
    assert page.verdict_badge.symbol() == "unequal"
    assert page.verdict_card.property("tone") == "other"
    assert not page.changes_box.isVisible()
    save(page, shots / "verify-unrelated.png")


def test_a_missing_signature_file_is_said_plainly(
    qtbot: Any, page: VerifyPage, tmp_path: Path
) -> None:
    audio = tmp_path / "gesprek.flac"
    shutil.copy(GOLDEN / "gesprek.flac", audio)
    shutil.copy(SEAL, tmp_path / SEAL.name)  # without gesprek.zegel.minisig
    result = check(qtbot, page, audio)
    assert result is not None and result.content == "seal-invalid"
    assert page.check is not None and page.check.signature_missing
    assert "gesprek.zegel.minisig" in page.explanation_label.text()


def test_a_file_without_a_seal_beside_it_asks_for_the_seal(
    qtbot: Any, page: VerifyPage, shots: Path, tmp_path: Path, dialogs: DialogRecorder
) -> None:
    audio = tmp_path / "kopie-van-de-client.flac"
    shutil.copy(GOLDEN / "gesprek.flac", audio)
    assert check(qtbot, page, audio) is None
    assert page.state == "no-seal"
    assert page.headline_label.text() == verdict_text("no-seal")[0]
    assert page.seal_value.property("missing")
    assert not page.signer_card.isVisible()
    assert dialogs.shown == []  # a calm hint on the page, not an error dialog
    save(page, shots / "verify-no-seal.png")
    with qtbot.waitSignal(page.checked, timeout=60_000):
        page.set_seal(SEAL)
    assert page.result is not None and page.result.content == "intact"
    assert not page.seal_value.property("missing")


# ---------------------------------------------------------------------- errors


def test_a_missing_file_shows_the_error_dialog(
    qtbot: Any, page: VerifyPage, dialogs: DialogRecorder, tmp_path: Path
) -> None:
    missing = tmp_path / "bestaat-niet.flac"
    assert check(qtbot, page, missing, seal=SEAL) is None
    [dialog] = dialogs.shown
    title, _ = message_for(VerifyError("x"))
    assert dialog.icon == QMessageBox.Icon.Warning
    assert dialog.title == title
    assert str(missing) in dialog.details
    assert page.state == "empty"
    assert page.file_button.isEnabled()


def test_a_damaged_key_file_is_refused_with_a_dialog(
    page: VerifyPage, dialogs: DialogRecorder, tmp_path: Path
) -> None:
    bad = tmp_path / "kapot.pub"
    bad.write_text("dit is geen sleutel\n")
    page.set_trust(bad)
    [dialog] = dialogs.shown
    assert dialog.icon == QMessageBox.Icon.Warning
    assert bad.name not in page.trust_value.text()
    assert page.state == "empty"


# ---------------------------------------------------------------------- a converted copy


def _sealed_voice(folder: Path, seconds: float) -> tuple[Path, Path, Path]:
    key = SigningKey.generate()
    source = BlockSource(speech_like_blocks(seconds, seed=7))
    rec = Recorder(
        RecordingSettings(output=folder / "gesprek.flac"), source=source, signing_key=key
    )
    rec.start()
    assert source.done.wait(60)
    info = rec.stop()
    assert info.seal is not None
    pub = folder / "organisatie.pub"
    pub.write_text(key.public.to_minisign())
    return info.path, info.seal, pub


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg for an MP3 copy")
def test_an_mp3_copy_with_a_cut_and_an_insertion_is_transcoded(
    qtbot: Any, page: VerifyPage, shots: Path, tmp_path: Path
) -> None:
    audio, seal, pub = _sealed_voice(tmp_path, 40.0)
    pcm, _ = sf.read(audio, dtype="int16")
    # 3 s cut at 12 s; 2.5 s of reversed speech inserted at 30 s of the original.
    edited = np.concatenate(
        [
            pcm[: 12 * RATE],
            pcm[15 * RATE : 30 * RATE],
            pcm[: int(2.5 * RATE)][::-1],
            pcm[30 * RATE :],
        ]
    )
    wav = tmp_path / "bewerkt.wav"
    sf.write(wav, edited, RATE, subtype="PCM_16")
    mp3 = tmp_path / "kopie.mp3"
    subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-b:a", "128k", str(mp3)],
        check=True,
    )
    result = check(qtbot, page, mp3, seal=seal, trust=pub)
    assert result is not None
    assert (result.content, result.signer) == ("transcoded", "trusted")
    kinds = sorted(e.kind for e in result.ranges)
    assert kinds == ["inserted", "removed"]
    assert page.verdict_badge.symbol() == "approx"
    assert page.changes_box.isVisible()
    lines = [label.accessibleName() for label in page._change_labels]
    assert lines == [describe_edit(e, RATE, approximate=True) for e in result.ranges]
    timeline = page.timeline
    image = timeline.grab().toImage()
    y = round(timeline.bar_rect().center().y())
    removed = next(e for e in result.ranges if e.kind == "removed")
    inserted = next(e for e in result.ranges if e.kind == "inserted")
    x = timeline.x_for((removed.orig_start + removed.orig_end) // 2)
    assert image.pixelColor(round(x), y) == EditTimeline.REMOVED
    # The insertion's place is approximate: a dashed line, so look along the whole bar height.
    bar = timeline.bar_rect()
    column = [
        image.pixelColor(round(timeline.x_for(inserted.orig_start)), row)
        for row in range(round(bar.top()), round(bar.bottom()))
    ]
    assert EditTimeline.INSERTED in column
    assert EditTimeline.TRACK in column
    save(page, shots / "verify-transcoded.png")


# ---------------------------------------------------------------------- words and drawing


def test_every_verdict_has_words_a_tone_and_a_symbol() -> None:
    for content in (*CONTENT_VERDICTS, "no-seal", "a-verdict-from-the-future"):
        headline, explanation = verdict_text(content)
        assert headline.strip() and explanation.strip(), content
        assert tone_of(content) in TONES
    for signer in (*SIGNER_VERDICTS, "something-else"):
        title, text = signer_text(signer)
        assert title.strip() and text.strip(), signer
        assert signer_tone(signer) in TONES
    headlines = {verdict_text(c)[0] for c in CONTENT_VERDICTS}
    assert len(headlines) == len(CONTENT_VERDICTS), "every verdict reads differently"
    assert tone_of("intact") == tone_of("intact-audio") == "good"
    assert tone_of("modified") == tone_of("seal-invalid") == "bad"
    assert signer_tone("trusted") == "good" and signer_tone("invalid") == "bad"


def _result(content: str, signer: str = "trusted", **kwargs: Any) -> VerifyResult:
    kwargs.setdefault("key_id", "1e47b6b328e1776120ea0510c8a4ee5f13a67c0299a10a920ba14eced479b3ed")
    kwargs.setdefault(
        "file_sha256", "65a2ff65bc2bd1a38596655a4c29744212660195de57931d694b998f43196600"
    )
    return VerifyResult(content, signer, Path("kopie.flac"), SEAL, **kwargs)


@pytest.mark.parametrize("content", [*CONTENT_VERDICTS, "a-verdict-from-the-future"])
def test_every_verdict_is_shown(qtbot: Any, page: VerifyPage, content: str) -> None:
    ranges = [EditRange("removed", 10 * RATE, 12 * RATE, 10 * RATE, 10 * RATE)]
    result = _result(content, ranges=ranges if content in ("modified", "derived") else [])
    page.show_check(Check(result, 60 * RATE))
    assert page.state == "result"
    assert page.headline_label.text() == verdict_text(content, result)[0]
    assert page.explanation_label.text()
    assert page.signer_card.isVisible()
    assert page.changes_box.isVisible() == (content in ("modified", "derived"))


def test_unrelated_names_the_shared_passage(page: VerifyPage) -> None:
    shared = [Match(0, 12 * RATE, 3 * RATE, 15 * RATE)]
    result = _result("unrelated", shared=shared)
    page.show_check(Check(result, 60 * RATE))
    assert format_span(0, 12) in page.explanation_label.text()


def test_ranges_are_told_in_whole_seconds() -> None:
    assert format_time(0) == "0:00"
    assert format_time(75.9) == "1:15"
    assert format_time(3 * 3600 + 62) == "3:01:02"
    assert format_span(12.2, 15.4) == "0:12–0:15"
    assert format_span(0.721, 2.064) == "0:01–0:02"
    assert format_span(0.6, 1.2) == "0:00–0:02"  # never collapsed into one moment
    removed = EditRange("removed", 12 * RATE, 15 * RATE, 12 * RATE, 12 * RATE)
    inserted = EditRange("inserted", 30 * RATE, 30 * RATE, 27 * RATE, 29 * RATE)
    replaced = EditRange("replaced", 40 * RATE, 41 * RATE, 37 * RATE, 38 * RATE)
    for edit in (removed, inserted, replaced):
        exact = describe_edit(edit, RATE)
        rough = describe_edit(edit, RATE, approximate=True)
        assert exact and rough and exact != rough
    assert "0:12–0:15" in describe_edit(removed, RATE)
    assert "0:27–0:29" in describe_edit(inserted, RATE)
    assert "0:40–0:41" in describe_edit(replaced, RATE)
    silence = QCoreApplication.translate(
        "EditTimeline", "(in a silence: the exact place cannot be determined)"
    )
    assert silence not in describe_edit(removed, RATE)
    in_run = EditRange("removed", 12 * RATE, 15 * RATE, 12 * RATE, 12 * RATE, in_run=True)
    assert describe_edit(in_run, RATE).endswith(silence)
    pause = EditRange("removed", 12 * RATE, 15 * RATE, 12 * RATE, 12 * RATE, audio="pause")
    assert describe_edit(pause, RATE, approximate=True).endswith(silence)


def test_the_timeline_paints_each_kind_where_it_belongs(qtbot: Any, shots: Path) -> None:
    timeline = EditTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(600, timeline.sizeHint().height())
    edits = [
        EditRange("removed", 10 * RATE, 20 * RATE, 10 * RATE, 10 * RATE),
        EditRange("replaced", 50 * RATE, 60 * RATE, 40 * RATE, 50 * RATE),
        EditRange("inserted", 80 * RATE, 80 * RATE, 70 * RATE, 75 * RATE),
        EditRange("removed", 95 * RATE, 95 * RATE + 100, 85 * RATE, 85 * RATE),  # a tiny cut
    ]
    timeline.set_edits(100 * RATE, RATE, edits)
    timeline.show()
    qtbot.waitExposed(timeline)
    image = save(timeline, shots / "timeline.png")
    y = round(timeline.bar_rect().center().y())

    def colour_at(seconds: float) -> QColor:
        return image.pixelColor(round(timeline.x_for(int(seconds * RATE))), y)

    assert colour_at(15) == EditTimeline.REMOVED
    assert colour_at(55) == EditTimeline.REPLACED
    assert colour_at(80) == EditTimeline.INSERTED
    assert colour_at(95) == EditTimeline.REMOVED  # widened to stay visible
    for seconds in (5, 35, 70, 90):
        assert colour_at(seconds) == EditTimeline.TRACK, seconds
    # The marker's triangle sits above the bar.
    above = image.pixelColor(round(timeline.x_for(80 * RATE)), 3)
    assert above == EditTimeline.INSERTED
    assert timeline.accessibleName()
    for edit in edits:
        assert describe_edit(edit, RATE) in timeline.accessibleDescription()
    assert timeline.edit_at(timeline.x_for(15 * RATE)) == edits[0]
    assert timeline.edit_at(timeline.x_for(80 * RATE)) == edits[2]
    assert timeline.edit_at(timeline.x_for(35 * RATE)) is None
    timeline.clear()
    assert timeline.edits() == []
    assert not timeline.grab().isNull()


def test_the_result_cards_line_up_with_the_buttons_and_keep_clear_of_a_scroll_bar(
    qtbot: Any, page: VerifyPage
) -> None:
    def right_edge(widget: QWidget) -> int:
        return widget.mapTo(page, QPoint(widget.width(), 0)).x()

    page.resize(1366, 900)
    check(qtbot, page, GOLDEN / "gesprek.flac", seal=SEAL, trust=PUB)
    QApplication.processEvents()
    assert not page.result_area.verticalScrollBar().isVisible()
    assert right_edge(page.verdict_card) == right_edge(page.file_button)
    page.resize(1366, 480)  # the result scrolls: the cards step back from the scroll bar
    qtbot.waitUntil(page.result_area.verticalScrollBar().isVisible)
    QApplication.processEvents()
    bar = page.result_area.verticalScrollBar()
    gap = bar.mapTo(page, QPoint(0, 0)).x() - right_edge(page.verdict_card)
    assert gap >= 8


def test_a_converted_copys_places_are_drawn_and_named_as_approximate(qtbot: Any) -> None:
    """On a transcoded copy the places are "about here": the insertion mark is dashed and open
    (not a solid, exact-looking line) and the legend says "about"."""
    inserted = EditRange("inserted", 50 * RATE, 50 * RATE, 40 * RATE, 45 * RATE)
    removed = EditRange("removed", 10 * RATE, 20 * RATE, 10 * RATE, 10 * RATE)
    images = {}
    legends = {}
    for approximate in (False, True):
        timeline = EditTimeline()
        qtbot.addWidget(timeline)
        timeline.resize(600, timeline.sizeHint().height())
        timeline.set_edits(100 * RATE, RATE, [removed, inserted], approximate=approximate)
        images[approximate] = (timeline, timeline.grab().toImage())
        legends[approximate] = [text for text, _, _ in timeline.legend()]
    exact_timeline, exact = images[False]
    rough_timeline, rough = images[True]
    x = round(exact_timeline.x_for(50 * RATE))
    bar = exact_timeline.bar_rect()
    column = range(round(bar.top()) + 1, round(bar.bottom()))
    assert all(exact.pixelColor(x, y) == EditTimeline.INSERTED for y in column)
    assert any(rough.pixelColor(x, y) == EditTimeline.TRACK for y in column), "dashed"
    assert rough.pixelColor(x, 4) != EditTimeline.INSERTED, "an open triangle"
    tr = QCoreApplication.translate
    assert tr("EditTimeline", "added here") in legends[False]
    assert tr("EditTimeline", "added about here") in legends[True]
    assert tr("EditTimeline", "removed, about here") in legends[True]
    assert rough_timeline.edit_at(rough_timeline.x_for(50 * RATE)) == inserted


# ---------------------------------------------------------------------- input and keyboard


def _drop(page: VerifyPage, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    point = QPointF(page.width() / 2, page.height() / 2)
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, keys)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    assert page.drop_zone.property("dragging")
    QApplication.sendEvent(page, QDropEvent(point, actions, mime, buttons, keys))


def test_dropping_a_file_with_its_seal_and_key_checks_it(qtbot: Any, page: VerifyPage) -> None:
    with qtbot.waitSignal(page.checked, timeout=60_000):
        _drop(page, [SEAL, GOLDEN / "gesprek-kopie.wav", PUB])
    assert not page.drop_zone.property("dragging")
    result = page.result
    assert result is not None
    assert (result.content, result.signer) == ("intact-audio", "trusted")


def test_choose_file_and_ctrl_o_open_the_file_dialog(
    qtbot: Any, page: VerifyPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_dialog(*args: Any) -> tuple[str, str]:
        asked.append(args[1])
        return str(GOLDEN / "gesprek.flac"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    assert page.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    with qtbot.waitSignal(page.checked, timeout=60_000):
        page.open_action.trigger()
    assert page.result is not None and page.result.content == "intact"
    with qtbot.waitSignal(page.checked, timeout=60_000):
        qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2


def test_buttons_are_named_and_in_tab_order(page: VerifyPage) -> None:
    buttons = [page.file_button, page.seal_button, page.trust_button]
    for button in buttons:
        assert button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    chain = []
    widget = page.file_button
    for _ in range(20):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        if len(chain) == 2:
            break
    assert chain == buttons[1:]


def test_busy_while_checking_and_not_twice(qtbot: Any, page: VerifyPage, shots: Path) -> None:
    with qtbot.waitSignal(page.checked, timeout=60_000):
        page.open_file(GOLDEN / "gesprek-geknipt.flac", seal=SEAL)
        assert page.state == "busy"
        assert page.stack.currentIndex() == 1
        assert page.busy_bar.isVisible() and page.busy_bar.maximum() == 0
        assert not page.file_button.isEnabled()
        assert not page.open_action.isEnabled()
        page.open_file(GOLDEN / "gesprek.flac")  # ignored while busy
        save(page, shots / "verify-busy.png")
    assert page.result is not None
    assert page.result.file == GOLDEN / "gesprek-geknipt.flac"
    assert page.file_button.isEnabled()


# ---------------------------------------------------------------------- in the main window


def test_the_window_holds_its_pages_and_switches_with_ctrl_1_2_and_3(
    make_window: MakeWindow, qtbot: Any
) -> None:
    window = make_window()
    tabs = window.pages
    assert tabs.count() == 4
    assert tabs.widget(0) is window.record_page
    # The other pages are built when first chosen (a faster start); asking builds them.
    verify, listing = window.verify_page, window.recordings_list
    assert tabs.widget(1) is verify
    assert tabs.widget(2) is listing
    assert [tabs.tabText(i) for i in range(3)] == ["Opnemen", "Controleren", "Opnamen"]
    assert tabs.currentWidget() is window.record_page
    assert tabs.tabText(3) == "Archief"
    shortcuts = [a.shortcut() for a in window.page_actions]
    assert shortcuts == [QKeySequence(f"Ctrl+{n}") for n in (1, 2, 3, 4)]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.verify_page
    assert window.verify_page.file_button.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.recordings_list
    # No recordings yet: the list shows its empty state and the focus is on "Vernieuwen".
    assert window.recordings_list.refresh_button.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.record_page


def test_screenshots_in_the_window_at_1366_by_768(
    make_window: MakeWindow, qtbot: Any, shots: Path
) -> None:
    window = make_window()
    window.resize(1366, 740)  # a 1366×768 screen minus the task bar
    window.show_verify_page()
    page = window.verify_page
    save(window, shots / "window-verify-empty-1366.png")
    with qtbot.waitSignal(page.checked, timeout=60_000):
        page.open_file(GOLDEN / "gesprek-geknipt.flac", seal=SEAL, trust=PUB)
    image = save(window, shots / "window-verify-modified-1366.png")
    timeline = page.timeline
    assert timeline.isVisible()
    edit = page.timeline.edits()[0]
    x = timeline.x_for((edit.orig_start + edit.orig_end) // 2)
    point = timeline.mapTo(window, QPoint(round(x), round(timeline.bar_rect().center().y())))
    assert image.pixelColor(point) == EditTimeline.REMOVED
    window.resize(780, 640)
    save(window, shots / "window-verify-modified-780.png")


def test_a_tab_chosen_with_the_mouse_is_built_then_and_keeps_its_title(
    make_window: MakeWindow, qtbot: Any
) -> None:
    window = make_window()
    tabs = window.pages
    assert not isinstance(tabs.widget(1), VerifyPage)  # not built at the start
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert isinstance(tabs.currentWidget(), VerifyPage)
    assert tabs.currentWidget() is window.verify_page
    assert tabs.tabText(1) == "Controleren"
    assert tabs.tabToolTip(1) == "Controleren (Ctrl+2)"
    assert tabs.currentIndex() == 1
