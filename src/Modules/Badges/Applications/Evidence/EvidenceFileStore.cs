using System.Security.Cryptography;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Badges.Applications.Evidence;

/// <summary>
/// Keeps evidence files of the current tenant in App_Data/Sites/{tenant}/evidence/{applicationId}/,
/// outside the web root, each under a random name so that no uploaded name reaches the file system.
/// </summary>
public sealed class EvidenceFileStore(AppDataPaths paths, ITenantAccessor tenantAccessor)
{
    /// <summary>
    /// Copies <paramref name="content"/> to a new file of the application and returns its stored name,
    /// or null (with nothing left on disk) when the content is longer than <paramref name="maxBytes"/>.
    /// </summary>
    public async Task<string?> SaveAsync(string applicationId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var folder = ApplicationFolder(applicationId);
        Directory.CreateDirectory(folder);
        var storedName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = Path.Combine(folder, storedName);

        var copied = 0L;
        var buffer = new byte[81920];
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                copied += read;
                if (copied > maxBytes)
                {
                    break;
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        if (copied > maxBytes)
        {
            File.Delete(path);
            return null;
        }

        return storedName;
    }

    /// <summary>Opens a stored file for reading, or returns null when it is missing.</summary>
    public Stream? Open(string applicationId, string storedName)
    {
        var path = FilePath(applicationId, storedName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true) : null;
    }

    public void Delete(string applicationId, string storedName)
    {
        var path = FilePath(applicationId, storedName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Returns the names of the files stored for an application, for checks and clean-up.</summary>
    public IReadOnlyList<string> List(string applicationId)
    {
        var folder = ApplicationFolder(applicationId);
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().ToList() : [];
    }

    public string ApplicationFolder(string applicationId)
    {
        RequireSafeName(applicationId, nameof(applicationId));
        return Path.Combine(paths.TenantFolder(tenantAccessor.Current.Name), "evidence", applicationId);
    }

    private string FilePath(string applicationId, string storedName)
    {
        RequireSafeName(storedName, nameof(storedName));
        return Path.Combine(ApplicationFolder(applicationId), storedName);
    }

    /// <summary>Ids and stored names are hexadecimal; anything else could climb out of the evidence folder.</summary>
    private static void RequireSafeName(string value, string parameterName)
    {
        if (value.Length == 0 || !value.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{value}' is not a valid evidence id: only ASCII letters and digits are allowed.", parameterName);
        }
    }
}
