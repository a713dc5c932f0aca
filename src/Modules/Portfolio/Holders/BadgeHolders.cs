using System.Security.Claims;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Portfolio.Holders;

/// <summary>
/// Finds the badges a user holds: assertions whose recipient is the account's confirmed e-mail, as
/// "Mes badges" finds them, with the evidence of the approved application behind each one. Learners
/// and trainers are holders alike.
/// </summary>
public sealed class BadgeHolders(
    UserManager<User> users,
    AssertionStore assertions,
    RecipientEmailProtector emailProtector,
    TenantDbContext db)
{
    /// <summary>Returns the signed-in user, or null when the principal is anonymous or unknown on this tenant.</summary>
    public async Task<User?> GetCurrentAsync(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? await users.GetUserAsync(principal) : null;

    public Task<User?> FindAsync(string userId) => users.FindByIdAsync(userId);

    /// <summary>
    /// Returns the user's badges, newest first. A user without a confirmed e-mail has none,
    /// because the e-mail is the only link between an account and its assertions.
    /// </summary>
    public async Task<IReadOnlyList<HeldBadge>> ListBadgesAsync(User user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(user.Email) || !user.EmailConfirmed)
        {
            return [];
        }

        var lookup = await emailProtector.ComputeLookupAsync(user.Email, cancellationToken);
        var issued = await assertions.ListByRecipientLookupAsync(lookup, cancellationToken);

        var applications = await db.Set<BadgeApplication>().AsNoTracking()
            .Include(a => a.Evidence)
            .Where(a => a.ApplicantUserId == user.Id && a.Status == BadgeApplicationStatus.Approved && a.AssertionId != null)
            .ToListAsync(cancellationToken);
        var evidenceByAssertion = applications
            .GroupBy(a => a.AssertionId!)
            .ToDictionary(g => g.Key, g => g.SelectMany(a => a.Evidence).OrderBy(e => e.CreatedUtc).ToList());

        return issued
            .Select(a => new HeldBadge(
                a,
                BadgeClassSnapshot.Deserialize(a.BadgeClassSnapshotJson),
                evidenceByAssertion.GetValueOrDefault(a.AssertionId) ?? []))
            .ToList();
    }

    /// <summary>Returns the user's badge applications, most recently changed first.</summary>
    public async Task<IReadOnlyList<BadgeApplication>> ListApplicationsAsync(User user, CancellationToken cancellationToken) =>
        await db.Set<BadgeApplication>().AsNoTracking()
            .Where(a => a.ApplicantUserId == user.Id)
            .OrderByDescending(a => a.ModifiedUtc)
            .ToListAsync(cancellationToken);
}
