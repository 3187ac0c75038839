using ComplaintDesk.CustomerPortal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.UnitTests.CustomerPortal;

public sealed class CustomerLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 9, 2, 0, 0, TimeSpan.Zero);
    private static readonly CustomerLinkOptions Options = new() { PublicBaseUrl = "https://complaints.example-bank.cn/", Lifetime = TimeSpan.FromDays(45) };
    private static readonly IDataProtectionProvider Keys = new EphemeralDataProtectionProvider();

    private static CustomerLinks Links(IDataProtectionProvider? keys = null) => new(keys ?? Keys, Microsoft.Extensions.Options.Options.Create(Options));

    [Fact]
    public void A_fresh_token_opens_its_complaint()
    {
        var links = Links();

        links.Read(links.Token(41, Now), Now.AddDays(44)).ShouldBe(new LinkCheck(LinkState.Valid, 41));
    }

    [Fact]
    public void The_url_is_the_public_base_the_view_path_and_the_token()
    {
        var url = Links().Url(41, Now);

        url.ShouldStartWith("https://complaints.example-bank.cn/customer/");
        Links().Read(url["https://complaints.example-bank.cn/customer/".Length..], Now).ComplaintId.ShouldBe(41);
    }

    [Fact]
    public void A_token_with_one_character_changed_is_invalid()
    {
        var links = Links();
        var token = links.Token(41, Now);
        var i = token.Length / 2;
        var tampered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];

        links.Read(tampered, Now).ShouldBe(new LinkCheck(LinkState.Invalid, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8")]
    public void Garbage_is_invalid(string? token)
    {
        Links().Read(token, Now).State.ShouldBe(LinkState.Invalid);
    }

    [Fact]
    public void A_token_made_with_other_keys_is_invalid()
    {
        var token = Links(new EphemeralDataProtectionProvider()).Token(41, Now);

        Links().Read(token, Now).State.ShouldBe(LinkState.Invalid);
    }

    [Fact]
    public void Data_protected_for_another_purpose_with_the_same_keys_is_invalid()
    {
        var other = Keys.CreateProtector("ComplaintDesk.SomethingElse").Protect($"41|{(Now + TimeSpan.FromDays(1)).ToUnixTimeSeconds()}");

        Links().Read(other, Now).State.ShouldBe(LinkState.Invalid);
    }

    [Fact]
    public void A_token_past_its_lifetime_by_the_clock_is_expired()
    {
        var links = Links();
        var token = links.Token(41, Now);

        links.Read(token, Now + Options.Lifetime).State.ShouldBe(LinkState.Valid);
        links.Read(token, Now + Options.Lifetime + TimeSpan.FromSeconds(1)).ShouldBe(new LinkCheck(LinkState.Expired, null));
    }
}
