using ComplaintDesk.CustomerPortal;

namespace ComplaintDesk.UnitTests.CustomerPortal;

public sealed class PhoneMatchTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("0086 13812345678")]
    [InlineData("8613812345678")]
    public void The_phone_on_file_matches_however_the_customer_types_it(string typed) =>
        PhoneMatch.Same("13812345678", typed).ShouldBeTrue();

    [Theory]
    [InlineData("13812345679")]
    [InlineData("1381234567")]
    [InlineData("")]
    [InlineData("电话")]
    public void Another_number_or_no_digits_do_not_match(string typed) =>
        PhoneMatch.Same("13812345678", typed).ShouldBeFalse();

    [Fact]
    public void Nothing_matches_when_no_complaint_has_the_number() =>
        PhoneMatch.Same(null, "13812345678").ShouldBeFalse();
}
