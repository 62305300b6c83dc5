"""Start the desktop workstation: Qt, language, store, login, main window.

Reached from ``kefu`` / ``python -m app`` through the ``kefu.gui`` entry point, so ``app/``
never imports Qt.
"""

from __future__ import annotations

import argparse
import logging
import sys
import uuid

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app.db.store import Store, open_store
from app.drafts import Drafts
from app.errors import StoreError
from app.platform_env import data_dir, demo_db_path
from app.queries import lookups
from app.queries.lookups import AgentInfo
from ui import i18n, theme
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.crash import CrashReporter, setup_logging
from ui.login import LoginDialog, pick_agent
from ui.main_window import MainWindow
from ui.ops import run_op
from ui.settings import open_settings

log = logging.getLogger(__name__)
DEMO_USER = "demo"


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kefu Desk")
    app.setOrganizationName("KefuDesk")
    setup_logging()
    reporter = CrashReporter()
    reporter.install()
    settings = open_settings()
    i18n.install(app, args.lang or str(settings.value("language", i18n.DEFAULT)))
    theme.apply(app)
    connected = None
    if getattr(args, "server", None):
        connected = _connect(args, settings)
        if connected is None:
            return 1
        store = connected.store
        args.user = connected.username  # logged in: no second question
    else:
        try:
            store = _open(args)
        except StoreError as exc:
            return _fail(str(exc))
    if args.demo and not _has_shops(store) and not _build_demo(store):
        return _fail(QCoreApplication.translate("Launch", "Could not create the demo shop."))
    agents = lookups.agents(store.sessions)
    if not agents:
        return _fail(
            QCoreApplication.translate(
                "Launch",
                "This database has no agent profiles. Run “kefu demo” or import a team first.",
            )
        )
    if args.user and not any(a.username == args.user for a in agents):
        return _fail(_no_such_agent(args.user, agents))
    agent = _login(agents, args, settings)
    if agent is None:
        return 1
    settings.setValue("last_agent", agent.id.hex)
    ctx = AppContext(
        store=store, agent=agent, bus=ChangeBus(), drafts=Drafts(data_dir() / "drafts")
    )
    window = MainWindow(ctx)
    window.sig_language_requested.connect(
        lambda lang: settings.setValue("language", i18n.install(app, lang))
    )
    window.restore_state(settings)
    if connected is not None:
        runner = _attach_sync(window, connected)
    if args.screenshot or getattr(args, "probe_startup", False):
        window.resize(1440, 860)  # a known size, whatever the last session left
    window.show()
    QTimer.singleShot(0, window.start)
    if getattr(args, "probe_startup", False):
        window.queue.model.sig_page_loaded.connect(
            lambda _n: _probe_done(window), Qt.ConnectionType.SingleShotConnection
        )
    if args.screenshot:
        window.queue.model.sig_page_loaded.connect(
            lambda _n: _screenshot(window, args.screenshot), Qt.ConnectionType.SingleShotConnection
        )
    code = app.exec()
    window.save_state(settings)
    if connected is not None:
        runner.stop()
        connected.client.close()
    store.close()
    return code


def _connect(args: argparse.Namespace, settings):  # noqa: ANN001, ANN202
    """The login to the team server; None when the agent cancels."""
    from ui.sync.login import ServerLoginDialog

    last_user = str(settings.value(f"server_user/{args.server}", "") or "")
    dialog = ServerLoginDialog(args.server, args.user or last_user)
    if not dialog.exec() or dialog.result_ is None:
        return None
    settings.setValue(f"server_user/{args.server}", dialog.result_.username)
    return dialog.result_


def _attach_sync(window: MainWindow, connected):  # noqa: ANN001, ANN202
    from ui.sync.attach import SyncHook
    from ui.sync.runner import SyncRunner

    runner = SyncRunner(window.ctx, connected.client, window)
    window.sync_hook = SyncHook(window, connected, runner)
    QTimer.singleShot(0, runner.start)
    return runner


def _probe_done(window: MainWindow) -> None:
    """Paint the window with its first queue page, report, and quit (start-up benchmark)."""
    window.queue.table.viewport().repaint()
    window.repaint()
    print("kefu: first queue page painted", flush=True)
    QApplication.quit()


def _screenshot(window: MainWindow, path: str) -> None:
    """Save the window once the first queue page and the selected ticket had time to paint."""

    def grab() -> None:
        window.grab().save(path)
        print(f"kefu: screenshot saved to {path}", file=sys.stderr)
        QApplication.quit()

    QTimer.singleShot(1200, grab)


def _open(args: argparse.Namespace) -> Store:
    if args.demo and not args.db:
        return open_store(str(demo_db_path()))
    return open_store(args.db)


def _has_shops(store: Store) -> bool:
    return bool(lookups.shops(store.sessions))


class _Progress(QObject):
    sig_progress = Signal(int, int)


def _build_demo(store: Store) -> bool:
    """Build the demo shop on a worker thread while a progress dialog shows how far it got."""
    from app.demo import build_demo  # the generator is only needed on first use

    dialog = QProgressDialog(
        QCoreApplication.translate("Launch", "Creating the demo shop…"), "", 0, 100
    )
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)
    relay = _Progress()
    relay.sig_progress.connect(lambda done, total: dialog.setValue(int(100 * done / max(total, 1))))
    loop = QEventLoop()
    outcome: list[bool] = []

    def finish(ok: bool) -> None:
        outcome.append(ok)
        loop.quit()

    run_op(relay, lambda: build_demo(store, progress=relay.sig_progress.emit)).on_success(
        lambda _summary: finish(True)
    ).on_failure(lambda exc: (log.error("demo build failed: %s", exc), finish(False))).start()
    if not outcome:
        loop.exec()
    dialog.close()
    return outcome == [True]


def _login(agents: list[AgentInfo], args: argparse.Namespace, settings) -> AgentInfo | None:  # noqa: ANN001
    username = args.user or (DEMO_USER if args.demo else None)
    raw = settings.value("last_agent")
    last = uuid.UUID(raw) if raw else None
    agent = pick_agent(agents, username=username, last=last)
    if agent is not None:
        return agent
    dialog = LoginDialog(agents, last)
    return dialog.chosen() if dialog.exec() else None


def _no_such_agent(username: str, agents: list[AgentInfo]) -> str:
    known = ", ".join(a.username for a in agents)
    return (
        QCoreApplication.translate("Launch", "No agent named “%1” in this database. Agents: %2")
        .replace("%1", username)
        .replace("%2", known)
    )


def _fail(message: str) -> int:
    print(f"kefu: {message}", file=sys.stderr)
    if QApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, QCoreApplication.translate("Launch", "Kefu Desk"), message)
    return 2
