using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Admin;

/// <summary>
/// Validates the antiforgery token of a JSON request (header "RequestVerificationToken" with the
/// cookie). Minimal APIs check it by themselves only for form bodies.
/// </summary>
public sealed class AntiforgeryValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        if (!await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context.HttpContext))
        {
            var localizer = services.GetRequiredService<IStringLocalizer<AntiforgeryValidationFilter>>();
            return TypedResults.Problem(
                detail: localizer["The antiforgery token is missing or invalid. Read one from GET /admin/workflows/antiforgery and send it in the RequestVerificationToken header."].Value,
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
