"""A ticket's transcript as printable HTML and as plain text.

Internal notes stay out unless asked for: a transcript is what the buyer and the shop said.
Times are in the shop's time zone.
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from app.models import MessageKind
from app.queries.tickets import MessageRow, TicketDetail, conversation, load_ticket

WHO = {
    MessageKind.BUYER: "买家",
    MessageKind.REPLY: "客服",
    MessageKind.NOTE: "内部备注",
    MessageKind.SYSTEM: "系统",
}


@dataclass(frozen=True)
class Transcript:
    detail: TicketDetail
    messages: tuple[MessageRow, ...]

    def local(self, at) -> str:  # noqa: ANN001
        return at.in_timezone(self.detail.shop_tz).format("YYYY-MM-DD HH:mm:ss")


def load_transcript(
    sessions: sessionmaker[Session], ticket_id: uuid.UUID, *, notes: bool = False
) -> Transcript:
    detail = load_ticket(sessions, ticket_id, with_windows=False)
    rows = [m for m in conversation(sessions, ticket_id) if notes or m.kind != MessageKind.NOTE]
    return Transcript(detail, tuple(rows))


def _speaker(t: Transcript, m: MessageRow) -> str:
    if m.kind == MessageKind.BUYER:
        return f"{WHO[m.kind]} {t.detail.customer.nickname}"
    return f"{WHO.get(m.kind, m.kind.value)} {m.author}".strip()


def _heading(t: Transcript) -> list[tuple[str, str]]:
    d = t.detail
    rows = [
        ("店铺 Shop", f"{d.shop_name} ({d.platform.value})"),
        ("买家 Buyer", d.customer.nickname),
    ]
    if d.order is not None:
        rows.append(("订单 Order", d.order.order_no))
    rows.append(("工单 Ticket", d.subject or str(d.id)))
    return rows


def transcript_text(t: Transcript) -> str:
    lines = [f"{k}: {v}" for k, v in _heading(t)]
    lines.append("")
    for m in t.messages:
        lines.append(f"[{t.local(m.at)}] {_speaker(t, m)}")
        lines.extend(f"    {line}" for line in m.body.splitlines() or [""])
    return "\n".join(lines) + "\n"


STYLE = """
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif;
       max-width: 46em; margin: 2em auto; color: #222; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
dt { color: #666; } .msg { margin: .8em 0; page-break-inside: avoid; }
.meta { color: #666; font-size: .9em; } .body { white-space: pre-wrap; margin-top: .2em; }
.buyer .body { background: #f4f4f4; padding: .4em .6em; border-radius: 4px; }
.reply .body { background: #eaf3ff; padding: .4em .6em; border-radius: 4px; }
.note .body { background: #fff8e0; padding: .4em .6em; border-radius: 4px; }
@media print { body { margin: 0; } }
"""


def transcript_html(t: Transcript) -> str:
    e = html.escape
    head = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in _heading(t))
    body = "".join(
        f'<div class="msg {m.kind.value}"><div class="meta">{e(t.local(m.at))} · '
        f'{e(_speaker(t, m))}</div><div class="body">{e(m.body)}</div></div>'
        for m in t.messages
    )
    title = e(f"聊天记录 Transcript · {t.detail.subject or t.detail.customer.nickname}")
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{STYLE}</style></head><body><h1>{title}</h1><dl>{head}</dl>{body}</body></html>\n"
    )
