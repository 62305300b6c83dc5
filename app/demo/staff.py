"""The demo team, the buyer tags, the quick phrases and the feedback collected for operations.

The workstation logs in as ``demo`` (售后-小周, an after-sale agent) in demo mode.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import FeedbackKind, Role, TagKind


@dataclass(frozen=True)
class AgentDef:
    username: str
    display_name: str
    role: Role
    compensation_limit_fen: int
    price_change_limit_fen: int
    can_adjust_refund: bool
    home_shop: str | None  # a ShopDef.key


DEMO_USERNAME = "demo"

AGENTS = (
    AgentDef("demo", "售后-小周", Role.AFTERSALE, 5_000, 0, False, "clothes"),
    AgentDef("ajie", "售后-阿杰", Role.AFTERSALE, 5_000, 0, False, "furniture"),
    AgentDef("xiaomei", "售前-小美", Role.PRESALE, 0, 2_000, False, "clothes"),
    AgentDef("xiaolin", "售前-小林", Role.PRESALE, 0, 2_000, False, "tea"),
    AgentDef("chenjie", "主管-陈姐", Role.SUPERVISOR, 100_000, 50_000, True, None),
    AgentDef("admin", "管理员-老王", Role.ADMIN, 1_000_000, 1_000_000, True, None),
)


@dataclass(frozen=True)
class TagDef:
    name: str
    kind: TagKind
    color: str
    weight: int  # how often buyers carry it


TAGS = (
    TagDef("直播间", TagKind.SOURCE, "#FF6B81", 16),
    TagDef("聚划算", TagKind.SOURCE, "#FF9F43", 8),
    TagDef("短视频种草", TagKind.SOURCE, "#F368E0", 6),
    TagDef("双11活动", TagKind.SOURCE, "#EE5253", 5),
    TagDef("18-24岁", TagKind.AGE, "#48DBFB", 5),
    TagDef("25-30岁", TagKind.AGE, "#0ABDE3", 9),
    TagDef("31-40岁", TagKind.AGE, "#2E86DE", 8),
    TagDef("宝妈", TagKind.GENDER, "#FF9FF3", 9),
    TagDef("男性买家", TagKind.GENDER, "#54A0FF", 4),
    TagDef("偏好顺丰", TagKind.PREFERENCE, "#10AC84", 7),
    TagDef("价格敏感", TagKind.PREFERENCE, "#1DD1A1", 6),
    TagDef("只喝绿茶", TagKind.PREFERENCE, "#00B894", 3),
    TagDef("喜欢简约风", TagKind.PREFERENCE, "#8395A7", 3),
    TagDef("VIP 老客", TagKind.OTHER, "#F6B93B", 8),
    TagDef("疑似恶意退款", TagKind.RISK, "#E53935", 2),
    TagDef("频繁退货", TagKind.RISK, "#C0392B", 2),
    TagDef("职业差评师", TagKind.RISK, "#B71C1C", 1),
)


@dataclass(frozen=True)
class PhraseDef:
    group: str
    title: str
    body: str
    shop: str | None = None  # a ShopDef.key; None = every shop
    owner: str | None = None  # a username; None = shared


PHRASES = (
    PhraseDef("欢迎语", "通用欢迎", "亲，您好～欢迎光临，我是客服，有什么可以帮您的吗？"),
    PhraseDef("欢迎语", "夜间欢迎", "亲，晚上好～客服在的，您慢慢说，我都会认真看的。"),
    PhraseDef(
        "欢迎语", "童装尺码", "亲，告诉我宝宝的身高体重，我帮您推荐合适的尺码哦～", "clothes"
    ),
    PhraseDef(
        "欢迎语", "茶叶推荐", "亲，您平时喜欢喝绿茶还是红茶呀？我给您推荐几款口碑好的～", "tea"
    ),
    PhraseDef(
        "欢迎语", "家具尺寸", "亲，家具请先量好摆放空间的尺寸，我帮您核对是否合适哦～", "furniture"
    ),
    PhraseDef(
        "催付", "库存紧张", "亲，您拍下的宝贝还没付款哦，这款库存不多了，付款后48小时内发货～"
    ),
    PhraseDef(
        "催付", "优惠提醒", "亲，今天下单还能用店铺满减券，付款后我马上安排仓库给您优先发出～"
    ),
    PhraseDef(
        "催付",
        "发票说明",
        "亲，我们是天猫官方店，支持开具电子发票，付款后在订单里申请就可以～",
        "furniture",
    ),
    PhraseDef(
        "催付", "订单提醒", "{buyer}您好，订单{order_no}还没付款哦，今天付款还能用{coupon}～"
    ),
    PhraseDef("欢迎语", "有货", "亲，{product}现在有货的，付款后48小时内发出哦～"),
    PhraseDef("物流", "发货时间", "亲，您的订单会在{ship_by}前发出，发货后第一时间告诉您单号～"),
    PhraseDef(
        "催付", "开发票", "亲，支持开具电子发票的，付款后在订单详情里申请，抬头和税号填好就行～"
    ),
    PhraseDef("催付", "运费合并", "亲，您分开拍的几单我帮您把运费合并成一次，改好价您再付款哦～"),
    PhraseDef(
        "物流", "已发货", "亲，您的包裹已经发出啦，{carrier}单号{tracking}，可以随时查看物流哦～"
    ),
    PhraseDef(
        "物流",
        "物流停滞",
        "亲，非常理解您着急的心情，我这边已经联系快递核实，有进展第一时间告诉您。",
    ),
    PhraseDef(
        "物流", "顺丰说明", "亲，默认发中通/韵达，指定顺丰需要补10元差价，补完我给您备注发顺丰～"
    ),
    PhraseDef(
        "物流",
        "大件配送",
        "亲，大件家具由京东物流送货上门，送货前师傅会电话预约时间哦～",
        "furniture",
    ),
    PhraseDef("售后", "道歉安抚", "亲，非常抱歉给您带来不好的体验，您先别着急，我马上帮您处理。"),
    PhraseDef(
        "售后", "要图片", "亲，麻烦您拍一下商品问题处和快递面单的照片发给我，我好帮您登记处理～"
    ),
    PhraseDef(
        "售后",
        "退货地址",
        "亲，退货请寄回：浙江省杭州市余杭区仓前街道仓储中心 售后组收，请勿寄到付，运费我们补给您。",
    ),
    PhraseDef(
        "售后", "七天无理由", "亲，商品在不影响二次销售的情况下支持七天无理由退货，吊牌请保留哦。"
    ),
    PhraseDef(
        "售后", "补偿说明", "亲，给您带来不便真的很抱歉，这边给您申请{amount}元补偿，您看可以吗？"
    ),
    PhraseDef(
        "售后", "我的结束语", "亲，问题已经帮您处理好啦，后续有任何问题随时找小周～", owner="demo"
    ),
    PhraseDef(
        "物流",
        "我的催件",
        "亲，我已经帮您催促快递加急派送了，今天之内会有更新，辛苦您再等等～",
        owner="demo",
    ),
    PhraseDef(
        "欢迎语",
        "小美欢迎",
        "亲爱的～我是小美，宝宝的衣服有任何问题都可以问我哦！",
        "clothes",
        "xiaomei",
    ),
)


@dataclass(frozen=True)
class FeedbackDef:
    shop: str
    kind: FeedbackKind
    product: str  # a Product.code
    text: str


FEEDBACK = (
    FeedbackDef(
        "clothes",
        FeedbackKind.DEFECT,
        "WY01",
        "藏青色卫衣洗后掉色，多位买家反馈，建议质检抽查面料色牢度",
    ),
    FeedbackDef("clothes", FeedbackKind.PRODUCT, "YR05", "买家希望羽绒服出160cm大码"),
    FeedbackDef(
        "clothes",
        FeedbackKind.CAMPAIGN,
        "QZ02",
        "直播间优惠券领取后下单不能用，买家反映力度不如上次",
    ),
    FeedbackDef("clothes", FeedbackKind.DEFECT, "NZ03", "牛仔裤尺码偏小，建议详情页提示拍大一码"),
    FeedbackDef("tea", FeedbackKind.DEFECT, "LJ01", "龙井礼盒外罐运输中容易压扁，建议加厚泡沫"),
    FeedbackDef("tea", FeedbackKind.PRODUCT, "PE02", "老客希望普洱出小饼装（100g），方便试喝"),
    FeedbackDef("tea", FeedbackKind.LOGISTICS, "CJ08", "茶具易碎，韵达破损率高，建议改发顺丰"),
    FeedbackDef("furniture", FeedbackKind.DEFECT, "CZ01", "餐桌桌面开裂两起，疑似木材含水率偏高"),
    FeedbackDef(
        "furniture", FeedbackKind.LOGISTICS, "SF02", "沙发送货上楼费纠纷多，建议下单页写清楚"
    ),
    FeedbackDef(
        "furniture", FeedbackKind.CAMPAIGN, "CH03", "聚划算实木床价格比日常还高，买家质疑先涨后降"
    ),
)

# Lines passed to operations from tickets (one in a few return and quality tickets).
TICKET_FEEDBACK = {
    "clothes": (FeedbackKind.DEFECT, "洗后掉色"),
    "tea": (FeedbackKind.DEFECT, "茶叶有陈味，疑似受潮"),
    "furniture": (FeedbackKind.DEFECT, "板材开裂/异响"),
}
