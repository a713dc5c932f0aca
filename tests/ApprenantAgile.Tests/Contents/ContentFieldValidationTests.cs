using System.Globalization;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Admin;
using ApprenantAgile.Platform.Contents.Display;
using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace ApprenantAgile.Tests.Contents;

/// <summary>The editor form of an Article applied through <see cref="ContentEditorService"/>, as the admin does.</summary>
public sealed class ContentFieldValidationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Dictionary<string, StringValues> ValidForm = new()
    {
        ["TitlePart.Title"] = "Atelier CV",
        ["BodyPart.Markdown"] = "Venez **nombreux**.",
        ["Article.Subtitle"] = "Mardi matin",
        ["Article.Score"] = "12.5",
        ["Article.Website.Url"] = "https://example.org/atelier",
    };

    [Fact]
    public async Task Valid_form_has_no_errors()
    {
        var (errors, item) = await ApplyAsync(DatabaseProvider.Sqlite, ValidForm);

        Assert.Empty(errors);
        Assert.Equal("Mardi matin", TextField.GetText(item.GetPart("Article")!["Subtitle"]!.AsObject()));
        Assert.Equal(12.5m, NumericField.GetValue(item.GetPart("Article")!["Score"]!.AsObject()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Missing_required_text_is_reported(DatabaseProvider provider)
    {
        var form = new Dictionary<string, StringValues>(ValidForm) { ["Article.Subtitle"] = "  " };

        var (errors, _) = await ApplyAsync(provider, form);

        var error = Assert.Single(errors);
        Assert.Equal("Article.Subtitle", error.Key);
        Assert.Contains("Subtitle", error.Message);
    }

    [Theory]
    [InlineData("25", "at most 20")]
    [InlineData("-1", "at least 0")]
    [InlineData("3.25", "digits after the decimal separator")]
    [InlineData("douze", "must be a number")]
    public async Task Bad_number_is_reported(string score, string expected)
    {
        var form = new Dictionary<string, StringValues>(ValidForm) { ["Article.Score"] = score };

        var (errors, _) = await ApplyAsync(DatabaseProvider.Sqlite, form);

        var error = Assert.Single(errors);
        Assert.Equal("Article.Score", error.Key);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/fichier")]
    [InlineData("//evil.example/page")]
    [InlineData("file:///etc/passwd")]
    public async Task Link_with_unsafe_scheme_is_reported(string url)
    {
        var form = new Dictionary<string, StringValues>(ValidForm) { ["Article.Website.Url"] = url };

        var (errors, _) = await ApplyAsync(DatabaseProvider.Sqlite, form);

        var error = Assert.Single(errors);
        Assert.Equal("Article.Website", error.Key);
    }

    [Theory]
    [InlineData("https://example.org/a?b=c")]
    [InlineData("http://example.org")]
    [InlineData("/contents/abc")]
    [InlineData("ateliers/cv")]
    public void Safe_link_is_accepted(string url)
    {
        Assert.True(LinkField.IsSafeUrl(url));
    }

    [Fact]
    public async Task Missing_title_is_reported()
    {
        var form = new Dictionary<string, StringValues>(ValidForm) { ["TitlePart.Title"] = "" };

        var (errors, _) = await ApplyAsync(DatabaseProvider.Sqlite, form);

        var error = Assert.Single(errors);
        Assert.Equal("TitlePart.Title", error.Key);
    }

    [Fact]
    public void Markdown_display_removes_script()
    {
        var html = new MarkdownRenderer().Render(
            "# Titre\n\n<script>alert(1)</script>\n\n[lien](javascript:alert(2)) <img src=x onerror=alert(3)> [site](https://example.org)");
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var text = writer.ToString();

        Assert.Contains("<h1", text);
        Assert.DoesNotContain("<script", text);
        Assert.DoesNotContain("alert(1)", text);
        Assert.DoesNotContain("href=\"javascript", text);
        Assert.Contains("href=\"https://example.org\"", text);
        Assert.DoesNotContain("onerror", text);
    }

    private async Task<(IReadOnlyList<ContentValidationError> Errors, ContentItem Item)> ApplyAsync(
        DatabaseProvider provider, Dictionary<string, StringValues> form)
    {
        var tenant = await ContentTestTenant.CreateAsync(factory, provider);
        return await tenant.RunAsync(async services =>
        {
            var item = await services.GetRequiredService<IContentManager>().NewAsync("Article");
            var errors = await services.GetRequiredService<ContentEditorService>()
                .UpdateAsync(item, new FormCollection(form), CancellationToken.None);
            return (errors, item);
        });
    }
}
