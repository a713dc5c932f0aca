using System.Security.Cryptography;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Setup;

/// <summary>
/// In the Development environment only: sets up the national tenant from the national recipe and
/// creates the demo centres from the centre recipe, each only when it does not exist yet, and logs
/// each administrator's new password so that a developer can sign in. Must be
/// registered after the platform, so that <see cref="TenantBootstrapper"/> has declared "Default".
/// </summary>
public sealed class DevelopmentTenantSeeder(
    IServiceScopeFactory scopeFactory,
    TenantHost host,
    IHostEnvironment environment,
    IOptions<DevelopmentSeedOptions> options,
    ILogger<DevelopmentTenantSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        if (!seed.Enabled)
        {
            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{DevelopmentSeedOptions.SectionName}:Enabled is true in the {environment.EnvironmentName} environment. " +
                "The development seed creates an administrator with a password written to the log; enable it only in Development.");
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        await SetUpNationalTenantAsync(scope.ServiceProvider.GetRequiredService<TenantSetupService>(), seed, cancellationToken);

        var manager = scope.ServiceProvider.GetRequiredService<TenantManager>();
        foreach (var centre in seed.Centres.Where(c => host.FindSettings(c.Name) is null))
        {
            var password = NewPassword();
            var result = await manager.CreateAsync(new TenantCreateRequest
            {
                Name = centre.Name,
                RequestUrlPrefix = centre.Name,
                SiteName = centre.SiteName,
                AdminEmail = centre.AdminEmail,
                AdminPassword = password,
                RecipeName = seed.CentreRecipe,
            }, cancellationToken);

            if (result.Succeeded)
            {
                // Development only, like the national password: a developer needs it to sign in to the demo centre.
                logger.LogWarning("Development seed: centre {Tenant} created at /{Prefix}/; sign in as {AdminEmail} with the password {DevelopmentPassword}",
                    centre.Name, centre.Name, centre.AdminEmail, password);
            }
            else
            {
                logger.LogError("Development seed: centre {Tenant} was not created: {Errors}", centre.Name, result.Errors.Select(e => e.Message));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SetUpNationalTenantAsync(TenantSetupService setup, DevelopmentSeedOptions seed, CancellationToken cancellationToken)
    {
        if (host.FindSettings(TenantSettings.DefaultTenantName)?.State != TenantState.Uninitialized)
        {
            return;
        }

        var password = NewPassword();
        var result = await setup.SetupAsync(TenantSettings.DefaultTenantName, new SetupRequest
        {
            SiteName = seed.NationalSiteName,
            AdminEmail = seed.NationalAdminEmail,
            AdminPassword = password,
            RecipeName = seed.NationalRecipe,
        }, cancellationToken);

        if (!result.Succeeded)
        {
            logger.LogError("Development seed: the national tenant was not set up: {Errors}", result.Errors);
            return;
        }

        // Development only (checked above): the password is logged once so that a developer can sign in.
        logger.LogWarning("Development seed: national tenant set up; sign in as {AdminEmail} with the password {DevelopmentPassword}",
            seed.NationalAdminEmail, password);
    }

    /// <summary>Returns a random 20-character password with letters, digits and symbols, new on each setup.</summary>
    private static string NewPassword() =>
        "Dev-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', '_').Replace('+', '-') + "1a!";
}
