using ComplaintDesk.Complaints.Views;
using ComplaintDesk.Handling;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api.Handling;

/// <summary>The signed-in handler's own open complaints, nearest running deadline first: the "My queue" page as data.</summary>
public static class QueueApi
{
    public static void MapQueueApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/queue", List).WithTags("Queue").AddEndpointFilter<ValidationFilter>()
            .RequireAuthorization(Policies.Handle).WithName("ListMyQueue")
            .WithSummary("My open complaints, nearest running deadline first, with the working time left; keyset paging")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<Page<QueueItem>>> List([AsParameters] QueueQuery query, HttpContext http, HandlerQueue queue,
        CancellationToken ct) =>
        TypedResults.Ok(await queue.ListAsync(http.User.ToActor().StaffId, query.ToFilter(), ct));
}

/// <summary>Query string of GET /api/queue.</summary>
public sealed class QueueQuery
{
    public ComplaintStatus? Status { get; init; }
    /// <summary>Category id.</summary>
    public long? Category { get; init; }
    public Priority? Priority { get; init; }
    /// <summary>Complaint number, customer phone (exact) or part of the customer's name.</summary>
    public string? Q { get; init; }
    /// <summary>Page size, 1 to 100 (default 25).</summary>
    public int? Limit { get; init; }
    /// <summary>The nextCursor of the previous page.</summary>
    public string? Cursor { get; init; }

    public QueueFilter ToFilter() => new(Status, Category, Priority, Q, Limit ?? QueueFilter.DefaultLimit, Cursor);
}

public sealed class QueueQueryValidator : AbstractValidator<QueueQuery>
{
    public QueueQueryValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Priority).IsInEnum();
        RuleFor(q => q.Limit).InclusiveBetween(1, QueueFilter.MaxLimit);
        RuleFor(q => q.Q).MaximumLength(100)
            .Must(q => q is null || !q.Contains('\0')).WithMessage("'Q' may not contain the NUL character.");
        RuleFor(q => q.Cursor).Must(c => c is null || HandlerQueue.TryDecodeCursor(c, out _, out _))
            .WithMessage("'Cursor' must be a nextCursor returned by this endpoint.");
    }
}
