namespace ComplaintDesk.Web.Errors;

/// <summary>
/// Marks a POST handler that only looks something up for a half-filled form (e.g. the customer's history), so the
/// page filter does not complain about the fields the user has not reached yet.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NoInputValidationAttribute : Attribute;
