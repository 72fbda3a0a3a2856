using Overlord.Agent.Git;
using Overlord.Agent.Notes;
using Overlord.Agent.Tests.Support;

namespace Overlord.Agent.Tests.Notes;

public sealed class NotesStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Append_TwoCalls_KeepsOldLinesAndMakesOneNotesCommitEach()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);
        using var store = CreateStore(git);

        await store.AppendAsync(head, ["{\"ts\":\"1\"}", "{\"ts\":\"2\"}"], Token);
        await store.AppendAsync(head, ["{\"ts\":\"3\"}"], Token);

        Assert.Equal(["{\"ts\":\"1\"}", "{\"ts\":\"2\"}", "{\"ts\":\"3\"}"], await store.ReadLinesAsync(head, Token));
        Assert.Equal("2", await TestGit.RunAsync(git.RepositoryPath, "rev-list", "--count", "refs/notes/overlord"));
    }

    [Fact]
    public async Task Append_InBareMirrorWithoutUserConfig_SignsWithTheAgentIdentity()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync(identity: new GitIdentity("agent root-1", "root-1@agents.test"));
        await git.FetchAsync("main", Token);
        using var store = CreateStore(git);

        await store.AppendAsync(head, ["line"], Token);

        Assert.Equal("agent root-1 <root-1@agents.test>", await TestGit.RunAsync(git.RepositoryPath, "log", "-1", "--format=%cn <%ce>", "refs/notes/overlord"));
    }

    [Fact]
    public async Task Append_UnicodeLine_ReadsBackUnchanged()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);
        using var store = CreateStore(git);

        await store.AppendAsync(head, ["{\"spec\":\"web/ünï ✓.yml\"}"], Token);

        Assert.Equal(["{\"spec\":\"web/ünï ✓.yml\"}"], await store.ReadLinesAsync(head, Token));
    }

    [Fact]
    public async Task ReadLines_CommitWithoutNote_ReturnsNothing()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);
        using var store = CreateStore(git);

        Assert.Empty(await store.ReadLinesAsync(head, Token));
    }

    [Fact]
    public async Task Append_LineWithNewline_IsRefused()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var git = await repositories.CreateMirrorAsync();
        using var store = CreateStore(git);

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("HEAD", ["one\ntwo"], Token));
    }

    [Fact]
    public async Task Push_NoNotesYet_HasNothingToPush()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var git = await repositories.CreateMirrorAsync();
        using var store = CreateStore(git);

        var result = await store.PushAsync(Token);

        Assert.Equal(NotesPushOutcome.NothingToPush, result.Outcome);
    }

    [Fact]
    public async Task Push_AfterAppend_PutsTheNoteOnOrigin()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);
        using var store = CreateStore(git);
        await store.AppendAsync(head, ["deployed"], Token);

        var result = await store.PushAsync(Token);

        Assert.Equal(new NotesPushResult(NotesPushOutcome.Pushed, 1), result);
        Assert.Equal("deployed\n", await GitRepositories.CreateRepository(repositories.Origin).ShowNoteAsync("refs/notes/overlord", head, Token));
    }

    [Fact]
    public async Task Push_OriginMovedAhead_MergesBothWritersLines()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        using var first = CreateStore(await FetchedMirrorAsync(repositories, "one.git"));
        using var second = CreateStore(await FetchedMirrorAsync(repositories, "two.git"));
        await first.AppendAsync(head, ["{\"ts\":\"2026-01-01T00:00:02Z\",\"agent\":\"one\"}"], Token);
        await second.AppendAsync(head, ["{\"ts\":\"2026-01-01T00:00:01Z\",\"agent\":\"two\"}"], Token);
        await first.PushAsync(Token);

        var result = await second.PushAsync(Token);

        Assert.Equal(NotesPushOutcome.Pushed, result.Outcome);
        Assert.Equal(2, result.Attempts);
        var note = await GitRepositories.CreateRepository(repositories.Origin).ShowNoteAsync("refs/notes/overlord", head, Token);
        Assert.Equal("{\"ts\":\"2026-01-01T00:00:01Z\",\"agent\":\"two\"}\n{\"ts\":\"2026-01-01T00:00:02Z\",\"agent\":\"one\"}\n", note);
    }

    [Fact]
    public async Task Push_LostRaceWithNoAttemptLeft_GivesUpAndKeepsItsLines()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        using var first = CreateStore(await FetchedMirrorAsync(repositories, "one.git"));
        using var second = CreateStore(await FetchedMirrorAsync(repositories, "two.git"), new NotesOptions { MaxPushAttempts = 1 });
        await first.AppendAsync(head, ["one"], Token);
        await second.AppendAsync(head, ["two"], Token);
        await first.PushAsync(Token);

        var result = await second.PushAsync(Token);

        Assert.Equal(NotesPushOutcome.GaveUp, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.NotNull(result.Error);
        Assert.Equal("one\n", await GitRepositories.CreateRepository(repositories.Origin).ShowNoteAsync("refs/notes/overlord", head, Token));
        Assert.Equal(["two"], await second.ReadLinesAsync(head, Token));
    }

    [Fact]
    public async Task Push_RemoteThatDoesNotExist_FailsWithoutRetrying()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        var git = await FetchedMirrorAsync(repositories, "mirror.git");
        using var store = CreateStore(git);
        await store.AppendAsync(head, ["line"], Token);
        await git.EnsureMirrorAsync(Path.Combine(repositories.Root, "no-such-origin.git"), Token);

        var result = await store.PushAsync(Token);

        Assert.Equal(NotesPushOutcome.Failed, result.Outcome);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task Pull_OtherWritersNotes_AreReadableLocally()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        using var writer = CreateStore(await FetchedMirrorAsync(repositories, "writer.git"));
        using var reader = CreateStore(await FetchedMirrorAsync(repositories, "reader.git"));
        await writer.AppendAsync(head, ["from the writer"], Token);
        await writer.PushAsync(Token);

        await reader.PullAsync(Token);

        Assert.Equal(["from the writer"], await reader.ReadLinesAsync(head, Token));
    }

    internal static NotesStore CreateStore(GitRepository git, NotesOptions? options = null) =>
        new(git, options ?? new NotesOptions(), TimeProvider.System, new TestOutputLogger<NotesStore>());

    private static async Task<GitRepository> FetchedMirrorAsync(GitRepositories repositories, string name)
    {
        var git = await repositories.CreateMirrorAsync(name);
        await git.FetchAsync("main", Token);
        return git;
    }
}
