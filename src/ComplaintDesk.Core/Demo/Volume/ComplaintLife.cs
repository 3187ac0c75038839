using ComplaintDesk.Clocks;
using ComplaintDesk.Escalations;

namespace ComplaintDesk.Demo.Volume;

/// <summary>
/// Lives one generated complaint through the aggregate's own transitions, at made-up times up to now, so its columns,
/// deadlines (met or missed) and hash-chained timeline are exactly what the real workflow would have written. The
/// deadline monitor's part (marking a passed deadline missed and escalating) is played at the time it would have run.
/// </summary>
internal sealed class ComplaintLife
{
    private readonly VolumeCast _cast;
    private readonly SlaRules _rules;
    private readonly DateTimeOffset _now;
    private readonly Random _random;
    private readonly Complaint _c;
    private readonly Actor _counter;
    private readonly Actor _supervisor;
    private readonly DateTimeOffset? _withdrawAt;
    private DateTimeOffset _t;

    private ComplaintLife(VolumeCast cast, SlaRules rules, DateTimeOffset now, Random random, Complaint complaint,
        Actor counter, DateTimeOffset registeredAt)
    {
        (_cast, _rules, _now, _random, _c, _counter, _t) = (cast, rules, now, random, complaint, counter, registeredAt);
        _supervisor = Pick(cast.Supervisors);
        if (random.NextDouble() < 0.04) _withdrawAt = registeredAt + Hours(1, 24 * 12);
    }

    /// <param name="number">Issues the complaint number for the registration time.</param>
    public static Complaint Create(VolumeCast cast, SlaRules rules, DateTimeOffset now, Random random, IntakeSampler intake,
        Func<DateTimeOffset, string> number)
    {
        var (registration, registeredAt) = intake.Next(random);
        var counter = cast.Counters[random.Next(cast.Counters.Count)];
        var complaint = Complaint.Register(number(registeredAt), registration, rules, counter, registeredAt);
        var life = new ComplaintLife(cast, rules, now, random, complaint, counter, Clock.Normalize(registeredAt));
        life.Live(registration.CategoryId);
        return complaint;
    }

    private void Live(long categoryId)
    {
        var category = _cast.Categories.First(c => c.Id == categoryId);
        var department = _random.NextDouble() < 0.85 || _cast.HandlersByDepartment.Count < 2
            ? category.DepartmentId
            : _cast.HandlersByDepartment.Keys.ElementAt(_random.Next(_cast.HandlersByDepartment.Count));
        if (!_cast.HandlersByDepartment.TryGetValue(department, out var handlers)) return;
        var handler = Pick(handlers);
        var assignee = new Assignee(handler.StaffId, handler.Name, handler.StaffNumber);

        var fate = _random.NextDouble();
        var stuck = fate < 0.006;
        if (!Handle(department, assignee, handler, stuck ? Days(40, 200) : ResolutionTime())) return;

        if (fate < 0.066)
        {
            if (!Advance(Hours(24, 240))) return;
            _c.Appeal(Pick(VolumeCatalog.AppealReasons), _counter, _t, _rules);
            if (!Handle(department, assignee, handler, Days(3, 25))) return;
        }
        if (fate > 0.84 || _random.NextDouble() < 0.05)
        {
            if (!Advance(Hours(24 * 7, 24 * 10))) return;
            _c.CloseWithoutResponse("多次联系客户未获回复，按规定结案", handler, _t);
        }
        else
        {
            if (!Advance(Hours(1, 24 * 5))) return;
            var satisfied = _random.NextDouble() < 0.85;
            _c.Confirm(satisfied, satisfied ? null : "对结果仍有保留意见", _counter, _t);
        }
        if (_random.NextDouble() < 0.4 && Advance(Hours(1, 72)))
        {
            var rating = _c.Closure!.CustomerSatisfied == false ? _random.Next(1, 4) : _random.Next(3, 6);
            _c.AnswerSurvey(rating, _random.NextDouble() < 0.3 ? Pick(VolumeCatalog.SurveyComments) : null, Actor.Customer, _t);
        }
    }

