namespace ComplaintDesk.Reporting;

/// <summary>
/// A parsed figure key: the predicate that selects the complaints counted in the figure. <see cref="Arguments"/> are
/// bound to the parameters @k0, @k1… that the predicate names.
/// </summary>
public sealed record Figure(string Key, string Predicate, IReadOnlyList<object> Arguments);
