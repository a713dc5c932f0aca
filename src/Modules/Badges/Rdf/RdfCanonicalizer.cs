using System.Text;

namespace ApprenantAgile.Badges.Rdf;

/// <summary>
/// RDF Dataset Canonicalization RDFC-1.0 (W3C Recommendation, 21 May 2024) with SHA-256: relabels
/// blank nodes "c14n0", "c14n1", ... deterministically and serializes the dataset as canonical N-Quads.
/// </summary>
public static class RdfCanonicalizer
{
    /// <summary>Returns the canonical N-Quads document: one line per quad, each ending with "\n", in code point order.</summary>
    /// <exception cref="RdfCanonicalizationException">The dataset needs more work than <see cref="RdfCanonicalizerOptions.MaxWork"/> allows.</exception>
    public static string Canonicalize(RdfDataset dataset, RdfCanonicalizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);

        var labels = IssueCanonicalLabels(dataset, options ?? RdfCanonicalizerOptions.Default);
        return Serialize(dataset, labels);
    }

    /// <summary>Returns the canonical label (without "_:") of each blank node label of the dataset.</summary>
    public static IReadOnlyDictionary<string, string> IssueCanonicalLabels(RdfDataset dataset, RdfCanonicalizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);

        var state = new CanonicalizationState(dataset, options ?? RdfCanonicalizerOptions.Default);
        state.Run();
        return state.CanonicalLabels();
    }

    private static string Serialize(RdfDataset dataset, IReadOnlyDictionary<string, string> labels)
    {
        var lines = new string[dataset.Quads.Count];
        var builder = new StringBuilder(256);
        Func<RdfTerm, string> relabel = term => labels[term.Value];
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Clear();
            NQuadsSerializer.AppendQuad(builder, dataset.Quads[i], relabel);
            lines[i] = builder.ToString();
        }

        Array.Sort(lines, CodePointComparer.Instance);

        var length = 0;
        foreach (var line in lines)
        {
            length += line.Length;
        }

        // Canonical labels are one-to-one, so distinct quads give distinct lines.
        var output = new StringBuilder(length);
        foreach (var line in lines)
        {
            output.Append(line);
        }

        return output.ToString();
    }
}
