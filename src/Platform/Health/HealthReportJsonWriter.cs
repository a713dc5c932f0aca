using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ApprenantAgile.Platform.Health;

/// <summary>
/// Writes a health report as JSON: the overall status, then each check with its entries, for
/// example <c>{"status":"Healthy","checks":[{"name":"tenant-databases","status":"Healthy",
/// "tenants":{"Default":{"status":"Healthy","durationMs":1.2,"error":null}}}]}</c>.
/// </summary>
public static class HealthReportJsonWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Task WriteAsync(HttpContext httpContext, HealthReport report)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            Status = report.Status.ToString(),
            DurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            Checks = report.Entries.Select(entry => new
            {
                Name = entry.Key,
                Status = entry.Value.Status.ToString(),
                entry.Value.Description,
                Tenants = entry.Value.Data,
            }),
        };

        return JsonSerializer.SerializeAsync(httpContext.Response.Body, body, JsonOptions, httpContext.RequestAborted);
    }
}
