using Overlord.Agent.Notes;

namespace Overlord.Agent.Tests.Notes;

public sealed class NotesRefNameTests
{
    [Theory]
    [InlineData("overlord", "refs/notes/overlord")]
    [InlineData("notes/overlord", "refs/notes/overlord")]
    [InlineData("refs/notes/overlord", "refs/notes/overlord")]
    [InlineData("refs/foo", "refs/notes/refs/foo")]
    [InlineData("team/deploys", "refs/notes/team/deploys")]
    public void Normalize_NameAsGitNotesTakesIt_GivesTheSameRefAsGit(string name, string expected)
    {
        Assert.Equal(expected, NotesRefName.Normalize(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("refs/notes/")]
    [InlineData("over lord")]
    [InlineData("a..b")]
    [InlineData("x.lock")]
    [InlineData(".hidden")]
    [InlineData("trailing/")]
    [InlineData("star*")]
    [InlineData("remotes/origin/overlord")]
    public void TryNormalize_NameGitOrTheTrackingNamespaceRefuses_GivesAnError(string name)
    {
        var valid = NotesRefName.TryNormalize(name, out _, out var error);

        Assert.False(valid);
        Assert.NotNull(error);
    }

    [Fact]
    public void TrackingRef_FullRef_LivesUnderRemotesOfTheRemote()
    {
        Assert.Equal("refs/notes/remotes/origin/overlord", NotesRefName.TrackingRef("refs/notes/overlord", "origin"));
    }
}
