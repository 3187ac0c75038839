using ComplaintDesk.Staff;

namespace ComplaintDesk.Demo;

internal static class DemoCatalog
{
    public static readonly (string Code, string Name)[] Departments =
    [
        ("CARD", "信用卡中心"),
        ("RETAIL", "零售银行部"),
        ("BRANCH", "网点运营部"),
        ("DIGITAL", "电子银行部"),
    ];

    public static readonly (string Code, string Name, string NameEn)[] Categories =
    [
        ("CARD_DELIVERY", "信用卡寄送", "Card delivery"),
        ("FEES", "收费争议", "Fees and charges"),
        ("SERVICE", "服务态度", "Staff conduct"),
        ("ACCOUNT", "账户管理", "Account management"),
        ("LOAN", "贷款与按揭", "Loans and mortgages"),
        ("DIGITAL", "网上银行与手机银行", "Online and mobile banking"),
    ];

    public static readonly (string UserName, string Name, string StaffNumber, string[] Roles)[] Users =
    [
        ("counter1", "王柜员", "C1001", [Roles.Counter]),
        ("handler1", "李处理", "H2001", [Roles.Handler]),
        ("handler2", "张处理", "H2002", [Roles.Handler]),
        ("supervisor1", "陈主管", "S3001", [Roles.Supervisor]),
        ("manager1", "刘经理", "M4001", [Roles.Manager]),
        ("admin", "系统管理员", "A9001", [Roles.Admin]),
    ];
}