    /// <summary>Assignment to feedback; false when now (or a withdrawal) comes first.</summary>
    private bool Handle(long department, Assignee assignee, Actor handler, TimeSpan decisionAfter)
    {
        // An appeal waits for a supervisor to look at it again; new complaints are triaged within hours.
        var triage = _c.Status == ComplaintStatus.Reopened ? Hours(2, 72) : _c.Channel == Channel.Regulator ? Hours(0.2, 2) : Hours(0.2, 8);
        if (!Advance(triage)) return false;
        _c.Assign(department, assignee, _supervisor, _t);
        if (!Advance(Hours(0.3, 20))) return false;
        _c.StartHandling(handler, _t);
        var started = _t;
        if (!Advance(Hours(0.3, 16))) return false;
        _c.RecordStep(HandlingStepKind.CustomerContact, "已致电客户核实情况，客户说明了诉求，告知将尽快调查处理", true, handler, _t);
        if (_random.NextDouble() < 0.6)
        {
            if (!Advance(Hours(2, 72))) return false;
            _c.RecordStep(HandlingStepKind.InvestigationFinding, "调取交易记录与业务凭证，核实客户所述情况", false, handler, _t);
        }
        if (_random.NextDouble() < 0.03 && _c.PendingEscalation is null)
        {
            if (!Advance(Hours(2, 48))) return false;
            _c.Escalate(new EscalationReport("客户情绪激动，要求领导出面处理", "非常不满", "当天给出明确答复", "已两次回电解释", Priority.High),
                handler, _t);
        }
        if (decisionAfter > TimeSpan.FromDays(13) && _c.Status == ComplaintStatus.InProgress && _random.NextDouble() < 0.6
            && _c.DecisionDeadline?.Target == SlaTarget.Resolution)
        {
            if (!AdvanceTo(started + TimeSpan.FromDays(10))) return false;
            _c.RequestExtension("案情复杂，需要调取第三方机构的资料", handler, _t, _rules);
            if (!Advance(Hours(2, 30))) return false;
            _c.DecideExtension(true, null, _supervisor, _t, _rules);
        }
        if (!AdvanceTo(started + decisionAfter)) return false;
        _c.Resolve(Decision(), handler, _t);
        if (!Advance(Hours(0.2, 8))) return false;
        _c.RecordFeedback((FeedbackChannel)_random.Next(5), "已将处理结果、采取的措施及后续改进告知客户", handler, _t);
        return true;
    }

    private Resolution Decision()
    {
        var upheld = _random.NextDouble() < 0.45;
        var partly = upheld && _random.NextDouble() < 0.35;
        decimal? redress = upheld && _random.NextDouble() < 0.6 ? Math.Round((decimal)(10 + Math.Pow(_random.NextDouble(), 3) * 5000), 2) : null;
        return new Resolution(
            upheld ? (partly ? "投诉部分属实，对属实部分予以补救" : "投诉属实，已为客户办理补救") : "经核查，业务办理符合规定，已向客户解释",
            upheld ? "退还相关费用并向客户致歉" : "向客户详细说明业务规则及依据",
            upheld ? "加强员工培训，优化业务流程" : null,
            upheld, upheld ? Pick(VolumeCatalog.RootCauses) : "客户误解", redress, partly);
    }

    /// <summary>Days to a decision: most within a week, a long tail past the 15-day limit.</summary>
    private TimeSpan ResolutionTime() =>
        TimeSpan.FromDays(Math.Min(90, Math.Exp(Math.Log(4.5) + 0.75 * Gaussian())));

    private bool AdvanceTo(DateTimeOffset at) => Advance(at > _t ? at - _t : TimeSpan.FromMinutes(5));

    /// <summary>Moves the clock on; false when that would pass now, or when the customer withdrew first.</summary>
    private bool Advance(TimeSpan by)
    {
        var next = Clock.Normalize(_t + by);
        if (_withdrawAt is { } w && w < next && w <= _now && _c.IsOpen)
        {
            Monitor(w);
            _c.Withdraw(Pick(VolumeCatalog.WithdrawReasons), _counter, w);
            return false;
        }
        if (next > _now)
        {
            Monitor(_now);
            return false;
        }
        Monitor(next);
        _t = next;
        return true;
    }

    /// <summary>What the deadline monitor and the supervisors did before <paramref name="until"/>.</summary>
    private void Monitor(DateTimeOffset until)
    {
        // Not yet saved, so every deadline's id is 0 and MarkMissed takes the first running one: the earliest due.
        var first = _c.Deadlines.FirstOrDefault(d => d.IsRunning);
        if (first is { Outcome: null } && first.DueAt.AddMinutes(1) < until && _c.PausedSince is null)
            _c.MarkMissed(0, Clocks.DeadlineMonitor.Actor, Clock.Normalize(first.DueAt.AddMinutes(1)), ArrivalSampler.Beijing);
        if (_c.PendingEscalation is { } pending && pending.RaisedAt.AddDays(1) < until)
            _c.DecideEscalation("已安排专人跟进，要求当日回复客户", _supervisor, pending.RaisedAt.AddDays(1));
    }

    private TimeSpan Hours(double min, double max) => TimeSpan.FromHours(min + _random.NextDouble() * (max - min));

    private TimeSpan Days(double min, double max) => TimeSpan.FromDays(min + _random.NextDouble() * (max - min));

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
