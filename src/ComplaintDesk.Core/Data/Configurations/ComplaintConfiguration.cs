using ComplaintDesk.ReferenceData;
using ComplaintDesk.Staff;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.Property(c => c.Id).UseIdentityAlwaysColumn();
        b.Property(c => c.Number).HasMaxLength(32);
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        b.Property(c => c.Description).HasMaxLength(Limits.LongText);
        b.Property(c => c.DesiredOutcome).HasMaxLength(Limits.MediumText);
        b.Property(c => c.AssigneeName).HasMaxLength(Limits.Name);
        b.Property(c => c.AssigneeStaffNumber).HasMaxLength(Limits.StaffNumber);
        b.Property(c => c.AssignedByName).HasMaxLength(Limits.Name);
        b.Property(c => c.TimelineHead).HasMaxLength(64);

        b.OwnsOne(c => c.Customer, customer =>
        {
            customer.Property(x => x.Name).HasMaxLength(Limits.Name);
            customer.Property(x => x.Phone).HasMaxLength(Limits.Phone);
            customer.Property(x => x.Email).HasMaxLength(Limits.Email);
            customer.Property(x => x.NationalId).HasMaxLength(Limits.NationalId);
            customer.Property(x => x.CustomerReference).HasMaxLength(Limits.Reference).HasColumnName("customer_reference");
            customer.Property(x => x.PreferredLanguage).HasMaxLength(16);
            customer.HasIndex(x => x.Phone);
            customer.HasIndex(x => x.NationalId);
        });
        b.Navigation(c => c.Customer).IsRequired();

        b.OwnsOne(c => c.Resolution, r =>
        {
            r.Property(x => x.Outcome).HasMaxLength(Limits.LongText);
            r.Property(x => x.MeasuresTaken).HasMaxLength(Limits.LongText);
            r.Property(x => x.ImprovementPlan).HasMaxLength(Limits.LongText);
            r.Property(x => x.RootCause).HasMaxLength(Limits.MediumText);
            r.Property(x => x.RedressAmount).HasPrecision(14, 2);
            // What reports group root causes by: the whole text is too long for an index entry (0012).
            r.Property<string?>("RootCauseHead").HasMaxLength(Reports.FigureKeys.RootCauseHeadLength)
                .HasComputedColumnSql($"left(resolution_root_cause, {Reports.FigureKeys.RootCauseHeadLength})", stored: true);
        });
        b.OwnsOne(c => c.Feedback, f =>
        {
            f.Property(x => x.Summary).HasMaxLength(Limits.LongText);
            f.Property(x => x.GivenByName).HasMaxLength(Limits.Name);
            f.Property(x => x.GivenByStaffNumber).HasMaxLength(Limits.StaffNumber);
        });
        b.OwnsOne(c => c.Closure, c =>
        {
            c.Property(x => x.FinalComment).HasMaxLength(Limits.MediumText);
            // The regulatory return counts what was closed in a quarter and what was still open at its start.
            c.HasIndex(x => x.ClosedAt);
        });
        // Its own table: reports count surveys without reading complaints, and most complaints never have one.
        b.OwnsOne(c => c.Survey, s =>
        {
            s.ToTable("satisfaction_surveys", t => t.HasCheckConstraint("ck_satisfaction_surveys_rating",
                $"rating BETWEEN {SatisfactionSurvey.LowestRating} AND {SatisfactionSurvey.HighestRating}"));
            s.WithOwner().HasForeignKey("ComplaintId");
            s.Property(x => x.Comment).HasMaxLength(Limits.MediumText);
            s.HasIndex(x => x.AnsweredAt);
        });

        b.HasOne<Category>().WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.AssignedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.RegisteredById).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.ComplaintId);
        b.HasMany(c => c.Appeals).WithOne().HasForeignKey(a => a.ComplaintId);
        b.HasMany(c => c.Escalations).WithOne().HasForeignKey(e => e.ComplaintId);
        b.HasMany(c => c.Timeline).WithOne().HasForeignKey(e => e.ComplaintId);
        b.HasMany(c => c.Deadlines).WithOne().HasForeignKey(d => d.ComplaintId);
        b.HasMany(c => c.Pauses).WithOne().HasForeignKey(p => p.ComplaintId);
        b.HasMany(c => c.Extensions).WithOne().HasForeignKey(e => e.ComplaintId);
        b.Ignore(c => c.Notices);
        b.Property(c => c.SlaProfile).HasMaxLength(16);

        // The list endpoint pages by id descending; each filter has an index that keeps that order cheap.
        b.HasIndex(c => new { c.Status, c.Id });
        b.HasIndex(c => new { c.AssigneeId, c.Status });
        b.HasIndex(c => new { c.CategoryId, c.Id });
        b.HasIndex(c => new { c.DepartmentId, c.Id });
        b.HasIndex(c => new { c.Channel, c.Id });
        b.HasIndex(c => c.ReceivedAt);
        // A handler's queue: open cases, nearest deadline first.
        b.HasIndex(c => new { c.AssigneeId, c.ResponseDueAt, c.Id });
        b.HasIndex(c => new { c.AssigneeId, c.NextDueAt, c.Id });
        // Reports: a period's complaints of one department or channel (0010_report_indexes.sql). The covering index of
        // all of a period's complaints, ix_complaints_received_at_id, lives in 0012_report_covering_index.sql only: it
        // includes columns of the owned Resolution, which an EF Core index cannot name.
        b.HasIndex(c => new { c.ReceivedAt, c.Id }, "ix_complaints_open_received_at_id")
            .HasFilter("status NOT IN ('Closed', 'Withdrawn')")
            .IncludeProperties(c => new { c.Status, c.DepartmentId, c.Channel, c.ResponseDueAt, c.NextDueAt, c.PausedSince, c.SlaAtRiskFrom });
        b.HasIndex(c => new { c.DepartmentId, c.ReceivedAt });
        b.HasIndex(c => new { c.Channel, c.ReceivedAt });
    }
}
