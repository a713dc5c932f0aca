using System.Globalization;

namespace ApprenantAgile.Badges.Issuing;

/// <summary>
/// Dates of issued badges in the Europe/Paris time zone, where the APP network works: issuedOn and
/// expires carry the Paris offset of their own date (+01:00 in winter, +02:00 in summer).
/// </summary>
public static class ParisTime
{
    public const string TimeZoneId = "Europe/Paris";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>Returns the same instant with the Paris offset that applies at that instant.</summary>
    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateTimeOffset ToParis(DateTime utc) => ToParis(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>
    /// Adds calendar months in Paris local time, so that a badge issued on 15 March at 10:00 expires on
    /// 15 March at 10:00 local time, whatever the summer-time change in between.
    /// </summary>
    public static DateTimeOffset AddMonths(DateTimeOffset start, int months)
    {
        var local = ToParis(start).DateTime.AddMonths(months);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>Returns midnight of <paramref name="date"/> in Paris with that day's offset.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>Formats an instant as Paris local date and time in <paramref name="culture"/>, for example "1 mars 2026 à 09:30".</summary>
    public static string Format(DateTime utc, CultureInfo culture, string pattern) =>
        ToParis(utc).ToString(pattern, culture);
}
