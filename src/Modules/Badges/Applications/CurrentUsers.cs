using System.Security.Claims;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace ApprenantAgile.Badges.Applications;

/// <summary>Reads the signed-in user from the tenant's user store, as an applicant or a reviewer.</summary>
public sealed class CurrentUsers(UserManager<User> users)
{
    public async Task<Applicant?> GetApplicantAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        return user is null ? null : new Applicant(user.Id, user.Email ?? "", user.UserName);
    }

    /// <summary>Returns the reviewer with the roles stored now, not those of the sign-in cookie.</summary>
    public async Task<Reviewer?> GetReviewerAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        return user is null ? null : new Reviewer(user.Id, user.UserName, [.. await users.GetRolesAsync(user)]);
    }
}
