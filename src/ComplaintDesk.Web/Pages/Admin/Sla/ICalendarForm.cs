using ComplaintDesk.Clocks;

namespace ComplaintDesk.Web.Pages.Admin.Sla;

/// <summary>What the _CalendarFields partial needs from the page that adds or edits a calendar.</summary>
public interface ICalendarForm
{
    CalendarRequest Input { get; }

    /// <summary>Whether the ISO weekday's box is ticked: as sent when the page is shown again, else as stored.</summary>
    bool Works(int isoWeekday);
}
