using ComplaintDesk.Escalations;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> b)
    {
        b.Property(e => e.Id).UseIdentityAlwaysColumn();
        b.Property(e => e.Problem).HasMaxLength(Limits.LongText);
        b.Property(e => e.CustomerMood).HasMaxLength(Limits.MediumText);
        b.Property(e => e.CustomerExpectation).HasMaxLength(Limits.MediumText);
        b.Property(e => e.ActionsTaken).HasMaxLength(Limits.LongText);
        b.Property(e => e.RaisedByName).HasMaxLength(Limits.Name);
        b.Property(e => e.Decision).HasMaxLength(Limits.LongText);
        b.Property(e => e.DecidedByName).HasMaxLength(Limits.Name);
        // The supervisors' inbox: escalations still waiting for a decision.
        b.HasIndex(e => e.RaisedAt).HasFilter("decided_at IS NULL").HasDatabaseName("ix_escalations_pending");
        b.Ignore(e => e.IsPending);
    }
}
