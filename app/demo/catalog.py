"""The demo shops: which platform, which carriers, how much cash on delivery, what they sell
(see :mod:`app.demo.products`)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo import products
from app.demo.draw import pick
from app.demo.products import Product
from app.models import Platform


@dataclass(frozen=True)
class ShopDef:
    key: str  # clothes, tea, furniture: which chat templates fit
    code: str
    name: str
    platform: Platform
    weight: int  # share of the tickets
    carriers: tuple[str, ...]
    cod_share: float  # share of orders paid cash on delivery
    products: tuple[Product, ...]


CLOTHES = ShopDef(
    key="clothes",
    code="XMA",
    name="小棉袄童装旗舰店",
    platform=Platform.DOUYIN,
    weight=45,
    carriers=("中通快递", "圆通速递", "韵达快递", "极兔速递", "申通快递", "顺丰速运"),
    cod_share=0.12,
    products=products.CLOTHES_PRODUCTS,
)

TEA = ShopDef(
    key="tea",
    code="SYC",
    name="山野茶舍",
    platform=Platform.TAOBAO,
    weight=30,
    carriers=("顺丰速运", "中通快递", "韵达快递", "EMS"),
    cod_share=0.0,
    products=products.TEA_PRODUCTS,
)

FURNITURE = ShopDef(
    key="furniture",
    code="JJJ",
    name="简居家具官方旗舰店",
    platform=Platform.TMALL,
    weight=25,
    carriers=("京东物流", "顺丰速运"),
    cod_share=0.0,
    products=products.FURNITURE_PRODUCTS,
)

SHOPS = (CLOTHES, TEA, FURNITURE)


def pick_products(rng: random.Random, shop: ShopDef, count: int) -> list[Product]:
    if count == 1:
        return [pick(rng, shop.products)]
    return rng.sample(shop.products, min(count, len(shop.products)))


def variant(rng: random.Random, shop: ShopDef, product: Product) -> tuple[str, str]:
    """A variant of ``product``: (SKU, label)."""
    code, label = pick(rng, product.variants)
    return f"{shop.code}-{product.code}-{code}", label


def color_of(label: str) -> str:
    """The colour part of a variant label ("藏青色 120cm" -> "藏青色")."""
    return label.split(" ")[0]
