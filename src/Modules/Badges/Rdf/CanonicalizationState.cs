using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ApprenantAgile.Badges.Rdf;

/// <summary>
/// The canonicalization state of RDFC-1.0 section 4.2 and the algorithms of sections 4.4 to 4.8:
/// first-degree hashes, related-blank-node hashes and N-degree hashes of blank nodes.
/// </summary>
internal sealed class CanonicalizationState
{
    private readonly Dictionary<string, List<RdfQuad>> _blankNodeQuads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _firstDegreeHashes = new(StringComparer.Ordinal);
    private readonly IdentifierIssuer _canonicalIssuer = new("c14n");
    private readonly StringBuilder _builder = new(512);
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
    private readonly int _maxWork;
    private int _work;

    public CanonicalizationState(RdfDataset dataset, RdfCanonicalizerOptions options)
    {
        _maxWork = options.MaxWork;
        foreach (var quad in dataset.Quads)
        {
            AddBlankNodeQuad(quad.Subject, quad);
            AddBlankNodeQuad(quad.Object, quad);
            if (quad.Graph is not null)
            {
                AddBlankNodeQuad(quad.Graph, quad);
            }
        }
    }

    public void Run()
    {
        // Step 3: group blank nodes by first-degree hash.
        var hashToBlankNodes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var blankNode in _blankNodeQuads.Keys)
        {
            var hash = HashFirstDegreeQuads(blankNode);
            _firstDegreeHashes[blankNode] = hash;
            if (!hashToBlankNodes.TryGetValue(hash, out var group))
            {
                group = [];
                hashToBlankNodes.Add(hash, group);
            }

            group.Add(blankNode);
        }

        // Step 4: blank nodes with a unique hash get canonical labels in hash order.
        var shared = new List<List<string>>();
        foreach (var (_, group) in hashToBlankNodes)
        {
            if (group.Count == 1)
            {
                _canonicalIssuer.Issue(group[0]);
            }
            else
            {
                shared.Add(group);
            }
        }

