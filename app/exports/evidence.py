"""The dispute evidence pack: one zip a platform reviewer can open and follow.

``index.html`` tells the case: the order and its items, the ticket's timeline, the chat
lines the agent picked, the written reason (all from the ticket's filed appeal), and links
to every file in the pack. The files are the ticket's attachments, copied from the store's
files folder and named by what they are, in numbered folders:

    1-购买凭证 receipts/01-<file name>
    2-品牌授权 brand authorization/01-<file name>
    3-照片 photos/01-<file name>          (photos, labels, videos and other evidence)
"""

from __future__ import annotations

import html
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import InvalidInput
from app.models import Appeal, Attachment
from app.queries.reading import reading
from app.queries.tickets import TicketDetail, load_ticket

FOLDERS = {
    "receipt": "1-购买凭证 receipts",
    "brand_authorization": "2-品牌授权 brand authorization",
}
PHOTOS = "3-照片 photos"
EVENTS = {
    "created": "建单 opened",
    "status": "状态 status",
    "assigned": "指派 assigned",
    "priority": "优先级 priority",
    "reply": "回复 reply",
    "note": "备注 note",
    "buyer": "买家消息 buyer",
    "remedy": "处理记录 remedy",
    "evidence": "证据 evidence",
    "workflow": "流程 procedure",
    "platform": "平台售后 platform",
}


@dataclass(frozen=True)
class PackFile:
    id: uuid.UUID
    filename: str
    sha256: str
    purpose: str
    arcname: str


@dataclass(frozen=True)
class Pack:
    detail: TicketDetail
    reason: str
    chat_lines: tuple[str, ...]
    files: tuple[PackFile, ...]


def load_pack(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> Pack:
    """The case as the pack tells it; refused when the ticket has no filed appeal."""
    detail = load_ticket(sessions, ticket_id, with_windows=False)
    with reading(sessions) as conn:
        appeal = conn.execute(
            select(Appeal.reason, Appeal.evidence)
            .where(Appeal.ticket_id == ticket_id, Appeal.deleted_at.is_(None), Appeal.reason != "")
            .order_by(Appeal.updated_at.desc())
        ).first()
        attachments = conn.execute(
            select(Attachment.id, Attachment.filename, Attachment.sha256, Attachment.purpose)
            .where(Attachment.ticket_id == ticket_id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.added_at, Attachment.id)
        ).all()
    if appeal is None:
        raise InvalidInput(
            "this ticket has no filed appeal: file it first (reason and evidence), then make "
            "the evidence pack",
            field="ticket_id",
        )
    reason, evidence = appeal
    evidence = evidence or {}
    named = {
        "receipt": set(evidence.get("receipts", [])),
        "brand_authorization": set(evidence.get("brand_authorization", [])),
    }
    return Pack(
        detail, reason, tuple(evidence.get("chat_lines", [])), _arranged(attachments, named)
    )


def _arranged(attachments: list, named: dict[str, set[str]]) -> tuple[PackFile, ...]:
    """Each file in its folder, numbered in the order it was added. The appeal's lists of
    receipts and authorizations (ids or file names) decide too, whatever the file's purpose."""
    counters: dict[str, int] = {}
    out = []
    for aid, filename, sha, purpose in attachments:
        kind = purpose
        for role, names in named.items():
            if str(aid) in names or filename in names:
                kind = role
        folder = FOLDERS.get(kind, PHOTOS)
        counters[folder] = counters.get(folder, 0) + 1
        safe = Path(filename).name.replace("/", "_") or "file"
        out.append(PackFile(aid, filename, sha, kind, f"{folder}/{counters[folder]:02d}-{safe}"))
    return tuple(out)


def write_pack(pack: Pack, files_dir: Path, target: Path) -> Path:
    """The zip: index.html and the files; a file missing from the store is named in the index
    as missing rather than left out silently. Written aside first, then moved in place."""
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    missing: set[uuid.UUID] = set()
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for f in pack.files:
            source = Path(files_dir) / f.sha256[:2] / f.sha256
            if source.is_file():
                zf.write(source, f.arcname)
            else:
                missing.add(f.id)
        zf.writestr("index.html", index_html(pack, missing))
    partial.replace(target)
    return target


def index_html(pack: Pack, missing: set[uuid.UUID] = frozenset()) -> str:
    e = html.escape
    d = pack.detail
    tz = d.shop_tz

    def local(at) -> str:  # noqa: ANN001
        return at.in_timezone(tz).format("YYYY-MM-DD HH:mm")

    parts = [f"<h1>申诉材料 Evidence · {e(d.subject or d.customer.nickname)}</h1>"]
    facts = [
        ("店铺 Shop", f"{d.shop_name} ({d.platform.value})"),
        ("买家 Buyer", d.customer.nickname),
    ]
    if d.order is not None:
        o = d.order
        facts += [
            ("订单号 Order", o.order_no),
            ("下单 Placed", local(o.placed_at)),
            ("签收 Signed", local(o.signed_at) if o.signed_at else "—"),
            ("实付 Paid", f"¥{o.paid_fen / 100:.2f}"),
        ]
    parts.append(
        "<h2>订单 Order</h2><dl>"
        + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts)
        + "</dl>"
    )
    if d.order is not None and d.order.items:
        rows = "".join(
            f"<tr><td>{e(i.title)}</td><td>{e(i.sku)}</td><td>{i.quantity}</td>"
            f"<td>¥{i.amount_fen / 100:.2f}</td></tr>"
            for i in d.order.items
        )
        parts.append(
            "<table><tr><th>商品 Item</th><th>SKU</th><th>数量 Qty</th><th>金额 Amount</th></tr>"
            + rows
            + "</table>"
        )
    parts.append("<h2>申诉理由 Reason</h2>" + f'<p class="reason">{e(pack.reason)}</p>')
    parts.append(
        "<h2>聊天记录摘录 Chat lines</h2><ol>"
        + "".join(f"<li><blockquote>{e(line)}</blockquote></li>" for line in pack.chat_lines)
        + "</ol>"
    )
    parts.append("<h2>附件 Files</h2><ul>")
    for f in pack.files:
        if f.id in missing:
            parts.append(f"<li>{e(f.arcname)} — 文件缺失 missing from the store</li>")
        else:
            parts.append(f'<li><a href="{e(f.arcname)}">{e(f.arcname)}</a></li>')
    parts.append("</ul><h2>处理经过 Timeline</h2><table>")
    for ev in d.timeline:
        what = EVENTS.get(ev.kind, ev.kind)
        detail = ", ".join(
            f"{k}: {v}"
            for k, v in ev.data.items()
            if k in ("after", "excerpt", "record", "event", "state", "reason") and v
        )
        parts.append(
            f"<tr><td>{e(local(ev.at))}</td><td>{e(ev.actor or '系统')}</td><td>{e(what)}</td><td>{e(detail)}</td></tr>"
        )
    parts.append("</table>")
    style = (
        "body{font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif;"
        "max-width:56em;margin:2em auto;color:#222}dl{display:grid;grid-template-columns:"
        "max-content 1fr;gap:.2em 1em}dt{color:#666}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left}"
        "blockquote{margin:0;white-space:pre-wrap}.reason{white-space:pre-wrap}"
    )
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>申诉材料 Evidence</title><style>{style}</style></head><body>"
        + "".join(parts)
        + "</body></html>\n"
    )
