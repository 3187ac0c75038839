using ComplaintDesk.Data;

namespace ComplaintDesk.UnitTests.Data;

public class SnakeCaseNamesTests
{
    [Theory]
    [InlineData("Complaint", "complaint")]
    [InlineData("AssigneeStaffNumber", "assignee_staff_number")]
    [InlineData("IX_Complaints_Status", "ix_complaints_status")]
    [InlineData("PK_TimelineEvents", "pk_timeline_events")]
    [InlineData("NationalId", "national_id")]
    [InlineData("HTTPStatus", "http_status")]
    [InlineData("Level2Code", "level2_code")]
    [InlineData("already_snake", "already_snake")]
    public void Names_become_snake_case(string name, string expected)
    {
        SnakeCaseNames.ToSnake(name).ShouldBe(expected);
    }
}
