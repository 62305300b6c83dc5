"""Chat scripts for what went wrong with the parcel: wrong item, missing item, lost parcel,
and small defects settled with compensation."""

from __future__ import annotations

from app.demo.script import Script
from app.models import TicketKind

WRONG_ITEM = Script(
    subjects=("错发货：{short}", "买家反馈发错{color}"),
    openers={
        "clothes": (
            "收到的颜色不对，我买的是{color}",
            "发错尺码了，我拍的{size}，收到的是{other_size}",
        ),
        "tea": ("我买的是{short}，收到的是茉莉花茶", "拍的是清香型，发来的是浓香型"),
        "furniture": ("{short}颜色发错了，我要的是橡木色", "{short}尺寸发错了，跟订单不一样"),
    },
    replies={
        "*": (
            "亲，非常抱歉给您带来不好的体验，麻烦您拍一下商品和快递面单的照片，我马上核实",
            "亲，真的很抱歉，发错货是我们的失误，您拍个照片给我，我立刻给您处理",
        ),
    },
    buyer_more=("[图片] 你看，明显不对", "那怎么办？我急着用", "照片发你了"),
    agent_more=(
        "亲，核实了是仓库发错了，实在抱歉！给您补发正确的{label}，48小时内发出，"
        "错发的那件寄回或者留着都可以",
        "亲，给您换货处理，来回运费我们承担，收到退回的商品马上给您发{label}",
    ),
    close_buyer=("好的，尽快发吧", "收到正确的了，谢谢", "行，这次别再错了"),
    close_agent=("给您添麻烦了，已经跟仓库强调了核对流程～",),
    notes=(
        "仓库核实：拣货错误，已安排补发{label}",
        "补发需48小时内上传真实单号",
        "错发件让买家到付寄回",
    ),
    waits={"waiting_customer": ("亲，麻烦您拍一下收到的商品和吊牌、快递面单的照片，我马上核实～",)},
)

MISSING_ITEM = Script(
    subjects=("少发漏发：{short}", "买家反馈少件"),
    openers={
        "clothes": ("少发了一件，订单里的{short}没收到", "买了两件只收到一件"),
        "tea": ("茶具少了两个杯子", "礼盒里少了一罐茶叶"),
        "furniture": ("{short}少了一包螺丝配件，没法装", "{short}只到了一个包裹，还有一件呢"),
    },
    replies={
        "*": (
            "亲，非常抱歉给您带来不好的体验，我马上联系仓库核实重量，麻烦您拍一下包裹和面单",
            "亲，真不好意思让您白等了，我这就去仓库和快递那边核对重量",
        ),
    },
    buyer_more=("都拆开看了，确实没有", "能直接补发吗", "那我要退那件的钱"),
    agent_more=(
        "亲，核实了出库重量比应有的少，确实是仓库漏发了，马上给您补发～",
        "亲，您希望补发还是退款？我都可以帮您处理",
    ),
    close_buyer=("补发的收到了", "好的，退款收到了"),
    close_agent=("再次抱歉，已经提醒仓库打包时复核～",),
    notes=(
        "称重核对：应重{expected}g，仓库出库{warehouse}g，快递揽收{carrier_g}g，确认少发",
        "已让仓库调监控、复核出库重量",
        "仓库确认漏发，已安排补发",
    ),
)

LOST_PARCEL = Script(
    subjects=("丢件：{carrier}{tracking}", "疑似丢件，买家未收到"),
    openers={
        "*": (
            "快递显示签收了，但我根本没收到",
            "一周都没动静了，快递是不是丢了",
            "物流显示已签收，问了门卫也没有",
        ),
    },
    replies={
        "*": (
            "亲，非常抱歉给您带来不好的体验，我马上联系{carrier}核实包裹去向",
            "亲，非常理解您的着急，包裹的事我来跟快递交涉，您先别担心",
        ),
    },
    buyer_more=("那我的东西怎么办？", "我急用，能先补发吗", "不想等了，退款吧"),
    agent_more=(
        "亲，{carrier}确认包裹丢失了，先给您补发一份，今天发出，快递那边由我们去索赔",
        "亲，确认丢件了，先给您全额退款，您看可以吗？",
    ),
    close_buyer=("好的，这次收到了", "退款收到了"),
    close_agent=("给您添麻烦了，后续有问题随时联系我～",),
    notes=(
        "{carrier}确认丢件，已提交理赔",
        "先补发后索赔，理赔单已提交",
        "快递网点承认误签收，已报丢失",
    ),
    waits={
        "waiting_warehouse": ("亲，{carrier}正在查包裹，最晚明天给结果，有消息第一时间告诉您～",)
    },
)

COMPENSATION = Script(
    subjects=("协商补偿：{short}", "{short}小瑕疵，买家要补偿"),
    openers={
        "clothes": ("{short}袖口有个线头，还有一点污渍", "{short}上有个小洞，不想退了太麻烦"),
        "tea": ("茶叶罐子压扁了，送人不好看了", "茶叶袋子漏气了"),
        "furniture": ("{short}有一道划痕，不想退，太麻烦了", "{short}抽屉有点卡"),
    },
    replies={
        "*": (
            "亲，非常抱歉给您带来不好的体验，麻烦您拍一下照片，我这边帮您申请补偿～",
            "亲，真的很抱歉，收到这样的商品心情肯定不好，您拍个照片我马上处理",
        ),
    },
    buyer_more=("[图片] 照片发你了", "能补多少？", "补偿一下就行，我不想退了"),
    agent_more=(
        "亲，给您申请了{amount}元补偿，通过平台打款给您，您看可以吗？",
        "亲，这个金额超出我的权限了，我帮您申请主管审批，请稍等",
    ),
    close_buyer=("好吧，可以", "行，补偿收到了", "才{amount}块？算了，就这样吧"),
    close_agent=("感谢亲的理解，补偿已经登记好了～",),
    notes=("已登记返款{amount}元", "买家不想退货，协商补偿处理"),
)

SCRIPTS = {
    TicketKind.WRONG_ITEM: WRONG_ITEM,
    TicketKind.MISSING_ITEM: MISSING_ITEM,
    TicketKind.LOST_PARCEL: LOST_PARCEL,
    TicketKind.COMPENSATION: COMPENSATION,
}
