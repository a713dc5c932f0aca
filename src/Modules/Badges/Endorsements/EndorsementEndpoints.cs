using System.Text;
using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Badges.OpenBadges.V3;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>
/// The public, anonymous endorsement endpoints of each tenant: every EndorsementCredential it signed, at its id
/// (withdrawn ones too, so that verifiers read their status), and the endorsement status list.
/// </summary>
public static class EndorsementEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").AllowAnonymous();
        group.MapGet("/ob3/endorsements/{endorsementId:regex(^[0-9a-f]{{32}}$)}", GetEndorsementAsync);
        group.MapGet("/ob3/status/endorsements", GetStatusListAsync);
    }

    private static async Task<IResult> GetEndorsementAsync(HttpContext http, string endorsementId, EndorsementStore store, CancellationToken cancellationToken)
    {
        var endorsement = await store.FindAsync(endorsementId, cancellationToken);
        if (endorsement is null)
        {
            return Results.NotFound();
        }

        Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.StableMaxAge);
        return Results.Text(endorsement.CredentialJson, OpenBadgesV3.CredentialMediaType, Encoding.UTF8);
    }

    private static async Task<IResult> GetStatusListAsync(HttpContext http, Ob3DocumentService documents, CancellationToken cancellationToken)
    {
        Ob2HttpResults.SetPublicHeaders(http, Ob2HttpResults.RevocableMaxAge);
        var list = await documents.EndorsementStatusListAsync(cancellationToken);
        return Results.Text(list.ToJsonString(), OpenBadgesV3.CredentialMediaType, Encoding.UTF8);
    }
}
