"""The shape of a chat script, and the lines every kind of case can share.

A :class:`Script` holds, for one ticket kind, the lines a transcript is built from (see
:mod:`app.demo.transcript`). Lines are ``str.format`` templates over the placeholders of
:data:`PLACEHOLDERS`. Buyer openers may differ by shop (``clothes``, ``tea``, ``furniture``);
the ``"*"`` entry fits every shop. Agent replies to complaints start with empathy, as the
shop's SOP asks (动心: acknowledge the feeling before explaining).
"""

from __future__ import annotations

from dataclasses import dataclass, field

PLACEHOLDERS = (
    "short",
    "label",
    "color",
    "size",
    "other_size",
    "sku",
    "new_label",
    "new_sku",
    "carrier",
    "tracking",
    "return_tracking",
    "days",
    "date",
    "amount",
    "gift",
    "city",
    "hub",
    "issue",
    "expected",
    "warehouse",
    "carrier_g",
    "order_no",
    "reason",
)

Lines = tuple[str, ...]


@dataclass(frozen=True)
class Script:
    subjects: Lines
    openers: dict[str, Lines]  # buyer's first message, by shop key or "*"
    replies: dict[str, Lines]  # the agent's first answer, by shop key or "*"
    buyer_more: Lines  # what the buyer says next
    agent_more: Lines  # the agent's proposal or solution
    close_buyer: Lines
    close_agent: Lines
    notes: Lines  # internal notes
    nudges: Lines = ("在吗？", "有人吗？", "客服在吗？急", "？？", "人呢？怎么没人回复")
    outreach: Lines = ()  # when the agent starts the conversation (催付, 差评回访)
    system: Lines = ()  # the platform's own line that opens a synced after-sale request
    waits: dict[str, Lines] = field(default_factory=dict)  # by status: the agent's last line


def lines_for(table: dict[str, Lines], shop_key: str) -> Lines:
    """The lines for ``shop_key``: its own and the shared ones."""
    return table.get(shop_key, ()) + table.get("*", ())


# The agent's last line while the ticket waits on someone, when the script has none.
WAITS: dict[str, Lines] = {
    "waiting_customer": (
        "亲，麻烦您拍一下商品问题处和快递面单的照片发给我，我好帮您登记处理～",
        "亲，您看这个方案可以吗？可以的话回复我一下，我马上给您安排哦～",
    ),
    "waiting_warehouse": (
        "亲，我已经联系仓库核实了，有结果第一时间告诉您，请您稍等～",
        "亲，仓库正在帮您查，今天下班前一定给您答复。",
    ),
    "waiting_platform": (
        "亲，售后已经提交平台处理，平台一般1-3天给出结果，请您耐心等待～",
        "亲，平台小二正在审核，我们这边的材料都已经提交了，有结果马上通知您。",
    ),
    "escalated": (
        "亲，这个情况我已经上报主管，主管会尽快给您答复，请您稍等～",
        "亲，您的诉求超出了我的权限，已经帮您申请主管审批了，今天内回复您。",
    ),
}

WAIT_NOTES: dict[str, Lines] = {
    "waiting_warehouse": ("已提交仓库核实，等仓库回复", "已在仓库群里催了，等回复"),
    "waiting_platform": ("已在平台提交售后处理，等待审核", "平台介入中，举证材料已上传"),
    "escalated": (
        "超出我的权限，已转主管陈姐审批",
        "买家情绪激动，要求赔偿金额超过50元，已上报主管",
    ),
}

THANKS_BUYER: Lines = ("好的，谢谢", "行，辛苦了", "好的，收到", "嗯嗯，谢谢客服")
THANKS_AGENT: Lines = (
    "感谢亲的理解和支持，有任何问题随时找我哦～",
    "不客气亲，给您添麻烦了，祝您生活愉快～",
)
