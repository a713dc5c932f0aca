using System.Security.Claims;
using System.Text.Encodings.Web;
using ApprenantAgile.Platform.Api.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ApprenantAgile.Platform.Api.Tokens;

/// <summary>
/// Authenticates "Authorization: Bearer aa_…" requests with an active API token of the national
/// tenant. Challenges and refusals get RFC 7807 problem details, never a redirect.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiTokenService tokens,
    IStringLocalizer<ApiTokenAuthenticationHandler> localizer)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header[BearerPrefix.Length..].Trim();
        var token = await tokens.FindActiveAsync(secret, Context.RequestAborted);
        if (token is null)
        {
            Logger.LogWarning("API request to {Path} rejected: unknown or revoked token (prefix {TokenPrefix})",
                Request.Path, secret.Length >= ApiTokenSecret.VisibleLength ? secret[..ApiTokenSecret.VisibleLength] : "");
            return AuthenticateResult.Fail("Unknown or revoked API token.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, token.Id),
            new(ClaimTypes.Name, token.Name),
            new(ApiTokenAuthentication.TokenIdClaimType, token.Id),
        };
        claims.AddRange(token.Permissions.Select(p => new Claim(ApiTokenAuthentication.PermissionClaimType, p)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiTokenAuthentication.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiTokenAuthentication.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var hasHeader = Request.Headers.ContainsKey(HeaderNames.Authorization);
        return ApiProblems.WriteAsync(Context, ApiProblems.Create(
            Microsoft.AspNetCore.Http.StatusCodes.Status401Unauthorized,
            localizer["Authentication required"],
            hasHeader
                ? localizer["The API token is unknown or revoked. Ask a national administrator for a new token."]
                : localizer["This API needs an API token: send the header \"Authorization: Bearer <token>\"."]));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, ApiProblems.Create(
            Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden,
            localizer["Permission missing"],
            localizer["The API token does not grant the permission this request needs. Ask a national administrator for a token with that permission."]));
}
