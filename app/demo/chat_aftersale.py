"""Chat scripts for after-sale requests: return, exchange, refund only, quality claim,
dispute (platform intervention) and bad-review follow-up."""

from __future__ import annotations

from app.demo.script import Script
from app.models import TicketKind

RETURN = Script(
    subjects=("退货退款：{short}", "七天无理由退货：{short}", "买家申请退货：{issue}"),
    openers={
        "clothes": (
            "衣服洗了有点掉色，我要退货",
            "{short}洗了有点掉色，还能退吗？",
            "尺码偏小，穿不上，想退",
            "颜色和图片差别太大了，想退货",
        ),
        "tea": ("茶叶喝着有股陈味，想退", "买多了，没拆封，想退一盒"),
        "furniture": ("{short}颜色和图片差太多了，想退货", "{short}尺寸不合适，放不下"),
    },
    replies={
        "clothes": ("亲，非常抱歉给您带来不好的体验，掉色的情况麻烦您拍个照片给我看看～",),
        "*": (
            "亲，非常抱歉给您带来不好的体验，没问题的，我帮您处理退货～",
            "亲，非常理解，买到不合适的确实闹心，我这就给您走退货流程",
        ),
    },
    system=("买家发起退货退款申请，原因：{reason}",),
    buyer_more=("[图片] 洗了一次就这样了", "退货运费谁出？", "吊牌已经剪了，还能退吗"),
    agent_more=(
        "亲，已经同意退货了，退货地址在售后单里，运费我们承担，收到货后马上给您退款",
        "亲，吊牌剪了并且洗过的话影响二次销售，七天无理由是不支持的，不过质量问题我们会负责",
    ),
    close_buyer=("好的，已经寄回了，单号{return_tracking}", "退款收到了，谢谢"),
    close_agent=("亲，退款已经原路退回，1-3个工作日到账，给您添麻烦了～",),
    notes=(
        "买家反馈洗后掉色，已登记反馈给商品部",
        "退货已入库，检验无误，同意退款",
        "已下水洗涤、吊牌已剪，拒绝七天无理由",
    ),
    waits={"waiting_customer": ("亲，退货寄出后把单号发我一下，我帮您盯着仓库签收～",)},
)

EXCHANGE = Script(
    subjects=("换货：{short}", "买家申请换{new_label}"),
    openers={
        "clothes": ("想换大一码，{size}小了", "{color}不太喜欢，能换成燕麦色吗"),
        "tea": ("铁观音想换成清香型的",),
        "furniture": ("{short}想换成白色的", "能换个颜色吗？跟家里不搭"),
    },
    replies={
        "*": (
            "亲，可以换的哦～麻烦您在售后里申请换货，把商品寄回来，我们收到后马上给您换新的发出",
            "亲，理解的，颜色不搭确实难受，给您安排换货，运费我们承担",
        ),
    },
    system=("买家发起换货申请：{label} 换 {new_label}",),
    buyer_more=("寄回了，单号{return_tracking}", "换货要多久？"),
    agent_more=("亲，收到您寄回的商品了，换的{new_label}今天已经发出，{carrier}单号{tracking}",),
    close_buyer=("收到了，这次合适", "好的谢谢"),
    close_agent=("亲，合适就好，有问题随时找我～",),
    notes=("换货：{sku} 换 {new_sku}", "收到退回商品，检验无误，已发新货"),
)

REFUND_ONLY = Script(
    subjects=("仅退款：{short}", "未发货退款"),
    openers={
        "*": (
            "不想要了，还没发货就退款吧",
            "拍重复了，退一件",
            "等太久了，不要了，退款吧",
        ),
    },
    replies={
        "*": (
            "亲，非常抱歉没能让您满意，我这边帮您处理退款～",
            "亲，好的，未发货的订单我马上同意退款",
        ),
    },
    system=("买家申请仅退款，原因：{reason}",),
    buyer_more=("多久能到账？", "优惠券能退回来吗？"),
    agent_more=(
        "亲，退款已经同意了，原路退回，一般1-3个工作日到账",
        "亲，退一件的话满减优惠会重新分摊，退款金额是{amount}元，您看一下",
    ),
    close_buyer=("收到了", "好的"),
    close_agent=("亲，退款已处理，期待您下次光临～",),
    notes=("未发货退款，已拦截仓库出库", "订单优惠重新分摊后退款{amount}元"),
)

