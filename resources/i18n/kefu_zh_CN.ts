<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="45" />
        <source>Next ticket</source>
        <translation>下一个工单</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="47" />
        <source>Previous ticket</source>
        <translation>上一个工单</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="49" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="50" />
        <source>Write a reply</source>
        <translation>写回复</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51" />
        <source>Write an internal note</source>
        <translation>写内部备注</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53" />
        <source>Record the buyer's message</source>
        <translation>记录买家消息</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="57" />
        <source>Use the suggested words</source>
        <translation>使用建议话术</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="59" />
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="60" />
        <source>Tag the buyer</source>
        <translation>给买家打标签</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61" />
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63" />
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64" />
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66" />
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67" />
        <source>Waiting on me</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68" />
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69" />
        <source>Platform rule figures…</source>
        <translation>平台规则时限…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70" />
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../ui/conversation/pane.py" line="188" />
        <source>Write something first.</source>
        <translation>请先输入内容。</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="210" />
        <source>Reply recorded and copied: paste it into the platform's chat window.</source>
        <translation>回复已记录并复制，请粘贴到平台聊天窗口发送。</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="213" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="264" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="264" />
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="264" />
        <source>Buyer's message</source>
        <translation>买家消息</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="265" />
        <source>Send and copy</source>
        <translation>发送并复制</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="265" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="265" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="267" />
        <source>Answer the buyer: empathy first, then the facts…</source>
        <translation>回复买家：先共情，再讲事实……</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="268" />
        <source>Only agents see notes…</source>
        <translation>备注仅客服可见……</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="269" />
        <source>Paste what the buyer wrote on the platform…</source>
        <translation>粘贴买家在平台上发来的消息……</translation>
    </message>
    <message>
        <location filename="../../ui/conversation/pane.py" line="275" />
        <source>Ctrl+Enter sends · Ctrl+R reply · Ctrl+Shift+N note</source>
        <translation>Ctrl+Enter 发送 · Ctrl+R 回复 · Ctrl+Shift+N 备注</translation>
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
        <location filename="../../ui/ticket/customer_box.py" line="97" />
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/customer_box.py" line="98" />
        <source>Tags…</source>
        <translation>标签…</translation>
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
        <location filename="../../ui/errors.py" line="73" />
        <source>Not allowed by the platform rules: %1</source>
        <translation>平台规则不允许：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47" />
        <source>Check this answer: %1</source>
        <translation>请检查此项：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49" />
        <source>The disk is full. Nothing was saved; your text is kept.</source>
        <translation>磁盘已满，未保存任何内容；您输入的文字仍保留着。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>The database is busy. Nothing was saved; try again.</source>
        <translation>数据库正忙，未保存任何内容，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>The database is read-only. Nothing was saved; your text is kept.</source>
        <translation>数据库为只读，未保存任何内容；您输入的文字仍保留着。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <source>The database is damaged. Nothing was saved; your text is kept.</source>
        <translation>数据库已损坏，未保存任何内容；您输入的文字仍保留着。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>The change was refused. Nothing was saved; your text is kept.</source>
        <translation>修改被拒绝，未保存任何内容；您输入的文字仍保留着。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>Someone changed this ticket meanwhile. It has been reloaded.</source>
        <translation>有人同时修改了此工单，已重新加载。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67" />
        <source>You are not allowed to do this.</source>
        <translation>您没有权限执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70" />
        <source>It no longer exists (it may have been removed).</source>
        <translation>该记录已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76" />
        <source>This record cannot take that step from where it stands now.</source>
        <translation>该记录当前状态下不能执行这一步。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79" />
        <source>A promise to the buyer is still open (a reship or a follow-up): finish it first.</source>
        <translation>对买家的承诺（补寄或跟进）尚未完成，请先完成。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83" />
        <source>This procedure is not available (its script is missing or broken).</source>
        <translation>此流程不可用（脚本缺失或有误）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86" />
        <source>This ticket already has a procedure going: finish or abandon it first.</source>
        <translation>此工单已有进行中的流程，请先完成或放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89" />
        <source>The procedure moved on meanwhile; it has been reloaded.</source>
        <translation>流程已被推进，已重新加载。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92" />
        <source>This procedure has finished or is waiting for a supervisor.</source>
        <translation>此流程已结束或正在等待主管审批。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95" />
        <source>Cannot go back: what was recorded stays recorded.</source>
        <translation>无法返回：已记录的内容保持不变。</translation>
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
            <numerusform>%n 个文件</numerusform></translation>
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
        <location filename="../../ui/launch.py" line="51" />
        <source>Could not create the demo shop.</source>
        <translation>无法创建演示店铺。</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="55" />
        <source>This database has no agent profiles. Run “kefu demo” or import a team first.</source>
        <translation>此数据库中没有客服账号。请先运行“kefu demo”或导入团队。</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="130" />
        <source>Creating the demo shop…</source>
        <translation>正在创建演示店铺……</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="166" />
        <source>No agent named “%1” in this database. Agents: %2</source>
        <translation>此数据库中没有名为“%1”的客服。现有客服：%2</translation>
    </message>
    <message>
        <location filename="../../ui/launch.py" line="175" />
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
        <location filename="../../ui/main_window.py" line="180" />
        <source>Kefu Desk</source>
        <translation>客服工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Search messages, order numbers, buyers, products (Ctrl+F)</source>
        <translation>搜索 消息、订单号、买家、商品（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>Local database: %1</source>
        <translation>本地数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>&amp;Ticket</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>OrderBox</name>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="54" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="57" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="58" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="59" />
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="60" />
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="61" />
        <source>After-sale</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="69" />
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="71" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="73" />
        <source>settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="75" />
        <source>goods %1, discount %2, shipping %3, paid %4</source>
        <translation>商品 %1，优惠 %2，运费 %3，实付 %4</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="85" />
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="86" />
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="89" />
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="94" />
        <source>Shipping</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="101" />
        <source>Flag</source>
        <translation>旗帜</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="106" />
        <source>Buyer remark</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="111" />
        <source>placed</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="112" />
        <source>paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="113" />
        <source>shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="114" />
        <source>signed</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/order_box.py" line="115" />
        <source>confirmed</source>
        <translation>确认收货</translation>
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
        <location filename="../../ui/queue/pane.py" line="210" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/queue/pane.py" line="211" />
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../ui/queue/pane.py" line="212" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/queue/pane.py" line="213" />
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../ui/queue/pane.py" line="214" />
        <source>Waiting on me</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <location filename="../../ui/queue/pane.py" line="215" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue/pane.py" line="227" />
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/queue/pane.py" line="229" />
        <source>loading…</source>
        <translation>加载中……</translation>
    </message>
    <message>
        <location filename="../../ui/queue/pane.py" line="280" />
        <source>Could not load the queue: %1</source>
        <translation>无法加载工单队列：%1</translation>
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
    <name>TicketPane</name>
    <message>
        <location filename="../../ui/ticket/pane.py" line="177" />
        <source>opened %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/pane.py" line="198" />
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/pane.py" line="227" />
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/pane.py" line="270" />
        <source>Status changed to %1</source>
        <translation>状态已改为“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/pane.py" line="335" />
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/pane.py" line="336" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/pane.py" line="337" />
        <source>Select a ticket in the queue</source>
        <translation>请在左侧队列中选择一个工单</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/pane.py" line="338" />
        <source>Status (F2)</source>
        <translation>状态（F2）</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="16" />
        <source>first reply</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="17" />
        <source>the buyer wrote</source>
        <translation>买家来消息</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="18" />
        <source>waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="19" />
        <source>compensation approved</source>
        <translation>补偿已批准</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="20" />
        <source>compensation refused</source>
        <translation>补偿被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="21" />
        <source>by the procedure</source>
        <translation>按流程</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="81" />
        <source>started the procedure %1</source>
        <translation>开始流程 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="84" />
        <source>continued in the procedure %1</source>
        <translation>转入流程 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="87" />
        <source>waiting for a supervisor's approval</source>
        <translation>等待主管审批</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="88" />
        <source>the supervisor approved</source>
        <translation>主管已批准</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="89" />
        <source>the supervisor refused</source>
        <translation>主管已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="90" />
        <source>procedure finished: %1</source>
        <translation>流程结束：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="93" />
        <source>procedure abandoned %1</source>
        <translation>放弃流程 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="105" />
        <source>passed on to operations: %1</source>
        <translation>反馈给运营：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="110" />
        <source>order shipped %1 %2</source>
        <translation>订单已发货 %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="115" />
        <source>order cancelled %1</source>
        <translation>订单已取消 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="125" />
        <source>opened the ticket (%1)</source>
        <translation>创建了工单（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="130" />
        <source>status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="138" />
        <source>changed the assignee</source>
        <translation>更改了处理人</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="140" />
        <source>unassigned the ticket</source>
        <translation>取消了分配</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="143" />
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="147" />
        <source>replied: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="151" />
        <source>noted: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="155" />
        <source>buyer wrote: %1</source>
        <translation>买家：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/timeline.py" line="181" />
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
        <location filename="../../ui/ticket/windows_box.py" line="39" />
        <source>The platform's deadline differs from the rule table (local: %1).</source>
        <translation>平台时限与规则表计算不一致（本地计算：%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/ticket/windows_box.py" line="74" />
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