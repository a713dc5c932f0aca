using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Admin;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>
/// Keeps the generic content admin away from BadgeClass and Assertion items. Badge classes are changed in
/// the badge class admin, which keeps national classes read-only in centres and checks uploaded images.
/// Issued badges live in their own table and change only by revocation. The Assertion type name is
/// rejected too, so that a content type defined under that name cannot pass for issued badges.
/// </summary>
public sealed class BadgeContentAdminGuard(IStringLocalizer<BadgeContentAdminGuard> S) : IContentAdminGuard
{
    public const string AssertionContentType = "Assertion";

    public string? GetRejection(ContentItem item) => item.ContentType switch
    {
        BadgeContentTypes.BadgeClass => S["Badge classes cannot be changed in the content admin. Use Badges > Badge classes, where national classes are read-only and local classes can be edited."].Value,
        AssertionContentType => S["Issued badges cannot be edited or deleted by hand. To withdraw a badge, revoke it in Badges > Issued badges."].Value,
        _ => null,
    };
}
