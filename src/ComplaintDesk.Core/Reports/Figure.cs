namespace ComplaintDesk.Reports;

/// <summary>
/// A parsed figure key: the predicate that selects the complaints counted in the figure, and the key's parts for
/// naming it. <see cref="Arguments"/> are bound to the parameters @k0, @k1… that the predicate names.
/// </summary>
/// <param name="Kind">The key's first part: <c>received</c>, <c>open</c>, <c>sla</c>, <c>category</c>, <c>day</c>…</param>
/// <param name="Subject">What the kind is narrowed to: a status, a rating, an SLA target, a day, a root cause, a category
/// code, channel, handler or department id; null for a plain figure.</param>
/// <param name="Measure">The second narrowing: <c>met</c>/<c>missed</c> of an SLA target, or a breakdown row's
/// <c>open</c>, <c>closed</c>, <c>overdue</c>, <c>surveyed</c>; null for none.</param>
public sealed record Figure(string Key, string Predicate, IReadOnlyList<object> Arguments, string Kind, string? Subject = null,
    string? Measure = null);
