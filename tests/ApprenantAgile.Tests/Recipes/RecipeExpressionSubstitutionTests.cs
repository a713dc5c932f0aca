using System.Globalization;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Recipes;

public sealed class RecipeExpressionSubstitutionTests : IClassFixture<PlatformFactory>
{
    private readonly RecipeReader _reader;
    private readonly RecipeExpressionSubstitution _substitution;

    public RecipeExpressionSubstitutionTests(PlatformFactory factory)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        _reader = factory.Services.GetRequiredService<RecipeReader>();
        _substitution = factory.Services.GetRequiredService<RecipeExpressionSubstitution>();
    }

    [Fact]
    public void Parameter_replaces_whole_and_embedded_strings()
    {
        var result = Apply("""
            [ { "name": "settings", "SiteName": "[js:parameters('SiteName')]", "Footer": { "Text": "© [js:parameters('SiteName')] [js:parameters(\"Year\")]" } } ]
            """, new() { ["SiteName"] = "APP de Lyon", ["Year"] = "2026" });

        Assert.Empty(result.Errors);
        Assert.Equal("APP de Lyon", result.Steps[0]["SiteName"]!.GetValue<string>());
        Assert.Equal("© APP de Lyon 2026", result.Steps[0]["Footer"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public void Variable_uses_parameters_and_is_evaluated_once()
    {
        var result = Apply("""
            [ { "name": "a", "Id": "[js:variables('id')]", "Title": "[js:variables('title')]" },
              { "name": "b", "Id": "[js:variables('id')]", "Count": "[js:variables('count')]" } ]
            """, new() { ["City"] = "Lille" },
            variables: """{ "id": "[js:uuid()]", "title": "APP [js:parameters('City')]", "count": 3 }""");

        Assert.Empty(result.Errors);
        var id = result.Steps[0]["Id"]!.GetValue<string>();
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Equal(id, result.Steps[1]["Id"]!.GetValue<string>());
        Assert.Equal("APP Lille", result.Steps[0]["Title"]!.GetValue<string>());
        Assert.Equal(3, result.Steps[1]["Count"]!.GetValue<int>());
    }

    [Fact]
    public void Uuid_gives_a_new_id_at_each_use()
    {
        var result = Apply("""[ { "name": "a", "First": "[js:uuid()]", "Second": "[js:uuid()]" } ]""", []);

        Assert.Empty(result.Errors);
        Assert.NotEqual(result.Steps[0]["First"]!.GetValue<string>(), result.Steps[0]["Second"]!.GetValue<string>());
    }

    [Fact]
    public void Unknown_parameter_names_it_and_its_place()
    {
        var result = Apply("""
            [ { "name": "feature" }, { "name": "settings", "Sections": { "Items": [ "x", "[js:parameters('AdminEmail')]" ] } } ]
            """, new() { ["SiteName"] = "APP" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.StepIndex);
        Assert.Equal("Sections.Items[1]", error.Property);
        Assert.Contains("parameter \"AdminEmail\" is not defined", error.Message);
    }

    [Fact]
    public void Unknown_parameter_in_variable_points_at_variable()
    {
        var result = Apply("""[ { "name": "a", "Title": "[js:variables('title')]" } ]""", [],
            variables: """{ "title": "APP [js:parameters('City')]" }""");

        var error = Assert.Single(result.Errors);
        Assert.Null(error.StepIndex);
        Assert.Equal("variables.title", error.Property);
        Assert.Contains("parameter \"City\"", error.Message);
    }

    [Fact]
    public void Unknown_variable_is_reported()
    {
        var result = Apply("""[ { "name": "a", "Title": "[js:variables('titre')]" } ]""", []);

        var error = Assert.Single(result.Errors);
        Assert.Equal((0, "Title"), (error.StepIndex, error.Property));
        Assert.Contains("variable \"titre\" is not defined", error.Message);
    }

    [Fact]
    public void Variable_cycle_is_reported()
    {
        var result = Apply("""[ { "name": "a" } ]""", [], variables: """{ "a": "[js:variables('b')]", "b": "x[js:variables('a')]" }""");

        Assert.Contains(result.Errors, e => e.Message.Contains("refers to itself (a → b → a)"));
    }

    [Fact]
    public void Unsupported_expression_is_reported()
    {
        var result = Apply("""[ { "name": "a", "Date": "[js: new Date().toISOString()]" } ]""", []);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Date", error.Property);
        Assert.Contains("is not supported", error.Message);
    }

    private RecipeSubstitutionResult Apply(string steps, Dictionary<string, string> parameters, string variables = "{}")
    {
        var json = new JsonObject
        {
            ["name"] = "test",
            ["variables"] = JsonNode.Parse(variables),
            ["steps"] = JsonNode.Parse(steps),
        };
        var read = _reader.Read(json.ToJsonString(), "test.json");
        Assert.Empty(read.Errors);
        return _substitution.Apply(read.Recipe!, parameters);
    }
}
