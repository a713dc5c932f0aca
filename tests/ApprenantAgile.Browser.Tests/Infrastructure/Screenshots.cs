using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Infrastructure;

/// <summary>
/// Saves full-page PNG screenshots to the folder named by the AA_TEST_ARTIFACTS environment
/// variable (test.sh sets it to docs/fr/images, which the French guide links to), or to a
/// temporary folder when it is unset.
/// </summary>
public static class Screenshots
{
    public const string FolderVariable = "AA_TEST_ARTIFACTS";

    public static string Folder { get; } = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(Path.GetTempPath(), "aa-browser-screenshots");

    /// <summary>Writes <c>{name}.png</c> and returns its full path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
