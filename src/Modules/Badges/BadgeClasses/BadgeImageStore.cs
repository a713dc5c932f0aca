using ApprenantAgile.Badges.Images;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>
/// Uploaded images of local badge classes, one file per class under
/// App_Data/Sites/{tenant}/media/badges/. Files are written only after <see cref="BadgeImageValidator"/> accepted them.
/// </summary>
public sealed class BadgeImageStore(AppDataPaths paths, ITenantAccessor tenantAccessor)
{
    /// <summary>Writes the image and returns its file name ("{contentItemId}.png" or ".svg"), replacing an older image of the class.</summary>
    public async Task<string> SaveAsync(string contentItemId, BadgeImageFormat format, byte[] content, CancellationToken cancellationToken)
    {
        var folder = Folder();
        Directory.CreateDirectory(folder);

        var fileName = FileNameOf(contentItemId, format);
        await File.WriteAllBytesAsync(Path.Combine(folder, fileName), content, cancellationToken);

        var other = FileNameOf(contentItemId, format == BadgeImageFormat.Png ? BadgeImageFormat.Svg : BadgeImageFormat.Png);
        File.Delete(Path.Combine(folder, other));
        return fileName;
    }

    /// <summary>Returns the bytes of a stored image, or null when the file does not exist.</summary>
    public async Task<byte[]?> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        if (fileName.Contains('/') || fileName.Contains('\\') || fileName.Contains(".."))
        {
            throw new ArgumentException($"The image file name '{fileName}' must be a plain file name without folders.", nameof(fileName));
        }

        var path = Path.Combine(Folder(), fileName);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public string Folder() => Path.Combine(paths.TenantFolder(tenantAccessor.Current.Name), "media", "badges");

    private static string FileNameOf(string contentItemId, BadgeImageFormat format) =>
        $"{contentItemId}.{(format == BadgeImageFormat.Png ? "png" : "svg")}";
}
