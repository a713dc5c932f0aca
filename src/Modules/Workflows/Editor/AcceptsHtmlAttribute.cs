using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ActionConstraints;

namespace ApprenantAgile.Workflows.Editor;

/// <summary>
/// Restricts an action to requests whose Accept header lists text/html. The HTML list of workflow
/// types and the JSON list of the admin API share the URL /admin/workflows/types: a browser's
/// navigation reaches the page, and a client asking for JSON (or sending no Accept header) reaches the API.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AcceptsHtmlAttribute : Attribute, IActionConstraint
{
    public int Order => 0;

    public bool Accept(ActionConstraintContext context) =>
        context.RouteContext.HttpContext.Request.GetTypedHeaders().Accept
            .Any(mediaType => mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
