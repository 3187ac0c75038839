namespace ComplaintDesk.CustomerPortal;

/// <summary>The public look-up: the complaint number from the receipt and the phone number given at intake.</summary>
public sealed record LookupRequest(string? Number, string? Phone)
{
    public const int NumberLength = 32;

    /// <summary>Receipts print the number in capitals; customers type it any way.</summary>
    public string NormalizedNumber => (Number ?? "").Trim().ToUpperInvariant();
}

public sealed class LookupRequestValidator : AbstractValidator<LookupRequest>
{
    public LookupRequestValidator()
    {
        RuleFor(r => r.Number).NotEmpty().MaximumLength(LookupRequest.NumberLength);
        RuleFor(r => r.Phone).NotEmpty().MaximumLength(Limits.Phone);
    }
}
