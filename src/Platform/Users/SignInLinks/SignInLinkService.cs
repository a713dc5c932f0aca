using System.Security.Cryptography;
using System.Text;
using ApprenantAgile.Platform.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Users.SignInLinks;

/// <summary>
/// Issues and consumes one-time sign-in tokens. A token is 32 random bytes in base64url; the table
/// keeps only its SHA-256 hash. Consuming a token is one conditional UPDATE, so two requests
/// with the same token cannot both succeed.
/// </summary>
public sealed class SignInLinkService(
    TenantDbContext db,
    TimeProvider timeProvider,
    IOptions<SignInLinkOptions> options,
    ILogger<SignInLinkService> logger)
{
    private const int TokenBytes = 32;

    public TimeSpan Lifetime => options.Value.Lifetime;

    /// <summary>Stores a new link for the user and returns its token, to put in the e-mailed URL.</summary>
    public async Task<string> CreateAsync(string userId, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = timeProvider.GetUtcNow().UtcDateTime;

        db.Set<SignInLink>().Add(new SignInLink
        {
            TokenHash = Hash(token),
            UserId = userId,
            CreatedUtc = now,
            ExpiresUtc = now + Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Sign-in link issued for user {UserId}, valid until {ExpiresUtc:o}", userId, now + Lifetime);
        return token;
    }

    /// <summary>Returns whether the token names a link that is neither used nor expired, without using it.</summary>
    public Task<bool> IsUsableAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return db.Set<SignInLink>().AnyAsync(l => l.TokenHash == hash && l.UsedUtc == null && l.ExpiresUtc > now, cancellationToken);
    }

    /// <summary>
    /// Marks the link as used and returns its user id; returns null when the token is unknown,
    /// already used or expired.
    /// </summary>
    public async Task<string?> ConsumeAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var now = timeProvider.GetUtcNow().UtcDateTime;

        var updated = await db.Set<SignInLink>()
            .Where(l => l.TokenHash == hash && l.UsedUtc == null && l.ExpiresUtc > now)
            .ExecuteUpdateAsync(setters => setters.SetProperty(l => l.UsedUtc, now), cancellationToken);
        if (updated != 1)
        {
            logger.LogInformation("A sign-in link was rejected: unknown, already used or expired");
            return null;
        }

        return await db.Set<SignInLink>().AsNoTracking()
            .Where(l => l.TokenHash == hash)
            .Select(l => l.UserId)
            .FirstAsync(cancellationToken);
    }

    /// <summary>Returns the lower-case hexadecimal SHA-256 of the token's UTF-8 bytes, as stored in SignInLinks.TokenHash.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
