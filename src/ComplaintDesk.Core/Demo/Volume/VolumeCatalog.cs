namespace ComplaintDesk.Demo.Volume;

/// <summary>
/// Word lists for generated complaints: common Chinese surnames and given-name characters, the departments and
/// business categories of a retail bank's complaint statistics, and what customers typically write about each one.
/// </summary>
internal static class VolumeCatalog
{
    // The most frequent surnames first; the sampler favours the front of the list, as real name frequencies do.
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
        "欧阳", "司马", "诸葛",
    ];

    public static readonly string[] GivenNameCharacters =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "英", "华", "玉", "萍", "红", "建", "文", "辉", "力", "春", "海", "燕", "鹏", "宇", "欣", "婷", "浩", "晨",
        "子", "涵", "梓", "轩", "雨", "思", "嘉", "博", "佳", "怡", "俊", "志", "国", "庆", "梅", "兰", "凤", "云", "飞", "琳",
    ];

    public static readonly string[] MobilePrefixes =
        ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "170", "176", "177", "180", "181", "186", "187", "188", "189", "199"];

    public static readonly string[] EmailDomains = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com"];

    /// <summary>Departments a generated complaint can be assigned to (created when missing, by code).</summary>
    public static readonly (string Code, string Name)[] Departments =
    [
        ("CARD", "信用卡中心"), ("RETAIL", "零售银行部"), ("BRANCH", "网点运营部"), ("DIGITAL", "电子银行部"),
        ("WEALTH", "财富管理部"), ("LENDING", "个人信贷部"), ("PAYMENTS", "支付结算部"),
    ];

    /// <summary>
    /// Business categories after the lines of the Chinese consumer-complaint statistics (docs/reports.md), each with
    /// the department that usually handles it, its share of complaints (per mille), and typical descriptions.
    /// </summary>
    public static readonly VolumeCategory[] Categories =
    [
        new("CARD_DELIVERY", "信用卡寄送", "Card delivery", "CARD", 40,
            ["信用卡寄出后一直未收到，快递单号查不到物流信息", "新卡被寄到旧地址，担心信息泄露", "补办的信用卡两周仍未寄出"]),
        new("CREDIT_CARD", "信用卡业务", "Credit cards", "CARD", 260,
            ["信用卡账单出现一笔不认识的消费，要求核查并退款", "分期手续费与办理时告知的不一致", "逾期一天被收取违约金并影响征信",
             "信用卡额度被无故降低，事先没有通知", "年费在首年免年费期内被扣收", "催收电话频繁打到单位，影响工作"]),
        new("FEES", "收费争议", "Fees and charges", "RETAIL", 90,
            ["账户被扣收小额账户管理费，开户时未告知", "跨行转账手续费与公示标准不符", "短信通知服务费未经同意开通并扣费"]),
        new("DEBIT_CARD", "借记卡与储蓄", "Debit cards and savings", "RETAIL", 120,
            ["借记卡被冻结，柜台无法说明原因", "定期存款提前支取利息计算有误", "ATM取款未出钞但账户已扣款"]),
        new("LOAN", "个人贷款", "Personal loans", "LENDING", 110,
            ["房贷提前还款被收取违约金，合同中未约定", "贷款审批时间远超承诺，导致购房违约", "贷款利率调整后月供计算不正确",
             "征信报告出现错误的逾期记录，要求更正"]),
        new("WEALTH", "理财与代销", "Wealth and third-party products", "WEALTH", 80,
            ["理财经理推荐的产品风险等级与本人评估不符，出现亏损", "代销保险被说成存款，要求退保退款", "理财产品到期资金迟迟未到账"]),
        new("PAYMENTS", "支付结算", "Payments", "PAYMENTS", 90,
            ["手机银行转账显示成功，对方未收到", "境外汇款被退回，手续费不退还", "快捷支付被盗刷，要求冻结并追回"]),
        new("DIGITAL", "网上银行与手机银行", "Online and mobile banking", "DIGITAL", 110,
            ["手机银行升级后无法登录，多次重置密码无效", "网银页面转账限额被调低，未提前告知", "人脸识别一直失败，无法办理业务"]),
        new("SERVICE", "服务态度与质量", "Staff conduct and service", "BRANCH", 80,
            ["网点排队两个小时，只开一个窗口", "柜员态度恶劣，拒绝解释业务规定", "客服电话长时间无人接听，转人工失败"]),
    ];

    public static readonly string[] DesiredOutcomes =
        ["退还相关费用", "尽快处理并给出书面答复", "更正征信记录", "赔偿损失", "向本人道歉并改进服务", "解释清楚原因"];

    public static readonly string[] RootCauses =
        ["流程缺陷", "系统故障", "员工操作失误", "产品说明不充分", "第三方原因", "客户误解"];

    public static readonly string[] WithdrawReasons =
        ["客户表示问题已自行解决", "客户撤回投诉", "客户已与网点协商一致"];

    public static readonly string[] AppealReasons =
        ["对处理结果不满意，要求重新核查", "退款金额不足，要求全额退还", "处理过程中无人联系，要求复核"];

    public static readonly string[] SurveyComments =
        ["处理及时，态度很好", "问题解决了，但等待时间较长", "还算满意", "希望以后不要再发生", "处理人员很专业"];
}

/// <summary>A business category with its usual department, its weight in the volume (per mille) and sample texts.</summary>
internal sealed record VolumeCategory(string Code, string Name, string NameEn, string DepartmentCode, int Weight, string[] Descriptions);
