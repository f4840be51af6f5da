namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>The checkout the tests run from, for tests that read its source files (resources, seed data).</summary>
public static class Repository
{
    public static string Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "LeadershipPortal.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("The tests run outside the repository: LeadershipPortal.sln not found above them.");
        }

        return root.FullName;
    }
}
