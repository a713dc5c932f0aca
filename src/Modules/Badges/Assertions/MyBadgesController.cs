using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ApprenantAgile.Badges.Assertions;

/// <summary>
/// "Mes badges": the signed-in learner's badges, found by the keyed lookup of the account's e-mail,
/// with downloads of the baked PNG and SVG and of the assertion JSON.
/// </summary>
[Authorize]
[Route("mes-badges")]
public sealed class MyBadgesController(
    UserManager<User> userManager,
    AssertionStore store,
    RecipientEmailProtector emailProtector,
    BakedImageService images,
    Ob2Urls urls,
    TimeProvider timeProvider) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var badges = (await FindOwnAsync(cancellationToken))
            .Select(a => new MyBadgeViewModel(a, BadgeClassSnapshot.Deserialize(a.BadgeClassSnapshotJson), urls.Assertion(a.AssertionId), a.IsExpiredAt(now)))
            .ToList();
        return View("~/Views/MyBadges/Index.cshtml", badges);
    }

    [HttpGet("{assertionId:regex(^[[0-9a-f]]{{32}}$)}/badge.json")]
    public async Task<IActionResult> DownloadJson(string assertionId, CancellationToken cancellationToken)
    {
        var assertion = (await FindOwnAsync(cancellationToken)).FirstOrDefault(a => a.AssertionId == assertionId);
        if (assertion is null || assertion.Status == AssertionStatus.Revoked)
        {
            return NotFound();
        }

        var slug = BadgeClassSnapshot.Deserialize(assertion.BadgeClassSnapshotJson).Slug;
        return File(images.HostedJson(assertion), Ob2ContentNegotiation.JsonLdMediaType, $"badge-{slug}.json");
    }

    private async Task<IReadOnlyList<AssertionIndex>> FindOwnAsync(CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (string.IsNullOrWhiteSpace(user?.Email) || !user.EmailConfirmed)
        {
            return [];
        }

        var lookup = await emailProtector.ComputeLookupAsync(user.Email, cancellationToken);
        return await store.ListByRecipientLookupAsync(lookup, cancellationToken);
    }
}
