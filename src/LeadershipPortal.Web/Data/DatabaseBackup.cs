using LeadershipPortal.Web.Setup;
using Microsoft.Data.Sqlite;

namespace LeadershipPortal.Web.Data;

/// <summary>
/// An online copy of the SQLite database through SQLite's backup API: safe while the app runs and writes (the copy is
/// one consistent snapshot), and needs no tool beside the app. Run as <c>dotnet run --project src/LeadershipPortal.Web -- backup PATH</c>.
/// </summary>
public static class DatabaseBackup
{
    public const string Command = "backup";

    /// <summary>The target path when the arguments ask for a backup; otherwise null.</summary>
    public static string? Target(string[] args) => args is [Command, var target] ? target : null;

    public static async Task RunAsync(IConfiguration configuration, string contentRoot, string target)
    {
        var source = DataSetup.ResolveSqlite(configuration.GetConnectionString("Portal") ?? DataSetup.DefaultConnectionString, contentRoot);
        await BackupAsync(source, target);
        Console.WriteLine($"Backed up the portal database to {Path.GetFullPath(target)}.");
    }

    public static async Task BackupAsync(string sourceConnectionString, string targetPath)
    {
        var full = Path.GetFullPath(targetPath);
        if (File.Exists(full))
        {
            throw new IOException($"{full} exists already; choose a new file so that no backup is overwritten.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var source = new SqliteConnection(sourceConnectionString);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        await source.OpenAsync();
        await destination.OpenAsync();
        source.BackupDatabase(destination);
    }
}
