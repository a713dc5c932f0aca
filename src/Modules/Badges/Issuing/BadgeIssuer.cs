using System.Net.Mail;
using System.Text;
using System.Text.Json;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Issuing;

/// <summary>
/// Issues OB 2.0 assertions on the current tenant: hashes the recipient with a fresh salt, dates the
/// badge in Europe/Paris, signs it with the tenant's active RSA key, stores it once per source key, signs
/// and stores its Open Badges 3.0 credential, and e-mails the learner unless the request leaves that to its caller. Logs name the tenant, assertion and badge class, never the e-mail.
/// </summary>
public sealed class BadgeIssuer(
    AssertionStore store,
    IBadgeClassProvider badgeClasses,
    RecipientEmailProtector emailProtector,
    Ob2DocumentFactory documents,
    Ob2Urls urls,
    IssuerKeyRing keyRing,
    SigningKeyGate keyGate,
    BadgeEmailSender emailSender,
    OpenBadgeCredentialIssuer credentialIssuer,
    ITenantAccessor tenantAccessor,
    TimeProvider timeProvider,
    ILogger<BadgeIssuer> logger) : IBadgeIssuer
{
    public const int MaxSourceKeyLength = 255;

    /// <exception cref="BadgeIssuingException">The badge class does not exist, or the e-mail, source key or evidence is invalid.</exception>
    public async Task<IssueResult> IssueAsync(IssueRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var tenant = tenantAccessor.Current.Name;

        var existing = await store.FindBySourceKeyAsync(request.SourceKey, cancellationToken);
        if (existing is not null)
        {
            logger.LogInformation("Tenant {Tenant}: source key already issued assertion {AssertionId}; nothing issued", tenant, existing.AssertionId);
            return new IssueResult(existing.AssertionId, urls.Assertion(existing.AssertionId), AlreadyIssued: true);
        }

        var badgeClass = await badgeClasses.GetAsync(request.BadgeClassId, cancellationToken)
            ?? throw new BadgeIssuingException(
                $"The badge class '{request.BadgeClassId}' does not exist on tenant '{tenant}'. Use the id of one of the tenant's badge classes.");

        var assertion = await CreateAssertionAsync(request, badgeClass, tenant, cancellationToken);
        if (!await store.TryInsertAsync(assertion, cancellationToken))
        {
            var winner = await store.FindBySourceKeyAsync(request.SourceKey, cancellationToken)
                ?? throw new InvalidOperationException($"Inserting an assertion for tenant '{tenant}' hit the source key's unique index, but no row has that key.");
            logger.LogInformation("Tenant {Tenant}: a concurrent request issued assertion {AssertionId} for the same source key first", tenant, winner.AssertionId);
            return new IssueResult(winner.AssertionId, urls.Assertion(winner.AssertionId), AlreadyIssued: true);
        }

        logger.LogInformation("Tenant {Tenant}: issued assertion {AssertionId} of badge class {BadgeClassId} (catalogue version {CatalogueVersion})",
            tenant, assertion.AssertionId, assertion.BadgeClassId, assertion.CatalogueVersion ?? "(none)");

        await credentialIssuer.GetOrCreateAsync(assertion, cancellationToken);
        if (request.EmailRecipient)
        {
            await emailSender.SendAsync(assertion, request.RecipientEmail.Trim(), badgeClass.Name, cancellationToken);
        }

        return new IssueResult(assertion.AssertionId, urls.Assertion(assertion.AssertionId), AlreadyIssued: false);
    }

    private async Task<AssertionIndex> CreateAssertionAsync(IssueRequest request, BadgeClassInfo badgeClass, string tenant, CancellationToken cancellationToken)
    {
        var issuedOn = ParisTime.ToParis(request.IssuedOn ?? timeProvider.GetUtcNow());
        DateTimeOffset? expires = badgeClass.ValidityMonths is { } months and > 0 ? ParisTime.AddMonths(issuedOn, months) : null;
        var recipient = RecipientIdentity.Create(request.RecipientEmail);

        var assertion = new AssertionIndex
        {
            AssertionId = Guid.NewGuid().ToString("N"),
            BadgeClassId = badgeClass.Id,
            RecipientHash = recipient.Identity,
            RecipientSalt = recipient.Salt,
            ProtectedRecipientEmail = emailProtector.Protect(request.RecipientEmail),
            RecipientLookup = await emailProtector.ComputeLookupAsync(request.RecipientEmail, cancellationToken),
            RecipientName = string.IsNullOrWhiteSpace(request.RecipientName) ? null : request.RecipientName.Trim(),
            Status = AssertionStatus.Issued,
            IssuedUtc = issuedOn.UtcDateTime,
            ExpiresUtc = expires?.UtcDateTime,
            SourceKey = request.SourceKey,
            IssuedBy = request.IssuedBy,
            Narrative = string.IsNullOrWhiteSpace(request.Narrative) ? null : request.Narrative.Trim(),
            EvidenceJson = BadgeClassSnapshot.SerializeEvidence(request.Evidence),
            BadgeClassSnapshotJson = BadgeClassSnapshot.Serialize(badgeClass),
            CatalogueVersion = badgeClass.CatalogueVersion,
        };

        using var key = await keyGate.GetActiveRsaKeyAsync(tenant, keyRing, cancellationToken);
        var payload = documents.SignedAssertionPayload(assertion, key.KeyId);
        var jws = key.SignJws(Encoding.UTF8.GetBytes(payload.ToJsonString(new JsonSerializerOptions { WriteIndented = false })));
        assertion.SignedJws = jws;
        return assertion;
    }

    private static void Validate(IssueRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.SourceKey) || request.SourceKey.Length > MaxSourceKeyLength)
        {
            throw new BadgeIssuingException(
                $"The source key must have 1 to {MaxSourceKeyLength} characters, but it has {request.SourceKey?.Length ?? 0}. Pass a stable key of what asked for the badge, such as an application id.");
        }

        if (string.IsNullOrWhiteSpace(request.BadgeClassId))
        {
            throw new BadgeIssuingException("The badge class id is empty. Pass the id of one of the tenant's badge classes.");
        }

        if (!IsValidEmail(request.RecipientEmail))
        {
            throw new BadgeIssuingException("The recipient e-mail is not a valid address (expected name@domain). Correct it and issue again.");
        }

        for (var i = 0; i < request.Evidence.Count; i++)
        {
            var item = request.Evidence[i];
            if (item.Url is null && string.IsNullOrWhiteSpace(item.Narrative))
            {
                throw new BadgeIssuingException($"Evidence item {i + 1} has neither a URL nor a narrative; OB 2.0 requires one of them. Add one or remove the item.");
            }

            if (item.Url is { IsAbsoluteUri: false })
            {
                throw new BadgeIssuingException($"Evidence item {i + 1} has the relative URL '{item.Url}'. Use an absolute http or https URL.");
            }
        }
    }

    /// <summary>Accepts a bare address (no display name) that <see cref="MailAddress"/> parses, with a dot in the domain.</summary>
    public static bool IsValidEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var trimmed = email.Trim();
        return MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal);
    }
}
