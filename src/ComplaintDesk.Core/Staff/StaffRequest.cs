namespace ComplaintDesk.Staff;

/// <param name="Password">Required when creating; when updating, a new password or null to keep the current one.</param>
public sealed record StaffRequest(
    string? UserName, string? DisplayName, string? StaffNumber, string[]? Roles, long? DepartmentId, bool? IsActive, string? Password);

public sealed class StaffRequestValidator : AbstractValidator<StaffRequest>
{
    public StaffRequestValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().MaximumLength(Limits.UserName).Matches("^[a-zA-Z0-9._-]+$");
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(r => r.StaffNumber).NotEmpty().MaximumLength(Limits.StaffNumber)
            // The deadline monitor and the customer sign timeline entries with these numbers; no person may carry them.
            .Must(n => !new[] { Clocks.DeadlineMonitor.Actor.StaffNumber, Common.Actor.Customer.StaffNumber }
                .Contains(n?.Trim(), StringComparer.OrdinalIgnoreCase))
            .WithMessage("This staff number is reserved for the system.");
        RuleFor(r => r.Roles).NotEmpty();
        RuleForEach(r => r.Roles).Must(role => Staff.Roles.All.Contains(role))
            .WithMessage(r => $"Roles must be among: {string.Join(", ", Staff.Roles.All)}.");
        RuleFor(r => r.Password).MinimumLength(10).MaximumLength(128);
    }
}
