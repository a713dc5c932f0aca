using System.Text;

namespace ApprenantAgile.Badges.Rdf;

/// <summary>
/// Writes quads in the canonical N-Quads form of RDF Dataset Canonicalization (RDFC-1.0), with single
/// spaces and no xsd:string datatype. Literals use only the escapes \" \\ \n \r \t \b \f, and
/// \uXXXX with uppercase hex for the other control characters U+0000 to U+001F and U+007F.
/// </summary>
public static class NQuadsSerializer
{
    public static string SerializeQuad(RdfQuad quad)
    {
        var builder = new StringBuilder(128);
        AppendQuad(builder, quad);
        return builder.ToString();
    }

    public static string SerializeTerm(RdfTerm term)
    {
        var builder = new StringBuilder(64);
        AppendTerm(builder, term, null);
        return builder.ToString();
    }

    /// <summary>Appends the quad and its final "\n".</summary>
    public static void AppendQuad(StringBuilder builder, RdfQuad quad, Func<RdfTerm, string>? blankNodeLabel = null)
    {
        AppendTerm(builder, quad.Subject, blankNodeLabel);
        builder.Append(' ');
        AppendTerm(builder, quad.Predicate, blankNodeLabel);
        builder.Append(' ');
        AppendTerm(builder, quad.Object, blankNodeLabel);
        if (quad.Graph is not null)
        {
            builder.Append(' ');
            AppendTerm(builder, quad.Graph, blankNodeLabel);
        }

        builder.Append(" .\n");
    }

    /// <summary>Appends a term; <paramref name="blankNodeLabel"/> replaces the labels of blank nodes when given.</summary>
    public static void AppendTerm(StringBuilder builder, RdfTerm term, Func<RdfTerm, string>? blankNodeLabel)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                builder.Append('<').Append(term.Value).Append('>');
                break;
            case RdfTermKind.BlankNode:
                builder.Append("_:").Append(blankNodeLabel is null ? term.Value : blankNodeLabel(term));
                break;
            default:
                builder.Append('"');
                AppendEscaped(builder, term.Value);
                builder.Append('"');
                if (term.Language is not null)
                {
                    builder.Append('@').Append(term.Language);
                }
                else if (term.Datatype != RdfVocabulary.String)
                {
                    builder.Append("^^<").Append(term.Datatype).Append('>');
                }

                break;
        }
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
            {
                continue;
            }

            builder.Append(value, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }

        builder.Append(value, start, value.Length - start);
    }
}
