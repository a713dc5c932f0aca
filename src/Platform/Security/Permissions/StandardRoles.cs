namespace ApprenantAgile.Platform.Security.Permissions;

/// <summary>The roles every tenant starts with. Administrator holds every permission.</summary>
public static class StandardRoles
{
    public const string Administrator = "Administrator";
    public const string Formateur = "Formateur";
    public const string Apprenant = "Apprenant";
}
