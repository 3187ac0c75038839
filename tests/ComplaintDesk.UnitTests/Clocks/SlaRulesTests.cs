using static ComplaintDesk.UnitTests.Clocks.TestCalendars;

namespace ComplaintDesk.UnitTests.Clocks;

public class SlaRulesTests
{
    private static readonly SlaSpan OneDay = SlaSpan.BusinessDays(1), TwoDays = SlaSpan.BusinessDays(2);

    [Fact]
    public void The_most_specific_active_policy_wins()
    {
        var byPriority = Policy(1, null, Priority.High, OneDay, TwoDays, SlaSpan.CalendarDays(12));
        var byCategory = Policy(2, 9, null, OneDay, TwoDays, SlaSpan.CalendarDays(10));
        var byBoth = Policy(3, 9, Priority.High, OneDay, TwoDays, SlaSpan.CalendarDays(7));
        var switchedOff = Policy(4, 9, Priority.Urgent, OneDay, TwoDays, SlaSpan.CalendarDays(5));
        switchedOff.Update(switchedOff.Name, OneDay, TwoDays, SlaSpan.CalendarDays(5), isActive: false, DateTimeOffset.UnixEpoch);
        var rules = ChinaRules(byPriority, byCategory, byBoth, switchedOff);

        rules.PolicyFor(9, Priority.High).ShouldBeSameAs(byBoth);
        rules.PolicyFor(9, Priority.Normal).ShouldBeSameAs(byCategory);
        rules.PolicyFor(8, Priority.High).ShouldBeSameAs(byPriority);
        rules.PolicyFor(9, Priority.Urgent).ShouldBeSameAs(byCategory);
        rules.PolicyFor(8, Priority.Normal).ShouldBeNull();
    }

    [Fact]
    public void The_plan_records_the_winning_policy_and_its_version()
    {
        var policy = Policy(3, 9, Priority.High, SlaSpan.BusinessHours(4), TwoDays, SlaSpan.CalendarDays(7));
        policy.Update(policy.Name, SlaSpan.BusinessHours(4), TwoDays, SlaSpan.CalendarDays(7), isActive: true, DateTimeOffset.UnixEpoch);

        // Received Mon 2 Nov 2026 08:30. Acknowledgement, 4 business hours from opening: 13:00. First contact, 2 business
        // days: Wed 4 Nov 17:00. Decision, 7 calendar days: Mon 9 Nov 23:59:59.
        var plan = ChinaRules(policy).Plan(Beijing(2026, 11, 2, 8, 30), 9, Priority.High);

        plan.Select(p => p.DueAt).ShouldBe([Beijing(2026, 11, 2, 13), Beijing(2026, 11, 4, 17), BeijingEndOfDay(2026, 11, 9)]);
        plan.ShouldAllBe(p => p.PolicyId == 3 && p.PolicyVersion == 2);
    }

    [Fact]
    public void A_policy_cannot_lengthen_the_regulators_decision_deadline()
    {
        // Received Mon 28 Sep 2026 14:00. China allows 15 calendar days: Tue 13 Oct 23:59:59.
        // 20 calendar days would be 18 Oct; 10 business days would be Fri 16 Oct (29, 30 Sep, 8, 9, 10 (make-up), 12,
        // 13, 14, 15, 16 Oct): both later, so the regulator's deadline stands and no policy is recorded for it.
        // 6 business days is Mon 12 Oct 17:00: earlier, so the policy's own deadline applies.
        var received = Beijing(2026, 9, 28, 14);
        foreach (var longer in new[] { SlaSpan.CalendarDays(20), SlaSpan.BusinessDays(10) })
        {
            var decision = ChinaRules(Policy(5, 7, null, OneDay, TwoDays, longer)).Plan(received, 7, Priority.Normal)[2];

            decision.DueAt.ShouldBe(BeijingEndOfDay(2026, 10, 13));
            decision.Span.ShouldBe(SlaSpan.CalendarDays(15));
            decision.PolicyId.ShouldBeNull();
        }

        var shorter = ChinaRules(Policy(6, 7, null, OneDay, TwoDays, SlaSpan.BusinessDays(6))).Plan(received, 7, Priority.Normal)[2];
        shorter.DueAt.ShouldBe(Beijing(2026, 10, 12, 17));
        shorter.Span.ShouldBe(SlaSpan.BusinessDays(6));
        shorter.PolicyId.ShouldBe(6);
    }

    [Fact]
    public void The_cap_follows_the_profile_in_force()
    {
        var generous = Policy(7, 7, null, OneDay, TwoDays, SlaSpan.CalendarDays(90));
        var received = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

        // UK: 56 days from Mon 1 Jun → Mon 27 Jul 23:59:59 BST. US: 15 days → Tue 16 Jun 23:59:59 EDT.
        Rules(RegulatoryProfile.UkFca, England, generous).Plan(received, 7, Priority.Normal)[2].DueAt
            .ShouldBe(new DateTimeOffset(2026, 7, 27, 23, 59, 59, TimeSpan.FromHours(1)));
        Rules(RegulatoryProfile.UsCfpb, UnitedStates, generous).Plan(received, 7, Priority.Normal)[2].DueAt
            .ShouldBe(new DateTimeOffset(2026, 6, 16, 23, 59, 59, TimeSpan.FromHours(-4)));
    }

