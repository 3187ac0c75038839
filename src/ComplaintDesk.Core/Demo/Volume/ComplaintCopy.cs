using Npgsql;

namespace ComplaintDesk.Demo.Volume;

/// <summary>
/// Writes a batch of generated complaints with binary COPY, one statement per table. The complaint ids are reserved
/// from the identity's sequence beforehand, because the child rows must name them; COPY writes given identity values
/// as INSERT ... OVERRIDING SYSTEM VALUE would.
/// </summary>
internal static class ComplaintCopy
{
    public static void Write(NpgsqlConnection connection, IReadOnlyList<(long Id, Complaint Complaint)> batch)
    {
        Copy<Complaint>(connection, """
            complaints (id, number, status, customer_name, customer_phone, customer_email, customer_national_id,
                customer_reference, channel, received_at, registered_at, registered_by_id, category_id, priority, description,
                desired_outcome, department_id, assignee_id, assignee_name, assignee_staff_number, assigned_by_id,
                assigned_by_name, assigned_at, resolution_outcome, resolution_measures_taken, resolution_improvement_plan,
                resolution_upheld, resolution_partly_upheld, resolution_root_cause, resolution_redress_amount, resolved_at,
                feedback_channel, feedback_summary, feedback_given_at, feedback_given_by_name, feedback_given_by_staff_number,
                closure_reason, closure_customer_satisfied, closure_final_comment, closure_closed_at, appeal_count,
                escalation_level, updated_at, timeline_length, timeline_head, response_due_at, sla_profile, next_due_at, paused_since,
                sla_ack_outcome, sla_ack_due_at, sla_ack_completed_at, sla_contact_outcome, sla_contact_due_at, sla_contact_completed_at,
                sla_resolution_outcome, sla_resolution_due_at, sla_resolution_completed_at, sla_at_risk_from, survey_rating)
            """, batch, c => [c], WriteComplaint);
        Copy(connection, """
            complaint_deadlines (complaint_id, target, round, started_at, span_amount, span_unit, profile_code, policy_id,
                policy_version, base_due_at, due_at, at_risk_from, extensions, completed_at, outcome, at_risk_notified_at, missed_at)
            """, batch, c => c.Deadlines, (w, id, d) =>
            {
                w.Long(id); w.Enum(d.Target); w.Int(d.Round); w.Time(d.StartedAt); w.Int(d.SpanAmount); w.Enum(d.SpanUnit);
                w.Text(d.ProfileCode); w.Long(d.PolicyId); w.Int(d.PolicyVersion); w.Time(d.BaseDueAt); w.Time(d.DueAt);
                w.Time(d.AtRiskFrom); w.Int(d.Extensions); w.Time(d.CompletedAt); w.Enum(d.Outcome); w.Time(d.AtRiskNotifiedAt);
                w.Time(d.MissedAt);
            });
        Copy(connection, """
            handling_steps (complaint_id, kind, text, customer_visible, author_id, author_name, author_staff_number, recorded_at, due_at)
            """, batch, c => c.Steps, (w, id, s) =>
            {
                w.Long(id); w.Enum(s.Kind); w.Text(s.Text); w.Bool(s.CustomerVisible); w.Long(s.AuthorId); w.Text(s.AuthorName);
                w.Text(s.AuthorStaffNumber); w.Time(s.RecordedAt); w.Time(s.DueAt);
            });
        Copy(connection, "appeals (complaint_id, ordinal, reason, recorded_by_id, recorded_by_name, recorded_at)",
            batch, c => c.Appeals, (w, id, a) =>
            {
                w.Long(id); w.Int(a.Ordinal); w.Text(a.Reason); w.Long(a.RecordedById); w.Text(a.RecordedByName); w.Time(a.RecordedAt);
            });
        Copy(connection, """
            escalations (complaint_id, level, problem, customer_mood, customer_expectation, actions_taken, urgency, raised_by_id,
                raised_by_name, raised_at, decision, decided_by_id, decided_by_name, decided_at)
            """, batch, c => c.Escalations, (w, id, e) =>
            {
                w.Long(id); w.Int(e.Level); w.Text(e.Problem); w.Text(e.CustomerMood); w.Text(e.CustomerExpectation);
                w.Text(e.ActionsTaken); w.Enum(e.Urgency); w.Long(e.RaisedById); w.Text(e.RaisedByName); w.Time(e.RaisedAt);
                w.Text(e.Decision); w.Long(e.DecidedById); w.Text(e.DecidedByName); w.Time(e.DecidedAt);
            });
        Copy(connection, """
            complaint_extensions (complaint_id, sequence, reason, approver_role, proposed_due_at, requested_by_id,
                requested_by_name, requested_at, approved, decision_comment, decided_by_id, decided_by_name, decided_at)
            """, batch, c => c.Extensions, (w, id, x) =>
            {
                w.Long(id); w.Int(x.Sequence); w.Text(x.Reason); w.Text(x.ApproverRole); w.Time(x.ProposedDueAt);
                w.Long(x.RequestedById); w.Text(x.RequestedByName); w.Time(x.RequestedAt); w.Bool(x.Approved);
                w.Text(x.DecisionComment); w.Long(x.DecidedById); w.Text(x.DecidedByName); w.Time(x.DecidedAt);
            });
        Copy<SatisfactionSurvey>(connection, "satisfaction_surveys (complaint_id, rating, comment, answered_at)",
            batch, c => c.Survey is null ? [] : [c.Survey], (w, id, s) =>
            {
                w.Long(id); w.Int(s.Rating); w.Text(s.Comment); w.Time(s.AnsweredAt);
            });
        Copy(connection, """
            timeline_events (complaint_id, sequence, type, occurred_at, actor_id, actor_name, actor_staff_number, from_status,
                to_status, details, customer_visible, previous_hash, hash)
            """, batch, c => c.Timeline, (w, id, e) =>
            {
                w.Long(id); w.Int(e.Sequence); w.Enum(e.Type); w.Time(e.OccurredAt); w.Long(e.ActorId); w.Text(e.ActorName);
                w.Text(e.ActorStaffNumber); w.Enum(e.FromStatus); w.Enum(e.ToStatus); w.Json(e.Details); w.Bool(e.CustomerVisible);
                w.Text(e.PreviousHash); w.Text(e.Hash);
            });
    }

