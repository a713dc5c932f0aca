using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Clustering;

/// <summary>
/// Registers what the "Cluster" section turns on: the shared tenants store, Redis (connection,
/// distributed cache, tenant change notifications, cache signals between nodes, health check) and the data-protection key store.
/// With an empty section the host runs as one node, with an in-memory distributed cache.
/// </summary>
public static class ClusterServiceCollectionExtensions
{
    public static ClusterOptions AddPlatformClustering(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ClusterOptions.SectionName);
        var options = section.Get<ClusterOptions>() ?? new ClusterOptions();
        services.AddOptions<ClusterOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<FileTenantSettingsStore>();
        if (options.TenantsStore == TenantSettingsStoreKind.Postgres)
        {
            services.TryAddSingleton<ITenantSettingsStore, PostgresTenantSettingsStore>();
        }
        else
        {
            services.AddHostedService<TenantsFileWatcher>();
        }

        if (!options.RedisEnabled)
        {
            services.AddDistributedMemoryCache();
            return options;
        }

        services.AddSingleton<RedisConnection>();
        services.AddSingleton<ITenantChangeNotifier, RedisTenantChangeNotifier>();
        services.AddHostedService<TenantChangeSubscriber>();
        services.Replace(ServiceDescriptor.Singleton<ITenantCacheSignalPublisher, RedisTenantCacheSignalPublisher>());
        services.AddHostedService<TenantCacheSignalSubscriber>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded);

        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((cache, redis) =>
        {
            cache.InstanceName = redis.Prefix + ":cache:";
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer);
        });

        return options;
    }

    /// <summary>Stores the key ring in Redis or in <paramref name="keysFolder"/>, as Cluster:DataProtectionKeys selects.</summary>
    public static IDataProtectionBuilder PersistKeysToClusterStore(this IDataProtectionBuilder builder, ClusterOptions options, string keysFolder)
    {
        if (options.DataProtectionKeys == DataProtectionKeyStore.FileSystem)
        {
            return builder.PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        }

        if (!options.RedisEnabled)
        {
            throw new InvalidOperationException("Cluster:DataProtectionKeys is Redis but Cluster:Redis is empty. Set Cluster:Redis or use FileSystem.");
        }

        builder.Services.AddOptions<KeyManagementOptions>().Configure<RedisConnection>((keys, redis) =>
            keys.XmlRepository = new RedisXmlRepository(() => redis.Multiplexer.GetDatabase(), redis.Key("data-protection-keys")));
        return builder;
    }
}
