using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.SignInLinks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Platform.Users.Stores;

/// <summary>
/// ASP.NET Core Identity's user store over the current tenant's <see cref="TenantDbContext"/>.
/// Users are always loaded with their roles, so role reads need no extra query.
/// </summary>
public sealed class UserStore(TenantDbContext db, IDocumentStore documents, TimeProvider timeProvider) :
    IUserPasswordStore<User>,
    IUserEmailStore<User>,
    IUserRoleStore<User>,
    IUserSecurityStampStore<User>,
    IUserLockoutStore<User>,
    IQueryableUserStore<User>
{
    public IQueryable<User> Users => db.Set<User>().Include(u => u.Roles);

    public async Task<IdentityResult> CreateAsync(User user, CancellationToken cancellationToken)
    {
        if (user.CreatedUtc == default)
        {
            user.CreatedUtc = timeProvider.GetUtcNow().UtcDateTime;
        }

        db.Set<User>().Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(User user, CancellationToken cancellationToken)
    {
        if (db.Entry(user).State == EntityState.Detached)
        {
            db.Set<User>().Update(user);
        }

        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(User user, CancellationToken cancellationToken)
    {
        await db.Set<SignInLink>().Where(l => l.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        db.Set<User>().Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public Task<User?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

    public Task<User?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalizedUserName, cancellationToken);

    public Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);

    public Task<string> GetUserIdAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(User user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(User user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(User user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(User user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetEmailAsync(User user, string? email, CancellationToken cancellationToken)
    {
        user.Email = email;
        return Task.CompletedTask;
    }

    public Task<string?> GetEmailAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.Email);

    public Task<bool> GetEmailConfirmedAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.EmailConfirmed);

    public Task SetEmailConfirmedAsync(User user, bool confirmed, CancellationToken cancellationToken)
    {
        user.EmailConfirmed = confirmed;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedEmailAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedEmail);

    public Task SetNormalizedEmailAsync(User user, string? normalizedEmail, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedEmail;
        return Task.CompletedTask;
    }

    public async Task AddToRoleAsync(User user, string normalizedRoleName, CancellationToken cancellationToken)
    {
        var role = (await documents.GetAsync<RolesDocument>(cancellationToken)).Find(normalizedRoleName)
            ?? throw new InvalidOperationException(
                $"Role '{normalizedRoleName}' does not exist on this tenant. Create it in the admin or with the roles recipe step first.");

        if (!user.Roles.Any(r => string.Equals(r.RoleName, role.Name, StringComparison.OrdinalIgnoreCase)))
        {
            user.Roles.Add(new UserRole { UserId = user.Id, RoleName = role.Name });
        }
    }

    public Task RemoveFromRoleAsync(User user, string normalizedRoleName, CancellationToken cancellationToken)
    {
        user.Roles.RemoveAll(r => string.Equals(r.RoleName, normalizedRoleName, StringComparison.OrdinalIgnoreCase));
        return Task.CompletedTask;
    }

    public Task<IList<string>> GetRolesAsync(User user, CancellationToken cancellationToken) =>
        Task.FromResult<IList<string>>(user.RoleNames.ToList());

    public Task<bool> IsInRoleAsync(User user, string normalizedRoleName, CancellationToken cancellationToken) =>
        Task.FromResult(user.Roles.Any(r => string.Equals(r.RoleName, normalizedRoleName, StringComparison.OrdinalIgnoreCase)));

    public async Task<IList<User>> GetUsersInRoleAsync(string normalizedRoleName, CancellationToken cancellationToken)
    {
        var role = (await documents.GetAsync<RolesDocument>(cancellationToken)).Find(normalizedRoleName);
        if (role is null)
        {
            return [];
        }

        return await Users.Where(u => u.Roles.Any(r => r.RoleName == role.Name)).ToListAsync(cancellationToken);
    }

    public Task SetSecurityStampAsync(User user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(User user, CancellationToken cancellationToken) =>
        Task.FromResult(user.LockoutEnd is { } end ? new DateTimeOffset(end, TimeSpan.Zero) : (DateTimeOffset?)null);

    public Task SetLockoutEndDateAsync(User user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd?.UtcDateTime;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(User user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount++;
        return Task.FromResult(user.AccessFailedCount);
    }

    public Task ResetAccessFailedCountAsync(User user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(User user, bool enabled, CancellationToken cancellationToken)
    {
        user.LockoutEnabled = enabled;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }
}
