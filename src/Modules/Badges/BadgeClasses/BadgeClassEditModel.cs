using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>The form of a local badge class; error messages are English keys translated in Catalogue.fr.po.</summary>
public sealed class BadgeClassEditModel
{
    /// <summary>Content item id; null while creating.</summary>
    public string? Id { get; set; }

    [Required(ErrorMessage = "The name is required.")]
    [StringLength(200, ErrorMessage = "The name must have at most {1} characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "The slug is required.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lowercase letters without accents, digits and dashes in the slug, for example \"accueil-du-public\".")]
    [StringLength(BadgeClassMigrations.SlugMaxLength, ErrorMessage = "The slug must have at most {1} characters.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "The description is required.")]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "The criteria are required.")]
    public string CriteriaNarrative { get; set; } = "";

    public string? ExpectedEvidence { get; set; }

    public string? Audience { get; set; }

    /// <summary>Tags separated by commas.</summary>
    public string? Tags { get; set; }

    [Range(1, 240, ErrorMessage = "The validity must be between {1} and {2} months, or left empty.")]
    public int? ValidityMonths { get; set; }

    public IFormFile? Image { get; set; }
}
