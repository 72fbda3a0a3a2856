using Overlord.Agent.Git;
using Overlord.Agent.Tests.Support;

namespace Overlord.Agent.Tests.Git;

public sealed class GitRepositoryDiffTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DiffNameStatus_AddModifyDeleteRename_ListsEachChangeWithRenameAsDeleteAndAdd()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("apps/web.yml", "kind: directorProject\n");
        repositories.WriteFile("apps/old.yml", "a file long enough that git would call moving it a rename\n");
        repositories.WriteFile("gone.yml", "x\n");
        var first = await repositories.CommitAndPushAsync("first");
        repositories.WriteFile("apps/web.yml", "kind: directorProject\nchanged: true\n");
        File.Move(Path.Combine(repositories.Work, "apps/old.yml"), Path.Combine(repositories.Work, "apps/new.yml"));
        File.Delete(Path.Combine(repositories.Work, "gone.yml"));
        repositories.WriteFile("apps/with space ü.yml", "y\n");
        var second = await repositories.CommitAndPushAsync("second");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        var changes = await git.DiffNameStatusAsync(first, second, null, Token);

        FileChange[] expected =
        [
            new(FileChangeKind.Added, "apps/new.yml"),
            new(FileChangeKind.Deleted, "apps/old.yml"),
            new(FileChangeKind.Modified, "apps/web.yml"),
            new(FileChangeKind.Added, "apps/with space ü.yml"),
            new(FileChangeKind.Deleted, "gone.yml"),
        ];
        Assert.Equal(expected, changes.OrderBy(change => change.Path, StringComparer.Ordinal));
    }

    [Fact]
    public async Task DiffNameStatus_FromNull_ListsEveryFileAsAdded()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        repositories.WriteFile("dir/b.yml", "b");
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        var changes = await git.DiffNameStatusAsync(null, head, null, Token);

        Assert.Equal([new(FileChangeKind.Added, "a.yml"), new(FileChangeKind.Added, "dir/b.yml")], changes);
    }

    [Fact]
    public async Task DiffNameStatus_WithPathspec_ListsOnlyThosePaths()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("apps/a.yml", "a");
        repositories.WriteFile("docs/readme.md", "b");
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        var changes = await git.DiffNameStatusAsync(null, head, ["apps/"], Token);

        Assert.Equal([new FileChange(FileChangeKind.Added, "apps/a.yml")], changes);
    }

    [Fact]
    public async Task IsAncestor_FastForwardAndForcePush_TellThemApart()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "1");
        var first = await repositories.CommitAndPushAsync("first");
        repositories.WriteFile("a.yml", "2");
        var second = await repositories.CommitAndPushAsync("second");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);
        await TestGit.RunAsync(repositories.Work, "reset", "--quiet", "--hard", first);
        repositories.WriteFile("a.yml", "3");
        await TestGit.RunAsync(repositories.Work, "commit", "--quiet", "-am", "rewritten");
        await TestGit.RunAsync(repositories.Work, "push", "--quiet", "--force", "origin", "HEAD:refs/heads/main");
        await git.FetchAsync("main", Token);

        Assert.True(await git.IsAncestorAsync(first, second, Token));
        Assert.False(await git.IsAncestorAsync(second, "refs/heads/main", Token));
    }
}
