using System.Text.Json.Nodes;
using ApprenantAgile.Tests.JsonLd;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// Runs the npm verifiers of tests/interop-ob3 on a credential of the loopback server: either its URL, which node
/// fetches, or a JSON copy on standard input (a tampered one). Each returns the JSON result the script prints.
/// </summary>
internal static class NpmVerifiers
{
    /// <summary>Runs @digitalbazaar/vc with a document loader limited to the server at <paramref name="origin"/>.</summary>
    public static Task<JsonObject> DigitalBazaarAsync(string origin, string credentialUrl) =>
        RunAsync("verify-issued.mjs", "", "--origin", origin, credentialUrl);

    public static Task<JsonObject> DigitalBazaarAsync(string origin, JsonObject credential) =>
        RunAsync("verify-issued.mjs", credential.ToJsonString(), "--origin", origin, "-");

    /// <summary>Runs @digitalcredentials/verifier-core, which uses its own document loader.</summary>
    public static Task<JsonObject> VerifierCoreAsync(string credentialUrl) =>
        RunAsync("verify-core.mjs", "", credentialUrl);

    public static Task<JsonObject> VerifierCoreAsync(JsonObject credential) =>
        RunAsync("verify-core.mjs", credential.ToJsonString(), "-");

    /// <summary>Loads a verification method id with the document loader that verifier-core builds, and describes the result.</summary>
    public static Task<JsonObject> VerifierCoreKeyLookupAsync(string verificationMethod) =>
        RunAsync("core-key-lookup.mjs", "", verificationMethod);

    private static async Task<JsonObject> RunAsync(string script, string standardInput, params string[] arguments)
    {
        var (exitCode, output, error) = await NodeInterop.RunAsync(script, standardInput, arguments);

        Assert.True(exitCode is 0 or 1, $"node {script} failed ({exitCode}): {error}");
        // The result is the last line: verifier-core writes some failures to standard output before it.
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        Assert.True(lastLine is not null, $"node {script} printed no result (exit code {exitCode}): {error}");
        return JsonNode.Parse(lastLine)!.AsObject();
    }
}
