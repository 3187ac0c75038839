using ComplaintDesk.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace ComplaintDesk.IntegrationTests.CustomerPortal;

public sealed class LoggedPathTests
{
    [Theory]
    [InlineData("/customer/CfDJ8abc-_x", "/customer/***")]
    [InlineData("/api/customer/complaints/CfDJ8abc/confirm", "/api/customer/complaints/***/confirm")]
    [InlineData("/customer", "/customer")]
    [InlineData("/api/customer/lookup", "/api/customer/lookup")]
    [InlineData("/api/complaints/12/confirm", "/api/complaints/12/confirm")]
    public void A_customer_link_token_never_reaches_the_request_log(string path, string logged) =>
        LoggedPath.Of(new PathString(path)).ShouldBe(logged);
}
