"""The main window fits and reads well at 1366×768 and at 200 %, with names and a focus chain.

The checks walk the widget tree, so pages added later are covered without a new test: every page
of the main window's tabs (Opnemen, Controleren, Opnamen) and the conversation flow (Voorbereiden,
with and without the extra questions, and Aankondigen en afspraken) is shown in the states that
change its layout most, and then

- the window's minimum size fits the screen (1366×768 minus a 48 px taskbar; at 200 % a
  1280×720 logical window minus 24 px, measured in a child process with ``QT_SCALE_FACTOR=2``);
- no visible label or button is narrower or lower than its text needs (Qt clips, never elides,
  a label's text);
- every interactive widget has a name a screen reader can say;
- Tab reaches every enabled interactive widget of the page;
- every dialog opens within its screen (its buttons never below the taskbar).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from opnamestudio.core.devices import DeviceInfo
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from opnamestudio.ui.main_window import MainWindow
from opnamestudio.ui.recordings_list import RecordingsList

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "data" / "golden"
#: A common laptop screen, and what a taskbar leaves of it.
SCREEN = QSize(1366, 768)
TASKBAR = 48
#: 200 % on a 2560×1440 screen: 1280×720 logical pixels, a smaller taskbar in logical pixels.
SCREEN_2X = QSize(1280, 720)
TASKBAR_2X = 24
#: What a user can operate: each needs a name and a place in the Tab order.
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
    QAbstractSpinBox,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
    QPushButton,
)
#: Widgets that are parts of another control (a combo box's list, a line edit's clear button).
COMPOSITE = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar)


# ---------------------------------------------------------------------- walking the tree


def _is_part_of_another_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    if isinstance(widget, QHeaderView):  # the header of a list belongs to the list
        return True
    # A scroll area's own scroll bars: operated with the keys of the area itself.
    holder = widget.parentWidget()
    return isinstance(widget, QScrollBar) and (
        holder is not None and holder.objectName().startswith("qt_scrollarea_")
    )


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` a user operates (not the inner parts of other controls)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not _is_part_of_another_control(w)
    ]


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, or Qt's (text, buddy)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or "").strip()


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({name!r}, {text[:40]!r})"


def shown(widget: QWidget, window: QWidget) -> bool:
    """Visible in the window and not scrolled or squeezed out of sight entirely."""
    return widget.isVisibleTo(window) and not widget.visibleRegion().isEmpty()


def clipped_texts(window: QWidget) -> list[str]:
    """Visible labels and buttons whose text needs more room than they have."""
    problems = []
    for label in window.findChildren(QLabel):
        if not label.text().strip() or not shown(label, window):
            continue
        if label.wordWrap():
            needed = QSize(label.minimumSizeHint().width(), label.heightForWidth(label.width()))
        else:
            needed = label.sizeHint()
        if needed.width() > label.width() or needed.height() > label.height():
            problems.append(
                f"{describe(label)} needs {needed.toTuple()}, has {label.size().toTuple()}"
            )
    for button in window.findChildren(QAbstractButton):
        if not button.text().strip() or not shown(button, window):
            continue
        if isinstance(button.parentWidget(), QTabBar):
            continue
        needed = button.sizeHint()
        if needed.width() > button.width() or needed.height() > button.height():
            problems.append(
                f"{describe(button)} needs {needed.toTuple()}, has {button.size().toTuple()}"
            )
    for bar in window.findChildren(QTabBar):
        if not shown(bar, window):
            continue
        for index in range(bar.count()):
            needed, has = bar.tabSizeHint(index), bar.tabRect(index)
            if needed.width() > has.width() or bar.tabRect(index).right() > bar.width():
                problems.append(
                    f"tab {bar.tabText(index)!r} needs {needed.width()}, has {has.width()}"
                )
    return problems


def unnamed_controls(window: QWidget) -> list[str]:
    return [describe(w) for w in interactive_widgets(window) if not spoken_name(w)]


def minimum_size(window: QWidget) -> QSize:
    """The smallest the window can be made: its layout's minimum or its explicit minimum."""
    return window.minimumSizeHint().expandedTo(window.minimumSize())


# ---------------------------------------------------------------------- the window and its states


def fake_devices() -> list[DeviceInfo]:
    """One microphone with a long name, as Windows lists them."""
    return [
        DeviceInfo(
            3,
            "Ingebouwde microfoon (Realtek High Definition Audio)",
            "MME",
            2,
            48000.0,
            is_default=True,
        )
    ]


