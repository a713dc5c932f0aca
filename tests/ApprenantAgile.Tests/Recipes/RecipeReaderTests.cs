using System.Globalization;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Recipes;

public sealed class RecipeReaderTests : IClassFixture<PlatformFactory>
{
    private readonly RecipeReader _reader;

    public RecipeReaderTests(PlatformFactory factory)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        _reader = factory.Services.GetRequiredService<RecipeReader>();
    }

    [Fact]
    public async Task Malformed_json_reports_file_and_line()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Recipes", "malformed.recipe.json");
        await using var stream = File.OpenRead(path);

        var result = await _reader.ReadAsync(stream, path);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Recipe);
        Assert.Equal(path, error.Source);
        Assert.Null(error.StepIndex);
        Assert.Contains("not valid JSON at line 7,", error.Message);
    }

    [Fact]
    public void Missing_name_and_steps_are_both_reported()
    {
        var result = _reader.Read("""{ "displayName": "Sans nom" }""", "empty.json");

        Assert.Equal(["name", "steps"], result.Errors.Select(e => e.Property).Order());
        Assert.All(result.Errors, e => Assert.Null(e.StepIndex));
        Assert.Contains(result.Errors, e => e.Message.Contains("no \"steps\" property"));
    }

    [Fact]
    public void Steps_that_are_not_an_array_are_rejected()
    {
        var result = _reader.Read("""{ "name": "x", "steps": { "name": "feature" } }""", "x.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("steps", error.Property);
        Assert.Contains("must be an array of step objects, but it is an object", error.Message);
    }

    [Fact]
    public void Step_without_name_reports_its_index()
    {
        var result = _reader.Read("""
            { "name": "x", "steps": [ { "name": "feature" }, { "enable": [] }, 5, { "name": "" } ] }
            """, "x.json");

        Assert.Equal(3, result.Errors.Count);
        Assert.Equal((1, "name"), (result.Errors[0].StepIndex, result.Errors[0].Property));
        Assert.Equal((2, (string?)null), (result.Errors[1].StepIndex, result.Errors[1].Property));
        Assert.Contains("but this one is a number", result.Errors[1].Message);
        Assert.Equal((3, "name"), (result.Errors[2].StepIndex, result.Errors[2].Property));
    }

    [Fact]
    public void Ill_typed_header_property_is_rejected()
    {
        var result = _reader.Read("""{ "name": "x", "issetuprecipe": "yes", "variables": [], "steps": [] }""", "x.json");

        Assert.Equal(["issetuprecipe", "variables"], result.Errors.Select(e => e.Property).Order());
    }

    [Fact]
    public void Valid_recipe_fills_the_descriptor()
    {
        var result = _reader.Read("""
            {
              // Comments and trailing commas are accepted, as in Orchard's recipes.
              "name": "centre",
              "displayName": "Centre",
              "description": "Un centre",
              "author": "APP",
              "version": "2.1",
              "issetuprecipe": true,
              "variables": { "now": "[js:uuid()]" },
              "steps": [ { "name": "feature", "enable": [] }, ],
            }
            """, "centre.json");

        Assert.Empty(result.Errors);
        var recipe = result.Recipe!;
        Assert.Equal(("centre", "Centre", "Un centre", "APP", "2.1"), (recipe.Name, recipe.DisplayName, recipe.Description, recipe.Author, recipe.Version));
        Assert.True(recipe.IsSetupRecipe);
        Assert.Equal("centre.json", recipe.Source);
        Assert.Single(recipe.Steps);
        Assert.True(recipe.Variables.ContainsKey("now"));
    }
}
