using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ApprenantAgile.Platform.Api.Problems;

/// <summary>
/// Builds and writes RFC 7807 problem details ("application/problem+json") with localized title and
/// detail. Field errors go in "errors", keyed by the request's JSON property name.
/// </summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    /// <summary>Key of the "errors" entry for errors that concern the whole request, as ASP.NET Core names body-level JSON errors.</summary>
    public const string RequestErrorKey = "$";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ProblemDetails Create(int status, string title, string detail) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = TypeOf(status),
    };

    public static HttpValidationProblemDetails CreateValidation(
        int status, string title, string detail, IDictionary<string, string[]> errors) => new(errors)
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = TypeOf(status),
    };

    /// <summary>Writes the problem outside an endpoint, such as in an authentication handler.</summary>
    public static Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return context.Response.WriteAsJsonAsync(problem, problem.GetType(), Json, ContentType, context.RequestAborted);
    }

    /// <summary>Returns the RFC 9110 section of the status code, as ASP.NET Core's own problem details do.</summary>
    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        StatusCodes.Status401Unauthorized => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        StatusCodes.Status403Forbidden => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        StatusCodes.Status404NotFound => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        StatusCodes.Status409Conflict => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        StatusCodes.Status422UnprocessableEntity => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        _ => "about:blank",
    };
}
