using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Liquid;

/// <summary>Service provider with platform localization and Liquid, as the host registers them.</summary>
internal static class LiquidTestHost
{
    public static ServiceProvider Build(Action<IServiceCollection>? configure = null, Action<LiquidSandboxOptions>? sandbox = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        configure?.Invoke(services);
        services.AddPlatformLocalization([]);
        services.AddPlatformLiquid([], sandbox);
        services.AddLiquidViewModel<BadgeViewModel>();
        services.AddLiquidViewModel<IssuerViewModel>();
        return services.BuildServiceProvider();
    }
}

public sealed class BadgeViewModel
{
    public string Name { get; set; } = string.Empty;

    public IssuerViewModel? Issuer { get; set; }

    public SecretHolder? Secret { get; set; }

    public IServiceProvider? Services { get; set; }

    public Type? ClrType { get; set; }

    public DateTime IssuedOn { get; set; }

    public List<string> Tags { get; set; } = [];

    public string Shout() => "method called";
}

public sealed class IssuerViewModel
{
    public string Name { get; set; } = string.Empty;
}

/// <summary>Not registered: templates must not read it.</summary>
public sealed class SecretHolder
{
    public string Password { get; set; } = "hunter2";

    public override string ToString() => "SecretHolder hunter2";
}
