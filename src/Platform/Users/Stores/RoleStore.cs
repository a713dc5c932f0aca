using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Platform.Users.Stores;

/// <summary>
/// ASP.NET Core Identity's role store over the tenant's <see cref="RolesDocument"/>. A role's id
/// is its name. Admin pages read the list from the document itself. Deleting a role also removes it from every user.
/// </summary>
public sealed class RoleStore(IDocumentStore documents, TenantDbContext db) : IRoleStore<Role>
{
    public async Task<IdentityResult> CreateAsync(Role role, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<RolesDocument>(cancellationToken);
        if (document.Find(role.NormalizedName) is not null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "DuplicateRoleName", Description = role.Name });
        }

        document.Roles.Add(role);
        await documents.SaveAsync(document, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(Role role, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<RolesDocument>(cancellationToken);
        document.Roles.RemoveAll(r => r.NormalizedName == role.NormalizedName);
        document.Roles.Add(role);
        document.Roles.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));
        await documents.SaveAsync(document, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(Role role, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<RolesDocument>(cancellationToken);
        document.Roles.RemoveAll(r => r.NormalizedName == role.NormalizedName);
        await db.Set<UserRole>().Where(r => r.RoleName == role.Name).ExecuteDeleteAsync(cancellationToken);
        await documents.SaveAsync(document, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<Role?> FindByIdAsync(string roleId, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<RolesDocument>(cancellationToken);
        return document.Roles.FirstOrDefault(r => string.Equals(r.Name, roleId, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<Role?> FindByNameAsync(string normalizedRoleName, CancellationToken cancellationToken) =>
        (await documents.GetAsync<RolesDocument>(cancellationToken)).Find(normalizedRoleName);

    public Task<string> GetRoleIdAsync(Role role, CancellationToken cancellationToken) => Task.FromResult(role.Name);

    public Task<string?> GetRoleNameAsync(Role role, CancellationToken cancellationToken) => Task.FromResult<string?>(role.Name);

    public Task SetRoleNameAsync(Role role, string? roleName, CancellationToken cancellationToken)
    {
        role.Name = roleName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedRoleNameAsync(Role role, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(role.NormalizedName);

    public Task SetNormalizedRoleNameAsync(Role role, string? normalizedName, CancellationToken cancellationToken)
    {
        role.NormalizedName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }
}
