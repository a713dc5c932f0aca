using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Workflows.Admin;

/// <summary>
/// Validates the antiforgery token of a JSON request (header "RequestVerificationToken" with the
/// cookie). Minimal APIs check it by themselves only for form bodies.
/// </summary>
public sealed class AntiforgeryValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return TypedResults.Problem(
                detail: "The antiforgery token is missing or invalid. Read one from GET /admin/workflows/antiforgery and send it in the RequestVerificationToken header.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
