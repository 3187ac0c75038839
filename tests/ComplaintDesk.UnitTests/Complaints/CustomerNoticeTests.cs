using static ComplaintDesk.UnitTests.Complaints.ComplaintBuilder;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>The messages the lifecycle owes the customer and the handler, raised by the transitions themselves.</summary>
public class CustomerNoticeTests
{
    [Fact]
    public void Registration_acknowledges_the_complaint_to_the_customer_with_number_and_deadline()
    {
        var c = Registered();

        var notice = c.Notices.ShouldHaveSingleItem();
        notice.Template.ShouldBe(NoticeTemplates.Acknowledgement);
        notice.Audience.ShouldBe(NoticeAudience.Customer);
        notice.Data["number"].ShouldBe(c.Number);
        notice.Data["customerName"].ShouldBe("张伟");
        DateTimeOffset.Parse(notice.Data["deadline"]!).ShouldBe(c.ResponseDueAt);
    }

    [Fact]
    public void A_handler_assigned_by_someone_else_is_told_and_one_who_takes_the_case_is_not()
    {
        var assigned = Registered();
        assigned.ClearNotices();
        assigned.Assign(10, AsAssignee(Handler), Supervisor, Start.AddHours(1));

        var notice = assigned.Notices.ShouldHaveSingleItem();
        notice.Template.ShouldBe(NoticeTemplates.AssignedToYou);
        notice.Audience.ShouldBe(NoticeAudience.Owner);
        notice.Data["assignedByName"].ShouldBe(Supervisor.Name);

        var taken = Registered();
        taken.Assign(10, null, Supervisor, Start.AddHours(1));
        taken.ClearNotices();
        taken.Take(Handler, 10, Start.AddHours(2));
        taken.Notices.ShouldBeEmpty();
    }

    [Fact]
    public void The_result_feedback_names_the_handler_the_staff_number_and_the_result()
    {
        var c = In(ComplaintStatus.Resolved);
        c.ClearNotices();

        c.RecordFeedback(FeedbackChannel.Phone, "已电话告知", Handler, Start.AddHours(5));

        var notice = c.Notices.ShouldHaveSingleItem();
        notice.Template.ShouldBe(NoticeTemplates.ResultFeedback);
        notice.Audience.ShouldBe(NoticeAudience.Customer);
        notice.Data["handlerName"].ShouldBe(Handler.Name);
        notice.Data["handlerStaffNo"].ShouldBe(Handler.StaffNumber);
        notice.Data["result"].ShouldBe(SampleResolution.Outcome);
    }

    [Fact]
    public void Closing_confirmed_or_without_response_tells_the_customer_and_invites_the_survey()
    {
        var confirmed = In(ComplaintStatus.AwaitingConfirmation);
        confirmed.ClearNotices();
        confirmed.Confirm(true, null, Counter, Start.AddDays(1));

        var unanswered = In(ComplaintStatus.AwaitingConfirmation);
        unanswered.ClearNotices();
        unanswered.CloseWithoutResponse("三次联系未果", Handler, Start.AddDays(3));

        foreach (var c in new[] { confirmed, unanswered })
            c.Notices.Select(n => (n.Template, n.Audience)).ShouldBe(
                [(NoticeTemplates.Closed, NoticeAudience.Customer), (NoticeTemplates.SurveyInvitation, NoticeAudience.Customer)]);
        unanswered.Notices[0].Data["appealUntil"].ShouldNotBeNull();
        confirmed.Notices[0].Data["appealUntil"].ShouldBeNull();
    }

    [Fact]
    public void A_refused_step_raises_no_notice()
    {
        var c = In(ComplaintStatus.InProgress);
        c.ClearNotices();

        Should.Throw<ComplaintDesk.Common.IllegalTransitionException>(() => c.Confirm(true, null, Counter, Start.AddDays(1)));

        c.Notices.ShouldBeEmpty();
    }
}
