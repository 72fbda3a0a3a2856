using Overlord.Agent.Git;

namespace Overlord.Agent.Tests.Git;

/// <summary>The pathspec magic the planner hands to a diff, which libgit2 does not know, matched as git does.</summary>
public sealed class GitPathspecTests
{
    [Theory]
    [InlineData(":(glob)**/*.yml", "web.yml", true)]
    [InlineData(":(glob)**/*.yml", "apps/deep/web.yml", true)]
    [InlineData(":(glob)*.yml", "apps/web.yml", false)]
    [InlineData(":(glob)apps/*.yml", "apps/web.yml", true)]
    [InlineData(":(glob)apps/*.yml", "apps/x/web.yml", false)]
    [InlineData(":(glob)**/.env", "apps/.env", true)]
    [InlineData(":(glob)w?b.yml", "web.yml", true)]
    [InlineData(":(literal)a*.yml", "a*.yml", true)]
    [InlineData(":(literal)a*.yml", "ab.yml", false)]
    [InlineData(":(literal)apps", "apps/web.yml", true)]
    [InlineData("apps/", "apps/a.yml", true)]
    [InlineData("apps/", "docs/readme.md", false)]
    public void Matches_AsGitDoes(string pathspec, string path, bool expected) =>
        Assert.Equal(expected, new GitPathspec([pathspec]).Matches(path));

    [Fact]
    public void NoPathspecs_MatchEverything() => Assert.True(new GitPathspec([]).Matches("any/path.yml"));
}
