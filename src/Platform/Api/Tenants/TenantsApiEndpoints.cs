using System.Text.Json;
using ApprenantAgile.Platform.Api.Problems;
using ApprenantAgile.Platform.Api.Tokens;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Api.Tenants;

/// <summary>
/// The tenants API of the national tenant, for provisioning scripts. It takes an API token that
/// grants ManageTenants, never the sign-in cookie, so it needs no antiforgery token. Every change goes
/// through <see cref="TenantManager"/>, with the validation and the French messages of the admin page.
/// </summary>
public sealed class TenantsApiEndpoints
{
    public const string Route = "/api/tenants";
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var policy = new AuthorizationPolicyBuilder(ApiTokenAuthentication.Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(TenantPermissions.ManageTenantsName))
            .Build();
        var api = endpoints.MapGroup(Route).RequireAuthorization(policy).DisableAntiforgery();

        api.MapGet("", List);
        api.MapGet("{name}", Get);
        api.MapPost("", CreateAsync);
        api.MapPost("{name}/disable", (string name, TenantManager manager, TenantHost host, IStringLocalizer<TenantsApiEndpoints> localizer, CancellationToken ct) =>
            ChangeStateAsync(name, manager.DisableAsync, host, localizer, ct));
        api.MapPost("{name}/enable", (string name, TenantManager manager, TenantHost host, IStringLocalizer<TenantsApiEndpoints> localizer, CancellationToken ct) =>
            ChangeStateAsync(name, manager.EnableAsync, host, localizer, ct));
    }

    private static Results<Ok<TenantApiPage>, ProblemHttpResult> List(
        TenantManager manager, IStringLocalizer<TenantsApiEndpoints> localizer, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var pageNumber = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (pageNumber < 1)
        {
            errors["page"] = [localizer["The page number {0} is invalid: pages start at 1.", pageNumber]];
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [localizer["The page size {0} is invalid: give a number from 1 to {1}.", size, MaxPageSize]];
        }

        if (errors.Count > 0)
        {
            return TypedResults.Problem(ApiProblems.CreateValidation(StatusCodes.Status400BadRequest,
                localizer["Invalid paging"], localizer["Correct the paging parameters and send the request again."], errors));
        }

        var all = manager.List();
        var skip = (int)Math.Min((long)(pageNumber - 1) * size, int.MaxValue);
        var items = all.Skip(skip).Take(size).Select(TenantApiModel.From).ToList();
        return TypedResults.Ok(new TenantApiPage(pageNumber, size, all.Count, items));
    }

    private static Results<Ok<TenantApiModel>, ProblemHttpResult> Get(string name, TenantHost host, IStringLocalizer<TenantsApiEndpoints> localizer)
    {
        var settings = host.FindSettings(name);
        return settings is null ? NotFound(name, localizer) : TypedResults.Ok(TenantApiModel.From(settings));
    }

    /// <summary>
    /// Creates and sets up a tenant: 201 when created, 200 with the tenant when one of that name
    /// exists with the same settings, 409 when it exists with other settings, 422 on validation errors.
    /// </summary>
    private static async Task<Results<Created<TenantApiModel>, Ok<TenantApiModel>, ProblemHttpResult>> CreateAsync(
        HttpRequest httpRequest,
        TenantManager manager,
        TenantHost host,
        IOptions<PlatformOptions> options,
        IStringLocalizer<TenantsApiEndpoints> localizer,
        CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(httpRequest, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(ApiProblems.Create(StatusCodes.Status400BadRequest, localizer["Invalid request body"],
                localizer["The request body must be a JSON object such as {\"name\": \"centre-lyon\", \"siteName\": \"APP Lyon\", \"adminEmail\": \"direction@app-lyon.fr\", \"requestUrlPrefix\": \"centre-lyon\"}."]));
        }

        DatabaseProvider? provider = null;
        if (!string.IsNullOrWhiteSpace(body.DatabaseProvider))
        {
            if (!Enum.TryParse<DatabaseProvider>(body.DatabaseProvider, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Invalid(localizer, new Dictionary<string, string[]>
                {
                    ["databaseProvider"] = [localizer["The database provider \"{0}\" is unknown. Use Sqlite or Postgres.", body.DatabaseProvider]],
                });
            }

            provider = parsed;
        }

        var request = body.ToCreateRequest(provider);
        var existing = host.FindSettings(request.Name);
        if (existing is not null && !existing.IsDefault)
        {
            return SameOrConflict(existing, request, options.Value.DefaultDatabaseProvider, localizer);
        }

        var result = await manager.CreateAsync(request, cancellationToken);

        // A concurrent request of the same name may have created the tenant since the check above.
        var createdMeanwhile = result.Succeeded ? null : host.FindSettings(request.Name);
        if (createdMeanwhile is not null && !createdMeanwhile.IsDefault)
        {
            return SameOrConflict(createdMeanwhile, request, options.Value.DefaultDatabaseProvider, localizer);
        }

        if (!result.Succeeded)
        {
            return Invalid(localizer, result.Errors
                .GroupBy(e => JsonFieldOf(e.Field))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
        }

        return TypedResults.Created($"{Route}/{result.Tenant!.Name}", TenantApiModel.From(result.Tenant));
    }

    private static Results<Created<TenantApiModel>, Ok<TenantApiModel>, ProblemHttpResult> SameOrConflict(
        TenantSettings existing, TenantCreateRequest request, DatabaseProvider defaultProvider, IStringLocalizer localizer)
    {
        var differences = TenantRequestComparison.Differences(existing, request, defaultProvider, localizer);
        if (differences.Count == 0)
        {
            return TypedResults.Ok(TenantApiModel.From(existing));
        }

        return TypedResults.Problem(ApiProblems.CreateValidation(StatusCodes.Status409Conflict,
            localizer["Tenant already exists"],
            localizer["A tenant named \"{0}\" already exists with other settings. Send the same settings to get it, or choose another name.", existing.Name],
            differences));
    }

    private static async Task<Results<Ok<TenantApiModel>, ProblemHttpResult>> ChangeStateAsync(
        string name,
        Func<string, CancellationToken, Task<TenantOperationResult>> change,
        TenantHost host,
        IStringLocalizer<TenantsApiEndpoints> localizer,
        CancellationToken cancellationToken)
    {
        if (host.FindSettings(name) is null)
        {
            return NotFound(name, localizer);
        }

        var result = await change(name, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(ApiProblems.CreateValidation(StatusCodes.Status409Conflict,
                localizer["Tenant state not changed"],
                string.Join(" ", result.Errors.Select(e => e.Message)),
                result.Errors.GroupBy(e => JsonFieldOf(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal)));
        }

        return TypedResults.Ok(TenantApiModel.From(result.Tenant!));
    }

    private static ProblemHttpResult NotFound(string name, IStringLocalizer localizer) =>
        TypedResults.Problem(ApiProblems.Create(StatusCodes.Status404NotFound, localizer["Tenant not found"],
            localizer["The tenant \"{0}\" does not exist. List the tenants with GET /api/tenants.", name]));

    private static ProblemHttpResult Invalid(IStringLocalizer localizer, Dictionary<string, string[]> errors) =>
        TypedResults.Problem(ApiProblems.CreateValidation(StatusCodes.Status422UnprocessableEntity,
            localizer["Invalid tenant"],
            localizer["The tenant was not created. Correct the fields listed in \"errors\" and send the request again."],
            errors));

    /// <summary>Returns the request body, or null when it is not a JSON object of the expected shape.</summary>
    private static async Task<TenantApiCreateRequest?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<TenantApiCreateRequest>(request.Body, Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Maps a <see cref="TenantError.Field"/> (a <see cref="TenantCreateRequest"/> property) to the API's JSON property name.</summary>
    private static string JsonFieldOf(string? field) => field switch
    {
        null => ApiProblems.RequestErrorKey,
        nameof(TenantCreateRequest.RecipeName) => "recipe",
        nameof(TenantCreateRequest.ConnectionString) => "databaseProvider",
        _ => JsonNamingPolicy.CamelCase.ConvertName(field),
    };
}
