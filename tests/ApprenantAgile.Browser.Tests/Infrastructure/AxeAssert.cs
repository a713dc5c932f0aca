using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core in a page and fails the test on any WCAG 2.1 level A or AA violation.</summary>
public static class AxeAssert
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// Asserts that axe finds no violation of the WCAG 2.0 and 2.1 A and AA rules in
    /// <paramref name="page"/>. The failure message lists each rule id, its help text and the CSS
    /// selectors of the failing elements.
    /// </summary>
    public static async Task NoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });

        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var message = new StringBuilder($"axe found {violations.Length} WCAG A/AA violation(s) on {url}:");
        foreach (var violation in violations)
        {
            message.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                message.AppendLine().Append($"    at {node.Target}: {node.Html}");
            }
        }

        return message.ToString();
    }
}
