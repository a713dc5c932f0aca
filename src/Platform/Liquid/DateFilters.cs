using System.Globalization;
using Fluid;
using Fluid.Values;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// The <c>date_paris</c> filter: formats a UTC date in the Europe/Paris time zone, in French, such
/// as <c>14 juillet 2025 à 16:30</c>. An optional argument is a .NET custom date format.
/// </summary>
/// <remarks>
/// NOTE: the output is French whatever the request culture is. A date without offset (a
/// <see cref="DateTime"/> of unspecified kind, or a string without zone) is read as UTC.
/// </remarks>
internal static class DateFilters
{
    public const string DefaultFormat = "d MMMM yyyy 'à' HH:mm";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static ValueTask<FluidValue> DateParis(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!TryGetUtcDate(input.ToObjectValue(context), out var utc))
        {
            return ValueTask.FromResult<FluidValue>(NilValue.Instance);
        }

        var format = arguments.Count > 0 ? arguments.At(0).ToStringValue(context) : DefaultFormat;
        var paris = TimeZoneInfo.ConvertTime(utc, Paris);
        return ValueTask.FromResult<FluidValue>(StringValue.Create(paris.ToString(format, French)));
    }

    private static bool TryGetUtcDate(object? value, out DateTimeOffset utc)
    {
        switch (value)
        {
            case DateTimeOffset offset:
                utc = offset.ToUniversalTime();
                return true;
            case DateTime dateTime:
                var asUtc = dateTime.Kind == DateTimeKind.Unspecified
                    ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)
                    : dateTime.ToUniversalTime();
                utc = new DateTimeOffset(asUtc);
                return true;
            case string text:
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out utc);
            default:
                utc = default;
                return false;
        }
    }
}
