namespace ComplaintDesk.Notifications.Templates;

/// <summary>New wording for one template; which placeholders it may use depends on its key (checked by the template).</summary>
public sealed record TemplateRequest(string? Subject, string? Body);

public sealed class TemplateRequestValidator : AbstractValidator<TemplateRequest>
{
    /// <summary>An SMS gateway splits long texts; a subject is one line in a mail client.</summary>
    public const int SubjectLength = 200;

    public TemplateRequestValidator()
    {
        RuleFor(r => r.Subject).NotEmpty().MaximumLength(SubjectLength);
        RuleFor(r => r.Body).NotEmpty().MaximumLength(Limits.LongText);
    }
}