def voice() -> BlockSource:
    return BlockSource(speech_like_blocks(30.0, seed=5), realtime=True)


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    win = make_window(source_factory=voice, device_lister=fake_devices)
    win.resize(SCREEN.width(), SCREEN.height() - TASKBAR)
    return win


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def states(window: MainWindow, qtbot: Any) -> Iterator[str]:
    """Put the window in each state worth checking, one after the other; yields its name."""
    pages = window.pages
    record = window.record_page
    pages.setCurrentWidget(record)
    settle()
    yield "Opnemen, ready"
    record.start_button.click()
    qtbot.waitUntil(lambda: record.timer_label.seconds() >= 1, timeout=10_000)
    record.add_marker()
    settle()
    yield "Opnemen, recording"
    record.stop_recording()
    qtbot.waitUntil(lambda: record.state == "idle", timeout=10_000)
    settle()
    yield "Opnemen, sealed"
    verify = window.verify_page
    pages.setCurrentWidget(verify)
    settle()
    yield "Controleren, empty"
    with qtbot.waitSignal(verify.checked, timeout=60_000):
        verify.open_file(
            GOLDEN / "gesprek-geknipt.flac",
            seal=GOLDEN / "gesprek.zegel.json",
            trust=GOLDEN / "golden.pub",
        )
    settle()
    yield "Controleren, modified"
    listing = window.recordings_list
    pages.setCurrentWidget(listing)
    with qtbot.waitSignal(listing.refreshed, timeout=20_000):
        listing.refresh()
    settle()
    yield "Opnamen, with recordings"
    window.new_conversation()
    flow = window.flow
    prepare = flow.prepare_page
    settle()
    yield "Voorbereiden"
    prepare.add_participant("child")
    prepare.child_check.setChecked(True)
    prepare.adult_check.setChecked(True)
    qtbot.waitUntil(lambda: all(row.isVisible() for row in prepare.question_rows))
    settle()
    yield "Voorbereiden, child and vulnerable adult"
    prepare.reset()
    prepare.organisation_edit.setText("Jeugdzorg Voorbeeldstad")
    prepare.purpose_edit.setText("om de afspraken later terug te luisteren")
    prepare.set_legal_basis("public-task")
    prepare.set_camera("not-at-home")
    prepare.next_button.click()
    announce = flow.announce_page
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is announce, timeout=10_000)
    announce.answer(0, "akkoord")
    settle()
    yield "Aankondigen en afspraken"
    announce.answer(1, "akkoord")
    announce.close_segment()
    record.stop_recording()
    qtbot.waitUntil(lambda: record.state == "idle", timeout=10_000)
    pages.setCurrentWidget(listing)
    for index in range(pages.count()):
        page = pages.widget(index)
        if not isinstance(page, (type(record), type(verify), RecordingsList)):
            pages.setCurrentIndex(index)
            settle()
            yield f"page {index} ({type(page).__name__})"


# ---------------------------------------------------------------------- the tests


def test_the_window_fits_a_1366x768_screen_in_every_state(window: MainWindow, qtbot: Any) -> None:
    available = QSize(SCREEN.width(), SCREEN.height() - TASKBAR)
    too_big = {}
    for state in states(window, qtbot):
        needed = minimum_size(window)
        if needed.width() > available.width() or needed.height() > available.height():
            too_big[state] = needed.toTuple()
    assert not too_big, f"minimum size larger than {available.toTuple()}: {too_big}"


def test_no_text_is_clipped_at_1366x768(window: MainWindow, qtbot: Any) -> None:
    clipped = {}
    for state in states(window, qtbot):
        problems = clipped_texts(window)
        if problems:
            clipped[state] = problems
    assert not clipped, json.dumps(clipped, indent=1, ensure_ascii=False)


def test_every_control_has_a_name_a_screen_reader_can_say(window: MainWindow, qtbot: Any) -> None:
    unnamed = {}
    for state in states(window, qtbot):
        missing = unnamed_controls(window)
        if missing:
            unnamed[state] = missing
    assert not unnamed, unnamed


def tab_through(window: QWidget, qtbot: Any, steps: int) -> list[QWidget]:
    """Press Tab ``steps`` times; the widgets that got the focus, in order."""
    reached: list[QWidget] = []
    for _ in range(steps):
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the keyboard focus"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not None:
            reached.append(now)
    return reached


