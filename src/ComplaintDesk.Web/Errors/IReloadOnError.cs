namespace ComplaintDesk.Web.Errors;

/// <summary>
/// A page whose POST handlers may fail validation or a business rule: the filter calls this to load what the page
/// shows (lists, the current complaint) before rendering it again with the user's input and the errors.
/// </summary>
public interface IReloadOnError
{
    Task ReloadAsync(CancellationToken ct);
}
