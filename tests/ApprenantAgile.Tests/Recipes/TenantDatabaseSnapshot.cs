using System.Text;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Recipes;

/// <summary>
/// What a recipe may change in a tenant's database: every document (type, version, JSON), the
/// Documents row count and the migration records. Two equal snapshots mean nothing was written.
/// </summary>
public sealed record TenantDatabaseSnapshot(string Documents, int DocumentCount, string Migrations)
{
    public static async Task<TenantDatabaseSnapshot> TakeAsync(PlatformFactory factory, string tenant)
    {
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();

        var documents = await db.Documents.AsNoTracking().OrderBy(d => d.Type).ToListAsync();
        var migrations = await db.DataMigrationRecords.AsNoTracking().OrderBy(r => r.MigrationClass).ToListAsync();

        var text = new StringBuilder();
        foreach (var document in documents)
        {
            text.Append(document.Type).Append(" v").Append(document.Version).Append(": ").AppendLine(document.Content);
        }

        return new TenantDatabaseSnapshot(
            text.ToString(),
            await db.Documents.CountAsync(),
            string.Join("\n", migrations.Select(m => $"{m.MigrationClass} v{m.Version}")));
    }
}
