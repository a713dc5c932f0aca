using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Conditions;

namespace ApprenantAgile.Tests.Workflows;

public sealed class ConditionLanguageTests
{
    private static readonly Dictionary<string, JsonNode?> Roots = new()
    {
        ["Input"] = JsonNode.Parse("""{ "Action": "approve", "Score": 15, "Tags": ["numérique", "citoyen"], "Badge": { "Level": "2" } }"""),
        ["Properties"] = JsonNode.Parse("""{ "Reviewer": "formateur@example.org", "Empty": "" }"""),
    };

    [Theory]
    [InlineData("Input.Action == \"approve\"", true)]
    [InlineData("Input.Action != 'approve'", false)]
    [InlineData("Input.Score > 10 and Input.Score <= 15", true)]
    [InlineData("Input.Badge.Level >= 3", false)]
    [InlineData("Input.Tags contains 'citoyen'", true)]
    [InlineData("Input.Tags[0] == 'numérique'", true)]
    [InlineData("Properties.Reviewer contains '@example.org'", true)]
    [InlineData("Input['Badge'] contains 'Level'", true)]
    [InlineData("not Properties.Empty", true)]
    [InlineData("Input.Missing == null && !Input.Missing", true)]
    [InlineData("Input.Action == 'reject' or (Input.Score < 20 and true)", true)]
    [InlineData("Input.Score < 'abc'", true)]
    public void Condition_Evaluates(string condition, bool expected)
    {
        Assert.Equal(expected, ConditionEvaluator.Evaluate(ConditionParser.Parse(condition), Roots));
    }

    [Theory]
    [InlineData("", "empty", 1)]
    [InlineData("Input.Action ==", "ends where a value is expected", 16)]
    [InlineData("Input.GetType() == 1", "Unexpected '('", 14)]
    [InlineData("System.IO.File == 1", "Unknown name 'System'", 1)]
    [InlineData("Input.Action == 'open", "Unterminated string", 17)]
    [InlineData("Input.Action = 'x'", "Unexpected character '='", 14)]
    public void InvalidCondition_ReportsPosition(string condition, string expectedReason, int expectedPosition)
    {
        var error = Assert.Throws<ConditionSyntaxException>(() => ConditionParser.Parse(condition));

        Assert.Contains(expectedReason, error.Reason);
        Assert.Equal(expectedPosition, error.Position + 1);
    }
}
