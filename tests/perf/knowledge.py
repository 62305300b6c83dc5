"""Product knowledge search benchmark: ``uv run python -m tests.perf.knowledge [--entries N]``.

Saves N entries (default 20,000: products and their SKUs, every section filled) into a fresh
store with their pinyin initials, as the service does, loads one shop's entries as the
search dialog does when it opens, builds the index with a ticket's products first, then
times the filter per keystroke (:meth:`KnowledgeIndex.filter`) for pinyin-initial and
Chinese queries. Target: under 20 ms median per filter over 20,000 entries. A query that
matches fewer entries than the dialog shows (50) scans every entry: the rare ones are the
worst case.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from app.db.store import open_store
from app.models import Platform, ProductKnowledge, Shop, new_id
from app.queries.product_knowledge import entries
from app.services.knowledge_text import KnowledgeIndex, index_initials
from tests.perf.timing import Result, summarize, times_ms

TARGET_MS = 20.0
RUNS = 50
QUERIES = ("hdsm", "掉色", "cm", "纯棉", "ssl", "尺码偏小", "xyj", "洗衣机", "不存在的词", "zzq")
RARE = ("不存在的词", "zzq")
WORDS = {
    "selling_points": ("A类纯棉,亲肤透气", "加厚抓绒,冬季保暖", "弹力面料,不勒肚子", "防泼水"),
    "size_chart": ("110cm:身高100-110", "尺码偏小建议拍大一码", "L:胸围104 衣长68"),
    "material_care": ("100%棉,冷水手洗", "可机洗,不可漂白", "洗衣机轻柔模式", "平铺晾干"),
    "faq": (
        "会掉色吗｜首次洗涤轻微浮色属正常\n会缩水吗｜预缩处理,缩水率小于3%",
        "起球吗｜精梳棉不易起球\n有味道吗｜拆开通风半天即可",
        "偏大还是偏小｜标准尺码,胖宝宝拍大一码",
    ),
    "pairs_with": ("搭配牛仔裤", "配小白鞋", "叠穿马甲"),
    "brand_story": ("小棉袄创立于2012年,专注儿童纯棉服饰", "山野茶舍,三代制茶"),
    "audience": ("3-8岁儿童", "怕冷的宝宝", "送礼长辈"),
}
TITLES = ("儿童纯棉卫衣", "女童碎花连衣裙", "男童牛仔裤", "加绒打底裤", "明前龙井", "羽绒马甲")


def build(db: Path, n: int) -> tuple[object, object]:
    store = open_store(str(db))
    rng = random.Random(20000)
    with store.sessions.begin() as s:
        shop = Shop(name="bench", platform=Platform.DOUYIN)
        s.add(shop)
        s.flush()
        for i in range(n):
            product, variant = divmod(i, 5)
            sections = {k: rng.choice(v) for k, v in WORDS.items()}
            title = f"{TITLES[product % len(TITLES)]} {product}"
            sku = f"P{product}-V{variant}" if variant else ""
            s.add(
                ProductKnowledge(
                    id=new_id(),
                    shop_id=shop.id,
                    product_id=f"P{product}",
                    sku=sku,
                    title=title if not sku else f"{title} {sku}",
                    warehouse="",
                    initials=index_initials(title, sections),
                    **sections,
                )
            )
        shop_id = shop.id
    return store, shop_id


def run(n: int) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        store, shop_id = build(Path(tmp) / "knowledge.db", n)
        started = time.perf_counter()
        rows = entries(store.sessions, shop_id)
        load_ms = (time.perf_counter() - started) * 1000
        assert len(rows) == n
        started = time.perf_counter()
        index = KnowledgeIndex(rows, skus={"P7-V2"}, products={"P7", "P300"})
        index_ms = (time.perf_counter() - started) * 1000
        assert index.entries[0].sku == "P7-V2"
        results = [
            summarize(f"load the entries ({n:,})", [load_ms], None, None),
            summarize("index them for the search", [index_ms], None, None),
        ]
        for query in QUERIES:
            found = index.filter(query)
            assert bool(found) != (query in RARE), f"unexpected result for {query!r}"
            ms = times_ms(lambda _i, q=query: index.filter(q), RUNS)
            results.append(summarize(f"search filter: {query}", ms, None, TARGET_MS))
        store.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.knowledge")
    parser.add_argument("--entries", type=int, default=20_000)
    args = parser.parse_args(argv)
    results = run(args.entries)
    print(f"{'operation':36} {'median ms':>9} {'p95 ms':>9}  {'target':>8}")
    for r in results:
        target = f"< {r.target_ms:g}" if r.target_ms else "-"
        print(
            f"{r.name:36} {r.median_ms:9.2f} {r.p95_ms:9.2f}  {target:>8}  "
            f"{'ok' if r.ok else 'MISSED'}"
        )
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
