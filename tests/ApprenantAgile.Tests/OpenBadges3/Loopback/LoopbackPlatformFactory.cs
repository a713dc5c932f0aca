using System.Net;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.ScaleOut;
using Microsoft.AspNetCore.Hosting;

namespace ApprenantAgile.Tests.OpenBadges3.Loopback;

/// <summary>
/// The real host on Kestrel at 127.0.0.1, so that a process outside the test (node) reaches it over TCP. The port
/// is chosen before start-up so that Platform:PublicBaseUrl names it: credential, issuer and status list ids are
/// then URLs of this server. The national tenant serves the host name 127.0.0.1, and centres serve their prefix on it.
/// </summary>
public sealed class LoopbackPlatformFactory : PlatformFactory
{
    public LoopbackPlatformFactory()
    {
        Port = HostNode.FreePort();
        UseKestrel(options => options.Listen(IPAddress.Loopback, Port));
    }

    public int Port { get; }

    /// <summary>Root URL of the server, such as "http://127.0.0.1:41234", without a trailing slash.</summary>
    public string Origin => $"http://127.0.0.1:{Port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Platform:DefaultTenantHosts:0", "127.0.0.1");
        builder.UseSetting("Platform:PublicBaseUrl", Origin);
    }
}
