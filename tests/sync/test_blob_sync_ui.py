"""On the workstation: a photo attached on another desk shows as a placeholder until the
background sync brings its bytes, then as its thumbnail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QImage

from app.drafts import Drafts
from app.models import TicketKind
from app.queries import lookups
from app.services.attachments import attach_files, store_file
from app.services.tickets import create_ticket
from app.sync.client import SyncError
from tests.ui.conftest import settle
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.sync.runner import SyncRunner
from ui.ticket.attachments_box import WAITING, AttachmentsBox


def test_the_background_sync_turns_the_placeholder_into_the_photo(
    qtbot, team, desks, tmp_path, monkeypatch
):
    _store, w = team
    a, b = desks["小王"], desks["bob"]
    source = tmp_path / "破损.png"
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    image.save(str(source), "PNG")
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    stored = store_file(a.store.files_dir, source)
    attach_files(a.store.sessions, actor=a.actor, ticket_id=tid, files=[stored.as_dict()])

    def dropped(*_args: object) -> dict:
        raise SyncError("offline", "the network dropped")

    monkeypatch.setattr(a.client, "upload_blob", dropped)
    assert a.sync().waiting == 1  # the record went, the photo did not
    b.sync()

    agent = next(x for x in lookups.agents(b.store.sessions) if x.username == "bob")
    ctx = AppContext(store=b.store, agent=agent, bus=ChangeBus(), drafts=Drafts(tmp_path / "d"))
    box = AttachmentsBox(ctx)
    qtbot.addWidget(box)
    box.show()
    runner = SyncRunner(ctx, b.client, box)
    box.show_ticket(tid)
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=5000)
    settle(qtbot)
    waiting = QCoreApplication.translate("AttachmentsBox", "not downloaded yet")
    assert box.list.item(0).data(WAITING) and waiting in box.list.item(0).text()

    monkeypatch.undo()
    assert a.sync().uploaded == 1
    with qtbot.waitSignal(runner.sig_state, timeout=20000, check_params_cb=lambda st: st.online):
        runner.sync_now()
    qtbot.waitUntil(lambda: not box.list.item(0).data(WAITING), timeout=10000)
    settle(qtbot)
    item = box.list.item(0)
    assert item.text() == "破损.png" and not item.icon().isNull()
    runner.stop()
