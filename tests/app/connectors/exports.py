"""Export files as the platforms write them, built inside the tests.

- Douyin's order report: CSV in UTF-8 with a BOM (or XLSX), one row per sub-order.
- Taobao/Tmall seller centre: an orders file and an order-details file, CSV in GBK, numbers
  guarded as ``="..."`` so Excel keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

DOUYIN_HEADER = (
    "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码",
    "商品单价", "订单应付金额", "运费", "优惠总金额", "收件人", "收件人手机号", "订单提交时间",
    "支付完成时间", "承诺发货时间", "发货时间", "订单完成时间", "订单状态", "售后状态",
    "快递公司", "快递单号", "买家留言", "商家备注", "支付方式",
)  # fmt: skip


def douyin_row(
    order_no: str,
    sub_no: str,
    *,
    title: str = "纯棉圆领T恤",
    spec: str = "白色 L",
    qty: str = "1",
    price: str = "59.00",
    payable: str | None = None,
    state: str = "已发货",
    placed: str = "2026-02-20 10:00:00",
    paid: str = "2026-02-20 10:01:30",
    shipped: str = "2026-02-21 09:00:00",
    receiver: str = "张*",
    phone: str = "138****1234",
    sku: str = "TS-W-L",
    discount: str = "0",
) -> list[str]:
    payable = payable if payable is not None else price
    return [
        order_no, sub_no, title, spec, qty, "3581234567", sku, price, payable, "0", discount,
        receiver, phone, placed, paid, "2026-02-22 10:01:30", shipped, "", state, "",
        "中通快递", "ZT7712345678", "", "", "在线支付",
    ]  # fmt: skip


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    encoding: str = "utf-8-sig",
    guard: Sequence[int] = (),
) -> Path:
    """A CSV as exported; columns at ``guard`` are written as ``="..."`` unquoted, as the
    Taobao export does."""
    with path.open("w", encoding=encoding, newline="") as fh:
        fh.write(",".join(header) + "\r\n")
        for row in rows:
            cells = []
            for i, cell in enumerate(row):
                if i in guard and cell:
                    cells.append(f'="{cell}"')
                else:
                    cells.append(_quoted(cell))
            fh.write(",".join(cells) + "\r\n")
    return path


def _quoted(cell: str) -> str:
    if any(ch in cell for ch in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def douyin_csv(path: Path, rows: Sequence[Sequence[str]], **kw: object) -> Path:
    return write_csv(path, DOUYIN_HEADER, rows, **kw)


TAOBAO_ORDERS_HEADER = (
    "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "买家支付积分",
    "总金额", "返点积分", "买家实际支付金额", "买家实际支付积分", "订单状态", "买家留言",
    "收货人姓名", "收货地址", "运送方式", "联系电话", "联系手机", "订单创建时间", "订单付款时间",
    "宝贝标题", "宝贝种类", "物流单号", "物流公司", "订单备注", "宝贝总数量", "确认收货时间",
)  # fmt: skip
TAOBAO_DETAILS_HEADER = (
    "订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注",
    "订单状态", "商家编码",
)  # fmt: skip


def taobao_order(
    order_no: str,
    *,
    buyer: str = "tb小鹿",
    goods: str = "137.90",
    paid: str = "127.90",
    state: str = "卖家已发货，等待买家确认",
    placed: str = "2026-02-18 20:15:00",
) -> list[str]:
    return [
        order_no, buyer, "", goods, "0.00", "0", goods, "0", paid, "0", state, "请发顺丰",
        "张三", "浙江省 杭州市 西湖区", "快递", "", "'13812345678", placed,
        "2026-02-18 20:16:00", "纯棉圆领T恤", "2", "SF1234567890", "顺丰速运", "", "3", "",
    ]  # fmt: skip


def taobao_detail(
    order_no: str, title: str, price: str, qty: str, sku: str, spec: str = ""
) -> list[str]:
    return [order_no, title, price, qty, "", spec, "", "", "卖家已发货，等待买家确认", sku]


def taobao_pair(
    tmp: Path, orders: Sequence[Sequence[str]], details: Sequence[Sequence[str]]
) -> tuple[Path, Path]:
    """The seller centre's two files, in GBK, order numbers guarded as ``="..."``."""
    a = write_csv(
        tmp / "ExportOrderList.csv", TAOBAO_ORDERS_HEADER, orders, encoding="gbk", guard=(0, 21)
    )
    b = write_csv(
        tmp / "ExportOrderDetailList.csv",
        TAOBAO_DETAILS_HEADER,
        details,
        encoding="gbk",
        guard=(0,),
    )
    return a, b
