using ComplaintDesk.Handling;
using ComplaintDesk.Handling.Steps;

namespace ComplaintDesk.CustomerPortal;

/// <summary>A fresh link to a complaint's customer view, handed out after a successful look-up.</summary>
public sealed record CustomerLink(string Token, string Url);

/// <summary>
/// The customer's side, shared by the public pages and the anonymous API: look a complaint up by number and phone,
/// read it through a signed link, and answer the result (confirm or appeal) and the survey. Every answer goes through
/// <see cref="ComplaintWorkflow"/> as <see cref="Actor.Customer"/>, so the timeline, clocks and outbox behave as
/// when staff record it.
/// </summary>
public sealed class CustomerPortalService(
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

    public Task ConfirmAsync(string? token, CustomerConfirmRequest r, CancellationToken ct) =>
        AnswerResultAsync(token, r.ResultGivenAt, (id, version) =>
            workflow.PerformAsync(CaseSteps.Confirm, id, new ConfirmRequest(r.Satisfied, r.Comment), Actor.Customer, version, ct), ct);

    public Task AppealAsync(string? token, CustomerAppealRequest r, CancellationToken ct) =>
        AnswerResultAsync(token, r.ResultGivenAt, (id, version) =>
            workflow.PerformAsync(CaseSteps.Appeal, id, new ReasonRequest(r.Reason), Actor.Customer, version, ct), ct);

    public async Task AnswerSurveyAsync(string? token, SurveyRequest r, CancellationToken ct) =>
        await workflow.PerformAsync(CaseSteps.AnswerSurvey, Open(token), r, Actor.Customer, null, ct);

    /// <summary>
    /// An answer to the result the customer read: when they name it (by when it was given) and it is no longer the
    /// complaint's result, they would be answering something they never saw, so it is a conflict before anything is
    /// written; when it is, the version read with it makes any change in between a conflict too.
    /// </summary>
    private async Task AnswerResultAsync(string? token, DateTimeOffset? resultGivenAt,
        Func<long, uint?, Task<Complaint>> answer, CancellationToken ct)
    {
        var id = Open(token);
        uint? expectedVersion = null;
        if (resultGivenAt is { } answered)
        {
            var current = await db.Complaints.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { GivenAt = (DateTimeOffset?)c.Feedback!.GivenAt, c.Version }).FirstOrDefaultAsync(ct)
                ?? throw new CustomerLinkRefusedException(LinkState.Invalid);
            if (current.GivenAt is not { } given || !SameMoment(given, answered))
                throw await ResultChangedAsync(token, ct);
            expectedVersion = current.Version;
        }
        try
        {
            await answer(id, expectedVersion);
        }
        catch (ConcurrencyConflictException)
        {
            // The workflow's conflict carries the staff view; the customer gets their own.
            throw await ResultChangedAsync(token, ct);
        }
    }

    /// <summary>
    /// Compared to the millisecond: clients that read the timestamp into a millisecond date (JavaScript) still match,
    /// and two results of one complaint are never given within the same millisecond.
    /// </summary>
    private static bool SameMoment(DateTimeOffset a, DateTimeOffset b) =>
        a.UtcTicks / TimeSpan.TicksPerMillisecond == b.UtcTicks / TimeSpan.TicksPerMillisecond;

    private async Task<ConcurrencyConflictException> ResultChangedAsync(string? token, CancellationToken ct)
    {
        var current = await GetAsync(token, ct);
        return new ConcurrencyConflictException(
            $"Complaint {current.Number} has changed since its result was read; read it again and answer the current result.", current);
    }

    /// <summary>The complaint the link opens; a refused link is an error before anything is read or written.</summary>
    private long Open(string? token)
    {
        var check = links.Read(token, clock.GetUtcNow());
        return check is { State: LinkState.Valid, ComplaintId: { } id } ? id : throw new CustomerLinkRefusedException(check.State);
    }
}
