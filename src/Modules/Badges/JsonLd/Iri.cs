namespace ApprenantAgile.Badges.JsonLd;

/// <summary>IRI checks and RFC 3986 reference resolution used by JSON-LD processing.</summary>
public static class Iri
{
    /// <summary>Returns true when <paramref name="value"/> starts with an RFC 3986 scheme followed by ':'.</summary>
    public static bool IsAbsolute(string value)
    {
        var colon = value.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsBlankNodeIdentifier(string value) => value.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>
    /// Returns true for an absolute IRI without characters that RDF IRIs may not contain
    /// (space, angle brackets, quotes, braces, pipe, caret, backtick, backslash and control characters).
    /// </summary>
    public static bool IsWellFormed(string value)
    {
        if (!IsAbsolute(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Resolves <paramref name="reference"/> against the absolute <paramref name="baseIri"/> (RFC 3986 section 5.2).</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null || IsAbsolute(reference))
        {
            return IsAbsolute(reference) ? RemoveDotSegmentsOfAbsolute(reference) : reference;
        }

        var baseParts = Split(baseIri);
        var referenceParts = Split(reference);

        string? authority;
        string path;
        string? query;
        if (referenceParts.Authority is not null)
        {
            authority = referenceParts.Authority;
            path = RemoveDotSegments(referenceParts.Path);
            query = referenceParts.Query;
        }
        else if (referenceParts.Path.Length == 0)
        {
            authority = baseParts.Authority;
            path = baseParts.Path;
            query = referenceParts.Query ?? baseParts.Query;
        }
        else
        {
            authority = baseParts.Authority;
            path = referenceParts.Path[0] == '/'
                ? RemoveDotSegments(referenceParts.Path)
                : RemoveDotSegments(Merge(baseParts, referenceParts.Path));
            query = referenceParts.Query;
        }

        return Recompose(baseParts.Scheme, authority, path, query, referenceParts.Fragment);
    }

    private static string RemoveDotSegmentsOfAbsolute(string iri)
    {
        var parts = Split(iri);
        if (!parts.Path.Contains('.'))
        {
            return iri;
        }

        return Recompose(parts.Scheme, parts.Authority, RemoveDotSegments(parts.Path), parts.Query, parts.Fragment);
    }

    private static string Merge(IriParts baseParts, string referencePath)
    {
        if (baseParts.Authority is not null && baseParts.Path.Length == 0)
        {
            return "/" + referencePath;
        }

        var lastSlash = baseParts.Path.LastIndexOf('/');
        return lastSlash < 0 ? referencePath : baseParts.Path[..(lastSlash + 1)] + referencePath;
    }

    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains('.'))
        {
            return path;
        }

        var input = path;
        var output = new List<string>();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input == "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = input.Length == 3 ? "/" : input[3..];
                if (output.Count > 0)
                {
                    output.RemoveAt(output.Count - 1);
                }
            }
            else if (input is "." or "..")
            {
                input = string.Empty;
            }
            else
            {
                var start = input[0] == '/' ? 1 : 0;
                var next = input.IndexOf('/', start);
                var segment = next < 0 ? input : input[..next];
                output.Add(segment);
                input = next < 0 ? string.Empty : input[next..];
            }
        }

        return string.Concat(output);
    }

    private static string Recompose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var result = new System.Text.StringBuilder();
        if (scheme is not null)
        {
            result.Append(scheme).Append(':');
        }

        if (authority is not null)
        {
            result.Append("//").Append(authority);
        }

        result.Append(path);
        if (query is not null)
        {
            result.Append('?').Append(query);
        }

        if (fragment is not null)
        {
            result.Append('#').Append(fragment);
        }

        return result.ToString();
    }

    private static IriParts Split(string iri)
    {
        string? scheme = null;
        var rest = iri;
        if (IsAbsolute(iri))
        {
            var colon = iri.IndexOf(':');
            scheme = iri[..colon];
            rest = iri[(colon + 1)..];
        }

        string? fragment = null;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }

        string? query = null;
        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        string? authority = null;
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = rest.IndexOf('/', 2);
            authority = slash < 0 ? rest[2..] : rest[2..slash];
            rest = slash < 0 ? string.Empty : rest[slash..];
        }

        return new IriParts(scheme, authority, rest, query, fragment);
    }

    private readonly record struct IriParts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);
}
