namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// A localized error of a tenant operation. <see cref="Field"/> names the request property at fault
/// (for example "Name" or "RequestUrlPrefix"), so that a form can show the message beside its input;
/// it is null for errors that concern the whole operation.
/// </summary>
public sealed record TenantError(string? Field, string Message);

/// <summary>The outcome of a <see cref="TenantManager"/> operation: either the tenant's settings after it, or every error found.</summary>
public sealed record TenantOperationResult
{
    public IReadOnlyList<TenantError> Errors { get; init; } = [];

    public TenantSettings? Tenant { get; init; }

    public bool Succeeded => Errors.Count == 0;

    public static TenantOperationResult Success(TenantSettings tenant) => new() { Tenant = tenant };

    public static TenantOperationResult Failure(IReadOnlyList<TenantError> errors) => new() { Errors = errors };

    public static TenantOperationResult Failure(string? field, string message) => new() { Errors = [new TenantError(field, message)] };
}
