namespace ApprenantAgile.Platform.Users.ViewModels;

/// <summary>Form of the pages that only ask for an e-mail address (forgotten password, sign-in link).</summary>
public sealed class EmailViewModel
{
    public string? Email { get; set; }
}
