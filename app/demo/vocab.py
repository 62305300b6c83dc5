"""Chinese word lists for the demo shops: buyers, phones, carriers, remarks and places.

Everything here is plain data plus a few small functions that draw from it with the
generator's seeded ``random.Random``, so the same seed gives the same buyers.
"""

from __future__ import annotations

import random

from app.demo.draw import below, between, pick

# ---- buyers --------------------------------------------------------------------------

NAMES = (
    "小王",
    "小李",
    "阿珍",
    "大刘",
    "莉莉",
    "晓峰",
    "婷婷",
    "老陈",
    "小雨",
    "阿杰",
    "佳佳",
    "小鹿",
    "胖虎",
    "安安",
    "果果",
    "大壮",
    "思思",
    "乐乐",
    "阿宝",
    "小芳",
    "子涵",
    "一一",
)
HOBBIES = (
    "爱购物",
    "买买买",
    "在路上",
    "的妈妈",
    "宝妈",
    "爱喝茶",
    "不吃香菜",
    "爱旅行",
    "早睡早起",
    "今天也要开心",
    "想暴富",
    "爱生活",
    "666",
    "_88",
    "2019",
    "1990",
)
ADJECTIVES = ("快乐的", "爱笑的", "安静的", "努力的", "佛系", "元气", "温柔的", "迷糊的", "勇敢的")
NOUNS = (
    "小猫",
    "橘子",
    "奶茶",
    "向日葵",
    "鲸鱼",
    "小熊",
    "土豆",
    "柠檬",
    "兔子",
    "汤圆",
    "茉莉",
    "星星",
    "蘑菇",
    "西瓜",
    "饺子",
)
LATIN = ("lily", "amy", "coco", "kevin", "tony", "mia", "jack", "lucy", "summer", "momo")

PHONE_HEADS = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "158",
    "159",
    "166",
    "177",
    "180",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "199",
)

CUSTOMER_NOTES = (
    "老客户，回购多次",
    "孩子身高120，平时穿130",
    "只喝绿茶，对价格不敏感",
    "新房装修，可能还会买柜子",
    "送礼用，不要放价格单",
    "电话沟通更方便，微信不常看",
    "上次物流慢有过投诉，注意安抚",
)


def taobao_nickname(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return f"tb_{pick(rng, NAMES)}{pick(rng, HOBBIES)}"
    if roll < 0.55:
        return f"tb{between(rng, 10**9, 10**10 - 1)}"
    if roll < 0.8:
        return f"{pick(rng, ADJECTIVES)}{pick(rng, NOUNS)}{between(rng, 1970, 2009)}"
    return f"{pick(rng, NOUNS)}{pick(rng, LATIN)}_{between(rng, 10, 98)}"


def douyin_nickname(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return f"抖音用户{between(rng, 1000, 10**8 - 1)}"
    if roll < 0.75:
        return f"{pick(rng, ADJECTIVES)}{pick(rng, NOUNS)}"
    return f"{pick(rng, NAMES)}{pick(rng, HOBBIES)}"


def masked_phone(rng: random.Random) -> str:
    return f"{pick(rng, PHONE_HEADS)}****{below(rng, 10_000):04d}"


# ---- carriers and tracking numbers ----------------------------------------------------

SF = "顺丰速运"


def _digits(rng: random.Random, n: int) -> str:
    return f"{below(rng, 10**n):0{n}d}"


def tracking_no(rng: random.Random, carrier: str) -> str:
    """A tracking number of the shape the carrier uses."""
    if carrier == "顺丰速运":
        return "SF" + _digits(rng, 13)
    if carrier == "中通快递":
        return pick(rng, ("75", "78", "73")) + _digits(rng, 10)
    if carrier == "圆通速递":
        return "YT" + _digits(rng, 13)
    if carrier == "申通快递":
        return "77" + _digits(rng, 11)
    if carrier == "韵达快递":
        return pick(rng, ("43", "46", "31")) + _digits(rng, 11)
    if carrier == "极兔速递":
        return "JT" + _digits(rng, 13)
    if carrier == "EMS":
        return "11" + _digits(rng, 11)
    return "JDV" + _digits(rng, 12)


# ---- places, gifts, remarks -------------------------------------------------------------

CITIES = (
    "杭州",
    "上海",
    "广州",
    "深圳",
    "成都",
    "武汉",
    "郑州",
    "西安",
    "南京",
    "长沙",
    "济南",
    "合肥",
    "昆明",
    "沈阳",
    "石家庄",
    "南昌",
    "苏州",
    "东莞",
    "佛山",
    "宁波",
)
HUBS = ("转运中心", "分拨中心", "集散中心")
GIFTS = (
    "儿童袜子一双",
    "试饮装茶叶一份",
    "5元无门槛券",
    "家具保养蜡一瓶",
    "小零食一份",
    "10元店铺券",
)

BUYER_REMARKS = (
    "请尽快发货，谢谢",
    "不要放快递柜，直接送到家",
    "送人的，不要放价格单",
    "发顺丰，运费我补",
    "工作日白天不在家，下午六点后送",
    "麻烦包装结实一点",
    "小区不让快递进，放门卫室",
    "大件请提前打电话预约",
)

# Flag meanings per shop, and remarks agents leave with each colour (插旗备注).
FLAG_MEANINGS = {
    "red": "顺丰发货",
    "yellow": "有赠品",
    "green": "地址已核对",
    "blue": "加急处理",
    "purple": "大件预约配送",
    "grey": "暂缓发货",
}
FLAG_REMARKS = {
    "red": ("买家要求发顺丰，运费已补", "顺丰到付，买家已同意", "发顺丰，补差价10元已付"),
    "yellow": ("赠品：{gift}", "随单送{gift}，别漏放", "老客回购，加送{gift}"),
    "green": ("地址已和买家电话核对", "收件人改为买家母亲，电话已核对"),
    "blue": ("买家周五要用，务必今天发出", "加急！已超发货时效"),
    "purple": ("大件，送货前电话预约", "需上楼，已和物流确认上楼费"),
    "grey": ("买家要求暂缓发货，等通知", "地址待确认，先别发"),
}

REFUSE_REASONS = (
    "商品吊牌已剪，影响二次销售",
    "商品已下水洗涤，不符合七天无理由退货条件",
    "茶叶已拆封冲泡，食品类不支持无理由退货",
)
