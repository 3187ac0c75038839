using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace ComplaintDesk.Web.Errors;

/// <summary>
/// The pages' side of the one error style: validators run on POSTed input before the handler, and domain errors
/// thrown by the handler become messages beside the fields (or above the form), with the page rendered again
/// around what the user typed. The API maps the same exceptions to problem details in DomainExceptionHandler.
/// </summary>
public sealed class PageErrorFilter(IStringLocalizer<SharedResource> text) : IAsyncPageFilter
{
    public const string ConflictKey = "__conflict";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerInstance is not PageModel page || HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            await next();
            return;
        }

        if (context.HandlerMethod?.MethodInfo.IsDefined(typeof(NoInputValidationAttribute), false) != true)
            await ValidateInputAsync(context, page.ModelState);
        if (!page.ModelState.IsValid)
        {
            context.Result = await RenderAgainAsync(page, context.HttpContext.RequestAborted);
            return;
        }

        var executed = await next();
        if (executed.Exception is DomainException error && !executed.ExceptionHandled)
        {
            AddError(page.ModelState, FirstInputPrefix(context), error);
            executed.Result = await RenderAgainAsync(page, context.HttpContext.RequestAborted);
            executed.ExceptionHandled = true;
        }
    }

    private async Task ValidateInputAsync(PageHandlerExecutingContext context, ModelStateDictionary modelState)
    {
        foreach (var (prefix, value) in Inputs(context))
        {
            var validatorType = typeof(IValidator<>).MakeGenericType(value.GetType());
            if (context.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator) continue;
            var result = await validator.ValidateAsync(new ValidationContext<object>(value), context.HttpContext.RequestAborted);
            foreach (var failure in result.Errors)
                // Built-in messages arrive translated; the few written in Core are looked up by their English text.
                modelState.AddModelError(Key(prefix, failure.PropertyName), text[failure.ErrorMessage]);
        }
    }

    /// <summary>The handler's complex arguments and the page's bound properties, each with the prefix its fields post under.</summary>
    private static IEnumerable<(string Prefix, object Value)> Inputs(PageHandlerExecutingContext context)
    {
        foreach (var parameter in context.HandlerMethod?.Parameters ?? [])
            if (context.HandlerArguments.TryGetValue(parameter.Name, out var value) && value is not null && IsInput(value.GetType()))
                yield return (parameter.BindingInfo?.BinderModelName ?? parameter.Name, value);
        foreach (var property in context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>())
        {
            var value = property.Property.GetValue(context.HandlerInstance);
            if (value is IPostedInput posted) yield return (posted.Prefix, posted.Value);
            else if (value is not null && IsInput(value.GetType()))
                yield return (property.BindingInfo?.BinderModelName ?? property.Name, value);
        }
    }

    private static bool IsInput(Type type) => type.IsClass && type != typeof(string);

    private static string FirstInputPrefix(PageHandlerExecutingContext context) =>
        Inputs(context).Select(i => i.Prefix).FirstOrDefault() ?? "";

    private static string Key(string prefix, string field) =>
        prefix.Length == 0 ? field : field.Length == 0 ? prefix : $"{prefix}.{field}";

    private void AddError(ModelStateDictionary modelState, string prefix, DomainException error)
    {
        switch (error)
        {
            case RuleViolationException e:
                modelState.AddModelError(Key(prefix, e.Field), text[e.Message]);
                break;
            case DuplicateException e:
                modelState.AddModelError(Key(prefix, e.Field), text["This value is already in use."]);
                break;
            case IllegalTransitionException e:
                modelState.AddModelError("", text["This action is not allowed while the complaint is {0}.", StatusText(e.CurrentStatus)]);
                break;
            case ConcurrencyConflictException:
                modelState.AddModelError(ConflictKey,
                    text["Someone else changed this complaint after you opened it. The current state is shown; your input is kept below."]);
                break;
            case ForbiddenActionException:
                modelState.AddModelError("", text["Only the assigned handler or a supervisor may do this."]);
                break;
            case NotFoundException:
                modelState.AddModelError("", text["The complaint could not be found."]);
                break;
            default:
                modelState.AddModelError("", text[error.Message]);
                break;
        }
    }

    private string StatusText(string status) =>
        Enum.TryParse<Complaints.ComplaintStatus>(status, out var s) ? text.Enum(s) : status;

    private static async Task<PageResult> RenderAgainAsync(PageModel page, CancellationToken ct)
    {
        if (page is IReloadOnError reloadable) await reloadable.ReloadAsync(ct);
        return new PageResult();
    }
}
