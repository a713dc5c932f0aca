using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>Maps <see cref="Ob3Credential"/> to the table that <see cref="Ob3CredentialMigrations"/> creates.</summary>
internal sealed class Ob3CredentialConfiguration : IEntityTypeConfiguration<Ob3Credential>
{
    public void Configure(EntityTypeBuilder<Ob3Credential> builder)
    {
        builder.ToTable(Ob3CredentialMigrations.CredentialTable);
        builder.HasKey(c => c.AssertionId);
    }
}