def _arrow_keys_reach(widget: QWidget) -> bool:
    """An unchecked radio button beside a checked one: Qt's Tab stops on the checked one of an
    exclusive group, the arrow keys move within it (as on every desktop)."""
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return False
    group = widget.group()
    if group is not None and group.exclusive():
        siblings = group.buttons()
    elif widget.autoExclusive():
        parent = widget.parentWidget()
        siblings = parent.findChildren(QRadioButton) if parent is not None else []
        siblings = [b for b in siblings if b.parentWidget() is parent and b.autoExclusive()]
    else:
        return False
    return any(b.isChecked() for b in siblings)


def tab_stops(page: QWidget, window: QWidget) -> list[QWidget]:
    return [
        w
        for w in interactive_widgets(page)
        if w.isEnabled()
        and shown(w, window)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and not _arrow_keys_reach(w)
    ]


def test_tab_reaches_every_control_of_every_page(window: MainWindow, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    unreached = {}
    for state in states(window, qtbot):
        page = window.pages.currentWidget()
        stops = tab_stops(page, window)
        window.pages.tabBar().setFocus()
        qtbot.waitUntil(window.pages.tabBar().hasFocus, timeout=5_000)
        reached = tab_through(window, qtbot, 2 * len(stops) + 4)
        missing = [describe(w) for w in stops if w not in reached]
        if missing:
            unreached[state] = missing
    assert not unreached, unreached


SCALED_CHECK = textwrap.dedent(
    """
    import json, os, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from opnamestudio.ui.app import install_translators
    from opnamestudio.ui.collector import MainThreadCollector
    app = QApplication([])
    translators = install_translators(app, "nl")
    from opnamestudio.ui.main_window import MainWindow
    from opnamestudio.ui.jobs import wait_for_jobs
    from tests.gui import test_layout as layout

    collector = MainThreadCollector(app)  # as run() does

    def settle(until=lambda: True, timeout=60.0):
        # Runs the event loop in 20 ms slices (not a processEvents() spin) until ``until()``.
        deadline = time.monotonic() + timeout
        while True:
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()
            if until() or time.monotonic() > deadline:
                return

    window = MainWindow(device_lister=layout.fake_devices)
    window.resize(1280, 720 - layout.TASKBAR_2X)
    window.show()
    settle()
    found = {
        "ratio": window.devicePixelRatio(),
        "minimum": layout.minimum_size(window).toTuple(),
        "picture": window.grab().size().toTuple(),
        "clipped": {},
    }
    verify = window.verify_page
    window.pages.setCurrentWidget(verify)
    verify.open_file(
        layout.GOLDEN / "gesprek-geknipt.flac",
        seal=layout.GOLDEN / "gesprek.zegel.json",
        trust=layout.GOLDEN / "golden.pub",
    )
    settle(lambda: verify.state == "result")
    found["verify_state"] = verify.state
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        settle()
        problems = layout.clipped_texts(window)
        if problems:
            found["clipped"][window.pages.tabText(index)] = problems
    found["minimum_after"] = layout.minimum_size(window).toTuple()
    print(json.dumps(found))
    window.close()
    wait_for_jobs()
    collector.stop()
    """
)


def test_the_window_fits_and_reads_well_at_200_percent(tmp_path: Path) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="2", OPNAMESTUDIO_HOME=str(tmp_path / "home"))
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", SCALED_CHECK],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["ratio"] == 2.0
    # 1280×(720 - 24) logical pixels: the whole window in real pixels at twice that.
    assert found["picture"] == [2 * SCREEN_2X.width(), 2 * (SCREEN_2X.height() - TASKBAR_2X)]
    assert found["verify_state"] == "result"
    for key in ("minimum", "minimum_after"):
        width, height = found[key]
        assert width <= SCREEN_2X.width() and height <= SCREEN_2X.height() - TASKBAR_2X, found
    assert found["clipped"] == {}


# ---------------------------------------------------------------------- the checks can fail


