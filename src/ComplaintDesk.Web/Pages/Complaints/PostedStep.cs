using ComplaintDesk.Handling;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace ComplaintDesk.Web.Pages.Complaints;

/// <summary>The step a case-page form posted (named by its handler) with its request, bound under the form's prefix.</summary>
/// <remarks>Validated by the request's FluentValidation validator (<see cref="PageErrorFilter"/>), not by walking the step.</remarks>
[ValidateNever]
public sealed record PostedStep(CaseStep Step, object Request) : IPostedInput
{
    public string Prefix => Step.Form!;
    public object Value => Request;
}

/// <summary>Binds the request type of the step whose form was posted, with the framework's own binder for that type.</summary>
public sealed class PostedStepBinder(IModelMetadataProvider metadata, IModelBinderFactory binders) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext context)
    {
        var request = context.HttpContext.Request;
        var handler = context.ActionContext.RouteData.Values["handler"]?.ToString() ?? request.Query["handler"].ToString();
        if (CaseSteps.ByForm(handler) is not { } step)
        {
            context.Result = ModelBindingResult.Failed();
            return;
        }
        if (!step.TakesInput)
        {
            context.Result = ModelBindingResult.Success(new PostedStep(step, NoInput.Value));
            return;
        }
        var type = metadata.GetMetadataForType(step.RequestType);
        var binder = binders.CreateBinder(new ModelBinderFactoryContext { Metadata = type, BindingInfo = new BindingInfo() });
        var nested = DefaultModelBindingContext.CreateBindingContext(context.ActionContext, context.ValueProvider, type, null, step.Form!);
        await binder.BindModelAsync(nested);
        // The framework's own validation does not visit the request (the step's validator runs in PageErrorFilter), so
        // the fields it bound would stay "unvalidated" and make the whole ModelState invalid.
        foreach (var (key, entry) in context.ModelState.FindKeysWithPrefix(step.Form!))
            if (entry.ValidationState == ModelValidationState.Unvalidated) context.ModelState.MarkFieldSkipped(key);
        context.Result = nested.Result.IsModelSet && nested.Result.Model is { } bound
            ? ModelBindingResult.Success(new PostedStep(step, bound))
            : ModelBindingResult.Failed();
    }
}
