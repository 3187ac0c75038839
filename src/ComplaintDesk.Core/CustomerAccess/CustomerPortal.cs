using ComplaintDesk.Common;
using ComplaintDesk.Complaints;
using ComplaintDesk.Complaints.Steps;
using ComplaintDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.CustomerAccess;

/// <summary>A fresh link to a complaint's customer view, handed out after a successful look-up.</summary>
public sealed record CustomerLink(string Token, string Url);

/// <summary>
/// The customer's side, shared by the public pages and the anonymous API: look a complaint up by number and phone,
/// read it through a signed link, and answer the result (confirm or appeal) and the survey. Every answer goes through
/// <see cref="ComplaintWorkflow"/> as <see cref="Actor.Customer"/>, so the timeline, clocks and outbox behave as
/// when staff record it.
/// </summary>
public sealed class CustomerPortal(
    ComplaintDbContext db, ComplaintWorkflow workflow, CustomerLinks links, LookupThrottle throttle, TimeProvider clock)
{
    public async Task<CustomerLink> LookupAsync(LookupRequest r, string clientAddress, CancellationToken ct)
    {
        var number = r.NormalizedNumber;
        var client = clientAddress.Length > LookupThrottle.ClientAddressLength ? clientAddress[..LookupThrottle.ClientAddressLength] : clientAddress;
        await throttle.EnsureAllowedAsync(number, client, ct);

        var found = await db.Complaints.AsNoTracking().Where(c => c.Number == number)
            .Select(c => new { c.Id, c.Customer.Phone }).FirstOrDefaultAsync(ct);
        if (!PhoneMatch.Same(found?.Phone, r.Phone))
        {
            await throttle.RecordFailureAsync(number, client, ct);
            throw new LookupFailedException();
        }
        var token = links.Token(found!.Id, clock.GetUtcNow());
        return new CustomerLink(token, links.UrlOf(token));
    }

    public async Task<CustomerComplaintView> GetAsync(string? token, CancellationToken ct)
    {
        var id = Open(token);
        var complaint = await ComplaintQueries.LoadFullAsync(db.Complaints.AsNoTracking(), id, ct)
            ?? throw new CustomerLinkRefusedException(LinkState.Invalid);
        var timeline = await db.TimelineEvents.AsNoTracking().Where(e => e.ComplaintId == id).OrderBy(e => e.Sequence).ToListAsync(ct);
        return CustomerComplaintView.From(complaint, timeline, clock.GetUtcNow());
    }

    public async Task ConfirmAsync(string? token, CustomerConfirmRequest r, CancellationToken ct) =>
        await workflow.ConfirmAsync(Open(token), new ConfirmRequest(r.Satisfied ?? true, r.Comment), Actor.Customer, null, ct);

    public async Task AppealAsync(string? token, ReasonRequest r, CancellationToken ct) =>
        await workflow.AppealAsync(Open(token), r, Actor.Customer, null, ct);

    public async Task AnswerSurveyAsync(string? token, SurveyRequest r, CancellationToken ct) =>
        await workflow.AnswerSurveyAsync(Open(token), r, Actor.Customer, null, ct);

    /// <summary>The complaint the link opens; a refused link is an error before anything is read or written.</summary>
    private long Open(string? token)
    {
        var check = links.Read(token, clock.GetUtcNow());
        return check is { State: LinkState.Valid, ComplaintId: { } id } ? id : throw new CustomerLinkRefusedException(check.State);
    }
}
