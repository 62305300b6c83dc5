"""Orders as the platform knows them, and their items with each item's after-sale state."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, SyncMixin, str_enum
from app.models.enums import FlagColor, ItemAfterSale, OrderStatus, PaymentMethod


class Order(IdMixin, SyncMixin, Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("shop_id", "order_no"),
        Index("ix_orders_customer", "customer_id", "placed_at"),
        Index("ix_orders_status", "shop_id", "status", "placed_at"),
    )

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    order_no: Mapped[str] = mapped_column(String(40))
    payment_method: Mapped[PaymentMethod] = mapped_column(
        str_enum(PaymentMethod), default=PaymentMethod.ONLINE
    )
    status: Mapped[OrderStatus] = mapped_column(str_enum(OrderStatus))
    goods_fen: Mapped[int] = mapped_column(default=0)  # sum of item prices x quantities
    discount_fen: Mapped[int] = mapped_column(default=0)  # order-level discount
    shipping_fen: Mapped[int] = mapped_column(default=0)
    paid_fen: Mapped[int] = mapped_column(default=0)
    placed_at: Mapped[DateTime]
    paid_at: Mapped[DateTime | None] = mapped_column(default=None)
    shipped_at: Mapped[DateTime | None] = mapped_column(default=None)
    signed_at: Mapped[DateTime | None] = mapped_column(default=None)
    confirmed_at: Mapped[DateTime | None] = mapped_column(default=None)
    completed_at: Mapped[DateTime | None] = mapped_column(default=None)
    ship_by: Mapped[DateTime | None] = mapped_column(default=None)  # platform exp_ship_time
    carrier: Mapped[str | None] = mapped_column(String(40), default=None)
    tracking_no: Mapped[str | None] = mapped_column(String(40), default=None)
    settled: Mapped[bool] = mapped_column(default=False)
    flag: Mapped[FlagColor] = mapped_column(str_enum(FlagColor), default=FlagColor.NONE)
    flag_remark: Mapped[str] = mapped_column(String(500), default="")
    buyer_remark: Mapped[str] = mapped_column(String(500), default="")

    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order", order_by="OrderItem.line_no", lazy="selectin"
    )


class OrderItem(IdMixin, SyncMixin, Base):
    __tablename__ = "order_items"
    __table_args__ = (Index("ix_order_items_order", "order_id", "line_no"),)

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"))
    line_no: Mapped[int] = mapped_column(default=1)
    sku: Mapped[str] = mapped_column(String(64))
    product_id: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(64), default="")
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price_fen: Mapped[int] = mapped_column(default=0)
    discount_fen: Mapped[int] = mapped_column(default=0)  # allocated share of order discounts
    aftersale: Mapped[ItemAfterSale] = mapped_column(
        str_enum(ItemAfterSale), default=ItemAfterSale.NONE
    )

    order: Mapped[Order] = relationship(back_populates="items")

    @property
    def amount_fen(self) -> int:
        return self.unit_price_fen * self.quantity - self.discount_fen
