using System.Globalization;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Endorsements;
using ApprenantAgile.Badges.Issuing;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// Builds the unsigned <c>OpenBadgeCredential</c> of an issued assertion from the same stored data as the
/// OB 2.0 documents: the hashed e-mail and salt, the badge class snapshot, the evidence and the dates.
/// </summary>
/// <remarks>
/// The output follows the strict 1EdTech JSON schema: every 0..* property is an array, and a property
/// without a value is left out rather than written as null or as an empty array.
/// </remarks>
public sealed class OpenBadgeCredentialBuilder(Ob3Urls urls)
{
    private const string UtcSecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <param name="statusListIndex">The credential's bit in the tenant's revocation status list, or null for no credentialStatus.</param>
    /// <param name="endorsements">Signed EndorsementCredentials that others made about this tenant; those whose subject is the
    /// achievement or the issuer profile go in their <c>endorsement</c> arrays.</param>
    public JsonObject Build(
        AssertionIndex assertion, BadgeClassInfo badgeClass, IssuerProfileInfo issuer, int? statusListIndex, ReceivedEndorsements? endorsements = null)
    {
        endorsements ??= ReceivedEndorsements.None;
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgesV3.CredentialsContextUrl, OpenBadgesV3.ContextUrl),
            ["id"] = urls.Credential(assertion.AssertionId).AbsoluteUri,
            ["type"] = new JsonArray(OpenBadgesV3.VerifiableCredentialType, OpenBadgesV3.OpenBadgeCredentialType),
            ["name"] = badgeClass.Name,
            ["issuer"] = IssuerProfile(issuer, endorsements),
            ["validFrom"] = FormatUtc(assertion.IssuedUtc),
        };

        if (assertion.ExpiresUtc is { } expires)
        {
            credential["validUntil"] = FormatUtc(expires);
        }

        credential["credentialSubject"] = Subject(assertion, badgeClass, endorsements);

        var evidence = BadgeClassSnapshot.DeserializeEvidence(assertion.EvidenceJson);
        if (evidence.Count > 0)
        {
            credential["evidence"] = new JsonArray(evidence.Select(Evidence).ToArray<JsonNode?>());
        }

        if (statusListIndex is { } index)
        {
            credential["credentialStatus"] = StatusEntry(index);
        }

        return credential;
    }

    /// <summary>Formats a UTC instant as the credential dates need it: seconds, no fraction, and "Z".</summary>
    public static string FormatUtc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString(UtcSecondsFormat, CultureInfo.InvariantCulture);

    /// <summary>Builds the tenant's embedded issuer <c>Profile</c>, with the endorsements whose subject is that profile.</summary>
    public JsonObject IssuerProfile(IssuerProfileInfo issuer, ReceivedEndorsements endorsements)
    {
        var profile = new JsonObject
        {
            ["id"] = urls.Issuer.AbsoluteUri,
            ["type"] = new JsonArray("Profile"),
            ["name"] = issuer.Name,
            ["url"] = issuer.Url.AbsoluteUri,
        };
        AddIfPresent(profile, "description", issuer.Description);
        AddIfPresent(profile, "email", issuer.Email);
        if (!string.IsNullOrEmpty(issuer.ImagePath))
        {
            profile["image"] = Image(urls.Absolute(issuer.ImagePath), null);
        }

        AddEndorsements(profile, endorsements);
        return profile;
    }

    private JsonObject Subject(AssertionIndex assertion, BadgeClassInfo badgeClass, ReceivedEndorsements endorsements)
    {
        var identifiers = new JsonArray(new JsonObject
        {
            ["type"] = "IdentityObject",
            ["identityHash"] = assertion.RecipientHash,
            ["identityType"] = "emailAddress",
            ["hashed"] = true,
            ["salt"] = assertion.RecipientSalt,
        });
        if (!string.IsNullOrEmpty(assertion.RecipientName))
        {
            identifiers.Add(new JsonObject
            {
                ["type"] = "IdentityObject",
                ["identityHash"] = assertion.RecipientName,
                ["identityType"] = "name",
                ["hashed"] = false,
            });
        }

        var achievement = Achievement(badgeClass);
        AddEndorsements(achievement, endorsements);
        var subject = new JsonObject
        {
            ["type"] = new JsonArray("AchievementSubject"),
            ["identifier"] = identifiers,
            ["achievement"] = achievement,
        };
        AddIfPresent(subject, "narrative", assertion.Narrative);

        if (LevelResultDescriptionId(achievement) is { } descriptionId)
        {
            subject["result"] = new JsonArray(new JsonObject
            {
                ["type"] = new JsonArray("Result"),
                ["resultDescription"] = descriptionId,
                ["achievedLevel"] = LevelId(achievement, badgeClass.Level!),
            });
        }

        return subject;
    }

    private JsonObject Achievement(BadgeClassInfo badgeClass)
    {
        var achievement = new JsonObject
        {
            ["id"] = urls.Achievement(badgeClass.Id, badgeClass.CatalogueVersion).AbsoluteUri,
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "Badge",
            ["name"] = badgeClass.Name,
            ["description"] = badgeClass.Description,
            ["criteria"] = new JsonObject { ["narrative"] = badgeClass.CriteriaNarrative },
            ["image"] = Image(urls.BadgeClassImage(badgeClass.Id), badgeClass.Name),
        };
        AddIfPresent(achievement, "fieldOfStudy", badgeClass.Family);
        AddIfPresent(achievement, "version", badgeClass.CatalogueVersion);

        if (badgeClass.Alignments.Count > 0)
        {
            achievement["alignment"] = new JsonArray(badgeClass.Alignments.Select(Alignment).ToArray<JsonNode?>());
        }

        if (badgeClass.Tags.Count > 0)
        {
            achievement["tag"] = new JsonArray(badgeClass.Tags.Select(tag => (JsonNode?)tag).ToArray());
        }

        if (BadgeLevels.IsKnown(badgeClass.Level))
        {
            achievement["resultDescription"] = new JsonArray(LevelResultDescription(achievement, badgeClass));
        }

        return achievement;
    }

    /// <summary>
    /// Describes the family's three levels as a rubric. The badge's own level is the required level,
    /// and the subject's Result names it as the achieved level.
    /// </summary>
    private static JsonObject LevelResultDescription(JsonObject achievement, BadgeClassInfo badgeClass)
    {
        var levels = BadgeLevels.All.Select(level => (JsonNode?)new JsonObject
        {
            ["id"] = LevelId(achievement, level.Code),
            ["type"] = new JsonArray("RubricCriterionLevel"),
            ["name"] = level.Name,
            ["level"] = level.Code,
        });

        var description = new JsonObject
        {
            ["id"] = ResultDescriptionId(achievement),
            ["type"] = new JsonArray("ResultDescription"),
            ["name"] = badgeClass.Family is null ? "Niveau" : $"Niveau ({badgeClass.Family})",
            ["resultType"] = "RubricCriterionLevel",
            ["rubricCriterionLevel"] = new JsonArray(levels.ToArray()),
            ["requiredLevel"] = LevelId(achievement, badgeClass.Level!),
        };
        return description;
    }

    private static string ResultDescriptionId(JsonObject achievement) => achievement["id"]!.GetValue<string>() + "#niveau";

    private static string LevelId(JsonObject achievement, string levelCode) => achievement["id"]!.GetValue<string>() + "#niveau-" + levelCode;

    private static string? LevelResultDescriptionId(JsonObject achievement) =>
        achievement.ContainsKey("resultDescription") ? ResultDescriptionId(achievement) : null;

    private static JsonObject Alignment(BadgeAlignment alignment)
    {
        var node = new JsonObject
        {
            ["type"] = new JsonArray("Alignment"),
            ["targetName"] = alignment.TargetName,
            ["targetUrl"] = alignment.TargetUrl.AbsoluteUri,
        };
        AddIfPresent(node, "targetDescription", alignment.TargetDescription);
        AddIfPresent(node, "targetFramework", alignment.TargetFramework);
        AddIfPresent(node, "targetCode", alignment.TargetCode);
        return node;
    }

    private static JsonObject Evidence(EvidenceItem item)
    {
        var node = new JsonObject();
        if (item.Url is not null)
        {
            node["id"] = item.Url.AbsoluteUri;
        }

        node["type"] = new JsonArray("Evidence");
        AddIfPresent(node, "name", item.Name);
        AddIfPresent(node, "description", item.Description);
        AddIfPresent(node, "narrative", item.Narrative);
        AddIfPresent(node, "genre", item.Genre);
        return node;
    }

    private JsonObject StatusEntry(int index) => new()
    {
        ["id"] = $"{urls.StatusList.AbsoluteUri}#{index.ToString(CultureInfo.InvariantCulture)}",
        ["type"] = "BitstringStatusListEntry",
        ["statusPurpose"] = "revocation",
        ["statusListIndex"] = index.ToString(CultureInfo.InvariantCulture),
        ["statusListCredential"] = urls.StatusList.AbsoluteUri,
    };

    private static JsonObject Image(Uri url, string? caption)
    {
        var image = new JsonObject { ["id"] = url.AbsoluteUri, ["type"] = "Image" };
        AddIfPresent(image, "caption", caption);
        return image;
    }

    /// <summary>Adds the endorsements whose subject id is the node's id, as they were signed, or nothing when there are none.</summary>
    private static void AddEndorsements(JsonObject node, ReceivedEndorsements endorsements)
    {
        var about = endorsements.About(node["id"]!.GetValue<string>());
        if (about.Count > 0)
        {
            node["endorsement"] = new JsonArray(about.Select(e => (JsonNode?)e.ParseCredential()).ToArray());
        }
    }

    private static void AddIfPresent(JsonObject node, string property, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            node[property] = value;
        }
    }
}
