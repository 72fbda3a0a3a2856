using System.Text;
using Overlord.Agent.Git;
using Overlord.Agent.Tests.Support;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Git;

/// <summary>
/// Issue 11.7: the password of an http(s) repository URL reaches libgit2 from memory, through its credentials
/// callback, never through the mirror's config or any other file.
/// </summary>
public sealed class GitRepositoryCredentialsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnsureMirror_UrlWithPassword_StoresTheUrlWithoutCredentials()
    {
        using var directory = new TempDirectory();
        var git = GitRepositories.CreateRepository(directory.Combine("cache.git"));

        await git.EnsureMirrorAsync("https://agent:s3cr3t-token@git.invalid/ops/specs.git", Token);
        var failure = await Assert.ThrowsAsync<GitException>(() => git.FetchAsync("main", Token));

        Assert.Equal("https://git.invalid/ops/specs.git", await TestGit.RunAsync(git.RepositoryPath, "config", "remote.origin.url"));
        Assert.DoesNotContain("s3cr3t-token", File.ReadAllText(Path.Combine(git.RepositoryPath, "config")), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-token", failure.Message + failure.Command + failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureMirror_MirrorWithAPasswordFromBefore_IsRewrittenWithoutIt()
    {
        using var directory = new TempDirectory();
        var git = GitRepositories.CreateRepository(directory.Combine("cache.git"));
        await git.EnsureMirrorAsync("https://git.invalid/ops/specs.git", Token);
        await TestGit.RunAsync(git.RepositoryPath, "config", "remote.origin.url", "https://agent:s3cr3t-token@git.invalid/ops/specs.git");

        await git.EnsureMirrorAsync("https://agent:s3cr3t-token@git.invalid/ops/specs.git", Token);

        Assert.DoesNotContain("s3cr3t-token", File.ReadAllText(Path.Combine(git.RepositoryPath, "config")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_OverHttpWithUserinfo_AuthenticatesAndNoFileHoldsThePassword()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        var head = await repositories.CommitAndPushAsync("first");
        await using var server = await SmartHttpGitServer.StartAsync(repositories.Origin, "agent", "p@ss w0rd!");
        var url = server.Url.Replace("http://", "http://agent:p%40ss%20w0rd%21@", StringComparison.Ordinal);
        var git = GitRepositories.CreateRepository(Path.Combine(repositories.Root, "cache.git"));

        await git.EnsureMirrorAsync(url, Token);
        var listed = await git.LsRemoteAsync(git.RemoteName, "main", Token);
        var fetched = await git.FetchAsync("main", Token);

        Assert.Equal((head, head), (listed, fetched));
        Assert.True(server.Authorized > 0);
        Assert.Equal(server.Url, await TestGit.RunAsync(git.RepositoryPath, "config", "remote.origin.url"));
        Assert.Empty(FilesHolding(git.RepositoryPath, "w0rd"));
    }

    private static IEnumerable<string> FilesHolding(string folder, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => File.ReadAllBytes(file).AsSpan().IndexOf(needle) >= 0);
    }
}
