namespace LeadershipPortal.Web.Features.Common;

/// <summary>Files the app keeps on local disk (candidate documents, dossiers): where their folder is, and reading one back.</summary>
internal static class LocalFiles
{
    /// <summary>The configured folder as a full path (a relative one is taken from the content root), created when missing.</summary>
    public static string Folder(string configuredPath, IHostEnvironment environment)
    {
        var folder = Path.GetFullPath(Path.IsPathRooted(configuredPath) ? configuredPath : Path.Combine(environment.ContentRootPath, configuredPath));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Opens a file for asynchronous reading, or null when it does not exist.</summary>
    public static Task<Stream?> OpenReadAsync(string path) =>
        Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
}
