namespace ApprenantAgile.Badges.Rdf;

/// <summary>
/// Issues identifiers made of a prefix and a counter ("c14n0", "b1", ...) and remembers which
/// existing identifier got which, in issue order (RDFC-1.0 section 4.3, also used by JSON-LD).
/// </summary>
internal sealed class IdentifierIssuer
{
    private readonly string _prefix;
    private readonly Dictionary<string, string> _issued;
    private readonly List<string> _issueOrder;
    private int _counter;

    public IdentifierIssuer(string prefix)
    {
        _prefix = prefix;
        _issued = new Dictionary<string, string>(StringComparer.Ordinal);
        _issueOrder = [];
    }

    private IdentifierIssuer(IdentifierIssuer source)
    {
        _prefix = source._prefix;
        _issued = new Dictionary<string, string>(source._issued, StringComparer.Ordinal);
        _issueOrder = [.. source._issueOrder];
        _counter = source._counter;
    }

    /// <summary>Existing identifiers in the order they were issued a new one.</summary>
    public IReadOnlyList<string> IssueOrder => _issueOrder;

    public string Issue(string existing)
    {
        if (_issued.TryGetValue(existing, out var issued))
        {
            return issued;
        }

        issued = IssueNew();
        _issued.Add(existing, issued);
        _issueOrder.Add(existing);
        return issued;
    }

    /// <summary>Issues a fresh identifier that no existing identifier maps to.</summary>
    public string IssueNew() => _prefix + (_counter++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool TryGetIssued(string existing, out string issued) => _issued.TryGetValue(existing, out issued!);

    public bool HasIssued(string existing) => _issued.ContainsKey(existing);

    public IdentifierIssuer Copy() => new(this);
}
