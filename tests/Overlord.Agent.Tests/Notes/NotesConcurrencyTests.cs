using Overlord.Agent.Notes;
using Overlord.Agent.Tests.Support;

namespace Overlord.Agent.Tests.Notes;

public sealed class NotesConcurrencyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_clones_appending_and_pushing_at_the_same_time_lose_no_line()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var head = await repositories.CommitAndPushAsync("first");
        await TestGit.RunAsync(repositories.Root, "clone", "--quiet", "origin.git", "clone-b");
        var mirror = await repositories.CreateMirrorAsync("agent-a.git");
        await mirror.FetchAsync("main", Token);
        var clone = GitRepositories.CreateRepository(Path.Combine(repositories.Root, "clone-b", ".git"));
        using var storeA = NotesStoreTests.CreateStore(mirror);
        using var storeB = NotesStoreTests.CreateStore(clone);

        await Task.WhenAll(AppendAndPushAsync(storeA, "a", head), AppendAndPushAsync(storeB, "b", head));

        // On a loaded machine a writer may lose ten races in a row and give up until its next sync; these are that sync.
        Assert.True((await storeA.PushAsync(Token)).Succeeded);
        Assert.True((await storeB.PushAsync(Token)).Succeeded);

        var expected = Enumerable.Range(0, 10).SelectMany(i => new[] { Line("a", i), Line("b", i) }).Order(StringComparer.Ordinal);
        var origin = GitRepositories.CreateRepository(repositories.Origin);
        var note = await origin.ShowNoteAsync("refs/notes/overlord", head, Token);
        Assert.Equal(expected, note!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    private static async Task AppendAndPushAsync(NotesStore store, string writer, string commit)
    {
        await Task.Yield();
        for (var i = 0; i < 10; i++)
        {
            await store.AppendAsync(commit, [Line(writer, i)], Token);
            await store.PushAsync(Token);
        }
    }

    private static string Line(string writer, int index) =>
        $"{{\"ts\":\"2026-01-01T00:00:{index:00}Z\",\"agent\":\"{writer}\",\"n\":{index}}}";
}
