namespace ComplaintDesk.UnitTests.Common;

public class PersonalDataTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+8613812345678", "+86*******5678")]
    [InlineData("1234567", "*******")]
    public void Phone_numbers_keep_only_their_ends(string phone, string expected)
    {
        PersonalData.MaskPhone(phone).ShouldBe(expected);
    }

    [Fact]
    public void Short_values_are_masked_entirely()
    {
        PersonalData.MaskPhone("12345").ShouldBe("*****");
        PersonalData.MaskNationalId("").ShouldBe("");
        PersonalData.MaskPhone(null).ShouldBeNull();
    }

    [Fact]
    public void National_ids_keep_only_their_ends()
    {
        PersonalData.MaskNationalId("11010119900307123X").ShouldBe("110***********123X");
    }

    [Theory]
    [InlineData("客户电话 13812345678 来电", "客户电话 138****5678 来电")]
    [InlineData("身份证110101199003071234。", "身份证110***********1234。")]
    [InlineData("ID 11010119900307123X end", "ID 110***********123X end")]
    [InlineData("投诉编号 TS20261122000123 已登记", "投诉编号 TS20261122000123 已登记")]
    [InlineData("金额 200 元，短号 12345", "金额 200 元，短号 12345")]
    public void Digit_runs_in_free_text_are_masked_but_complaint_numbers_are_not(string text, string expected)
    {
        PersonalData.MaskDigitsIn(text).ShouldBe(expected);
    }
}
