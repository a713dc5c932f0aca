using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.Applications;

/// <summary>
/// Keys of the input that the application events give a review workflow, readable in Liquid as
/// <c>{{ Input.BadgeName }}</c> and in conditions as <c>Input.BadgeLevel</c>. A reviewer's decision
/// adds <see cref="ReviewerId"/>, <see cref="ReviewerName"/> and <see cref="Comment"/>.
/// </summary>
public static class ApplicationWorkflowInput
{
    public const string ApplicationId = "ApplicationId";
    public const string ApplicantUserId = "ApplicantUserId";
    public const string ApplicantEmail = "ApplicantEmail";
    public const string ApplicantName = "ApplicantName";
    public const string BadgeClassId = "BadgeClassId";
    public const string BadgeName = "BadgeName";
    public const string BadgeLevel = "BadgeLevel";

    /// <summary>Absolute URL of the application's page for the learner.</summary>
    public const string ApplicationUrl = "ApplicationUrl";

    /// <summary>Absolute URL of the application's page in the review inbox.</summary>
    public const string ReviewUrl = "ReviewUrl";

    /// <summary>The learner's message sent with a resubmission.</summary>
    public const string LearnerComment = "LearnerComment";

    public const string ReviewerId = "ReviewerId";
    public const string ReviewerName = "ReviewerName";

    /// <summary>The reviewer's comment on the decision (the reason of a refusal or a request for more).</summary>
    public const string Comment = "Comment";

    public static JsonObject Create(BadgeApplication application, string applicationUrl, string reviewUrl, string learnerComment = "") => new()
    {
        [ApplicationId] = application.Id,
        [ApplicantUserId] = application.ApplicantUserId,
        [ApplicantEmail] = application.ApplicantEmail,
        [ApplicantName] = application.ApplicantName,
        [BadgeClassId] = application.BadgeClassId,
        [BadgeName] = application.BadgeName,
        [BadgeLevel] = application.BadgeLevel,
        [ApplicationUrl] = applicationUrl,
        [ReviewUrl] = reviewUrl,
        [LearnerComment] = learnerComment,
    };
}
