using ComplaintDesk.Notifications;
using FluentValidation;

namespace ComplaintDesk.Web.Api.Notifications;

/// <summary>Query string of GET /api/admin/outbox.</summary>
public sealed class OutboxQuery
{
    public const int DefaultLimit = 50;

    public OutboxStatus? Status { get; init; }
    /// <summary>How many messages, 1 to 200 (default 50).</summary>
    public int? Limit { get; init; }
}

public sealed class OutboxQueryValidator : AbstractValidator<OutboxQuery>
{
    public OutboxQueryValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Limit).InclusiveBetween(1, OutboxAdministration.MaxListed);
    }
}
