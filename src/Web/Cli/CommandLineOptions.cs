namespace ApprenantAgile.Web.Cli;

/// <summary>
/// The "--name value" options of one command. An option may repeat, as in --host a --host b.
/// A value that starts with "--" is read as the next option, so every option needs a value.
/// </summary>
public sealed class CommandLineOptions
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private CommandLineOptions()
    {
    }

    /// <summary>Options given without a value, or arguments that are not options.</summary>
    public IReadOnlyList<string> Invalid { get; private init; } = [];

    public static CommandLineOptions Parse(IEnumerable<string> args)
    {
        var invalid = new List<string>();
        var options = new CommandLineOptions { Invalid = invalid };
        var pending = new Queue<string>(args);

        while (pending.TryDequeue(out var arg))
        {
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                invalid.Add(arg);
                continue;
            }

            if (!pending.TryPeek(out var value) || value.StartsWith("--", StringComparison.Ordinal))
            {
                invalid.Add(arg);
                continue;
            }

            pending.Dequeue();
            var key = arg[2..];
            if (!options._values.TryGetValue(key, out var list))
            {
                options._values[key] = list = [];
            }

            list.Add(value);
        }

        return options;
    }

    public IReadOnlyCollection<string> Names => _values.Keys;

    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> GetAll(string name) => _values.TryGetValue(name, out var list) ? list : [];
}
