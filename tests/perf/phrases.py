"""Quick-phrase picker benchmark: ``uv run python -m tests.perf.phrases [--phrases N]``.

Saves N phrases (default 5,000) into a fresh store with their pinyin initials, as the
service does, loads the library the picker loads once when it opens, then times the picker's
filter per keystroke (:func:`app.services.phrase_text.filter_phrases`) for pinyin-initial and
Chinese queries. Target: under 20 ms median per filter over 5,000 phrases. Queries that match fewer phrases
than the picker shows (50) scan every phrase, so ``x``-like rare queries are the worst case.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from app.db.store import open_store
from app.demo.staff import PHRASES
from app.models import Agent, QuickPhrase, Role, new_id
from app.queries.phrases import library
from app.services.phrase_text import PhraseIndex, index_text
from tests.perf.timing import Result, summarize, times_ms

TARGET_MS = 20.0
RUNS = 50
QUERIES = ("fh", "yfh", "kd", "sf", "mfbc", "发货", "顺丰", "zzq", "退款运费")
FRAGMENTS = (
    "亲，您好",
    "已经发货",
    "顺丰包邮",
    "库存紧张",
    "付款后48小时内发出",
    "满199减20",
    "尺码偏小建议拍大一码",
    "支持七天无理由",
    "电子发票",
    "物流停滞",
    "非常抱歉",
    "仓库加急",
    "赠品随单",
    "京东物流送货上门",
    "茶叶请密封保存",
    "宝宝身高体重",
)


def build(db: Path, n: int) -> tuple[object, object]:
    store = open_store(str(db))
    rng = random.Random(5000)
    with store.sessions.begin() as s:
        agent = Agent(username="bench", display_name="bench", role=Role.PRESALE)
        s.add(agent)
        s.flush()
        for i in range(n):
            base = PHRASES[i % len(PHRASES)]
            body = "，".join(rng.sample(FRAGMENTS, 3)) + "。" + base.body
            title = f"{base.title}{i}"
            s.add(
                QuickPhrase(
                    id=new_id(),
                    owner_id=agent.id if i % 5 == 0 else None,
                    group=base.group,
                    title=title,
                    body=body,
                    initials=index_text(title, body, base.group),
                    use_count=rng.randrange(1000),
                )
            )
        agent_id = agent.id
    return store, agent_id


def run(n: int) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        store, agent_id = build(Path(tmp) / "phrases.db", n)
        started = time.perf_counter()
        phrases = library(store.sessions, agent_id)
        load_ms = (time.perf_counter() - started) * 1000
        assert len(phrases) == n
        started = time.perf_counter()
        index = PhraseIndex(phrases)
        index_ms = (time.perf_counter() - started) * 1000
        results = [
            summarize(f"load the library ({n:,} phrases)", [load_ms], None, None),
            summarize("index it for the picker", [index_ms], None, None),
        ]
        for query in QUERIES:
            found = index.filter(query)
            assert found or query in ("zzq", "退款运费"), f"no phrase found for {query!r}"
            ms = times_ms(lambda _i, q=query: index.filter(q), RUNS)
            results.append(summarize(f"picker filter: {query}", ms, None, TARGET_MS))
        store.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.phrases")
    parser.add_argument("--phrases", type=int, default=5_000)
    args = parser.parse_args(argv)
    results = run(args.phrases)
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
