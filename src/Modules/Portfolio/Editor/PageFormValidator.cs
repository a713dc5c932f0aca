using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Portfolio.Pages;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Portfolio.Editor;

/// <summary>Checks a posted <see cref="PageForm"/> and returns the translated messages of what the holder must correct.</summary>
public sealed class PageFormValidator(IStringLocalizer<PageFormValidator> localizer, TimeProvider timeProvider)
{
    public const int MaxTitleLength = 200;
    public const int MaxIntroductionLength = 10_000;

    public IReadOnlyList<string> Validate(PageForm form)
    {
        var errors = new List<string>();

        if (form.Title.Length == 0)
        {
            errors.Add(localizer["Give the page a title."]);
        }
        else if (form.Title.Length > MaxTitleLength)
        {
            errors.Add(localizer["The title has {0} characters; shorten it to {1} at most.", form.Title.Length, MaxTitleLength]);
        }

        if (form.Introduction.Length > MaxIntroductionLength)
        {
            errors.Add(localizer["The introduction has {0} characters; shorten it to {1} at most.", form.Introduction.Length, MaxIntroductionLength]);
        }

        if (form.Visibility is null)
        {
            errors.Add(localizer["Choose who can see the page: only you, people with the link, or everyone."]);
        }

        if (form.Visibility == PageVisibility.LinkOnly && form.ShareEndDateText.Length > 0)
        {
            var today = DateOnly.FromDateTime(ParisTime.ToParis(timeProvider.GetUtcNow()).DateTime);
            if (form.ShareEndDate is null)
            {
                errors.Add(localizer["The end date \"{0}\" is not a date; pick a day in the calendar or write it as YYYY-MM-DD.", form.ShareEndDateText]);
            }
            else if (form.ShareEndDate < today)
            {
                errors.Add(localizer["The end date {0:d} is already past; choose today or a later day, or leave it empty.", form.ShareEndDate.Value.ToDateTime(TimeOnly.MinValue)]);
            }
        }

        return errors;
    }

    /// <summary>Returns the last instant (UTC) of <paramref name="lastDay"/> in Paris, when the share link stops working.</summary>
    public static DateTime EndOfDayUtc(DateOnly lastDay) =>
        ParisTime.StartOfDay(lastDay.AddDays(1)).UtcDateTime.AddTicks(-1);
}
