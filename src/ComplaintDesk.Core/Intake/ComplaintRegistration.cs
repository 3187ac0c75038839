using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ComplaintDesk.Clocks;
using ComplaintDesk.Notifications;
using ComplaintDesk.Numbering;
using ComplaintDesk.ReferenceData;
using Npgsql;

namespace ComplaintDesk.Intake;

/// <param name="Replayed">True when an Idempotency-Key matched an earlier request and its complaint is returned again.</param>
public sealed record RegistrationResult(Complaint Complaint, bool Replayed);

/// <summary>Intake: numbers and stores a new complaint, at most once per Idempotency-Key.</summary>
public sealed class ComplaintRegistration(ComplaintDbContext db, ComplaintNumberIssuer numbers, SlaRulesProvider sla, TimeProvider clock,
    ComplaintStore store)
{
    public async Task<RegistrationResult> RegisterAsync(RegisterComplaintRequest r, Actor by, string? idempotencyKey, CancellationToken ct)
    {
        var now = Clock.Normalize(clock.GetUtcNow());
        var categoryId = await ResolveCategoryAsync(r.CategoryId, ct);
        var requestHash = idempotencyKey is null ? null : Hash(r);
        var rules = await sla.GetAsync(db, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        IdempotencyRecord? record = null;
        if (idempotencyKey is not null)
        {
            // Claimed first: a concurrent retry with the same key waits on this row and then finds the result.
            record = new IdempotencyRecord(idempotencyKey, by.StaffId, requestHash!, now);
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                await tx.RollbackAsync(ct);
                return await ReplayAsync(idempotencyKey, by, requestHash!, ct);
            }
        }

        var c = r.Customer!;
        var registration = new Registration(
            new Customer(c.Name!.Trim(), PersonalData.NormalizePhone(c.Phone!), Blank(c.Email),
                Blank(c.NationalId) is { } id ? PersonalData.NormalizeNationalId(id) : null, Blank(c.CustomerReference),
                c.PreferredLanguage ?? MessageLanguages.Chinese),
            r.Channel!.Value, r.ReceivedAt ?? now, categoryId, r.Priority ?? Priority.Normal, r.Description!, Blank(r.DesiredOutcome));
        var number = await numbers.NextAsync(db, now, ct);
        var complaint = Complaint.Register(number, registration, rules, by, now);
        record?.Complete(complaint);
        // The number's row stays locked until the commit, so this is kept to two saves: the complaint with its timeline
        // entry, deadlines and the key's link, then the acknowledgement's outbox row, which needs the complaint's id.
        await store.AddAsync(complaint, now, ct);
        await tx.CommitAsync(ct);
        return new RegistrationResult(complaint, Replayed: false);
    }

    private async Task<RegistrationResult> ReplayAsync(string key, Actor by, string requestHash, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var earlier = await db.IdempotencyRecords.AsNoTracking().SingleAsync(x => x.StaffId == by.StaffId && x.Key == key, ct);
        if (earlier.RequestHash != requestHash)
            throw new IllegalTransitionException("reuse an Idempotency-Key for", "a different request",
                "This Idempotency-Key was already used for a different request.");
        var complaint = await ComplaintQueries.LoadFullAsync(db.Complaints.AsNoTracking(), earlier.ComplaintId!.Value, ct);
        return new RegistrationResult(complaint!, Replayed: true);
    }

    private async Task<long> ResolveCategoryAsync(long? categoryId, CancellationToken ct)
    {
        if (categoryId is null)
            return await db.Categories.Where(x => x.Code == Category.UnclassifiedCode).Select(x => x.Id).SingleAsync(ct);
        var active = await db.Categories.AnyAsync(x => x.Id == categoryId && x.IsActive, ct);
        return active ? categoryId.Value : throw new RuleViolationException("categoryId", $"Category {categoryId} does not exist or is inactive.");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Hash(RegisterComplaintRequest r) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(r))));
}
