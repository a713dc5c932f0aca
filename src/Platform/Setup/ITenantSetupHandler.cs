namespace ApprenantAgile.Platform.Setup;

/// <summary>Runs during a tenant's setup, after its recipe: the Users feature creates the first administrator here.</summary>
public interface ITenantSetupHandler
{
    int Order => 0;

    Task SetupAsync(TenantSetupContext context, CancellationToken cancellationToken);
}
