using System.Globalization;

namespace ApprenantAgile.Workflows.Timers;

/// <summary>
/// A five-field cron expression, "minute hour day-of-month month day-of-week", in UTC. Each field
/// takes *, a number, a range a-b, a list a,b and a step */n or a-b/n. Day of week runs 0-6 from
/// Sunday (7 is Sunday too). When both day fields are restricted, a day matching either one runs,
/// as in Vixie cron. Names (JAN, MON) and the @ shortcuts are not supported.
/// </summary>
public sealed class CronSchedule
{
    private const int MaxDaysSearched = 366 * 5;

    private readonly bool[] _minutes;
    private readonly bool[] _hours;
    private readonly bool[] _daysOfMonth;
    private readonly bool[] _months;
    private readonly bool[] _daysOfWeek;
    private readonly bool _dayOfMonthRestricted;
    private readonly bool _dayOfWeekRestricted;

    private CronSchedule(string[] fields)
    {
        _minutes = ParseField(fields[0], 0, 59, "minute");
        _hours = ParseField(fields[1], 0, 23, "hour");
        _daysOfMonth = ParseField(fields[2], 1, 31, "day of month");
        _months = ParseField(fields[3], 1, 12, "month");
        var daysOfWeek = ParseField(fields[4], 0, 7, "day of week");
        daysOfWeek[0] |= daysOfWeek[7];
        _daysOfWeek = daysOfWeek[..7];
        _dayOfMonthRestricted = fields[2] != "*";
        _dayOfWeekRestricted = fields[4] != "*";
    }

    /// <exception cref="FormatException">The expression does not have five valid fields; the message names the field.</exception>
    public static CronSchedule Parse(string expression)
    {
        var fields = (expression ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
        {
            throw new FormatException($"A cron expression has 5 fields (minute hour day-of-month month day-of-week), but '{expression}' has {fields.Length}.");
        }

        return new CronSchedule(fields);
    }

    /// <summary>Returns the first matching minute strictly after <paramref name="afterUtc"/>.</summary>
    /// <exception cref="InvalidOperationException">No date in the next five years matches (such as 31 February).</exception>
    public DateTime NextOccurrence(DateTime afterUtc)
    {
        var start = new DateTime(afterUtc.Year, afterUtc.Month, afterUtc.Day, afterUtc.Hour, afterUtc.Minute, 0, DateTimeKind.Utc).AddMinutes(1);
        for (var day = start.Date; day < start.Date.AddDays(MaxDaysSearched); day = day.AddDays(1))
        {
            if (!_months[day.Month] || !DayMatches(day))
            {
                continue;
            }

            for (var hour = day == start.Date ? start.Hour : 0; hour < 24; hour++)
            {
                if (!_hours[hour])
                {
                    continue;
                }

                var firstMinute = day == start.Date && hour == start.Hour ? start.Minute : 0;
                for (var minute = firstMinute; minute < 60; minute++)
                {
                    if (_minutes[minute])
                    {
                        return day.AddHours(hour).AddMinutes(minute);
                    }
                }
            }
        }

        throw new InvalidOperationException($"The cron schedule matches no date in the {MaxDaysSearched} days after {afterUtc:O}.");
    }

    private bool DayMatches(DateTime day)
    {
        var byMonth = _daysOfMonth[day.Day];
        var byWeek = _daysOfWeek[(int)day.DayOfWeek];
        return _dayOfMonthRestricted && _dayOfWeekRestricted ? byMonth || byWeek : byMonth && byWeek;
    }

    private static bool[] ParseField(string field, int min, int max, string name)
    {
        var allowed = new bool[max + 1];
        foreach (var part in field.Split(','))
        {
            var (range, step) = SplitStep(part, name);
            var (from, to) = range == "*" ? (min, max) : ParseRange(range, min, max, name);
            for (var value = from; value <= to; value += step)
            {
                allowed[value] = true;
            }
        }

        return allowed;
    }

    private static (string Range, int Step) SplitStep(string part, string name)
    {
        var slash = part.IndexOf('/');
        if (slash < 0)
        {
            return (part, 1);
        }

        return int.TryParse(part[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step > 0
            ? (part[..slash], step)
            : throw new FormatException($"The {name} field has an invalid step in '{part}'; write */n or a-b/n with n at least 1.");
    }

    private static (int From, int To) ParseRange(string range, int min, int max, string name)
    {
        var dash = range.IndexOf('-');
        var from = ParseValue(dash < 0 ? range : range[..dash], min, max, name);
        var to = dash < 0 ? from : ParseValue(range[(dash + 1)..], min, max, name);
        return from <= to ? (from, to) : throw new FormatException($"The {name} range '{range}' ends before it starts.");
    }

    private static int ParseValue(string text, int min, int max, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"The {name} field has '{text}', which is not a number from {min} to {max}.");
}
