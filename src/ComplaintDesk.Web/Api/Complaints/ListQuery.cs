using FluentValidation;

namespace ComplaintDesk.Web.Api.Complaints;

/// <summary>Query string of GET /api/complaints.</summary>
public sealed class ListQuery
{
    public ComplaintStatus? Status { get; init; }
    /// <summary>Category id.</summary>
    public long? Category { get; init; }
    public Channel? Channel { get; init; }
    /// <summary>Staff id of the handler who owns the complaint.</summary>
    public long? Assignee { get; init; }
    public long? DepartmentId { get; init; }
    /// <summary>Complaint number, customer phone (exact) or part of the customer's name.</summary>
    public string? Q { get; init; }
    /// <summary>Page size, 1 to 100 (default 25).</summary>
    public int? Limit { get; init; }
    /// <summary>The nextCursor of the previous page.</summary>
    public string? Cursor { get; init; }

    public ComplaintFilter ToFilter() =>
        new(Status, Category, Channel, Assignee, DepartmentId, Q, Limit ?? ComplaintFilter.DefaultLimit, Cursor);
}

public sealed class ListQueryValidator : AbstractValidator<ListQuery>
{
    public ListQueryValidator()
    {
        // Query binding accepts any number for an enum ("status=99"); only named values are filters.
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Channel).IsInEnum();
        RuleFor(q => q.Limit).InclusiveBetween(1, ComplaintFilter.MaxLimit);
        RuleFor(q => q.Q).MaximumLength(100)
            .Must(q => q is null || !q.Contains('\0')).WithMessage("'Q' may not contain the NUL character.");
        RuleFor(q => q.Cursor).Must(c => c is null || ComplaintQueries.TryDecodeCursor(c, out _))
            .WithMessage("'Cursor' must be a nextCursor returned by this endpoint.");
    }
}
