using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace ApprenantAgile.Workflows.Http;

/// <summary>
/// Makes and reads the tokens of signal URLs. A token is a data-protected JSON payload, so it can
/// be neither read nor forged without the key ring, and the tenant-aware data protection makes a
/// token of one tenant invalid on another.
/// </summary>
public sealed class SignalTokenService(IDataProtectionProvider dataProtection)
{
    private const string Purpose = "ApprenantAgile.Workflows.Signal";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public string Protect(SignalToken token) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(JsonSerializer.SerializeToUtf8Bytes(token)));

    /// <summary>Returns the token's content, or null when the token is malformed, forged or from another tenant.</summary>
    public SignalToken? TryUnprotect(string token)
    {
        try
        {
            var payload = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return JsonSerializer.Deserialize<SignalToken>(payload);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}