        // Step 5: blank nodes that share a hash are distinguished by their N-degree hashes.
        foreach (var group in shared)
        {
            var results = new List<(string Hash, IdentifierIssuer Issuer)>();
            foreach (var blankNode in group)
            {
                if (_canonicalIssuer.HasIssued(blankNode))
                {
                    continue;
                }

                var temporaryIssuer = new IdentifierIssuer("b");
                temporaryIssuer.Issue(blankNode);
                results.Add(HashNDegreeQuads(blankNode, temporaryIssuer));
            }

            results.Sort((left, right) => string.CompareOrdinal(left.Hash, right.Hash));
            foreach (var (_, issuer) in results)
            {
                foreach (var existing in issuer.IssueOrder)
                {
                    _canonicalIssuer.Issue(existing);
                }
            }
        }
    }

    public IReadOnlyDictionary<string, string> CanonicalLabels()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var blankNode in _canonicalIssuer.IssueOrder)
        {
            _canonicalIssuer.TryGetIssued(blankNode, out var label);
            labels[blankNode] = label;
        }

        return labels;
    }

    private void AddBlankNodeQuad(RdfTerm term, RdfQuad quad)
    {
        if (!term.IsBlankNode)
        {
            return;
        }

        if (!_blankNodeQuads.TryGetValue(term.Value, out var quads))
        {
            quads = [];
            _blankNodeQuads.Add(term.Value, quads);
        }

        // A quad whose subject and object are the same blank node is listed once.
        if (quads.Count == 0 || !ReferenceEquals(quads[^1], quad))
        {
            quads.Add(quad);
        }
    }

    /// <summary>Hash First Degree Quads (section 4.6): the reference blank node is "_:a", every other one "_:z".</summary>
    private string HashFirstDegreeQuads(string referenceBlankNode)
    {
        var quads = _blankNodeQuads[referenceBlankNode];
        var lines = new string[quads.Count];
        Func<RdfTerm, string> label = term => term.Value == referenceBlankNode ? "a" : "z";
        for (var i = 0; i < quads.Count; i++)
        {
            _builder.Clear();
            NQuadsSerializer.AppendQuad(_builder, quads[i], label);
            lines[i] = _builder.ToString();
        }

        Array.Sort(lines, CodePointComparer.Instance);
        _builder.Clear();
        foreach (var line in lines)
        {
            _builder.Append(line);
        }

        return Sha256Hex(_builder);
    }

    /// <summary>Hash Related Blank Node (section 4.7).</summary>
    private string HashRelatedBlankNode(string related, RdfQuad quad, IdentifierIssuer issuer, char position)
    {
        _builder.Clear();
        _builder.Append(position);
        if (position != 'g')
        {
            _builder.Append('<').Append(quad.Predicate.Value).Append('>');
        }

        // An issued identifier is written as a blank node label; a first-degree hash is written bare.
        if (_canonicalIssuer.TryGetIssued(related, out var identifier) || issuer.TryGetIssued(related, out identifier))
        {
            _builder.Append("_:").Append(identifier);
        }
        else
        {
            _builder.Append(_firstDegreeHashes[related]);
        }

        return Sha256Hex(_builder);
    }

    /// <summary>Hash N-Degree Quads (section 4.8): explores the blank nodes related to <paramref name="identifier"/>.</summary>
    private (string Hash, IdentifierIssuer Issuer) HashNDegreeQuads(string identifier, IdentifierIssuer issuer)
    {
        CountWork();

        var hashToRelated = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var quad in _blankNodeQuads[identifier])
        {
            AddRelated(hashToRelated, quad, quad.Subject, identifier, issuer, 's');
            AddRelated(hashToRelated, quad, quad.Object, identifier, issuer, 'o');
            if (quad.Graph is not null)
            {
                AddRelated(hashToRelated, quad, quad.Graph, identifier, issuer, 'g');
            }
        }

        var dataToHash = new StringBuilder();
        foreach (var (relatedHash, blankNodes) in hashToRelated)
        {
            dataToHash.Append(relatedHash);
            string? chosenPath = null;
            IdentifierIssuer? chosenIssuer = null;

            foreach (var permutation in Permutations(blankNodes))
            {
                CountWork();
                var issuerCopy = issuer.Copy();
                var path = new StringBuilder();
                var recursionList = new List<string>();
                var skip = false;

                foreach (var related in permutation)
                {
                    if (_canonicalIssuer.TryGetIssued(related, out var canonical))
                    {
                        path.Append("_:").Append(canonical);
                    }
                    else
                    {
                        if (!issuerCopy.HasIssued(related))
                        {
                            recursionList.Add(related);
                        }

                        path.Append("_:").Append(issuerCopy.Issue(related));
                    }

                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }

                if (skip)
                {
                    continue;
                }

                foreach (var related in recursionList)
                {
                    var result = HashNDegreeQuads(related, issuerCopy);
                    path.Append("_:").Append(issuerCopy.Issue(related)).Append('<').Append(result.Hash).Append('>');
                    issuerCopy = result.Issuer;
                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }

                if (skip)
                {
                    continue;
                }

                var pathText = path.ToString();
                if (chosenPath is null || string.CompareOrdinal(pathText, chosenPath) < 0)
                {
                    chosenPath = pathText;
                    chosenIssuer = issuerCopy;
                }
            }

            dataToHash.Append(chosenPath);
            issuer = chosenIssuer!;
        }

        return (Sha256Hex(dataToHash), issuer);
    }

    private void AddRelated(
        SortedDictionary<string, List<string>> hashToRelated,
        RdfQuad quad,
        RdfTerm component,
        string identifier,
        IdentifierIssuer issuer,
        char position)
    {
        if (!component.IsBlankNode || component.Value == identifier)
        {
            return;
        }

        var hash = HashRelatedBlankNode(component.Value, quad, issuer, position);
        if (!hashToRelated.TryGetValue(hash, out var related))
        {
            related = [];
            hashToRelated.Add(hash, related);
        }

        related.Add(component.Value);
    }

    /// <summary>A path is worse once it is at least as long as the chosen path and sorts after it (paths are ASCII).</summary>
    private static bool IsWorse(StringBuilder path, string? chosenPath)
    {
        if (chosenPath is null || path.Length < chosenPath.Length)
        {
            return false;
        }

        var length = Math.Min(path.Length, chosenPath.Length);
        for (var i = 0; i < length; i++)
        {
            if (path[i] != chosenPath[i])
            {
                return path[i] > chosenPath[i];
            }
        }

        return path.Length > chosenPath.Length;
    }

    private void CountWork()
    {
        if (++_work > _maxWork)
        {
            throw new RdfCanonicalizationException(
                $"RDF canonicalization stopped after {_maxWork} units of work (Hash N-Degree Quads calls and permutations): "
                + "the dataset has too many blank nodes that look alike, as in a poison graph. Give the nodes identifiers "
                + "or raise RdfCanonicalizerOptions.MaxWork if the input is trusted.");
        }
    }

    /// <summary>Yields every ordering of <paramref name="items"/> in lexicographic order of positions.</summary>
    private static IEnumerable<string[]> Permutations(List<string> items)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        while (true)
        {
            var permutation = new string[indexes.Length];
            for (var i = 0; i < indexes.Length; i++)
            {
                permutation[i] = items[indexes[i]];
            }

            yield return permutation;

            var pivot = indexes.Length - 2;
            while (pivot >= 0 && indexes[pivot] >= indexes[pivot + 1])
            {
                pivot--;
            }

            if (pivot < 0)
            {
                yield break;
            }

            var successor = indexes.Length - 1;
            while (indexes[successor] <= indexes[pivot])
            {
                successor--;
            }

            (indexes[pivot], indexes[successor]) = (indexes[successor], indexes[pivot]);
            Array.Reverse(indexes, pivot + 1, indexes.Length - pivot - 1);
        }
    }

    private string Sha256Hex(StringBuilder text)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            // One encoder across chunks keeps a surrogate pair split between two chunks intact.
            _encoder.Reset();
            var length = 0;
            foreach (var chunk in text.GetChunks())
            {
                length += _encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
            }

            length += _encoder.GetBytes(ReadOnlySpan<char>.Empty, buffer.AsSpan(length), flush: true);

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
