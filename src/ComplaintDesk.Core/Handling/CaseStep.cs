namespace ComplaintDesk.Handling;

/// <summary>The request of a step that takes no input (start handling, take, resume the clocks).</summary>
public sealed record NoInput
{
    public static readonly NoInput Value = new();
}

/// <summary>
/// One case action as the product offers it: the aggregate transition it performs, its API route and role policy,
/// the case page's form and what the page says when it is done. Every instance is declared in <see cref="CaseSteps"/>.
/// </summary>
public abstract class CaseStep
{
    public required CaseAction Action { get; init; }
    /// <summary>The POST route under /api/complaints/{id}/; null when staff have no route for it (the customer's survey).</summary>
    public string? Route { get; init; }
    /// <summary>The role policy (<see cref="Staff.Policies"/>) of the route and the form; null for the customer's own steps.</summary>
    public string? Policy { get; init; }
    /// <summary>The OpenAPI operationId of the route: stable, because generated clients name their methods after it.</summary>
    public string? OperationId { get; init; }
    public required string Summary { get; init; }
    /// <summary>The case page's form: the handler it posts to, the prefix of its fields and its partial (_{Form}); null when the page does not offer the step.</summary>
    public string? Form { get; init; }
    /// <summary>What the case page says when the step succeeded: the English key of its text.</summary>
    public string? Done { get; init; }
    /// <summary>A second text for a step whose answer may be "no" (an extension refused).</summary>
    public string? DoneDeclined { get; init; }

    public abstract Type RequestType { get; }
    public bool TakesInput => RequestType != typeof(NoInput);

    public abstract TResult Accept<TResult>(ICaseStepVisitor<TResult> visitor);

    /// <summary>For a front end that holds the request untyped (a page's form, bound by the step's request type).</summary>
    public abstract Task<Complaint> PerformAsync(ComplaintWorkflow workflow, long id, object request, Common.Actor by,
        uint? expectedVersion, CancellationToken ct);

    public abstract string? DoneText(object request);

    public override string ToString() => Form ?? Route ?? Action.ToString();
}

/// <summary>Lets a front end handle every step with the step's own request type (a route per step, a page binder).</summary>
public interface ICaseStepVisitor<out TResult>
{
    TResult Visit<TRequest>(CaseStep<TRequest> step) where TRequest : class;
}

public sealed class CaseStep<TRequest> : CaseStep where TRequest : class
{
    /// <summary>The change to the aggregate, for steps that need nothing read beforehand.</summary>
    public Action<Complaint, TRequest, StepContext>? Change { get; init; }
    /// <summary>For steps that first read and check something else (a department, a handler): returns the change.</summary>
    public Func<TRequest, StepContext, Task<Action<Complaint>>>? Prepare { get; init; }
    /// <summary>True when the request's answer is "no", so <see cref="CaseStep.DoneDeclined"/> is shown.</summary>
    public Func<TRequest, bool>? Declines { get; init; }

    public override Type RequestType => typeof(TRequest);

    public override TResult Accept<TResult>(ICaseStepVisitor<TResult> visitor) => visitor.Visit(this);

    public Task<Action<Complaint>> PrepareAsync(TRequest request, StepContext context) =>
        Prepare?.Invoke(request, context)
        ?? Task.FromResult<Action<Complaint>>(c => Change!(c, request, context));

    public override Task<Complaint> PerformAsync(ComplaintWorkflow workflow, long id, object request, Common.Actor by,
        uint? expectedVersion, CancellationToken ct) =>
        workflow.PerformAsync(this, id, (TRequest)request, by, expectedVersion, ct);

    public override string? DoneText(object request) => Declines?.Invoke((TRequest)request) == true ? DoneDeclined : Done;
}
