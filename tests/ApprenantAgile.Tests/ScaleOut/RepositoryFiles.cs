namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>Files of the repository clone that the tests run from (scripts, shipped recipes).</summary>
public static class RepositoryFiles
{
    /// <summary>Returns the full path of <paramref name="parts"/>, looked up from the test assembly's folder upwards.</summary>
    /// <exception cref="FileNotFoundException">No folder above the test assembly contains the file.</exception>
    public static string Find(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine([folder.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{Path.Combine(parts)} was not found above {AppContext.BaseDirectory}. Run the tests from a clone of the repository.");
    }
}
