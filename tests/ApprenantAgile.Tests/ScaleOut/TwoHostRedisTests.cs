using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Workflows;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Locking;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// Two hosts in this process on one App_Data folder, one PostgreSQL tenant and one Redis server,
/// with Redis workflow locks: the in-process counterpart of two nodes, with a manual clock.
/// </summary>
public sealed class TwoHostRedisTests : IAsyncLifetime
{
    private readonly string _prefix = "aa-hosts-" + Guid.NewGuid().ToString("N")[..8];
    private RedisLockedWorkflowsFactory _first = null!;
    private RedisLockedWorkflowsFactory _second = null!;
    private TenantSettings _tenant = null!;

    public async Task InitializeAsync()
    {
        _first = new RedisLockedWorkflowsFactory(_prefix);
        _tenant = await _first.CreateRunningTenantAsync(
            PlatformFactory.UniqueTenantName("wf"), DatabaseProvider.Postgres, prefix: null, hosts: null,
            ApprenantAgile.Workflows.WorkflowsFeatures.Main);

        // The second host starts on the first one's App_Data, so its tenants.json already names the tenant.
        _second = new RedisLockedWorkflowsFactory(_prefix, _first.AppDataPath);
        _ = _second.Services;
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Lock_held_by_one_host_excludes_other()
    {
        await using var firstScope = await _first.TenantHost.CreateScopeAsync(_tenant.Name);
        await using var secondScope = await _second.TenantHost.CreateScopeAsync(_tenant.Name);
        var firstLocks = firstScope.ServiceProvider.GetRequiredService<IDistributedLock>();
        var secondLocks = secondScope.ServiceProvider.GetRequiredService<IDistributedLock>();
        Assert.IsType<RedisDistributedLock>(firstLocks);

        var held = await firstLocks.TryAcquireAsync("workflow:shared", TimeSpan.Zero);
        Assert.NotNull(held);
        var rejected = await secondLocks.TryAcquireAsync("workflow:shared", TimeSpan.FromMilliseconds(300));
        Assert.Null(rejected);

        await held!.DisposeAsync();
        await using var granted = await secondLocks.TryAcquireAsync("workflow:shared", TimeSpan.FromSeconds(5));
        Assert.NotNull(granted);
    }

    [Fact]
    public async Task Due_timer_fires_once_across_hosts()
    {
        await WorkflowTestScope.SaveTypeAsync(_first, _tenant.Name, new WorkflowTypeBuilder("reminder")
            .Start("created", nameof(ContentCreatedEvent))
            .Then("wait", nameof(TimerEvent), new() { ["Delay"] = 2, ["DelayUnit"] = "Hours" })
            .Then("remind", nameof(CountingTask))
            .Connect("created", "Done", "wait")
            .Connect("wait", "Done", "remind")
            .Build());
        var context = Assert.Single(await WorkflowTestScope.TriggerAsync(_first, _tenant.Name, nameof(ContentCreatedEvent)));

        // Both hosts' timer services poll on the same tick of their clocks, a day later.
        _first.Clock.Advance(TimeSpan.FromDays(1));
        _second.Clock.Advance(TimeSpan.FromDays(1));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        Workflow? workflow;
        do
        {
            await Task.Delay(50);
            workflow = await WorkflowTestScope.LoadAsync(_first, _tenant.Name, context.WorkflowId);
        }
        while (workflow!.Status != WorkflowStatus.Finished && DateTime.UtcNow < deadline);

        Assert.Equal(WorkflowStatus.Finished, workflow.Status);
        Assert.Equal(1, _first.Counter.CountOf(context.WorkflowId) + _second.Counter.CountOf(context.WorkflowId));
    }

    [Fact]
    public async Task Distributed_cache_shared_between_hosts()
    {
        var key = "shared-" + Guid.NewGuid().ToString("N");

        await _first.Services.GetRequiredService<IDistributedCache>().SetStringAsync(key, "écrit par le premier hôte");
        var read = await _second.Services.GetRequiredService<IDistributedCache>().GetStringAsync(key);

        Assert.Equal("écrit par le premier hôte", read);
    }

    [Fact]
    public async Task Cache_signal_reaches_other_host()
    {
        TenantCacheGeneration generation;
        await using (var scope = await _second.TenantHost.CreateScopeAsync(_tenant.Name))
        {
            var tenant = scope.ServiceProvider.GetRequiredService<ITenantAccessor>().Current;
            generation = _second.Services.GetRequiredService<TenantCacheSignal>().Current(tenant);
        }

        // The second host subscribes in the background after it starts, so the first host signals until the
        // message arrives, for at most 10 seconds.
        var firstSignal = _first.Services.GetRequiredService<TenantCacheSignal>();
        for (var attempt = 0; attempt < 50 && !generation.IsExpired; attempt++)
        {
            firstSignal.Signal(_tenant.Name);
            await Task.Delay(200);
        }

        Assert.True(generation.IsExpired, "A cache signal published by the first host did not expire the second host's cached pages within 10 s.");
    }

    [Fact]
    public async Task Concurrent_activation_migrates_once()
    {
        var fresh = await _first.CreateRunningTenantAsync(PlatformFactory.UniqueTenantName("mig"), DatabaseProvider.Postgres);
        await _second.TenantHost.ReloadAsync();

        // Both hosts activate the new tenant at once: one migrates while the other waits on the advisory lock.
        var activations = await Task.WhenAll(
            _first.TenantHost.GetOrActivateAsync(fresh),
            _second.TenantHost.GetOrActivateAsync(_second.TenantHost.FindSettings(fresh.Name)!));

        Assert.Equal(activations[0].EnabledFeatures.Order(), activations[1].EnabledFeatures.Order());
        Assert.All(await MigrationVersionsAsync(fresh), record => Assert.True(record.Version >= 1, $"{record.Migration} is at version {record.Version}."));
    }

    private static async Task<List<(string Migration, int Version)>> MigrationVersionsAsync(TenantSettings tenant)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT \"MigrationClass\", \"Version\" FROM \"{TenantDatabase.SchemaName(tenant)}\".\"DataMigrationRecords\"", connection);
        await using var reader = await command.ExecuteReaderAsync();

        var records = new List<(string, int)>();
        while (await reader.ReadAsync())
        {
            records.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        Assert.NotEmpty(records);
        return records;
    }
}
