"""Build ``tests/data/schema_0001.db``: a stored database of the first released schema.

Run once (``uv run python tests/data/make_schema_0001.py``) and commit the file; the test
``tests/app/test_migrations.py`` upgrades a copy with the current code. The rows are written
with plain SQL in the storage format of schema 0001 (ids as 32 hex digits, times as naive
UTC text), so the script keeps working however the models change later.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TARGET = HERE / "schema_0001.db"

# Fixed ids (UUIDv7-shaped) and times, so the file is the same whenever it is rebuilt.
IDS = {
    "shop": "019ca9a0e3007a01800000000000a001",
    "agent": "019ca9a0e3007a01800000000000a002",
    "customer": "019ca9a0e3007a01800000000000a003",
    "order": "019ca9a0e3007a01800000000000a004",
    "item1": "019ca9a0e3007a01800000000000a005",
    "item2": "019ca9a0e3007a01800000000000a006",
    "ticket": "019ca9a0e3007a01800000000000a007",
    "msg1": "019ca9a0e3007a01800000000000a008",
    "msg2": "019ca9a0e3007a01800000000000a009",
    "tag": "019ca9a0e3007a01800000000000a00a",
    "ctag": "019ca9a0e3007a01800000000000a00b",
    "tic_item": "019ca9a0e3007a01800000000000a00c",
}
T0 = "2026-02-20 02:00:00.000000"  # order placed (UTC)
T1 = "2026-02-28 06:30:00.000000"  # ticket opened
T2 = "2026-02-28 06:31:00.000000"  # buyer message
T3 = "2026-02-28 06:35:00.000000"  # reply
DUE = "2026-02-28 10:35:00.000000"

ROWS: list[tuple[str, dict[str, object]]] = [
    (
        "shops",
        dict(id=IDS["shop"], name="抖音旗舰店", platform="douyin", timezone="Asia/Shanghai",
             settings="{}", created_at=T0, updated_at=T0, version=1),
    ),
    (
        "agents",
        dict(id=IDS["agent"], username="xiaowang", display_name="小王", role="aftersale",
             compensation_limit_fen=5000, price_change_limit_fen=0, can_adjust_refund=0,
             active=1, created_at=T0, updated_at=T0, version=1),
    ),
    (
        "customers",
        dict(id=IDS["customer"], shop_id=IDS["shop"], platform_buyer_id="dy-88001",
             nickname="小鹿乱撞", phone_masked="138****5678", note="", created_at=T0,
             updated_at=T0, version=1),
    ),
    (
        "orders",
        dict(id=IDS["order"], shop_id=IDS["shop"], customer_id=IDS["customer"],
             order_no="6931027745120381", payment_method="online", status="signed",
             goods_fen=13790, discount_fen=1000, shipping_fen=0, paid_fen=12790, placed_at=T0,
             paid_at=T0, settled=0, flag="yellow", flag_remark="仓库核对色差",
             buyer_remark="", created_at=T0, updated_at=T0, version=1),
    ),
    (
        "order_items",
        dict(id=IDS["item1"], order_id=IDS["order"], line_no=1, sku="TS-WHITE-L",
             product_id="p-1001", title="纯棉圆领T恤 白色 L", category="apparel", quantity=2,
             unit_price_fen=5900, discount_fen=856, aftersale="requested", created_at=T0,
             updated_at=T0, version=1),
    ),
    (
        "order_items",
        dict(id=IDS["item2"], order_id=IDS["order"], line_no=2, sku="SOCK-3",
             product_id="p-2002", title="男士中筒袜 三双装", category="apparel", quantity=1,
             unit_price_fen=1990, discount_fen=144, aftersale="none", created_at=T0,
             updated_at=T0, version=1),
    ),
    (
        "tickets",
        dict(id=IDS["ticket"], shop_id=IDS["shop"], kind="quality_claim", status="open",
             priority="high", subject="T恤洗后掉色", customer_id=IDS["customer"],
             order_id=IDS["order"], assignee_id=IDS["agent"], created_by=IDS["agent"],
             due_at=DUE, active=1, due_rule="next_touch:open", last_message_at=T3,
             created_at=T1, updated_at=T3, version=3),
    ),
    (
        "ticket_items",
        dict(id=IDS["tic_item"], ticket_id=IDS["ticket"], order_item_id=IDS["item1"],
             created_at=T1, updated_at=T1, version=1),
    ),
    (
        "messages",
        dict(id=IDS["msg1"], ticket_id=IDS["ticket"], kind="buyer", body="衣服洗了有点掉色",
             at=T2, created_at=T2, updated_at=T2, version=1),
    ),
    (
        "messages",
        dict(id=IDS["msg2"], ticket_id=IDS["ticket"], kind="reply", author_id=IDS["agent"],
             body="亲，麻烦拍一下掉色的位置，我们帮您处理", at=T3, created_at=T3, updated_at=T3,
             version=1),
    ),
    (
        "tags",
        dict(id=IDS["tag"], name="老客户", kind="preference", color="#22aa55", created_at=T0,
             updated_at=T0, version=1),
    ),
    (
        "customer_tags",
        dict(id=IDS["ctag"], customer_id=IDS["customer"], tag_id=IDS["tag"],
             tagged_by=IDS["agent"], tagged_at=T1, created_at=T1, updated_at=T1, version=1),
    ),
]  # fmt: skip


def build(target: Path = TARGET) -> Path:
    sys.path.insert(0, str(ROOT))
    from alembic import command

    from app.db.engine import make_engine
    from app.db.store import alembic_config

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{target}")
    with engine.begin() as conn:
        cfg = alembic_config(engine.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    conn = sqlite3.connect(target)
    with conn:
        for table, row in ROWS:
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return target


if __name__ == "__main__":
    print(build())
