using System.Globalization;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>Options of the load-network command, read from "--name value" pairs.</summary>
internal sealed record LoadNetworkOptions
{
    public int Users { get; init; } = 200;

    public int Centres { get; init; } = 20;

    /// <summary>Duration of the load on each target, in seconds.</summary>
    public int Seconds { get; init; } = 600;

    /// <summary>Seconds over which the users start one after the other, at most a quarter of <see cref="Seconds"/>.</summary>
    public int RampSeconds { get; init; } = 60;

    /// <summary>Admin connection string of a PostgreSQL server; the benchmark creates its database there.</summary>
    public string? Postgres { get; init; }

    /// <summary>StackExchange.Redis configuration string of the cluster's Redis server.</summary>
    public string? Redis { get; init; }

    /// <summary>"cluster", "sqlite", or both separated by a comma, run in that order.</summary>
    public IReadOnlyList<string> Targets { get; init; } = ["cluster", "sqlite"];

    /// <summary>Folder for the nodes' App_Data, logs and e-mails.</summary>
    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "aa-load", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));

    public const string Usage =
        "       ApprenantAgile.Benchmarks load-network [--users 200] [--centres 1-20, default 20] [--seconds per target, default 600] [--ramp seconds over which users start, default 60] " +
        "[--targets cluster,sqlite] [--postgres ADMIN-CONNECTION-STRING] [--redis HOST:PORT] [--work FOLDER] (benchmarks/load-network.sh starts PostgreSQL and Redis)";

    public static LoadNetworkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadNetworkOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--users" => options with { Users = PositiveInteger(args[i], value) },
                "--centres" => options with { Centres = Math.Min(PositiveInteger(args[i], value), Web.Pilot.PilotSetupOptions.MaxCentres) },
                "--seconds" => options with { Seconds = PositiveInteger(args[i], value) },
                "--ramp" => options with { RampSeconds = PositiveInteger(args[i], value) },
                "--postgres" => options with { Postgres = value },
                "--redis" => options with { Redis = value },
                "--targets" => options with { Targets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--work" => options with { Work = value },
                _ => throw new ArgumentException($"The option '{args[i]}' is unknown. Usage:\n{Usage}"),
            };
        }

        if (args.Count % 2 != 0)
        {
            throw new ArgumentException($"The option '{args[^1]}' has no value. Usage:\n{Usage}");
        }

        if (options.Targets.Contains("cluster") && (options.Postgres is null || options.Redis is null))
        {
            throw new ArgumentException("The cluster target needs --postgres and --redis. Run benchmarks/load-network.sh, which starts both on 127.0.0.1.");
        }

        if (options.Users < 3 * options.Centres)
        {
            throw new ArgumentException($"{options.Users} users cannot give each of the {options.Centres} centres two trainers and a learner: give at least {3 * options.Centres}.");
        }

        return options;
    }

    private static int PositiveInteger(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"The value '{value}' of {option} is invalid: give a whole number above 0.");
}
