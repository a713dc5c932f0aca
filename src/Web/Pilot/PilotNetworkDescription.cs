using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ApprenantAgile.Web.Pilot;

/// <summary>
/// The fictional pilot network: 20 centres with French names, and the first and last names its
/// people are given. Read from the embedded resource pilot-network.json.
/// </summary>
public sealed record PilotNetworkDescription(IReadOnlyList<PilotCentre> Centres, IReadOnlyList<string> FirstNames, IReadOnlyList<string> LastNames)
{
    public const int TrainersPerCentre = 2;

    private const string ResourceName = "ApprenantAgile.Web.Pilot.pilot-network.json";

    public static PilotNetworkDescription Load()
    {
        using var stream = typeof(PilotNetworkDescription).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the Web assembly.");
        return JsonSerializer.Deserialize<PilotNetworkDescription>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is empty.");
    }

    /// <summary>
    /// Returns the people of a centre: <see cref="TrainersPerCentre"/> trainers, then the learners, one per
    /// <see cref="PilotScenario"/>. Consecutive first names make the user names unique within the centre.
    /// </summary>
    public IReadOnlyList<PilotPerson> PeopleOf(int centreIndex)
    {
        var scenarios = Enum.GetValues<PilotScenario>();
        var people = new List<PilotPerson>();
        var count = TrainersPerCentre + scenarios.Length;
        for (var k = 0; k < count; k++)
        {
            var position = centreIndex * count + k;
            var first = FirstNames[position % FirstNames.Count];
            var last = LastNames[(position * 7 + centreIndex) % LastNames.Count];
            var userName = Slug(first) + "." + Slug(last);
            var isTrainer = k < TrainersPerCentre;
            people.Add(new PilotPerson(userName, $"{first} {last}", isTrainer, isTrainer ? null : scenarios[k - TrainersPerCentre]));
        }

        return people;
    }

    /// <summary>Lowercases and removes accents and spaces, as ASP.NET Core Identity's default user names accept only ASCII letters.</summary>
    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return builder.ToString();
    }
}

/// <summary>A centre of the pilot network: its tenant name, which is also its URL prefix, and its site name.</summary>
public sealed record PilotCentre(string Name, string SiteName);

/// <summary>A trainer or a learner of a pilot centre; a learner has the scenario its application goes through.</summary>
public sealed record PilotPerson(string UserName, string FullName, bool IsTrainer, PilotScenario? Scenario);