@pytest.fixture
def form(qtbot: Any) -> QWidget:
    """A small window with a squeezed label and button and an unnamed, unreachable field."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setMinimumSize(300, 200)
    widget.resize(300, 200)
    widget.label = QLabel("Een veel te lange tekst voor zo'n smal vak", widget)
    widget.label.setGeometry(10, 10, 40, 20)
    widget.button = QPushButton("Een knop met een lange tekst", widget)
    widget.button.setGeometry(10, 40, 50, 30)
    widget.field = QLineEdit(widget)
    widget.field.setGeometry(10, 80, 100, 24)
    widget.named = QLineEdit(widget)
    widget.named.setAccessibleName("Naam")
    widget.named.setGeometry(10, 110, 100, 24)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_clipping_check_finds_a_squeezed_label_and_button(form: Any) -> None:
    problems = clipped_texts(form)
    assert len(problems) == 2
    assert problems[0].startswith("QLabel") and problems[1].startswith("QPushButton")
    form.label.adjustSize()
    form.button.resize(form.button.sizeHint())
    assert clipped_texts(form) == []


def test_the_clipping_check_finds_an_elided_tab(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setMinimumSize(400, 40)
    bar = QTabBar(holder)
    bar.setElideMode(Qt.TextElideMode.ElideRight)
    bar.setUsesScrollButtons(False)
    for text in ("Voorbereiden", "Aankondigen en afspraken", "Opnemen", "Controleren"):
        bar.addTab(text)
    bar.setGeometry(0, 0, 200, 30)
    holder.show()
    qtbot.waitExposed(holder)
    assert any(p.startswith("tab 'Aankondigen en afspraken'") for p in clipped_texts(holder))
    holder.resize(bar.sizeHint().width() + 10, 40)
    bar.resize(bar.sizeHint().width() + 10, 30)
    assert clipped_texts(holder) == []


def test_the_name_check_finds_an_unnamed_field(form: Any) -> None:
    assert unnamed_controls(form) == [describe(form.field)]


def test_the_tab_check_finds_a_control_tab_skips(form: Any, qtbot: Any) -> None:
    form.named.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    form.activateWindow()
    form.button.setFocus()
    qtbot.waitUntil(form.button.hasFocus, timeout=5_000)
    reached = tab_through(form, qtbot, 6)
    assert form.field in reached
    assert form.named not in reached


def _keep_language(language: str) -> None:
    """The wizard's language choice, ignored: the test stays in Dutch."""


def _dialogs(tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """Every dialog of the app, built as its menu or button builds it (not shown yet)."""
    import shutil

    from opnamestudio.core.orgsettings import OrgSettings, save_settings
    from opnamestudio.core.seal import seal_paths_for
    from opnamestudio.core.session import Participant
    from opnamestudio.ui import documents
    from opnamestudio.ui.export_dialog import ExportDialog
    from opnamestudio.ui.first_run import FirstRunWizard
    from opnamestudio.ui.import_dialog import ImportDialog
    from opnamestudio.ui.refusal_dialog import RefusalDialog
    from opnamestudio.ui.settings_dialog import SettingsDialog

    settings = OrgSettings(organisation="Jeugdzorg Voorbeeldstad", website="www.example.nl")
    save_settings(settings)
    audio = tmp_path / "gesprek.flac"
    sealed = seal_paths_for(GOLDEN / "gesprek.flac")
    for path in (GOLDEN / "gesprek.flac", sealed.manifest, sealed.signature):
        shutil.copy2(path, tmp_path / path.name)
    yield "agreement", documents.agreement_dialog(None, audio)
    yield "receipt", documents.receipt_dialog(None, audio)
    yield "leaflet", documents.leaflet_dialog(None)
    yield "export", ExportDialog(audio, drive_lister=list, settings=settings)
    yield "import", ImportDialog()
    people = (Participant("professional"), Participant("parent"))
    yield "refusal", RefusalDialog("Jeugdzorg Voorbeeldstad", people)
    yield "settings", SettingsDialog(settings, archive_module=None)
    wizard = FirstRunWizard(OrgSettings(), on_language=_keep_language, archive_module=None)
    yield "first run", wizard


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_every_dialog_opens_within_its_screen(qtbot: Any, dutch: None, tmp_path: Path) -> None:
    """A dialog taller than the screen hides its own buttons below the taskbar (the documents
    once opened 820 px tall: more than a 1366×768 laptop has)."""
    from opnamestudio.ui.widgets import FRAME_ALLOWANCE

    too_big = {}
    for name, dialog in _dialogs(tmp_path):
        assert dialog is not None, name
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        free = dialog.screen().availableGeometry().size()
        outer = dialog.size() + FRAME_ALLOWANCE
        if outer.width() > free.width() or outer.height() > free.height():
            too_big[name] = (dialog.size().toTuple(), free.toTuple())
        dialog.close()
    assert not too_big, too_big