    [Fact]
    public void Acknowledgement_and_first_contact_follow_the_policy_even_when_longer_than_the_profiles_default()
    {
        // Only the decision has a regulatory ceiling; the other two targets are the bank's own promises.
        var plan = ChinaRules(Policy(8, 7, null, SlaSpan.BusinessDays(3), SlaSpan.BusinessDays(5), SlaSpan.CalendarDays(15)))
            .Plan(Beijing(2026, 11, 2, 8, 30), 7, Priority.Normal);

        plan[0].DueAt.ShouldBe(Beijing(2026, 11, 5, 17));
        plan[1].DueAt.ShouldBe(Beijing(2026, 11, 9, 17));
        plan[0].PolicyId.ShouldBe(8);
    }

    [Fact]
    public void At_risk_after_80_percent_of_calendar_time()
    {
        // 15 days from Mon 2 Nov 23:59:59 to Tue 17 Nov 23:59:59; 80 % is 12 days → Sat 14 Nov 23:59:59.
        ChinaRules().AtRiskFrom(BeijingEndOfDay(2026, 11, 2), BeijingEndOfDay(2026, 11, 17), SlaUnit.CalendarDays)
            .ShouldBe(BeijingEndOfDay(2026, 11, 14));
    }

    [Fact]
    public void At_risk_after_80_percent_of_working_time_which_the_holiday_does_not_use()
    {
        var rules = ChinaRules();
        // Mon 2 Nov 09:00 to Wed 4 Nov 17:00: 24 working hours; 80 % = 19 h 12 min → 8 + 8 + 3 h 12 min → Wed 12:12.
        rules.AtRiskFrom(Beijing(2026, 11, 2, 9), Beijing(2026, 11, 4, 17), SlaUnit.BusinessDays).ShouldBe(Beijing(2026, 11, 4, 12, 12));
        // Wed 30 Sep 09:00 to Fri 9 Oct 17:00: 8 h before the holiday and 16 h after it; the warning comes on Fri 9 Oct
        // at 12:12, not during the holiday as 80 % of the wall-clock time (Wed 7 Oct 20:12) would have it.
        rules.AtRiskFrom(Beijing(2026, 9, 30, 9), Beijing(2026, 10, 9, 17), SlaUnit.BusinessDays).ShouldBe(Beijing(2026, 10, 9, 12, 12));
        // Business hours: Mon 2 Nov 13:00 + 10 h = Tue 3 Nov 15:00; 80 % = 8 h → Tue 13:00.
        rules.AtRiskFrom(Beijing(2026, 11, 2, 13), Beijing(2026, 11, 3, 15), SlaUnit.BusinessHours).ShouldBe(Beijing(2026, 11, 3, 13));
    }

    [Fact]
    public void The_at_risk_share_is_configurable()
    {
        var half = new SlaRules(RegulatoryProfile.Find(RegulatoryProfile.China)!, China, [], atRiskFraction: 0.5);

        half.AtRiskFrom(BeijingEndOfDay(2026, 11, 2), BeijingEndOfDay(2026, 11, 17), SlaUnit.CalendarDays)
            .ShouldBe(Beijing(2026, 11, 10, 11, 59).AddSeconds(59));
        half.AtRiskFrom(Beijing(2026, 11, 2, 9), Beijing(2026, 11, 4, 17), SlaUnit.BusinessDays).ShouldBe(Beijing(2026, 11, 3, 13));
        Should.Throw<ArgumentOutOfRangeException>(() => new SlaRules(half.Profile, China, [], atRiskFraction: 0));
    }

    [Fact]
    public void Remaining_time_of_a_business_target_is_working_time_and_negative_when_late()
    {
        var rules = ChinaRules();
        var due = Beijing(2026, 10, 9, 17);

        // Wed 30 Sep 15:00 → Fri 9 Oct 17:00: 2 h + 8 h (8 Oct) + 8 h (9 Oct).
        rules.Remaining(Beijing(2026, 9, 30, 15), due, SlaUnit.BusinessDays).ShouldBe(TimeSpan.FromHours(18));
        // Mon 12 Oct 10:00: the make-up Saturday (8 h) and 1 h on Monday have passed since the deadline.
        rules.Remaining(Beijing(2026, 10, 12, 10), due, SlaUnit.BusinessDays).ShouldBe(TimeSpan.FromHours(-9));
        rules.Remaining(Beijing(2026, 10, 8, 17), due, SlaUnit.CalendarDays).ShouldBe(TimeSpan.FromDays(1));
    }
}
