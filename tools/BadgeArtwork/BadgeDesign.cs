/// <summary>What one badge image shows: the name in lines, the family colour and the level rank (0 for no level).</summary>
internal sealed record BadgeDesign(string Slug, IReadOnlyList<string> NameLines, string Color, int LevelRank, string LevelName)
{
    public const int Size = 512;

    /// <summary>Colour of badges outside the families (Valorisateur de compétences).</summary>
    public const string NeutralColor = "#3A3F47";

    /// <summary>Splits a name into lines of at most <paramref name="maxChars"/> characters, at spaces.</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > maxChars)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>Centres of the level marks (stars) above the name, in a 512 × 512 box.</summary>
    public IEnumerable<(float X, float Y)> MarkCentres()
    {
        const float spacing = 56;
        var start = Size / 2f - (LevelRank - 1) * spacing / 2;
        for (var index = 0; index < LevelRank; index++)
        {
            yield return (start + index * spacing, 120);
        }
    }

    /// <summary>The points of a five-pointed star centred on (x, y).</summary>
    public static IEnumerable<(float X, float Y)> StarPoints(float x, float y, float outer = 22, float inner = 9)
    {
        for (var index = 0; index < 10; index++)
        {
            var radius = index % 2 == 0 ? outer : inner;
            var angle = Math.PI / 5 * index - Math.PI / 2;
            yield return ((float)(x + radius * Math.Cos(angle)), (float)(y + radius * Math.Sin(angle)));
        }
    }
}
