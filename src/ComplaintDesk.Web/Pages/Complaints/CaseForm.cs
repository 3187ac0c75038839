using Microsoft.AspNetCore.Mvc.Razor;

namespace ComplaintDesk.Web.Pages.Complaints;

/// <summary>
/// The base of a step's form partial (Forms/_{Form}.cshtml): the model is the step's request (as the user sent it, or
/// empty), the fields post under the form's name as prefix, and <see cref="Case"/> is the case page around it.
/// </summary>
public abstract class CaseForm<TRequest> : RazorPage<TRequest>
{
    public CaseModel Case => (CaseModel)ViewData[CaseModel.FormOwnerKey]!;
}
