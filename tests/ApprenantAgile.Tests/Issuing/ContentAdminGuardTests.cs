using System.Net;
using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Parts;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Issuing;

/// <summary>The generic content admin rejects BadgeClass and Assertion items on the server, with a French reason.</summary>
public sealed class ContentAdminGuardTests : IClassFixture<PlatformFactory>
{
    private const string BadgeClassReason = "Les classes de badges ne se modifient pas dans l’administration des contenus";
    private const string AssertionReason = "Un badge délivré ne se modifie pas et ne se supprime pas à la main";

    private readonly PlatformFactory _factory;

    public ContentAdminGuardTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Badge_class_changes_are_rejected(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var badgeClass = tenant.Class(IssuingTenant.PlainSlug);
        using var client = await SignInAdminAsync(tenant, "admin-garde");
        var item = $"/{tenant.Name}/admin/contents/{badgeClass.Id}";
        var token = TestUsers.ReadAntiforgeryToken(await client.GetStringAsync($"/{tenant.Name}/admin/badges/assertions/issue"));

        var editForm = await client.GetAsync(item + "/edit");
        var edit = await PostAsync(client, item + "/edit", token, ("TitlePart.Title", "Nom changé à la main"));
        var unpublish = await PostAsync(client, item + "/unpublish", token);
        var deleteForm = await client.GetAsync(item + "/delete");
        var delete = await PostAsync(client, item + "/delete", token);

        foreach (var response in new[] { editForm, edit, unpublish, deleteForm, delete })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains(BadgeClassReason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        var stored = await tenant.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(badgeClass.Id, VersionOptions.Published));
        Assert.NotNull(stored);
        Assert.Equal(badgeClass.Name, stored.DisplayText);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Assertion_item_changes_are_rejected(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var itemId = await tenant.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync(BadgeContentAdminGuard.AssertionContentType, type => type
                .DisplayedAs("Assertion")
                .Creatable()
                .Listable()
                .WithPart(TitlePart.PartName));
            var contents = sp.GetRequiredService<IContentManager>();
            var assertion = await contents.NewAsync(BadgeContentAdminGuard.AssertionContentType);
            assertion.DisplayText = "Badge saisi à la main";
            await contents.CreateAsync(assertion, VersionOptions.Published);
            return assertion.ContentItemId;
        });
        using var client = await SignInAdminAsync(tenant, "admin-assertion");
        var item = $"/{tenant.Name}/admin/contents/{itemId}";
        var token = TestUsers.ReadAntiforgeryToken(await client.GetStringAsync($"/{tenant.Name}/admin/badges/assertions/issue"));

        var create = await client.GetAsync($"/{tenant.Name}/admin/contents/create/{BadgeContentAdminGuard.AssertionContentType}");
        var createPost = await PostAsync(client, $"/{tenant.Name}/admin/contents/create/{BadgeContentAdminGuard.AssertionContentType}", token, ("TitlePart.Title", "Faux badge"));
        var editForm = await client.GetAsync(item + "/edit");
        var delete = await PostAsync(client, item + "/delete", token);

        foreach (var response in new[] { create, createPost, editForm, delete })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains(AssertionReason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        var stored = await tenant.WithScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(itemId, VersionOptions.Published));
        Assert.NotNull(stored);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        values["__RequestVerificationToken"] = token;
        return client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    private async Task<HttpClient> SignInAdminAsync(IssuingTenant tenant, string userName)
    {
        await TestUsers.CreateAsync(_factory, tenant.Name, userName, [StandardRoles.Administrator]);
        var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, $"/{tenant.Name}", userName);
        return client;
    }
}
