using FluentValidation;

namespace ComplaintDesk.Web.Errors;

internal static class ValidatorRegistration
{
    /// <summary>Registers every FluentValidation validator in Core and Web (the DI extensions package does not restore here).</summary>
    public static void AddValidators(this IServiceCollection services)
    {
        var assemblies = new[] { typeof(ComplaintDesk.Complaints.Complaint).Assembly, typeof(ValidatorRegistration).Assembly };
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsClass: true, IsAbstract: false }))
        foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            services.AddSingleton(contract, type);
    }
}
