using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Platform.Users.SignInLinks;

/// <summary>
/// A one-time sign-in link sent by e-mail. Only the SHA-256 hash of the token is stored, so a
/// copy of the database cannot be used to sign in.
/// </summary>
public sealed class SignInLink
{
    public long Id { get; set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the token carried in the link.</summary>
    public required string TokenHash { get; set; }

    public required string UserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    /// <summary>When the link was used to sign in; a used link never works again.</summary>
    public DateTime? UsedUtc { get; set; }
}

internal sealed class SignInLinkConfiguration : IEntityTypeConfiguration<SignInLink>
{
    public void Configure(EntityTypeBuilder<SignInLink> builder)
    {
        builder.ToTable("SignInLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedOnAdd();
    }
}
