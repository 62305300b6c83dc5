"""One whole case driven through the workflow panel, as an agent clicks it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox

from app.models import RunState, TicketKind
from app.workflows.model import StepKind
from tests.ui.conftest import settle
from ui.actions import ActionId
from ui.workflow.fields import FilesPicker

SAMPLE = {
    "tracking": "SF1234567890123",
    "carrier": "顺丰速运",
    "money": "5.00",
    "text": "仓库漏发",
    "long_text": "买家撕了吊牌，影响二次销售",
}


def _fill(panel, tmp_path) -> None:
    """Fill every editor with a plausible value for its type."""
    for editor in panel.editors:
        w, kind = editor.widget, editor.field.type
        if isinstance(w, QLineEdit) and not w.text():
            w.setText(SAMPLE.get(kind, "备注"))
        elif isinstance(w, QPlainTextEdit) and not w.toPlainText():
            w.setPlainText(SAMPLE["long_text"])
        elif isinstance(w, QSpinBox) and w.value() == 0:
            w.setValue(500)
        elif isinstance(w, QComboBox) and w.currentIndex() < 0 and w.count():
            w.setCurrentIndex(0)
        elif isinstance(w, QCheckBox):
            w.setChecked(True)
        elif isinstance(w, FilesPicker) and not w.paths:
            photo = tmp_path / "label.png"
            photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
            w.set_paths([str(photo)])


def _open_kind(window, qtbot, seeded, kind: TicketKind):
    from app.queries import queue as q

    window.queue.show_view(q.View.ALL)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == len(seeded.tickets))
    row = next(
        r for r in range(window.queue.model.rowCount()) if window.queue.model.row_at(r).kind == kind
    )
    window.queue.table.setCurrentIndex(window.queue.model.index(row, 0))
    tid = window.queue.model.row_at(row).id
    qtbot.waitUntil(lambda: window.workflow.ticket is not None and window.workflow.ticket.id == tid)
    qtbot.waitUntil(lambda: window.workflow.picker.findData(kind.value) >= 0)
    settle(qtbot)
    return tid


def test_an_urge_shipment_case_walks_to_its_end_through_the_panel(window, qtbot, seeded, tmp_path):
    panel = window.workflow
    _open_kind(window, qtbot, seeded, TicketKind.URGE_SHIPMENT)
    index = panel.picker.findData("urge_shipment")
    assert index >= 0
    panel.picker.setCurrentIndex(index)
    panel.start.click()
    qtbot.waitUntil(lambda: panel.view is not None)
    seen: list[str] = []
    for _ in range(40):
        v = panel.view
        if v.state != RunState.RUNNING:
            break
        seen.append(v.step_id)
        before = (v.step_id, v.version)
        if v.kind == StepKind.SAY:
            assert panel.words.toPlainText()  # suggested words, placeholders filled
            window.ctx.actions[ActionId.USE_WORDS].trigger()
            assert panel.words.toPlainText()[:10] in window.conversation.reply.editor.toPlainText()
            window.conversation.reply.editor.clear()
            panel.next.click()
        elif v.kind == StepKind.ASK:
            button = panel.findChild(QPushButton, f"workflowChoice_{v.choices[-1].id}")
            assert button is not None and button.isVisible()
            button.click()
        else:
            _fill(panel, tmp_path)
            panel.next.click()
        qtbot.waitUntil(
            lambda b=before: (
                (panel.view.step_id, panel.view.version) != b or panel.banner.isVisible()
            ),
            timeout=5000,
        )
        assert not (panel.banner.isVisible() and panel.banner.property("kind") == "error"), (
            panel.banner.text()
        )
    settle(qtbot)
    assert panel.view.state == RunState.ENDED, seen
    assert panel.view.history and panel.view.records


def test_back_takes_the_last_answer_back(window, qtbot, seeded):
    panel = window.workflow
    _open_kind(window, qtbot, seeded, TicketKind.URGE_SHIPMENT)
    panel.picker.setCurrentIndex(panel.picker.findData("urge_shipment"))
    panel.start.click()
    qtbot.waitUntil(lambda: panel.view is not None)
    first = panel.view.step_id
    for _ in range(5):  # answer until a step can be taken back
        v = panel.view
        if v.kind == StepKind.SAY:
            panel.next.click()
        elif v.kind == StepKind.ASK:
            panel.findChild(QPushButton, f"workflowChoice_{v.choices[0].id}").click()
        else:
            break
        qtbot.waitUntil(
            lambda s=v.step_id, ver=v.version: (panel.view.step_id, panel.view.version) != (s, ver)
        )
        if panel.view.can_go_back:
            break
    assert panel.back.isEnabled()
    here = panel.view.step_id
    panel.back.click()
    qtbot.waitUntil(lambda: panel.view.step_id != here)
    assert panel.view.step_id in (
        first,
        *[p.step_id for p in panel.view.history],
        panel.view.step_id,
    )
    settle(qtbot)
