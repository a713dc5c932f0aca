using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>Renders an MVC Razor view from a minimal API endpoint, so that one URL serves both JSON-LD and an HTML page.</summary>
public sealed class RazorViewResult<TModel>(string viewPath, TModel model, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var metadata = httpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var view = new ViewResult
        {
            ViewName = viewPath,
            StatusCode = statusCode,
            ViewData = new ViewDataDictionary<TModel>(metadata, new ModelStateDictionary()) { Model = model },
        };
        return view.ExecuteResultAsync(new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor()));
    }
}
