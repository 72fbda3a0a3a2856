using Overlord.Agent.Git;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Support;

/// <summary>A bare "origin" and a working clone that commits and pushes to it, in a temp folder.</summary>
public sealed class GitRepositories : IDisposable
{
    private readonly TempDirectory _directory = new();

    private GitRepositories()
    {
        Origin = _directory.Combine("origin.git");
        Work = _directory.Combine("work");
    }

    public string Origin { get; }

    public string Work { get; }

    public string Root => _directory.Path;

    public static async Task<GitRepositories> CreateAsync()
    {
        var repositories = new GitRepositories();
        await TestGit.RunAsync(repositories.Root, "init", "--quiet", "--bare", "origin.git");
        await TestGit.RunAsync(repositories.Root, "clone", "--quiet", "origin.git", "work");
        return repositories;
    }

    public void WriteFile(string path, string content) => WriteFile(path, System.Text.Encoding.UTF8.GetBytes(content));

    public void WriteFile(string path, byte[] content)
    {
        var fullPath = Path.Combine(Work, path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllBytes(fullPath, content);
    }

    /// <summary>Commits everything in the work tree, pushes it to origin's main and returns the new sha.</summary>
    public async Task<string> CommitAndPushAsync(string message)
    {
        await TestGit.RunAsync(Work, "add", "--all");
        await TestGit.RunAsync(Work, "commit", "--quiet", "--allow-empty", "-m", message);
        await TestGit.RunAsync(Work, "push", "--quiet", "origin", "HEAD:refs/heads/main");
        return await TestGit.RunAsync(Work, "rev-parse", "HEAD");
    }

    /// <summary>A GitRepository on a new bare cache clone of origin (not yet fetched).</summary>
    public async Task<GitRepository> CreateMirrorAsync(string name = "mirror.git", GitIdentity? identity = null)
    {
        var git = CreateRepository(_directory.Combine(name), identity);
        await git.EnsureMirrorAsync(Origin, TestContext.Current.CancellationToken);
        return git;
    }

    public static GitRepository CreateRepository(string repositoryPath, GitIdentity? identity = null) =>
        new(new GitRepositoryOptions { RepositoryPath = repositoryPath, Identity = identity ?? GitIdentity.Default }, TestLog.For<GitRepository>());

    public void Dispose() => _directory.Dispose();
}
