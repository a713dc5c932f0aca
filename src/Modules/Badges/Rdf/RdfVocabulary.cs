namespace ApprenantAgile.Badges.Rdf;

/// <summary>IRIs of the RDF and XML Schema vocabularies used by JSON-LD to RDF conversion.</summary>
public static class RdfVocabulary
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Type = Rdf + "type";
    public const string First = Rdf + "first";
    public const string Rest = Rdf + "rest";
    public const string Nil = Rdf + "nil";
    public const string LangString = Rdf + "langString";
    public const string Json = Rdf + "JSON";

    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string String = Xsd + "string";
    public const string Boolean = Xsd + "boolean";
    public const string Integer = Xsd + "integer";
    public const string Double = Xsd + "double";
}