QUALITY_CLAIM = Script(
    subjects=("质量问题：{issue}", "{short}质量投诉"),
    openers={
        "furniture": (
            "{short}桌面开裂了，才用了一个月",
            "床板一翻身就咯吱响",
            "沙发坐垫塌陷了，这质量也太差了",
        ),
        "clothes": ("羽绒服跑绒很严重", "鞋子穿了一周就开胶了"),
        "tea": ("茶具有裂纹，一倒水就漏", "茶饼里面发霉了"),
    },
    replies={
        "*": (
            "亲，非常抱歉给您带来不好的体验，麻烦您拍一下问题部位的照片或者视频，我们马上判断处理",
            "亲，遇到这种情况换谁都生气，您先别急，发个视频给我，我马上给您处理",
        ),
    },
    buyer_more=("[视频] 你看这个裂缝", "照片发你了，这质量也太差了"),
    agent_more=(
        "亲，看了视频确实是质量问题，给您两个方案：一是上门维修，二是补偿{amount}元，您看哪个合适？",
        "亲，质量问题我们包退包换，运费我们承担",
    ),
    close_buyer=("那就补偿吧", "维修好了，谢谢", "好的，换新的吧"),
    close_agent=("再次抱歉，问题已经反馈给工厂改进～",),
    notes=("质量问题，已提交照片给工厂判定", "工厂判定属质量问题，同意包赔", "预约师傅上门维修"),
)

DISPUTE = Script(
    subjects=("纠纷：平台介入", "小二介入：{short}"),
    openers={
        "*": (
            "我要投诉，凭什么拒绝退货",
            "平台介入了，你们等着",
            "我已经申请小二介入了",
        ),
    },
    replies={
        "*": (
            "亲，非常理解您的心情，给您带来困扰真的很抱歉，我们再沟通一下好吗？",
            "亲，真的很抱歉让您这么生气，您的诉求我都记下了，我们一起想办法解决",
        ),
    },
    system=("买家申请平台客服介入，原因：{reason}",),
    buyer_more=("没什么好说的，等平台判", "要么退款，要么我给差评"),
    agent_more=("亲，我们已经把聊天记录和商品照片提交给平台了，尊重平台的判定结果",),
    close_buyer=("算了，就这样吧", "平台判了，我接受"),
    close_agent=("亲，给您添麻烦了，以后有问题可以先直接找我沟通～",),
    notes=(
        "买家申请平台介入，准备申诉材料：进货凭证、品牌授权、聊天记录",
        "已提交申诉，等待小二判定",
        "协商失败，按平台要求上传举证",
    ),
    waits={"waiting_platform": ("亲，申诉材料已提交，平台会在3个工作日内判定，请您耐心等待～",)},
)

BAD_REVIEW = Script(
    subjects=("差评回访：{short}", "中差评处理：{issue}"),
    openers={"*": ("东西太差了，已经给差评了", "你们这个{short}{issue}，差评")},
    replies={
        "*": (
            "亲，非常抱歉给您带来不好的体验，您说的问题我们已经反馈给商品部了",
            "亲，看到您的评价心里很过意不去，想了解一下具体是什么情况？",
        ),
    },
    outreach=(
        "亲，您好，看到您给了中评，说{short}{issue}，非常抱歉，想了解一下具体情况",
        "亲，打扰了，看到您的差评很抱歉，{issue}的问题我们一定改进",
    ),
    buyer_more=("你们改了我再考虑", "补偿一下我就追评"),
    agent_more=("亲，给您申请了{amount}元补偿，不强求改评价，只希望您下次购物愉快",),
    close_buyer=("好吧，我追评一下", "行吧"),
    close_agent=("谢谢亲的理解，您的意见我们一定改进～",),
    notes=("带图差评，已电话回访", "买家同意追评，已补偿{amount}元", "疑似职业差评师，已上报"),
    waits={
        "waiting_customer": (
            "亲，给您申请的补偿已经登记了，方便的时候追评一下可以吗？不方便也没关系的～",
        )
    },
)

SCRIPTS = {
    TicketKind.RETURN: RETURN,
    TicketKind.EXCHANGE: EXCHANGE,
    TicketKind.REFUND_ONLY: REFUND_ONLY,
    TicketKind.QUALITY_CLAIM: QUALITY_CLAIM,
    TicketKind.DISPUTE: DISPUTE,
    TicketKind.BAD_REVIEW: BAD_REVIEW,
}