    private static void WriteComplaint(NpgsqlBinaryImporter w, long id, Complaint c)
    {
        var (customer, resolution, feedback, closure) = (c.Customer, c.Resolution, c.Feedback, c.Closure);
        w.Long(id); w.Text(c.Number); w.Enum(c.Status); w.Text(customer.Name); w.Text(customer.Phone); w.Text(customer.Email);
        w.Text(customer.NationalId); w.Text(customer.CustomerReference); w.Enum(c.Channel); w.Time(c.ReceivedAt);
        w.Time(c.RegisteredAt); w.Long(c.RegisteredById); w.Long(c.CategoryId); w.Enum(c.Priority); w.Text(c.Description);
        w.Text(c.DesiredOutcome); w.Long(c.DepartmentId); w.Long(c.AssigneeId); w.Text(c.AssigneeName);
        w.Text(c.AssigneeStaffNumber); w.Long(c.AssignedById); w.Text(c.AssignedByName); w.Time(c.AssignedAt);
        w.Text(resolution?.Outcome); w.Text(resolution?.MeasuresTaken); w.Text(resolution?.ImprovementPlan);
        w.Bool(resolution?.Upheld); w.Bool(resolution?.PartlyUpheld); w.Text(resolution?.RootCause);
        w.Money(resolution?.RedressAmount); w.Time(c.ResolvedAt);
        w.Enum(feedback?.Channel); w.Text(feedback?.Summary); w.Time(feedback?.GivenAt); w.Text(feedback?.GivenByName);
        w.Text(feedback?.GivenByStaffNumber);
        w.Enum(closure?.Reason); w.Bool(closure?.CustomerSatisfied); w.Text(closure?.FinalComment); w.Time(closure?.ClosedAt);
        w.Int(c.AppealCount); w.Int(c.EscalationLevel); w.Time(c.UpdatedAt); w.Int(c.TimelineLength); w.Text(c.TimelineHead);
        w.Time(c.ResponseDueAt); w.Text(c.SlaProfile); w.Time(c.NextDueAt); w.Time(c.PausedSince);
        w.Enum(c.SlaAckOutcome); w.Time(c.SlaAckDueAt); w.Time(c.SlaAckCompletedAt);
        w.Enum(c.SlaContactOutcome); w.Time(c.SlaContactDueAt); w.Time(c.SlaContactCompletedAt);
        w.Enum(c.SlaResolutionOutcome); w.Time(c.SlaResolutionDueAt); w.Time(c.SlaResolutionCompletedAt);
        w.Time(c.SlaAtRiskFrom); w.Int(c.SurveyRating);
    }

    private static void Copy<T>(NpgsqlConnection connection, string target,
        IReadOnlyList<(long Id, Complaint Complaint)> batch, Func<Complaint, IEnumerable<T>> rows,
        Action<NpgsqlBinaryImporter, long, T> write)
    {
        // Synchronous throughout: Npgsql's importer must not mix synchronous and asynchronous writes.
        using var importer = connection.BeginBinaryImport($"COPY {target} FROM STDIN (FORMAT BINARY)");
        foreach (var (id, complaint) in batch)
            foreach (var row in rows(complaint))
            {
                importer.StartRow();
                write(importer, id, row);
            }
        importer.Complete();
    }
}
