<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccountingTab</name>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="54" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="56" />
            <source>Export XLSX…</source>
            <translation>导出 XLSX…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="58" />
            <source>Set a unit cost…</source>
            <translation>设置单位成本…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="84" />
            <source>Refunded on</source>
            <translation>退款日期</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="85" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="86" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="87" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="88" />
            <source>Money from</source>
            <translation>资金来源</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="89" />
            <source>Entry</source>
            <translation>分录</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="90" />
            <source>Account</source>
            <translation>会计科目</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="91" />
            <source>Account (Chinese)</source>
            <translation>会计科目（中文）</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="92" />
            <source>Debit</source>
            <translation>借方</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="93" />
            <source>Credit</source>
            <translation>贷方</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="98" />
            <source>payout</source>
            <translation>货款</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="99" />
            <source>deposit</source>
            <translation>保证金</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="100" />
            <source>payout and deposit</source>
            <translation>货款和保证金</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="101" />
            <source>before settlement</source>
            <translation>结算前</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="111" />
            <source>Working out the journal entries…</source>
            <translation>正在生成会计分录…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="139" />
            <source>%1 refunds, %2 back to buyers</source>
            <translation>%1 笔退款，共退还买家 %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="147" />
            <source>No unit cost for %1: their cost reversal is left out.</source>
            <translation>%1 没有单位成本：未生成其成本结转分录。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="170" />
            <source>refund journal</source>
            <translation>退款分录</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="172" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="185" />
            <source>Refund journal</source>
            <translation>退款分录</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="190" />
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../ui/actions.py" line="72" />
            <source>Next ticket</source>
            <translation>下一个工单</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="74" />
            <source>Previous ticket</source>
            <translation>上一个工单</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="76" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="77" />
            <source>Write a reply</source>
            <translation>写回复</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="78" />
            <source>Write an internal note</source>
            <translation>写内部备注</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="80" />
            <source>Record the buyer's message</source>
            <translation>记录买家消息</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="82" />
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="84" />
            <source>Use the suggested words</source>
            <translation>使用建议话术</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="86" />
            <source>Change status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="87" />
            <source>Tag the buyer</source>
            <translation>给买家打标签</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="88" />
            <source>Assign to me</source>
            <translation>分配给我</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="89" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="90" />
            <source>My tickets</source>
            <translation>我的工单</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="91" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="92" />
            <source>Due soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="93" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="94" />
            <source>Waiting on me</source>
            <translation>待我处理</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="95" />
            <source>All tickets</source>
            <translation>全部工单</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="97" />
            <source>Waiting on suppliers</source>
            <translation>等供应商处理</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="99" />
            <source>Platform rule figures…</source>
            <translation>平台规则时限…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="101" />
            <source>Supervisor console…</source>
            <translation>主管控制台…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="103" />
            <source>My quality reviews…</source>
            <translation>我的质检评分…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="104" />
            <source>Quick phrases…</source>
            <translation>快捷语…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="105" />
            <source>Manage quick phrases…</source>
            <translation>管理快捷语…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="107" />
            <source>Unpaid orders (payment reminders)…</source>
            <translation>未付款订单(催付)…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="110" />
            <source>Change price or shipping…</source>
            <translation>改价/改运费…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="112" />
            <source>Flag orders…</source>
            <translation>插旗备注…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="113" />
            <source>Buyer history…</source>
            <translation>买家历史…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="115" />
            <source>Feedback to operations…</source>
            <translation>反馈给运营…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="117" />
            <source>Feedback list…</source>
            <translation>买家反馈列表…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="118" />
            <source>Carriers…</source>
            <translation>快递选择…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="119" />
            <source>Carriers and flag meanings…</source>
            <translation>快递与旗帜含义…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="120" />
            <source>Tags and customer groups…</source>
            <translation>标签与客户分组…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="121" />
            <source>Import orders…</source>
            <translation>导入订单…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="123" />
            <source>Export the queue view…</source>
            <translation>导出队列视图…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="126" />
            <source>Export the transcript…</source>
            <translation>导出聊天记录…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="129" />
            <source>Evidence pack for the appeal…</source>
            <translation>申诉材料包…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="132" />
            <source>Product knowledge…</source>
            <translation>商品知识库…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="134" />
            <source>Edit product knowledge…</source>
            <translation>编辑商品知识…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="135" />
            <source>Closed shops…</source>
            <translation>已关店铺…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="136" />
            <source>Return addresses…</source>
            <translation>退货地址…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="137" />
            <source>Suppliers…</source>
            <translation>供应商…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="138" />
            <source>More time to return…</source>
            <translation>延长退货期…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="140" />
            <source>Paste a screenshot as evidence</source>
            <translation>粘贴截图作为证据</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="142" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="143" />
            <source>Sync conflicts…</source>
            <translation>同步冲突…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="144" />
            <source>简体中文</source>
            <translation>简体中文</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="145" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="146" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsTab</name>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="23" />
            <source>Compensation</source>
            <translation>补偿</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="24" />
            <source>Price change</source>
            <translation>改价</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="31" />
            <source>via the platform</source>
            <translation>平台返款</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="32" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="33" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="34" />
            <source>bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="35" />
            <source>coupon</source>
            <translation>优惠券</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="43" />
            <source>goods %1 → %2</source>
            <translation>商品应付 %1 → %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="44" />
            <source>shipping %1 → %2</source>
            <translation>运费 %1 → %2</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="63" />
            <source>The shop “%1” is closed: this can no longer be approved. Refuse it, saying why.</source>
            <translation>店铺“%1”已关店，无法再批准。请填写原因后拒绝。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="75" />
            <source>%1 d %2 h</source>
            <translation>%1 天 %2 小时</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="80" />
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="102" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="103" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="104" />
            <source>Agent's limit</source>
            <translation>客服权限额度</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="105" />
            <source>Asked by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="106" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="107" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="108" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="109" />
            <source>Waiting</source>
            <translation>已等待</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="115" />
            <source>A note for the agent; required when refusing</source>
            <translation>给客服的备注；拒绝时必填</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="116" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="118" />
            <source>Refuse</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="120" />
            <source>Open the ticket</source>
            <translation>打开工单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="122" />
            <source>Nothing waits for your approval.</source>
            <translation>没有待你审批的事项。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="192" />
            <source>Say why you refuse: the agent tells the buyer.</source>
            <translation>请写明拒绝原因：客服需要告知买家。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="205" />
            <source>Approved: the agent's procedure goes on.</source>
            <translation>已批准：客服的流程继续。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/approvals.py" line="207" />
            <source>Refused: the agent's procedure offers the alternatives.</source>
            <translation>已拒绝：客服的流程将转向其他方案。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsBox</name>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="119" />
            <location filename="../../ui/ticket/attachments_box.py" line="260" />
            <source>Evidence files (%1)</source>
            <translation>证据文件（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="126" />
            <source>not downloaded yet</source>
            <translation>尚未下载</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="174" />
            <source>Attach files</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="188" />
            <source>The clipboard holds no picture to attach.</source>
            <translation>剪贴板里没有可以添加的图片。</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="211" />
            <source>Attaching…</source>
            <translation>正在添加…</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="229" />
            <source>%1 is too large (%2 MB): files up to %3 MB can be attached. Nothing was added.</source>
            <translation>%1 太大（%2 MB）：只能添加不超过 %3 MB 的文件。没有添加任何文件。</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="248" />
            <source>%1 has not been downloaded yet; it comes with the next sync.</source>
            <translation>%1 尚未下载，下次同步时会自动下载。</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="267" />
            <source>Drop files here or paste a screenshot (Ctrl+Shift+V).</source>
            <translation>把文件拖到这里，或粘贴截图（Ctrl+Shift+V）。</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="268" />
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/attachments_box.py" line="269" />
            <source>Paste screenshot</source>
            <translation>粘贴截图</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="52" />
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="53" />
            <source>Only the ticket open in the main window</source>
            <translation>仅主窗口中打开的工单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="65" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="66" />
            <source>Agent</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="67" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="68" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="69" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="92" />
            <source>Agent:</source>
            <translation>客服：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="96" />
            <source>Action:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="137" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="144" />
            <source>All actions</source>
            <translation>所有操作</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="183" />
            <source>%1 entries</source>
            <translation>%1 条记录</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/audit.py" line="184" />
            <source>scroll for more</source>
            <translation>向下滚动查看更多</translation>
        </message>
    </context>
    <context>
        <name>CarrierStrip</name>
        <message>
            <location filename="../../ui/presale/carrier_panel.py" line="41" />
            <source>The buyer asks about carriers: %1 (Ctrl+Shift+L)</source>
            <translation>买家在问快递:%1(Ctrl+Shift+L)</translation>
        </message>
    </context>
    <context>
        <name>CarrierTable</name>
        <message>
            <location filename="../../ui/presale/carrier_panel.py" line="84" />
            <source>Carriers: double-click to tell the buyer</source>
            <translation>快递:双击告诉买家</translation>
        </message>
        <message>
            <location filename="../../ui/presale/carrier_panel.py" line="87" />
            <source>Carrier</source>
            <translation>快递</translation>
        </message>
        <message>
            <location filename="../../ui/presale/carrier_panel.py" line="88" />
            <source>Speed</source>
            <translation>时效</translation>
        </message>
        <message>
            <location filename="../../ui/presale/carrier_panel.py" line="89" />
            <source>Cost</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../ui/presale/carrier_panel.py" line="90" />
            <source>Buyer adds</source>
            <translation>买家补差</translation>
        </message>
        <message>
            <location filename="../../ui/presale/carrier_panel.py" line="91" />
            <source>Coverage</source>
            <translation>覆盖范围</translation>
        </message>
        <message>
            <location filename="../../ui/presale/carrier_panel.py" line="92" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ChecklistForm</name>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="73" />
            <source>Checklist</source>
            <translation>质检清单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="78" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="78" />
            <source>Partly</source>
            <translation>部分</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="78" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="106" />
            <source>Score: %1 / 100</source>
            <translation>得分：%1 / 100</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="110" />
            <source>Mark every item (%1 left)</source>
            <translation>请逐项打分（还剩 %1 项）</translation>
        </message>
    </context>
    <context>
        <name>ClosedShopsDialog</name>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="90" />
            <source> (closed)</source>
            <translation>(已关店)</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="103" />
            <source>closed %1</source>
            <translation>%1 关店</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/knowledge/closed_shops.py" line="104" />
            <source>%n open ticket(s)</source>
            <translation>
                <numerusform>%n 个未结工单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="112" />
            <source>unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="119" />
            <source>No shop is closed.</source>
            <translation>没有已关店的店铺。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="124" />
            <source>Closed shops still have %1 open tickets; each stays in the queue.</source>
            <translation>已关店铺还有 %1 个未结工单,都留在队列中直到处理完。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="133" />
            <source>Reopen shop</source>
            <translation>重新开店</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="133" />
            <source>Close shop</source>
            <translation>关店</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="143" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="151" />
            <source>Closed shops</source>
            <translation>已关店铺</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="154" />
            <source>Shop / kind</source>
            <translation>店铺 / 类型</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="155" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="156" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="157" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="158" />
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/closed_shops.py" line="159" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="62" />
            <source>Sync conflicts</source>
            <translation>同步冲突</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="67" />
            <source>The team server refused these changes, or a later change kept its value. Nothing was lost: do a change again, or let it go.</source>
            <translation>团队服务器拒绝了这些改动，或者有更晚的改动保留了它的值。没有丢失任何内容：可以重做，也可以放弃。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="76" />
            <source>Made</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="76" />
            <source>Change</source>
            <translation>改动</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="76" />
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="76" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="85" />
            <source>Do again</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="87" />
            <source>Let it go</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="89" />
            <source>Open ticket</source>
            <translation>打开工单</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="118" />
            <source>Applied, but a later change kept its value</source>
            <translation>已生效，但更晚的改动保留了它的值</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="128" />
            <source>No conflicts.</source>
            <translation>没有冲突。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="151" />
            <source>Done again; it goes to the server with the next sync.</source>
            <translation>已重做，下次同步时发送到服务器。</translation>
        </message>
    </context>
    <context>
        <name>ConversationPane</name>
        <message>
            <location filename="../../ui/conversation/pane.py" line="200" />
            <source>Write something first.</source>
            <translation>请先输入内容。</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="226" />
            <source>Reply recorded and copied: paste it into the platform's chat window.</source>
            <translation>回复已记录并复制，请粘贴到平台聊天窗口发送。</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="229" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="280" />
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="280" />
            <source>Internal note</source>
            <translation>内部备注</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="280" />
            <source>Buyer's message</source>
            <translation>买家消息</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="281" />
            <source>Send and copy</source>
            <translation>发送并复制</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="281" />
            <source>Add note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="281" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="283" />
            <source>Answer the buyer: empathy first, then the facts…</source>
            <translation>回复买家：先共情，再讲事实……</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="284" />
            <source>Only agents see notes…</source>
            <translation>备注仅客服可见……</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="285" />
            <source>Paste what the buyer wrote on the platform…</source>
            <translation>粘贴买家在平台上发来的消息……</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/pane.py" line="291" />
            <source>Ctrl+Enter sends · Ctrl+R reply · Ctrl+Shift+N note</source>
            <translation>Ctrl+Enter 发送 · Ctrl+R 回复 · Ctrl+Shift+N 备注</translation>
        </message>
    </context>
    <context>
        <name>ConversionLabel</name>
        <message>
            <location filename="../../ui/presale/conversion_label.py" line="52" />
            <source>Inquiry conversion: buyers whose inquiry you answered first who ordered within the attribution window, of all such buyers</source>
            <translation>询单转化率:由你首次回复的询单买家中,在归因时间内下单的买家所占比例</translation>
        </message>
        <message>
            <location filename="../../ui/presale/conversion_label.py" line="60" />
            <source>My conversion: today %1 · this week %2  </source>
            <translation>我的询单转化:今日 %1 · 本周 %2  </translation>
        </message>
    </context>
    <context>
        <name>CostDialog</name>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="226" />
            <source>Shop:</source>
            <translation>店铺：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="227" />
            <source>SKU:</source>
            <translation>SKU：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="228" />
            <source>Unit cost:</source>
            <translation>单位成本：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/accounting.py" line="231" />
            <source>Unit cost</source>
            <translation>单位成本</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <location filename="../../ui/labels.py" line="139" />
            <source>%1d %2h</source>
            <translation>%1天%2小时</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="145" />
            <source>%1h %2m</source>
            <translation>%1小时%2分</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="150" />
            <source>%1m</source>
            <translation>%1分钟</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="152" />
            <source>overdue %1</source>
            <translation>超时 %1</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../ui/crash.py" line="58" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="60" />
            <source>Something unexpected went wrong. Your work is saved; the details are in the log.</source>
            <translation>发生了意外错误。您的工作已保存，详细信息已写入日志。</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="68" />
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
    </context>
    <context>
        <name>CustomerBox</name>
        <message>
            <location filename="../../ui/ticket/customer_box.py" line="25" />
            <source>no tags</source>
            <translation>暂无标签</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/customer_box.py" line="100" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/customer_box.py" line="101" />
            <source>Tags…</source>
            <translation>标签…</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/supervisor/names.py" line="44" />
            <source>Refund speed (request to refund)</source>
            <translation>退款速度（申请到退款）</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="45" />
            <source>Refund rate per product</source>
            <translation>商品退款率</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="46" />
            <source>Refund rate per SKU</source>
            <translation>SKU 退款率</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="47" />
            <source>Tickets by kind</source>
            <translation>按类型统计工单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="48" />
            <source>Tickets by state</source>
            <translation>按状态统计工单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="49" />
            <source>Promises kept and missed, per rule</source>
            <translation>各规则时效达成情况</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="50" />
            <location filename="../../ui/supervisor/names.py" line="90" />
            <source>Dispute rate</source>
            <translation>纠纷率</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="51" />
            <source>Compensation paid per reason</source>
            <translation>按原因统计已付补偿</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="52" />
            <source>Inquiry conversion per agent</source>
            <translation>客服询单转化率</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="53" />
            <source>DSR per period</source>
            <translation>各时段 DSR</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="54" />
            <source>Defect feedback per product</source>
            <translation>商品缺陷反馈</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="58" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="59" />
            <source>Week of</source>
            <translation>周（起始日）</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="60" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="61" />
            <source>Refunds</source>
            <translation>退款笔数</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="62" />
            <source>Average hours</source>
            <translation>平均时长（小时）</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="63" />
            <source>Within 24 h</source>
            <translation>24 小时内</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="64" />
            <source>Within 48 h</source>
            <translation>48 小时内</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="65" />
            <source>Product id</source>
            <translation>商品 ID</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="66" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="67" />
            <location filename="../../ui/supervisor/names.py" line="100" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="68" />
            <source>Units sold</source>
            <translation>售出件数</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="69" />
            <source>Units refunded</source>
            <translation>退款件数</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="70" />
            <source>Refund rate</source>
            <translation>退款率</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="71" />
            <source>For QC</source>
            <translation>需质检</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="72" />
            <source>QC asked</source>
            <translation>已要求质检</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="73" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="74" />
            <source>Tickets</source>
            <translation>工单数</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="75" />
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="76" />
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="77" />
            <source>Escalated</source>
            <translation>已升级</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="78" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="79" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="80" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="81" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="82" />
            <source>Records</source>
            <translation>记录数</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="83" />
            <source>Kept</source>
            <translation>按时</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="84" />
            <source>Missed</source>
            <translation>超时</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="85" />
            <source>Kept rate</source>
            <translation>达成率</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="86" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="87" />
            <source>Paid orders</source>
            <translation>付款订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="88" />
            <source>Disputes</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="89" />
            <source>Platform interventions</source>
            <translation>平台介入</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="91" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="92" />
            <source>Paid</source>
            <translation>已付笔数</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="93" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="94" />
            <source>Agent</source>
            <translation>客服</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="95" />
            <source>Inquiries</source>
            <translation>咨询数</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="96" />
            <source>With an order</source>
            <translation>关联订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="97" />
            <source>Converted</source>
            <translation>已转化</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="98" />
            <source>Conversion rate</source>
            <translation>转化率</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="99" />
            <source>Entry</source>
            <translation>分录</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="101" />
            <source>From</source>
            <translation>起始</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="102" />
            <source>To</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="103" />
            <source>Item as described</source>
            <translation>描述相符</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="104" />
            <source>Service</source>
            <translation>服务态度</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="105" />
            <source>Logistics</source>
            <translation>物流</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="106" />
            <source>Lowest</source>
            <translation>最低分</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="107" />
            <source>Defect feedback</source>
            <translation>缺陷反馈</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="108" />
            <source>Items in quality claims</source>
            <translation>质量投诉件数</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="109" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="110" />
            <source>Latest feedback</source>
            <translation>最新反馈</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="111" />
            <source>Below the threshold</source>
            <translation>低于警戒线</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="115" />
            <source>Shipped by the ship-by time</source>
            <translation>按承诺时间发货</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="116" />
            <source>Reship within its window</source>
            <translation>补寄按时发出</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="117" />
            <source>Follow-up by its time</source>
            <translation>跟进按时完成</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="118" />
            <source>Refund before deliberate delay</source>
            <translation>退款未构成故意拖延</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="119" />
            <source>Case within the platform's deadline</source>
            <translation>平台时限内处理完毕</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="43" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard.py" line="95" />
            <source>Computing: %v of %m</source>
            <translation>计算中：%v / %m</translation>
        </message>
    </context>
    <context>
        <name>DataEntry</name>
        <message>
            <location filename="../../ui/imports/entry.py" line="68" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="80" />
            <source>Export the queue view</source>
            <translation>导出队列视图</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="82" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="90" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="90" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="90" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="90" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="90" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="91" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="91" />
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="91" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="91" />
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="92" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="92" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="103" />
            <source>Choose a ticket first.</source>
            <translation>请先选择一个工单。</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="113" />
            <source>Export the transcript</source>
            <translation>导出聊天记录</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="115" />
            <source>Printable page (*.html);;Plain text (*.txt)</source>
            <translation>可打印网页 (*.html);;纯文本 (*.txt)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="139" />
            <source>Save the evidence pack</source>
            <translation>保存申诉材料包</translation>
        </message>
        <message>
            <location filename="../../ui/imports/entry.py" line="139" />
            <source>Zip archive (*.zip)</source>
            <translation>压缩包 (*.zip)</translation>
        </message>
    </context>
    <context>
        <name>DsrDialog</name>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="45" />
            <source>Empty: the shop's own rating</source>
            <translation>留空：店铺评分</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="73" />
            <source>Shop:</source>
            <translation>店铺：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="74" />
            <source>Product id:</source>
            <translation>商品 ID：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="75" />
            <source>Product:</source>
            <translation>商品：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="76" />
            <source>From:</source>
            <translation>起始：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="77" />
            <source>To:</source>
            <translation>截止：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="78" />
            <source>Item as described:</source>
            <translation>描述相符：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="79" />
            <source>Service:</source>
            <translation>服务态度：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="80" />
            <source>Logistics:</source>
            <translation>物流服务：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="81" />
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dsr_dialog.py" line="84" />
            <source>Enter DSR</source>
            <translation>录入 DSR</translation>
        </message>
    </context>
    <context>
        <name>EditPanel</name>
        <message>
            <location filename="../../ui/knowledge/edit_panel.py" line="70" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/edit_panel.py" line="71" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/edit_panel.py" line="72" />
            <source>Remove…</source>
            <translation>删除…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="19" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="21" />
            <source>A ticket cannot go from “%1” to “%2”. Possible: %3.</source>
            <translation>工单不能从“%1”改为“%2”。可改为：%3。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="34" />
            <source>The message is too long: at most %1 characters.</source>
            <translation>消息太长：最多 %1 个字。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="37" />
            <source>The message is empty.</source>
            <translation>消息为空。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="39" />
            <source>Something went wrong: %1</source>
            <translation>出错了：%1</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="43" />
            <location filename="../../ui/errors.py" line="83" />
            <source>Not allowed by the platform rules: %1</source>
            <translation>平台规则不允许：%1</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="53" />
            <source>The shop “%1” is closed: it takes no new pre-sale work.</source>
            <translation>店铺“%1”已关店,不再接新的售前工作。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="57" />
            <source>Check this answer: %1</source>
            <translation>请检查此项：%1</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="59" />
            <source>The disk is full. Nothing was saved; your text is kept.</source>
            <translation>磁盘已满，未保存任何内容；您输入的文字仍保留着。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="62" />
            <source>The database is busy. Nothing was saved; try again.</source>
            <translation>数据库正忙，未保存任何内容，请重试。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="65" />
            <source>The database is read-only. Nothing was saved; your text is kept.</source>
            <translation>数据库为只读，未保存任何内容；您输入的文字仍保留着。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="68" />
            <source>The database is damaged. Nothing was saved; your text is kept.</source>
            <translation>数据库已损坏，未保存任何内容；您输入的文字仍保留着。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="71" />
            <source>The change was refused. Nothing was saved; your text is kept.</source>
            <translation>修改被拒绝，未保存任何内容；您输入的文字仍保留着。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="74" />
            <source>Someone changed this ticket meanwhile. It has been reloaded.</source>
            <translation>有人同时修改了此工单，已重新加载。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="77" />
            <source>You are not allowed to do this.</source>
            <translation>您没有权限执行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="80" />
            <source>It no longer exists (it may have been removed).</source>
            <translation>该记录已不存在（可能已被删除）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="86" />
            <source>This record cannot take that step from where it stands now.</source>
            <translation>该记录当前状态下不能执行这一步。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="89" />
            <source>A promise to the buyer is still open (a reship or a follow-up): finish it first.</source>
            <translation>对买家的承诺（补寄或跟进）尚未完成，请先完成。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="93" />
            <source>This procedure is not available (its script is missing or broken).</source>
            <translation>此流程不可用（脚本缺失或有误）。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="96" />
            <source>This ticket already has a procedure going: finish or abandon it first.</source>
            <translation>此工单已有进行中的流程，请先完成或放弃。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="99" />
            <source>The procedure moved on meanwhile; it has been reloaded.</source>
            <translation>流程已被推进，已重新加载。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="102" />
            <source>This procedure has finished or is waiting for a supervisor.</source>
            <translation>此流程已结束或正在等待主管审批。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="105" />
            <source>Cannot go back: what was recorded stays recorded.</source>
            <translation>无法返回：已记录的内容保持不变。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="108" />
            <source>The ticket had moved on meanwhile: this status change no longer fits.</source>
            <translation>工单在此期间已有变化：这次状态变更不再适用。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="111" />
            <source>The same thing already exists on the team server.</source>
            <translation>团队服务器上已有相同的内容。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="114" />
            <source>The team server cannot be reached. Work goes on here and is sent later.</source>
            <translation>连不上团队服务器。可以继续工作，稍后再发送。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="117" />
            <source>The team server wants you to log in again.</source>
            <translation>团队服务器要求重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="120" />
            <source>That is not a server address (use http://HOST:PORT): %1</source>
            <translation>这不是服务器地址（请用 http://主机:端口）：%1</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="123" />
            <source>Something answered at that address, but it is not a Kefu Desk server.</source>
            <translation>该地址有应答，但不是客服工作台的服务器。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="126" />
            <source>The team server runs another version: update the workstation.</source>
            <translation>团队服务器的版本不同：请更新工作台。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="129" />
            <source>This workstation store belongs to another user.</source>
            <translation>这个工作台数据库属于另一位用户。</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="132" />
            <source>The team server lost track of this workstation's changes: %1</source>
            <translation>团队服务器对不上这个工作台的改动：%1</translation>
        </message>
    </context>
    <context>
        <name>ExtensionDialog</name>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="116" />
            <source>granted until %1</source>
            <translation>已同意,延至 %1</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="120" />
            <source>refused: %1</source>
            <translation>已拒绝:%1</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="122" />
            <source>waiting for a decision</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="123" />
            <source>%1 asks until %2</source>
            <translation>%1 申请延至 %2</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="153" />
            <source>Request recorded.</source>
            <translation>已记录申请。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="178" />
            <source>Granted.</source>
            <translation>已同意。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="178" />
            <source>Refused.</source>
            <translation>已拒绝。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="191" />
            <source>More time to return</source>
            <translation>延长退货期</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="192" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="192" />
            <source>Until</source>
            <translation>延至</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="192" />
            <source>Buyer's reason</source>
            <translation>买家理由</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="192" />
            <source>Evidence</source>
            <translation>凭证</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="195" />
            <source>What the buyer showed (required)</source>
            <translation>买家提供的凭证(必填)</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="196" />
            <source>Record request</source>
            <translation>记录申请</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="197" />
            <source>Decision note (required to refuse)</source>
            <translation>处理说明(拒绝时必填)</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="198" />
            <source>Grant</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/extensions.py" line="199" />
            <source>Refuse</source>
            <translation>拒绝</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <location filename="../../ui/presale/feedback.py" line="38" />
            <source>Product wish</source>
            <translation>产品需求</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="39" />
            <source>Defect</source>
            <translation>质量问题</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="40" />
            <source>Campaign</source>
            <translation>活动反馈</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="41" />
            <source>Logistics</source>
            <translation>物流</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="42" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <location filename="../../ui/presale/feedback.py" line="109" />
            <source>Feedback to operations</source>
            <translation>反馈给运营</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="112" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="112" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="112" />
            <source>What the buyer said</source>
            <translation>买家说了什么</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="122" />
            <source>Send to operations</source>
            <translation>发送给运营</translation>
        </message>
    </context>
    <context>
        <name>FeedbackList</name>
        <message>
            <location filename="../../ui/presale/feedback.py" line="184" />
            <source>Export feedback</source>
            <translation>导出反馈</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="184" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/presale/feedback.py" line="193" />
            <source>Exported %n row(s).</source>
            <translation>
                <numerusform>已导出 %n 行。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="200" />
            <source>Feedback from buyers</source>
            <translation>买家反馈</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="204" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="209" />
            <source>Words in the text or the product, then Enter</source>
            <translation>输入内容或商品中的词,回车</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="210" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="213" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="214" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="215" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="216" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="217" />
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/presale/feedback.py" line="218" />
            <source>Agent</source>
            <translation>客服</translation>
        </message>
    </context>
    <context>
        <name>FigureCard</name>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="53" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="55" />
            <source>Export XLSX…</source>
            <translation>导出 XLSX…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="57" />
            <source>Ask warehouse and purchasing for QC</source>
            <translation>请仓库和采购加强质检</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="59" />
            <source>Enter DSR…</source>
            <translation>录入 DSR…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="132" />
            <source>No data in this period.</source>
            <translation>该时段没有数据。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="138" />
            <source>Worked out from pre-sale tickets whose order was paid within %1 days after they opened (the pre-sale desk's own conversion records are not in this database yet).</source>
            <translation>按售前工单计算：工单创建后 %1 天内订单付款即视为转化（售前工作台自己的转化记录尚未进入本数据库）。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="143" />
            <source>Ratings under %1 are marked in red.</source>
            <translation>低于 %1 的评分以红色标出。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="148" />
            <source>A refund counts as deliberately delayed after %1 days from the request (the law's rule table). Rules kept less than 95 % of the time are in red.</source>
            <translation>自申请起超过 %1 天未退款视为故意拖延（法规规则表）。履约率低于 95% 的规则以红色标出。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="153" />
            <source>Rows in red stand out: flag them for stricter QC with the warehouse and purchasing.</source>
            <translation>红色行明显偏高：请仓库和采购加强质检。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="181" />
            <source>Spreadsheet (*%1)</source>
            <translation>表格 (*%1)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="182" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="200" />
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/figure_card.py" line="213" />
            <source>QC asked for %1.</source>
            <translation>已为 %1 提出质检要求。</translation>
        </message>
    </context>
    <context>
        <name>FilesPicker</name>
        <message>
            <location filename="../../ui/workflow/fields.py" line="52" />
            <source>Choose files…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/fields.py" line="61" />
            <source>Evidence files</source>
            <translation>证据文件</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/workflow/fields.py" line="67" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n 个文件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../ui/queue/filters.py" line="61" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../ui/queue/filters.py" line="62" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../ui/queue/filters.py" line="63" />
            <source>All platforms</source>
            <translation>全部平台</translation>
        </message>
        <message>
            <location filename="../../ui/queue/filters.py" line="64" />
            <source>Anyone</source>
            <translation>任何人</translation>
        </message>
        <message>
            <location filename="../../ui/queue/filters.py" line="65" />
            <source>Any tag</source>
            <translation>任意标签</translation>
        </message>
        <message>
            <location filename="../../ui/queue/filters.py" line="67" />
            <source>Any flag</source>
            <translation>任意旗帜</translation>
        </message>
        <message>
            <location filename="../../ui/queue/filters.py" line="68" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../ui/queue/filters.py" line="69" />
            <source>Clear all filters</source>
            <translation>清除所有筛选</translation>
        </message>
    </context>
    <context>
        <name>FlagDialog</name>
        <message>
            <location filename="../../ui/presale/flag_dialog.py" line="128" />
            <source>Carrier for the remark…</source>
            <translation>选快递写入备注…</translation>
        </message>
        <message>
            <location filename="../../ui/presale/flag_dialog.py" line="149" />
            <source>Ship with %1</source>
            <translation>发%1</translation>
        </message>
        <message>
            <location filename="../../ui/presale/flag_dialog.py" line="157" />
            <source>Tick at least one order.</source>
            <translation>请至少勾选一个订单。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/presale/flag_dialog.py" line="163" />
            <source>Flagged %n order(s).</source>
            <translation>
                <numerusform>已插旗 %n 个订单。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/presale/flag_dialog.py" line="174" />
            <source>Flag orders for the warehouse</source>
            <translation>插旗备注(给仓库)</translation>
        </message>
        <message>
            <location filename="../../ui/presale/flag_dialog.py" line="175" />
            <source>Flag</source>
            <translation>旗帜</translation>
        </message>
        <message>
            <location filename="../../ui/presale/flag_dialog.py" line="175" />
            <source>Carrier</source>
            <translation>快递</translation>
        </message>
        <message>
            <location filename="../../ui/presale/flag_dialog.py" line="175" />
            <source>Remark</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/presale/flag_dialog.py" line="178" />
            <source>What the warehouse must know, e.g. ship with SF</source>
            <translation>仓库需要知道的,例如:发顺丰</translation>
        </message>
        <message>
            <location filename="../../ui/presale/flag_dialog.py" line="179" />
            <source>Flag the ticked orders</source>
            <translation>给勾选的订单插旗</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="116" />
            <source>Buyer's note</source>
            <translation>买家备注</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="133" />
            <source>Saved: every agent sees this note.</source>
            <translation>已保存:所有客服都能看到这条备注。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="144" />
            <source>Orders (%1)</source>
            <translation>订单(%1)</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="144" />
            <source>Tickets (%1)</source>
            <translation>工单(%1)</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="144" />
            <source>Notes (%1)</source>
            <translation>备注(%1)</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="149" />
            <source>Buyer history</source>
            <translation>买家历史</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="150" />
            <source>The buyer's note: preferences, what to watch for</source>
            <translation>买家备注:偏好、注意事项</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="151" />
            <source>Save note</source>
            <translation>保存备注</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="154" />
            <source>Order no.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="155" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="156" />
            <source>Placed</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="157" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="158" />
            <source>Flag</source>
            <translation>旗帜</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="162" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="162" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="162" />
            <source>Opened</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../ui/presale/history_dialog.py" line="162" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/imports/dialog.py" line="158" />
            <source>Import orders</source>
            <translation>导入订单</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="159" />
            <location filename="../../ui/imports/dialog.py" line="168" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="160" />
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="161" />
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="162" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="163" />
            <source>Column mapping</source>
            <translation>列对应</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="164" />
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="165" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="166" />
            <source>Edit mapping…</source>
            <translation>编辑列对应…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="167" />
            <source>Save report…</source>
            <translation>保存报告…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="169" />
            <source>Cancel import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="170" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="171" />
            <source>A shop, or the name of a new one</source>
            <translation>选择店铺，或输入新店铺名称</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="174" />
            <source>Orders (order exports)</source>
            <translation>订单（订单导出文件）</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="175" />
            <source>After-sales (after-sale and refund exports)</source>
            <translation>售后（售后/退款导出文件）</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="178" />
            <source>Recognise from the files</source>
            <translation>根据文件自动识别</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="179" />
            <source>Douyin</source>
            <translation>抖音</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="180" />
            <source>Taobao</source>
            <translation>淘宝</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="181" />
            <source>Tmall</source>
            <translation>天猫</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="182" />
            <source>Another file (column mapping)</source>
            <translation>其他文件（按列对应）</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="227" />
            <source>Choose export files</source>
            <translation>选择导出文件</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="229" />
            <source>Exports (*.csv *.xlsx);;All files (*)</source>
            <translation>导出文件 (*.csv *.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="242" />
            <source>Add the file first: the mapping is built from its columns.</source>
            <translation>请先添加文件：列对应按文件的列建立。</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="256" />
            <source>Add the export files to import.</source>
            <translation>请添加要导入的导出文件。</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="264" />
            <source>Build a column mapping for this file first.</source>
            <translation>请先为此文件建立列对应。</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="320" />
            <source>Stopping after the current batch…</source>
            <translation>当前批次完成后停止…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="329" />
            <location filename="../../ui/imports/dialog.py" line="335" />
            <source>Reading the files…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="336" />
            <source>Saving orders…</source>
            <translation>正在保存订单…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="337" />
            <source>Saving after-sale cases…</source>
            <translation>正在保存售后单…</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="346" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="346" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="358" />
            <source>%1 created, %2 updated, %3 unchanged, %4 rows rejected</source>
            <translation>新建 %1，更新 %2，未变 %3，拒绝 %4 行</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="374" />
            <source>Save the rejected rows</source>
            <translation>保存被拒绝的行</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="374" />
            <source>CSV (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/imports/dialog.py" line="390" />
            <source>Rejected rows saved to %1</source>
            <translation>被拒绝的行已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <location filename="../../ui/imports/fields.py" line="8" />
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="9" />
            <source>Sub-order number</source>
            <translation>子订单号</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="10" />
            <source>Buyer account</source>
            <translation>买家账号</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="11" />
            <source>Buyer nickname</source>
            <translation>买家昵称</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="12" />
            <source>Receiver</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="13" />
            <source>Receiver phone</source>
            <translation>收件人电话</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="14" />
            <source>Order state</source>
            <translation>订单状态</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="15" />
            <source>Payment method</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="16" />
            <source>Order time</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="17" />
            <source>Payment time</source>
            <translation>付款时间</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="18" />
            <source>Shipping time</source>
            <translation>发货时间</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="19" />
            <source>Signed-for time</source>
            <translation>签收时间</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="20" />
            <source>Trade success time</source>
            <translation>交易成功时间</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="21" />
            <source>Ship-by time</source>
            <translation>承诺发货时间</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="22" />
            <source>Goods amount</source>
            <translation>商品金额</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="23" />
            <source>Shipping fee</source>
            <translation>运费</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="24" />
            <source>Order discount</source>
            <translation>订单优惠</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="25" />
            <source>Amount paid</source>
            <translation>实付金额</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="26" />
            <source>Carrier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="27" />
            <source>Tracking number</source>
            <translation>快递单号</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="28" />
            <source>Buyer's message</source>
            <translation>买家留言</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="29" />
            <source>Seller remark</source>
            <translation>商家备注</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="30" />
            <source>Flag colour</source>
            <translation>旗帜颜色</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="31" />
            <source>Product title</source>
            <translation>商品名称</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="32" />
            <source>Product options</source>
            <translation>商品规格</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="33" />
            <source>SKU code</source>
            <translation>商家编码</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="34" />
            <source>Product ID</source>
            <translation>商品ID</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="35" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="36" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="37" />
            <source>Item amount payable</source>
            <translation>商品应付金额</translation>
        </message>
        <message>
            <location filename="../../ui/imports/fields.py" line="38" />
            <source>Item discount</source>
            <translation>商品优惠</translation>
        </message>
    </context>
    <context>
        <name>Knowledge</name>
        <message>
            <location filename="../../ui/knowledge/sections.py" line="8" />
            <source>Selling points</source>
            <translation>卖点</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/sections.py" line="9" />
            <source>Size chart</source>
            <translation>尺码表</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/sections.py" line="10" />
            <source>Material and care</source>
            <translation>材质与洗护</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/sections.py" line="11" />
            <source>Frequent questions (question｜answer per line)</source>
            <translation>常见问题（每行：问题｜答案）</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/sections.py" line="12" />
            <source>Goes well with</source>
            <translation>搭配推荐</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/sections.py" line="13" />
            <source>Brand story</source>
            <translation>品牌故事</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/sections.py" line="14" />
            <source>Who it is for</source>
            <translation>适合人群</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeEditor</name>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="118" />
            <source> (closed)</source>
            <translation>（已关店）</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="182" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="200" />
            <source>Deleted.</source>
            <translation>已删除。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="210" />
            <source>Import product knowledge</source>
            <translation>导入商品知识</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="210" />
            <source>Sheets (*.csv *.xlsx)</source>
            <translation>表格 (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="226" />
            <source>%1: %2 rows imported, %3 not imported.</source>
            <translation>%1：已导入 %2 行，%3 行未导入。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="230" />
            <source>Row %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="238" />
            <source>Edit product knowledge</source>
            <translation>编辑商品知识</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="240" />
            <source>Product id</source>
            <translation>商品ID</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="241" />
            <source>SKU (empty: whole product)</source>
            <translation>SKU（留空：整个商品）</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="242" />
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="243" />
            <source>Ships from warehouse</source>
            <translation>发货仓</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="247" />
            <source>One per line: question｜answer</source>
            <translation>每行一条：问题｜答案</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="248" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="249" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="250" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/editor.py" line="251" />
            <source>Import sheet…</source>
            <translation>导入表格…</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeMenu</name>
        <message>
            <location filename="../../ui/knowledge/desk.py" line="41" />
            <source>&amp;Knowledge</source>
            <translation>知识库(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeSearch</name>
        <message>
            <location filename="../../ui/knowledge/search_dialog.py" line="91" />
            <source>Nothing found. Esc closes.</source>
            <translation>没有找到。按 Esc 关闭。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/search_dialog.py" line="136" />
            <source>1–9 or Enter inserts · ↑↓ choose · Esc closes · ● this ticket's products</source>
            <translation>1–9 或回车插入 · ↑↓ 选择 · Esc 关闭 · ● 本工单的商品</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/search_dialog.py" line="140" />
            <source>Product knowledge</source>
            <translation>商品知识库</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/search_dialog.py" line="142" />
            <source>Search products: words or pinyin initials (dsm = 掉色吗)</source>
            <translation>搜索商品：文字或拼音首字母（dsm = 掉色吗）</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/labels.py" line="27" />
            <source>Inquiry</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="28" />
            <source>Payment reminder</source>
            <translation>催付</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="29" />
            <source>Urge shipment</source>
            <translation>催发货</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="30" />
            <source>Logistics exception</source>
            <translation>物流异常</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="31" />
            <source>Compensation</source>
            <translation>补偿</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="32" />
            <source>Wrong item</source>
            <translation>错发货</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="33" />
            <source>Missing item</source>
            <translation>漏发</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="34" />
            <source>Lost parcel</source>
            <translation>丢件</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="35" />
            <source>Return</source>
            <translation>退货</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="36" />
            <source>Exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="37" />
            <source>Refund only</source>
            <translation>仅退款</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="38" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="39" />
            <source>Quality claim</source>
            <translation>质量问题</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="40" />
            <source>Dispute</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="41" />
            <source>Bad review</source>
            <translation>差评回访</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="42" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="43" />
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="44" />
            <source>Waiting for buyer</source>
            <translation>等待买家</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="45" />
            <source>Waiting for warehouse</source>
            <translation>等待仓库</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="46" />
            <source>Waiting for platform</source>
            <translation>等待平台</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="47" />
            <source>Escalated</source>
            <translation>已升级</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="48" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="49" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="50" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="51" />
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="52" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="53" />
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="54" />
            <source>Douyin</source>
            <translation>抖音</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="55" />
            <source>Taobao</source>
            <translation>淘宝</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="56" />
            <source>Tmall</source>
            <translation>天猫</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="57" />
            <source>JD</source>
            <translation>京东</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="58" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="59" />
            <source>Awaiting payment</source>
            <translation>待付款</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="60" />
            <source>Awaiting confirmation</source>
            <translation>待确认</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="61" />
            <source>Stocking</source>
            <translation>备货中</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="62" />
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="63" />
            <source>Signed for</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="64" />
            <source>Trade success</source>
            <translation>交易成功</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="65" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="66" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="67" />
            <source>Order closed</source>
            <translation>交易关闭</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="68" />
            <source>Paid online</source>
            <translation>在线支付</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="69" />
            <source>Cash on delivery</source>
            <translation>货到付款</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="70" />
            <source>No after-sale</source>
            <translation>无售后</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="71" />
            <source>After-sale requested</source>
            <translation>售后申请中</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="72" />
            <source>After-sale in progress</source>
            <translation>售后处理中</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="73" />
            <source>After-sale finished</source>
            <translation>售后完成</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="74" />
            <source>After-sale refused</source>
            <translation>售后已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="75" />
            <source>After-sale cancelled</source>
            <translation>售后已撤销</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="76" />
            <source>No flag</source>
            <translation>无旗帜</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="77" />
            <source>Red flag</source>
            <translation>红旗</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="78" />
            <source>Yellow flag</source>
            <translation>黄旗</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="79" />
            <source>Green flag</source>
            <translation>绿旗</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="80" />
            <source>Blue flag</source>
            <translation>蓝旗</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="81" />
            <source>Purple flag</source>
            <translation>紫旗</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="82" />
            <source>Grey flag</source>
            <translation>灰旗</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="83" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="84" />
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="85" />
            <source>Internal note</source>
            <translation>内部备注</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="86" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="87" />
            <source>Pre-sale agent</source>
            <translation>售前客服</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="88" />
            <source>After-sale agent</source>
            <translation>售后客服</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="89" />
            <source>Supervisor</source>
            <translation>客服主管</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="90" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="91" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="92" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="93" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="94" />
            <source>Preference</source>
            <translation>偏好</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="95" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="96" />
            <source>Other tag</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <location filename="../../ui/launch.py" line="59" />
            <source>Could not create the demo shop.</source>
            <translation>无法创建演示店铺。</translation>
        </message>
        <message>
            <location filename="../../ui/launch.py" line="63" />
            <source>This database has no agent profiles. Run “kefu demo” or import a team first.</source>
            <translation>此数据库中没有客服账号。请先运行“kefu demo”或导入团队。</translation>
        </message>
        <message>
            <location filename="../../ui/launch.py" line="165" />
            <source>Creating the demo shop…</source>
            <translation>正在创建演示店铺……</translation>
        </message>
        <message>
            <location filename="../../ui/launch.py" line="201" />
            <source>No agent named “%1” in this database. Agents: %2</source>
            <translation>此数据库中没有名为“%1”的客服。现有客服：%2</translation>
        </message>
        <message>
            <location filename="../../ui/launch.py" line="210" />
            <source>Kefu Desk</source>
            <translation>客服工作台</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="19" />
            <source>Kefu Desk · log in</source>
            <translation>客服工作台 · 登录</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="33" />
            <source>Work as:</source>
            <translation>登录身份：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>Kefu Desk</source>
            <translation>客服工作台</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="195" />
            <source>Search messages, order numbers, buyers, products (Ctrl+F)</source>
            <translation>搜索 消息、订单号、买家、商品（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>Local database: %1</source>
            <translation>本地数据库：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="204" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="205" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="206" />
            <source>&amp;Ticket</source>
            <translation>工单(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="207" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="208" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>MappingEditor</name>
        <message>
            <location filename="../../ui/imports/mapping.py" line="71" />
            <source>Column mapping</source>
            <translation>列对应</translation>
        </message>
        <message>
            <location filename="../../ui/imports/mapping.py" line="72" />
            <source>Mapping name</source>
            <translation>对应名称</translation>
        </message>
        <message>
            <location filename="../../ui/imports/mapping.py" line="75" />
            <source>Pick the field each column of %1 holds. Order number, order state and order time are required.</source>
            <translation>为 %1 的每一列选择对应的字段。订单号、订单状态和下单时间为必填。</translation>
        </message>
        <message>
            <location filename="../../ui/imports/mapping.py" line="88" />
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
    </context>
    <context>
        <name>MyReviewsDialog</name>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="33" />
            <source>Reviewed</source>
            <translation>评分时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="34" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="35" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="36" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="37" />
            <source>By</source>
            <translation>评分人</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="44" />
            <source>No quality reviews yet.</source>
            <translation>还没有质检评分。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="54" />
            <source>My quality reviews</source>
            <translation>我的质检评分</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="66" />
            <source>new</source>
            <translation>新</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="104" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="104" />
            <source>Partly</source>
            <translation>部分</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="104" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="110" />
            <source>(no feedback)</source>
            <translation>（无反馈）</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/my_reviews.py" line="112" />
            <source>Score %1 / 100 · reviewed by %2</source>
            <translation>得分 %1 / 100 · 评分人 %2</translation>
        </message>
    </context>
    <context>
        <name>OrderBox</name>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="63" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="66" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="67" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="68" />
            <source>Paid</source>
            <translation>实付</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="69" />
            <source>Discount</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="70" />
            <source>After-sale</source>
            <translation>售后</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="78" />
            <source>Order no.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="80" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="82" />
            <source>settled</source>
            <translation>已结算</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="84" />
            <source>goods %1, discount %2, shipping %3, paid %4</source>
            <translation>商品 %1，优惠 %2，运费 %3，实付 %4</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="94" />
            <source>Amounts</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="95" />
            <source>Times</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="98" />
            <source>Ship by</source>
            <translation>最晚发货</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="103" />
            <source>Shipping</source>
            <translation>物流</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="110" />
            <source>Flag</source>
            <translation>旗帜</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="117" />
            <source>Buyer remark</source>
            <translation>买家留言</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="122" />
            <source>placed</source>
            <translation>下单</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="123" />
            <source>paid</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="124" />
            <source>shipped</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="125" />
            <source>signed</source>
            <translation>签收</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/order_box.py" line="126" />
            <source>confirmed</source>
            <translation>确认收货</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <location filename="../../ui/supervisor/period.py" line="47" />
            <source>Last 7 days</source>
            <translation>近 7 天</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/period.py" line="48" />
            <source>Last 30 days</source>
            <translation>近 30 天</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/period.py" line="49" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/period.py" line="50" />
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/period.py" line="51" />
            <source>Last 90 days</source>
            <translation>近 90 天</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/period.py" line="52" />
            <source>Last 365 days</source>
            <translation>近 365 天</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/period.py" line="53" />
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/period.py" line="54" />
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
    </context>
    <context>
        <name>PhraseManager</name>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="145" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="154" />
            <source>Deleted.</source>
            <translation>已删除。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="168" />
            <source>Quick phrases</source>
            <translation>快捷语</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="171" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="171" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="171" />
            <source>Words</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="171" />
            <source>Library</source>
            <translation>所属</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="176" />
            <source>My own</source>
            <translation>我的</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="176" />
            <source>Shop-wide (supervisor)</source>
            <translation>全店共享(主管)</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="180" />
            <source>Placeholders filled from the ticket: %1</source>
            <translation>从工单自动填写的占位符:%1</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="182" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="183" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_manager.py" line="184" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>PhrasePicker</name>
        <message>
            <location filename="../../ui/presale/phrase_picker.py" line="96" />
            <source>Quick phrases</source>
            <translation>快捷语</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_picker.py" line="97" />
            <source>Filter: words or pinyin initials (fh = 发货)</source>
            <translation>筛选:输入文字或拼音首字母(fh = 发货)</translation>
        </message>
        <message>
            <location filename="../../ui/presale/phrase_picker.py" line="99" />
            <source>1–9 or Enter inserts · ↑↓ choose · Esc closes · ★ your own phrases</source>
            <translation>1–9 或回车插入 · ↑↓ 选择 · Esc 关闭 · ★ 我的快捷语</translation>
        </message>
    </context>
    <context>
        <name>Presale</name>
        <message>
            <location filename="../../ui/presale/common.py" line="18" />
            <source>This buyer was reminded at %1: no new reminder before %2.</source>
            <translation>该买家已于 %1 催付过:%2 之前不能再次催付。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/common.py" line="25" />
            <source>Not allowed by the platform: %1</source>
            <translation>平台规则不允许:%1</translation>
        </message>
    </context>
    <context>
        <name>PresaleDesk</name>
        <message>
            <location filename="../../ui/presale/desk.py" line="257" />
            <source>Fill in before sending: %1</source>
            <translation>发送前请补全:%1</translation>
        </message>
    </context>
    <context>
        <name>PresaleMenu</name>
        <message>
            <location filename="../../ui/presale/menu.py" line="33" />
            <source>&amp;Pre-sale</source>
            <translation>售前(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <location filename="../../ui/ticket/preview.py" line="48" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/preview.py" line="50" />
            <source>This picture cannot be shown.</source>
            <translation>无法显示这张图片。</translation>
        </message>
    </context>
    <context>
        <name>PriceDialog</name>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="109" />
            <source>This buyer has no order awaiting payment.</source>
            <translation>该买家没有待付款的订单。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="111" />
            <source>The platform allows changing the price and the shipping.</source>
            <translation>平台允许修改商品价格和运费。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="114" />
            <source>The platform allows changing only the shipping fee, not the price.</source>
            <translation>平台只允许修改运费,不能修改商品价格。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="117" />
            <source>The platform allows no change to these orders.</source>
            <translation>平台不允许修改这些订单。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="154" />
            <source>Type amounts in yuan, e.g. 12.50.</source>
            <translation>请以元为单位输入金额,例如 12.50。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="157" />
            <source>Nothing changed.</source>
            <translation>没有任何改动。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="188" />
            <source>Change one order's price at a time; shipping fees go together.</source>
            <translation>商品价格请逐单修改;运费可以多单一起改。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="195" />
            <source>Changed. The record keeps the amounts before and after.</source>
            <translation>已修改。改价记录保留了修改前后的金额。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="211" />
            <source>Beyond your limit: the change waits for a supervisor's approval.</source>
            <translation>超出你的改价权限:等待主管审批。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="218" />
            <source>Change price or shipping</source>
            <translation>改价/改运费</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="221" />
            <source>Order no.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="222" />
            <source>Placed</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="223" />
            <source>List price</source>
            <translation>商品原价</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="224" />
            <source>Goods to pay (yuan)</source>
            <translation>商品应付(元)</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="225" />
            <source>Shipping (yuan)</source>
            <translation>运费(元)</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="226" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="229" />
            <source>Reason (required), e.g. regular customer</source>
            <translation>改价原因(必填),例如:老客户</translation>
        </message>
        <message>
            <location filename="../../ui/presale/price_dialog.py" line="230" />
            <source>Apply</source>
            <translation>确认修改</translation>
        </message>
    </context>
    <context>
        <name>QualityTab</name>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="131" />
            <source>Opened</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="132" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="133" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="134" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="135" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="145" />
            <source>Feedback for the agent: what went well, what to do next time</source>
            <translation>给客服的反馈：做得好的地方，下次可以改进的地方</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="147" />
            <source>Save the review</source>
            <translation>保存评分</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="156" />
            <source>Agent:</source>
            <translation>客服：</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="165" />
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="246" />
            <source>%1 conversations, %2 reviewed</source>
            <translation>%1 个会话，已评 %2 个</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="251" />
            <source>average %1</source>
            <translation>平均 %1 分</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/quality.py" line="303" />
            <source>Saved. The agent sees it under “My quality reviews”.</source>
            <translation>已保存。客服可在“我的质检评分”中看到。</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <location filename="../../ui/queue/model.py" line="59" />
            <source>Due in</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <location filename="../../ui/queue/model.py" line="60" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/queue/model.py" line="61" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/queue/model.py" line="62" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../ui/queue/model.py" line="63" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/queue/model.py" line="64" />
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../ui/queue/model.py" line="65" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/queue/model.py" line="66" />
            <source>Assignee</source>
            <translation>处理人</translation>
        </message>
    </context>
    <context>
        <name>QueuePane</name>
        <message>
            <location filename="../../ui/queue/pane.py" line="212" />
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <location filename="../../ui/queue/pane.py" line="213" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../ui/queue/pane.py" line="214" />
            <source>Due soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <location filename="../../ui/queue/pane.py" line="215" />
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../ui/queue/pane.py" line="216" />
            <source>Waiting on me</source>
            <translation>待我处理</translation>
        </message>
        <message>
            <location filename="../../ui/queue/pane.py" line="217" />
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../ui/queue/pane.py" line="218" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/queue/pane.py" line="230" />
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>%n 个工单</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/queue/pane.py" line="232" />
            <source>loading…</source>
            <translation>加载中……</translation>
        </message>
        <message>
            <location filename="../../ui/queue/pane.py" line="283" />
            <source>Could not load the queue: %1</source>
            <translation>无法加载工单队列：%1</translation>
        </message>
    </context>
    <context>
        <name>RedLineGuard</name>
        <message>
            <location filename="../../ui/presale/redline_guard.py" line="24" />
            <source>Red line: %1 Change the reply, or send again to send it anyway.</source>
            <translation>触碰红线:%1 请修改回复,或再次发送以确认照发。</translation>
        </message>
    </context>
    <context>
        <name>ReminderView</name>
        <message>
            <location filename="../../ui/presale/reminders.py" line="104" />
            <source>no figure</source>
            <translation>无时限</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="120" />
            <source>The platform closes it at %1</source>
            <translation>平台将于 %1 关闭该订单</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="131" />
            <source>may remind now</source>
            <translation>可以催付</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="132" />
            <source>again from %1</source>
            <translation>%1 起可再催</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="157" />
            <source>No unpaid orders.</source>
            <translation>没有未付款订单。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="185" />
            <source>Reminder recorded and copied: paste it into the chat.</source>
            <translation>催付已记录并复制:请粘贴到平台聊天窗口。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="202" />
            <source>Unpaid orders: payment reminders</source>
            <translation>未付款订单:催付</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="205" />
            <source>Closes in</source>
            <translation>剩余关闭时间</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="206" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="207" />
            <source>Order no.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="208" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="209" />
            <source>To pay</source>
            <translation>应付</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="210" />
            <source>Placed</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="211" />
            <source>Reminders</source>
            <translation>催付次数</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="212" />
            <source>Reminder</source>
            <translation>催付</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="215" />
            <source>Remind and copy</source>
            <translation>催付并复制</translation>
        </message>
        <message>
            <location filename="../../ui/presale/reminders.py" line="216" />
            <source>The words sent to the buyer…</source>
            <translation>发给买家的话…</translation>
        </message>
    </context>
    <context>
        <name>ReturnAddressDialog</name>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="133" />
            <location filename="../../ui/knowledge/return_addresses.py" line="202" />
            <source>Shop address (no warehouse)</source>
            <translation>店铺地址（不分仓）</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="134" />
            <source>[default]</source>
            <translation>[默认]</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="138" />
            <source>incomplete: %1 missing</source>
            <translation>不完整：缺少%1</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="177" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="205" />
            <source>Remove return address</source>
            <translation>删除退货地址</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="203" />
            <source>Remove the return address %1? Buyers are no longer sent there.</source>
            <translation>删除退货地址 %1？之后不会再让买家寄到这里。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="216" />
            <source>Removed.</source>
            <translation>已删除。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="228" />
            <source>Return addresses</source>
            <translation>退货地址</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="230" />
            <source>Only a supervisor changes the return addresses; you can look them up here.</source>
            <translation>只有主管可以修改退货地址；您可以在这里查看。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_addresses.py" line="248" />
            <source> (closed)</source>
            <translation>（已关店）</translation>
        </message>
    </context>
    <context>
        <name>ReturnAddressForm</name>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="40" />
            <source>Warehouse</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="41" />
            <source>Contact name</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="42" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="43" />
            <source>Province</source>
            <translation>省</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="44" />
            <source>City</source>
            <translation>市</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="45" />
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="46" />
            <source>Street address</source>
            <translation>详细地址</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="80" />
            <source>Empty: the whole shop</source>
            <translation>留空：整个店铺</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="82" />
            <source>The warehouse names the address; to change it, add a new address.</source>
            <translation>仓库是地址的名称；要改仓库，请新建一个地址。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="84" />
            <source>e.g. 0571-88886666</source>
            <translation>例如 0571-88886666</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="85" />
            <source>Make this the shop's default address</source>
            <translation>设为店铺默认退货地址</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/return_address_form.py" line="88" />
            <source>The return script uses the default when the item's warehouse has no address of its own.</source>
            <translation>商品的发货仓没有自己的退货地址时，退货话术使用默认地址。</translation>
        </message>
    </context>
    <context>
        <name>ReviewsTab</name>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="59" />
            <source>To review</source>
            <translation>待复核</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="61" />
            <source>Reviewed</source>
            <translation>已复核</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="76" />
            <source>What you decided and why (required)</source>
            <translation>处理结论和理由（必填）</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="77" />
            <source>Close the item</source>
            <translation>复核完成</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="79" />
            <source>Open the ticket</source>
            <translation>打开工单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="120" />
            <location filename="../../ui/supervisor/reviews.py" line="131" />
            <source>Buyer</source>
            <translation>买家</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="121" />
            <location filename="../../ui/supervisor/reviews.py" line="132" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="122" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="123" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="124" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="125" />
            <source>Since</source>
            <translation>进入时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="126" />
            <source>Last reviewed</source>
            <translation>上次复核</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="133" />
            <source>Decision</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="134" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="135" />
            <source>By</source>
            <translation>复核人</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="136" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="196" />
            <source>%1 to review</source>
            <translation>%1 项待复核</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="198" />
            <source>showing %1 of %2</source>
            <translation>显示 %1 / %2 项</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="237" />
            <source>%1 reviewed</source>
            <translation>已复核 %1 项</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="275" />
            <source>Write a note: what you decided and why.</source>
            <translation>请写备注：处理结论和理由。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reviews.py" line="282" />
            <source>Closed. It comes back if it changes.</source>
            <translation>已复核。若之后有变化会重新进入队列。</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../../ui/rules_dialog.py" line="40" />
            <source>Law (all platforms)</source>
            <translation>法律（所有平台）</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="41" />
            <source>Douyin</source>
            <translation>抖音</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="42" />
            <source>Taobao</source>
            <translation>淘宝</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="43" />
            <source>Tmall</source>
            <translation>天猫</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="51" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="52" />
            <source>Conditions</source>
            <translation>条件</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="53" />
            <source>Figure</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="54" />
            <source>From</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="55" />
            <source>Table</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="67" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="69" />
            <source>Back to the shipped figure</source>
            <translation>恢复默认时限</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="77" />
            <source>New figure:</source>
            <translation>新时限：</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="91" />
            <source>Platform rule figures</source>
            <translation>平台规则时限</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="121" />
            <source>override</source>
            <translation>主管调整</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="135" />
            <source>hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="136" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="137" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../../ui/rules_dialog.py" line="191" />
            <source>Saved. New deadlines use the new figure.</source>
            <translation>已保存。之后计算的时限将使用新数值。</translation>
        </message>
    </context>
    <context>
        <name>ServerLoginDialog</name>
        <message>
            <location filename="../../ui/sync/login.py" line="34" />
            <source>Kefu Desk · team server</source>
            <translation>客服工作台 · 团队服务器</translation>
        </message>
        <message>
            <location filename="../../ui/sync/login.py" line="59" />
            <source>Server:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <location filename="../../ui/sync/login.py" line="60" />
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location filename="../../ui/sync/login.py" line="61" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location filename="../../ui/sync/login.py" line="77" />
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/login.py" line="80" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/login.py" line="97" />
            <source>Downloading the team's data…</source>
            <translation>正在下载团队数据…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/login.py" line="109" />
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
    </context>
    <context>
        <name>ShopSettings</name>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="154" />
            <source>Row %1: a carrier needs a name and an amount in yuan.</source>
            <translation>第 %1 行:快递需要名称和以元为单位的金额。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="162" />
            <source>Two carriers have the same name.</source>
            <translation>有两个快递名称相同。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="192" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="200" />
            <source>Carriers and flag meanings</source>
            <translation>快递与旗帜含义</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="201" />
            <source>What the flags mean</source>
            <translation>旗帜含义</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="202" />
            <source>Carriers</source>
            <translation>快递</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="205" />
            <source>Carrier</source>
            <translation>快递</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="206" />
            <source>Speed</source>
            <translation>时效</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="207" />
            <source>Cost</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="208" />
            <source>Buyer adds (yuan)</source>
            <translation>买家补差(元)</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="209" />
            <source>Coverage</source>
            <translation>覆盖范围</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="210" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="213" />
            <source>Add carrier</source>
            <translation>添加快递</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="214" />
            <source>Remove carrier</source>
            <translation>删除快递</translation>
        </message>
        <message>
            <location filename="../../ui/presale/shop_settings.py" line="215" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>Supervision</name>
        <message>
            <location filename="../../ui/supervisor/names.py" line="11" />
            <source>Tagged buyers</source>
            <translation>已打标买家</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="12" />
            <source>Flagged orders</source>
            <translation>插旗订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="13" />
            <source>Exception orders</source>
            <translation>异常订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="14" />
            <source>Unpaid orders</source>
            <translation>未付款订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="15" />
            <source>Disputes</source>
            <translation>纠纷</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="16" />
            <source>Cleared: nothing to do</source>
            <translation>已核实：无需处理</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="17" />
            <source>Action taken</source>
            <translation>已处理</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="18" />
            <source>Keep watching</source>
            <translation>持续观察</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="19" />
            <source>Escalated</source>
            <translation>已上报</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="20" />
            <source>Shipping late</source>
            <translation>发货超时</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/names.py" line="21" />
            <source>Not paid yet</source>
            <translation>尚未付款</translation>
        </message>
    </context>
    <context>
        <name>SupervisorConsole</name>
        <message>
            <location filename="../../ui/supervisor/console.py" line="94" />
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/console.py" line="95" />
            <source>Review queues</source>
            <translation>复核队列</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/console.py" line="96" />
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/console.py" line="97" />
            <source>Quality review</source>
            <translation>质检</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/console.py" line="98" />
            <source>Audit log</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/console.py" line="99" />
            <source>Dashboard</source>
            <translation>数据看板</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/console.py" line="100" />
            <source>Accounting export</source>
            <translation>财务导出</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/console.py" line="105" />
            <source>Supervisor console · %1</source>
            <translation>主管控制台 · %1</translation>
        </message>
    </context>
    <context>
        <name>SupervisorEntry</name>
        <message>
            <location filename="../../ui/supervisor/entry.py" line="69" />
            <source>New quality reviews for you: %1 (View → My quality reviews)</source>
            <translation>你有 %1 条新的质检评分（视图 → 我的质检评分）</translation>
        </message>
    </context>
    <context>
        <name>SupervisorMenu</name>
        <message>
            <location filename="../../ui/supervisor/entry.py" line="27" />
            <source>S&amp;upervisor</source>
            <translation>主管(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>SupplierBox</name>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="267" />
            <source>The supplier's reason for refusing:</source>
            <translation>供应商拒绝的理由：</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="268" />
            <source>Why the shop closes it and bears the cost:</source>
            <translation>关闭原因（由店铺承担费用）：</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="269" />
            <source>What the shop asks the supplier for:</source>
            <translation>向供应商申请的内容：</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="274" />
            <source>Supplier after-sale</source>
            <translation>供应链售后</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="275" />
            <source>Accepted</source>
            <translation>已受理</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="276" />
            <source>The supplier accepted the after-sale</source>
            <translation>供应商已受理该售后</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="277" />
            <source>Refused…</source>
            <translation>已拒绝…</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="278" />
            <source>The supplier refused: record its reason</source>
            <translation>供应商拒绝：填写其理由</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="279" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="280" />
            <source>The supplier did what it accepted</source>
            <translation>供应商已按受理内容处理完毕</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="281" />
            <source>Close (shop pays)…</source>
            <translation>关闭（店铺承担）…</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="282" />
            <source>Pass to supplier…</source>
            <translation>转供应商…</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="283" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_box.py" line="284" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_lines.py" line="17" />
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_lines.py" line="18" />
            <source>accepted</source>
            <translation>已受理</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_lines.py" line="19" />
            <source>refused</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_lines.py" line="20" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_lines.py" line="34" />
            <source>overdue: the answer was due %1</source>
            <translation>已超时（答复期限 %1）</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_lines.py" line="39" />
            <source>answer due %1</source>
            <translation>%1 前答复</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_lines.py" line="48" />
            <source>Contact: %1</source>
            <translation>联系方式：%1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/supplier_lines.py" line="52" />
            <source>The shop asks for: %1</source>
            <translation>店铺申请：%1</translation>
        </message>
    </context>
    <context>
        <name>SupplierForm</name>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="77" />
            <source> (closed)</source>
            <translation>(已关店)</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="123" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="124" />
            <source>Supplier name</source>
            <translation>供应商名称</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="125" />
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="126" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="127" />
            <source>Other contact</source>
            <translation>其他联系方式</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="128" />
            <source>Hours to answer</source>
            <translation>受理时限</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="129" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="130" />
            <source>Supplied SKUs</source>
            <translation>供货 SKU</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="134" />
            <source>WeChat, QQ or e-mail</source>
            <translation>微信、QQ 或邮箱</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="135" />
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/supplier_form.py" line="136" />
            <source>One SKU per line, or separated by commas</source>
            <translation>每行一个 SKU，或用逗号分隔</translation>
        </message>
    </context>
    <context>
        <name>SupplierRefusalsTab</name>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="78" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="79" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="80" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="81" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="82" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="83" />
            <source>Sent</source>
            <translation>发送时间</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="129" />
            <source>Refused: %1</source>
            <translation>已拒绝：%1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="130" />
            <source>Overdue since %1</source>
            <translation>自 %1 起超时未答复</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="186" />
            <source>Sent again to %1.</source>
            <translation>已重新发送给 %1。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="191" />
            <source>What does the shop ask %1 for this time?</source>
            <translation>这次向 %1 申请什么？</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="193" />
            <source>Send again to the supplier</source>
            <translation>重新发送给供应商</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="210" />
            <source>Closed: the shop bears the cost.</source>
            <translation>已关闭：由店铺承担费用。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="216" />
            <source>Close, shop pays</source>
            <translation>关闭，店铺承担</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="217" />
            <source>Why does the shop bear the cost? (required)</source>
            <translation>为什么由店铺承担费用？（必填）</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="229" />
            <source>No supplier has refused, and no answer is overdue.</source>
            <translation>没有被供应商拒绝或超时未答复的售后单。</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="230" />
            <source>Open the ticket</source>
            <translation>打开工单</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="231" />
            <source>Send again…</source>
            <translation>重新发送…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/supplier_refusals.py" line="232" />
            <source>Close, shop pays…</source>
            <translation>关闭，店铺承担…</translation>
        </message>
    </context>
    <context>
        <name>SuppliersDialog</name>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="152" />
            <source>Choose the shop first.</source>
            <translation>请先选择店铺。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="176" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="179" />
            <source>The supplier is saved, but its SKUs are not: %1</source>
            <translation>供应商已保存，但供货 SKU 未保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="191" />
            <source>Remove supplier</source>
            <translation>删除供应商</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="189" />
            <source>Remove %1? Its SKUs become the shop's own stock again.</source>
            <translation>删除 %1？其供货 SKU 将恢复为本店自有库存。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="202" />
            <source>Removed.</source>
            <translation>已删除。</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="211" />
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="214" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="215" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="216" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="217" />
            <source>SKUs</source>
            <translation>SKU 数</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="218" />
            <source>Open requests</source>
            <translation>未结售后单</translation>
        </message>
        <message>
            <location filename="../../ui/knowledge/suppliers.py" line="222" />
            <source>Only a supervisor changes the suppliers; you can look them up here.</source>
            <translation>只有主管可以修改供应商；你可以在这里查看。</translation>
        </message>
    </context>
    <context>
        <name>SyncConflicts</name>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="32" />
            <source>New ticket</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="33" />
            <source>Status change</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="34" />
            <source>Assignment</source>
            <translation>分配</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="35" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="36" />
            <source>Internal note</source>
            <translation>内部备注</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="37" />
            <source>Reply</source>
            <translation>回复</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="38" />
            <source>Refund request</source>
            <translation>退款申请</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="39" />
            <source>Compensation</source>
            <translation>补偿</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="40" />
            <source>Buyer tag</source>
            <translation>买家标签</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="41" />
            <source>New tag</source>
            <translation>新标签</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="42" />
            <source>Order flag</source>
            <translation>订单插旗</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <location filename="../../ui/sync/status.py" line="34" />
            <source>%n to send</source>
            <translation>
                <numerusform>%n 条待发送</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status.py" line="36" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n 个冲突</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/status.py" line="39" />
            <source>synced %1</source>
            <translation>%1 已同步</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status.py" line="41" />
            <source>%n evidence file(s) still to travel</source>
            <translation>
                <numerusform>还有 %n 个证据文件待传输</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/status.py" line="52" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status.py" line="54" />
            <source>Log in again</source>
            <translation>需要重新登录</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status.py" line="56" />
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status.py" line="58" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status.py" line="59" />
            <source>Online</source>
            <translation>在线</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="187" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="195" />
            <source>Tags and customer groups</source>
            <translation>标签与客户分组</translation>
        </message>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="196" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="197" />
            <source>Groups</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="198" />
            <source>New tag, e.g. 直播间</source>
            <translation>新标签,例如:直播间</translation>
        </message>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="204" />
            <source>Add tag</source>
            <translation>添加标签</translation>
        </message>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="205" />
            <source>New group from the ticked tags</source>
            <translation>用勾选的标签新建分组</translation>
        </message>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="207" />
            <source>Buyers with any of the tags</source>
            <translation>带任一标签的买家</translation>
        </message>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="208" />
            <source>Buyers with all of the tags</source>
            <translation>同时带所有标签的买家</translation>
        </message>
        <message>
            <location filename="../../ui/presale/tags_dialog.py" line="209" />
            <source>Add group</source>
            <translation>添加分组</translation>
        </message>
    </context>
    <context>
        <name>TicketPane</name>
        <message>
            <location filename="../../ui/ticket/pane.py" line="191" />
            <source>opened %1</source>
            <translation>创建于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/pane.py" line="214" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/pane.py" line="243" />
            <source>Due %1</source>
            <translation>截止 %1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/pane.py" line="286" />
            <source>Status changed to %1</source>
            <translation>状态已改为“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/pane.py" line="351" />
            <source>Assign to me</source>
            <translation>分配给我</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/pane.py" line="352" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/pane.py" line="353" />
            <source>Select a ticket in the queue</source>
            <translation>请在左侧队列中选择一个工单</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/pane.py" line="354" />
            <source>Status (F2)</source>
            <translation>状态（F2）</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="17" />
            <source>first reply</source>
            <translation>首次回复</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="18" />
            <source>the buyer wrote</source>
            <translation>买家来消息</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="19" />
            <source>waiting for approval</source>
            <translation>等待审批</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="20" />
            <source>compensation approved</source>
            <translation>补偿已批准</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="21" />
            <source>compensation refused</source>
            <translation>补偿被拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="22" />
            <source>by the procedure</source>
            <translation>按流程</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="82" />
            <source>started the procedure %1</source>
            <translation>开始流程 %1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="85" />
            <source>continued in the procedure %1</source>
            <translation>转入流程 %1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="88" />
            <source>waiting for a supervisor's approval</source>
            <translation>等待主管审批</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="89" />
            <source>the supervisor approved</source>
            <translation>主管已批准</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="90" />
            <source>the supervisor refused</source>
            <translation>主管已拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="91" />
            <source>procedure finished: %1</source>
            <translation>流程结束：%1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="94" />
            <source>procedure abandoned %1</source>
            <translation>放弃流程 %1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="105" />
            <source>passed %1 to the supplier %2, answer due %3</source>
            <translation>已将 %1 转供应商 %2，%3 前答复</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="112" />
            <source>the supplier accepted the after-sale</source>
            <translation>供应商已受理售后</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="114" />
            <source>the supplier refused: %1</source>
            <translation>供应商拒绝：%1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="117" />
            <source>(answered late)</source>
            <translation>（超时答复）</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="121" />
            <source>supplier refusal closed, the shop pays</source>
            <translation>供应商拒绝的售后单已关闭，由店铺承担</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="123" />
            <source>supplier after-sale done</source>
            <translation>供应链售后已完成</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="135" />
            <source>passed on to operations: %1</source>
            <translation>反馈给运营：%1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="139" />
            <source>buyer asked for more time to return (until %1)</source>
            <translation>买家申请延长退货期(至 %1)</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="144" />
            <source>granted more time to return (until %1)</source>
            <translation>已同意延长退货期(至 %1)</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="147" />
            <source>refused more time to return</source>
            <translation>已拒绝延长退货期</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="150" />
            <source>order shipped %1 %2</source>
            <translation>订单已发货 %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="155" />
            <source>order cancelled %1</source>
            <translation>订单已取消 %1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="165" />
            <source>opened the ticket (%1)</source>
            <translation>创建了工单（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="170" />
            <source>status %1 → %2</source>
            <translation>状态 %1 → %2</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="178" />
            <source>changed the assignee</source>
            <translation>更改了处理人</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="180" />
            <source>unassigned the ticket</source>
            <translation>取消了分配</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="183" />
            <source>priority %1</source>
            <translation>优先级 %1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="187" />
            <source>replied: %1</source>
            <translation>回复：%1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="191" />
            <source>noted: %1</source>
            <translation>备注：%1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="195" />
            <source>buyer wrote: %1</source>
            <translation>买家：%1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/timeline.py" line="223" />
            <source>system</source>
            <translation>系统</translation>
        </message>
    </context>
    <context>
        <name>Transcript</name>
        <message>
            <location filename="../../ui/conversation/transcript.py" line="27" />
            <source>Internal note · %1</source>
            <translation>内部备注 · %1</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/transcript.py" line="30" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../ui/conversation/transcript.py" line="56" />
            <source>No messages yet</source>
            <translation>暂无消息</translation>
        </message>
    </context>
    <context>
        <name>WindowsBox</name>
        <message>
            <location filename="../../ui/ticket/windows_box.py" line="25" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/windows_box.py" line="28" />
            <source>buyer's window, ends %1</source>
            <translation>买家时限，截至 %1</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/windows_box.py" line="36" />
            <source>Deadline reported by the platform.</source>
            <translation>此时限由平台给出。</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/windows_box.py" line="40" />
            <source>extended</source>
            <translation>已延长</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/windows_box.py" line="43" />
            <source>Extended at the buyer's request; the rule table's end was %1.</source>
            <translation>应买家申请已延长;规则表原截止为 %1。</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/windows_box.py" line="48" />
            <source>The platform's deadline differs from the rule table (local: %1).</source>
            <translation>平台时限与规则表计算不一致（本地计算：%1）。</translation>
        </message>
        <message>
            <location filename="../../ui/ticket/windows_box.py" line="83" />
            <source>Platform deadlines</source>
            <translation>平台时限</translation>
        </message>
    </context>
    <context>
        <name>WorkflowPanel</name>
        <message>
            <location filename="../../ui/workflow/panel.py" line="189" />
            <source>No procedure running: pick one for this ticket</source>
            <translation>尚未开始处理流程：请为此工单选择一个</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="195" />
            <source> · waiting for a supervisor</source>
            <translation> · 等待主管审批</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="196" />
            <source> · finished</source>
            <translation> · 已完成</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="197" />
            <source> · abandoned</source>
            <translation> · 已放弃</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="211" />
            <source>Not known yet: %1</source>
            <translation>尚缺信息：%1</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="221" />
            <source>Done, next</source>
            <translation>已说，下一步</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="221" />
            <source>Record and continue</source>
            <translation>记录并继续</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="311" />
            <source>Use these words</source>
            <translation>使用此话术</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="312" />
            <source>Put the suggested words in the reply editor (Ctrl+Shift+R)</source>
            <translation>把建议话术放进回复框（Ctrl+Shift+R）</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="313" />
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="314" />
            <source>Abandon</source>
            <translation>放弃流程</translation>
        </message>
        <message>
            <location filename="../../ui/workflow/panel.py" line="315" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
    </context>
</TS>