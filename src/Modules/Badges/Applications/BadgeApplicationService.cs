using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Activities;
using ApprenantAgile.Badges.Applications.Evidence;
using ApprenantAgile.Platform.Users.Emails;
using ApprenantAgile.Workflows.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges.Applications;

/// <summary>
/// The learner's side of an application: create a draft, write the narrative, add and remove
/// evidence, then submit or resubmit, which raises the workflow event of the review.
/// </summary>
public sealed class BadgeApplicationService(
    BadgeApplicationStore store,
    IBadgeClassProvider badgeClasses,
    EvidenceFileStore files,
    IOptions<EvidenceOptions> evidenceOptions,
    IWorkflowManager workflows,
    TenantUrlBuilder urls,
    TimeProvider clock,
    IStringLocalizer<BadgeApplicationService> S,
    ILogger<BadgeApplicationService> logger)
{
    private const int MaxTitleLength = 255;
    private const int MaxUrlLength = 2048;

    public async Task<(BadgeApplication? Application, ApplicationResult Result)> CreateDraftAsync(
        Applicant applicant, string? badgeClassId, string? narrative, CancellationToken cancellationToken)
    {
        var badge = string.IsNullOrWhiteSpace(badgeClassId) ? null : await badgeClasses.GetAsync(badgeClassId, cancellationToken);
        if (badge is null)
        {
            return (null, ApplicationResult.Failure(S["Choose a badge from the list."], "BadgeClassId"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var application = new BadgeApplication
        {
            ApplicantUserId = applicant.UserId,
            ApplicantEmail = applicant.Email,
            ApplicantName = applicant.Name,
            BadgeClassId = badge.Id,
            BadgeName = badge.Name,
            BadgeLevel = badge.Level ?? "",
            Narrative = narrative?.Trim() ?? "",
            Status = BadgeApplicationStatus.Draft,
            CreatedUtc = now,
            ModifiedUtc = now,
        };
        await store.AddAsync(application, cancellationToken);
        logger.LogInformation("Badge application {ApplicationId} for badge class {BadgeClassId} created by user {UserId}",
            application.Id, badge.Id, applicant.UserId);
        return (application, ApplicationResult.Success);
    }

    public async Task<ApplicationResult> UpdateNarrativeAsync(BadgeApplication application, string? narrative, CancellationToken cancellationToken)
    {
        if (!application.IsEditable)
        {
            return NotEditable();
        }

        application.Narrative = narrative?.Trim() ?? "";
        Touch(application);
        await store.SaveAsync(cancellationToken);
        return ApplicationResult.Success;
    }

    /// <summary>
    /// Adds a file after checking its format from its content and its size against the configured
    /// limits. A rejected file leaves nothing on disk and nothing in the database.
    /// </summary>
    public async Task<ApplicationResult> AddFileAsync(BadgeApplication application, IFormFile? upload, CancellationToken cancellationToken)
    {
        var limits = evidenceOptions.Value;
        if (!application.IsEditable)
        {
            return NotEditable();
        }

        if (upload is null || upload.Length == 0)
        {
            return ApplicationResult.Failure(S["Choose a file to add."], "File");
        }

        if (application.Evidence.Count >= limits.MaxItemsPerApplication)
        {
            return TooManyItems(limits);
        }

        if (upload.Length > limits.MaxFileBytes)
        {
            return ApplicationResult.Failure(S["The file \"{0}\" is too big ({1}). The limit is {2} per file.",
                upload.FileName, FormatSize(upload.Length), FormatSize(limits.MaxFileBytes)], "File");
        }

        var usedBytes = application.Evidence.Where(e => e.Kind == EvidenceKind.File).Sum(e => e.Length);
        if (usedBytes + upload.Length > limits.MaxApplicationBytes)
        {
            return ApplicationResult.Failure(S["This file does not fit: the files of one application may total {0}, and {1} are already used. Remove a file or choose a smaller one.",
                FormatSize(limits.MaxApplicationBytes), FormatSize(usedBytes)], "File");
        }

        await using var content = upload.OpenReadStream();
        var header = new byte[EvidenceFileSniffer.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var type = EvidenceFileSniffer.Detect(header.AsSpan(0, headerLength));
        if (type is null)
        {
            logger.LogInformation("Evidence upload {FileName} for application {ApplicationId} rejected: its content is not an accepted format",
                upload.FileName, application.Id);
            return ApplicationResult.Failure(S["The file \"{0}\" is not a photo, a PDF, a sound or a video that we accept. Accepted: PNG, JPEG, GIF, WebP, PDF, MP3, OGG, WAV, MP4, WebM.",
                upload.FileName], "File");
        }

        content.Position = 0;
        var storedName = await files.SaveAsync(application.Id, content, limits.MaxFileBytes, cancellationToken);
        if (storedName is null)
        {
            return ApplicationResult.Failure(S["The file \"{0}\" is too big. The limit is {1} per file.", upload.FileName, FormatSize(limits.MaxFileBytes)], "File");
        }

        application.Evidence.Add(new ApplicationEvidence
        {
            ApplicationId = application.Id,
            Kind = EvidenceKind.File,
            Title = Truncate(Path.GetFileName(upload.FileName), MaxTitleLength),
            ContentType = type.ContentType,
            Length = upload.Length,
            StoredName = storedName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        Touch(application);
        await store.SaveAsync(cancellationToken);
        return ApplicationResult.Success;
    }

    public async Task<ApplicationResult> AddLinkAsync(BadgeApplication application, string? title, string? url, CancellationToken cancellationToken)
    {
        if (!application.IsEditable)
        {
            return NotEditable();
        }

        if (application.Evidence.Count >= evidenceOptions.Value.MaxItemsPerApplication)
        {
            return TooManyItems(evidenceOptions.Value);
        }

        var trimmed = url?.Trim() ?? "";
        if (trimmed.Length > MaxUrlLength
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            return ApplicationResult.Failure(S["The link \"{0}\" is not a web address. It must start with https:// or http://.", trimmed], "LinkUrl");
        }

        application.Evidence.Add(new ApplicationEvidence
        {
            ApplicationId = application.Id,
            Kind = EvidenceKind.Link,
            Title = Truncate(string.IsNullOrWhiteSpace(title) ? parsed.Host : title.Trim(), MaxTitleLength),
            Url = parsed.AbsoluteUri,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        Touch(application);
        await store.SaveAsync(cancellationToken);
        return ApplicationResult.Success;
    }

    public async Task<ApplicationResult> AddTextAsync(BadgeApplication application, string? title, string? text, CancellationToken cancellationToken)
    {
        if (!application.IsEditable)
        {
            return NotEditable();
        }

        if (application.Evidence.Count >= evidenceOptions.Value.MaxItemsPerApplication)
        {
            return TooManyItems(evidenceOptions.Value);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ApplicationResult.Failure(S["Write the text of your evidence."], "Text");
        }

        application.Evidence.Add(new ApplicationEvidence
        {
            ApplicationId = application.Id,
            Kind = EvidenceKind.Text,
            Title = Truncate(string.IsNullOrWhiteSpace(title) ? S["Text"] : title.Trim(), MaxTitleLength),
            Text = text.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        Touch(application);
        await store.SaveAsync(cancellationToken);
        return ApplicationResult.Success;
    }

    public async Task<ApplicationResult> RemoveEvidenceAsync(BadgeApplication application, string evidenceId, CancellationToken cancellationToken)
    {
        if (!application.IsEditable)
        {
            return NotEditable();
        }

        var evidence = application.Evidence.FirstOrDefault(e => e.Id == evidenceId);
        if (evidence is null)
        {
            return ApplicationResult.Failure(S["This evidence was already removed."]);
        }

        application.Evidence.Remove(evidence);
        Touch(application);
        await store.SaveAsync(cancellationToken);
        if (evidence.StoredName is not null)
        {
            files.Delete(application.Id, evidence.StoredName);
        }

        return ApplicationResult.Success;
    }

    /// <summary>
    /// Sends a draft (event BadgeApplicationSubmittedEvent) or an application the trainers asked
    /// more of (event BadgeApplicationResubmittedEvent); the workflow's correlation id is the application id.
    /// </summary>
    public async Task<ApplicationResult> SubmitAsync(BadgeApplication application, Applicant applicant, string? comment, CancellationToken cancellationToken)
    {
        if (!application.IsEditable)
        {
            return NotEditable();
        }

        if (string.IsNullOrWhiteSpace(application.Narrative))
        {
            return ApplicationResult.Failure(S["Tell what you did before sending your application."], "Narrative");
        }

        if (application.Evidence.Count == 0)
        {
            return ApplicationResult.Failure(S["Add at least one piece of evidence before sending your application."], "File");
        }

        var isResubmission = application.Status == BadgeApplicationStatus.ChangesRequested;
        var now = clock.GetUtcNow().UtcDateTime;
        application.Status = BadgeApplicationStatus.Submitted;
        application.SubmittedUtc = now;
        application.Thread.Add(new ApplicationThreadEntry
        {
            ApplicationId = application.Id,
            AuthorUserId = applicant.UserId,
            AuthorName = applicant.Name,
            Kind = isResubmission ? ThreadEntryKind.Resubmitted : ThreadEntryKind.Submitted,
            Comment = comment?.Trim() ?? "",
            CreatedUtc = now,
        });
        Touch(application);
        await store.SaveAsync(cancellationToken);

        var input = ApplicationWorkflowInput.Create(application,
            urls.Build($"/mes-demandes/{application.Id}"), urls.Build($"/admin/demandes/{application.Id}"), comment?.Trim() ?? "");
        var eventName = isResubmission ? nameof(BadgeApplicationResubmittedEvent) : nameof(BadgeApplicationSubmittedEvent);
        var ran = await workflows.TriggerEventAsync(eventName, input, application.Id, cancellationToken);
        logger.LogInformation("Badge application {ApplicationId} sent ({EventName}); {WorkflowCount} workflow instances ran",
            application.Id, eventName, ran.Count);
        return ApplicationResult.Success;
    }

    private ApplicationResult NotEditable() =>
        ApplicationResult.Failure(S["This application can no longer be changed: it is with the trainers or already decided."]);

    private ApplicationResult TooManyItems(EvidenceOptions limits) =>
        ApplicationResult.Failure(S["An application may have at most {0} pieces of evidence. Remove one before adding another.", limits.MaxItemsPerApplication], "File");

    private void Touch(BadgeApplication application) => application.ModifiedUtc = clock.GetUtcNow().UtcDateTime;

    private static string Truncate(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength];

    /// <summary>Formats a size in bytes as "850 KB" or "12.5 MB" (1 KB = 1024 bytes), translated to "Ko" and "Mo" in French.</summary>
    private string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? S["{0} MB", Math.Round(bytes / (1024.0 * 1024.0), 1)] : S["{0} KB", Math.Max(1, bytes / 1024)];
}
