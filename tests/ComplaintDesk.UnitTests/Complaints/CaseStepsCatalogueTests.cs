using System.Text.RegularExpressions;
using ComplaintDesk.Handling;
using ComplaintDesk.Staff;
using ComplaintDesk.UnitTests.Infrastructure;

namespace ComplaintDesk.UnitTests.Complaints;

/// <summary>The catalogue of case actions is the one list: what it declares exists, and what documents it agrees with it.</summary>
public partial class CaseStepsCatalogueTests
{
    private static readonly string Forms = Repository.PathOf("src", "ComplaintDesk.Web", "Pages", "Complaints", "Forms");
    private static readonly string CaseTexts = Repository.PathOf("src", "ComplaintDesk.Web", "Resources", "Pages", "Complaints", "CaseModel.zh-CN.resx");

    [Fact]
    public void Every_action_has_a_step_and_one_policy()
    {
        foreach (var action in Enum.GetValues<CaseAction>())
            CaseSteps.All.Where(s => s.Action == action).Select(s => s.Policy).Distinct().Count().ShouldBe(1, action.ToString());
    }

    [Fact]
    public void Routes_forms_and_operation_ids_are_unique()
    {
        CaseSteps.All.Where(s => s.Route is not null).Select(s => s.Route).ShouldBeUnique();
        CaseSteps.All.Where(s => s.Form is not null).Select(s => s.Form).ShouldBeUnique();
        CaseSteps.All.Where(s => s.OperationId is not null).Select(s => s.OperationId).ShouldBeUnique();
    }

    [Fact]
    public void A_step_with_a_route_names_its_operation_and_policy()
    {
        foreach (var step in CaseSteps.All.Where(s => s.Route is not null))
        {
            step.OperationId.ShouldNotBeNullOrWhiteSpace(step.ToString());
            Policies.RolesByPolicy.Keys.ShouldContain(step.Policy!, step.ToString());
        }
    }

    [Fact]
    public void Every_form_has_its_partial_and_translated_texts()
    {
        var translated = Repository.ResourceKeys(CaseTexts);
        foreach (var step in CaseSteps.All.Where(s => s.Form is not null))
        {
            File.Exists(Path.Combine(Forms, $"_{step.Form}.cshtml")).ShouldBeTrue($"Forms/_{step.Form}.cshtml");
            translated.ShouldContain(step.Done!);
            if (step.DoneDeclined is { } declined) translated.ShouldContain(declined);
        }
    }

    [Fact]
    public void Every_form_partial_belongs_to_a_step()
    {
        var partials = Directory.EnumerateFiles(Forms, "_*.cshtml").Select(Path.GetFileNameWithoutExtension)
            .Where(n => n != "_ViewImports").Select(n => n![1..]);
        partials.ShouldBe(CaseSteps.All.Where(s => s.Form is not null).Select(s => s.Form!), ignoreOrder: true);
    }

    [Fact]
    public void The_workflow_document_lists_every_route_with_its_roles()
    {
        var documented = File.ReadLines(Repository.PathOf("docs", "workflow.md"))
            .Select(line => StepRow().Match(line)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["route"].Value, m => m.Groups["roles"].Value.Split(", ").Order().ToList());
        var catalogued = CaseSteps.All.Where(s => s.Route is not null)
            .ToDictionary(s => s.Route!, s => Policies.RolesByPolicy[s.Policy!].Order().ToList());

        documented.Keys.ShouldBe(catalogued.Keys, ignoreOrder: true);
        foreach (var (route, roles) in catalogued) documented[route].ShouldBe(roles, route);
    }

    /// <summary>A row of the route table: "| start | `POST /{id}/start` | Handler, Supervisor | …".</summary>
    [GeneratedRegex(@"^\| [^|]+ \| `POST /\{id\}/(?<route>[a-z/]+)` \| (?<roles>[A-Za-z, ]+) \|")]
    private static partial Regex StepRow();
}
