using Overlord.Agent.Planning;

namespace Overlord.Agent.Tests.Planning;

public sealed class PathGlobTests
{
    [Theory]
    [InlineData("**/*.yml", "app.yml")]
    [InlineData("**/*.yml", "web/app.yml")]
    [InlineData("**/*.yml", "web/eu/app.yml")]
    [InlineData("web/*.yml", "web/app.yml")]
    [InlineData("web/**", "web/eu/app.yml")]
    [InlineData("**/*.yml", ".hidden.yml")]
    [InlineData(".github/*.yml", ".github/app.yml")]
    [InlineData("specs/?.yml", "specs/a.yml")]
    public void Matches_PathTheGlobDescribes_True(string glob, string path) =>
        Assert.True(new PathGlob(glob).Matches(path));

    [Theory]
    [InlineData("*.yml", "web/app.yml")]
    [InlineData("web/*.yml", "web/eu/app.yml")]
    [InlineData("**/*.yml", "app.yaml")]
    [InlineData("**/*.yml", ".github/workflows/ci.yml")]
    [InlineData("**/*.yml", "web/.git/config.yml")]
    [InlineData("*/*.yml", ".github/ci.yml")]
    [InlineData("**", ".git/HEAD")]
    [InlineData("**/*.yml", "web/")]
    public void Matches_PathOutsideTheGlobOrInADotFolder_False(string glob, string path) =>
        Assert.False(new PathGlob(glob).Matches(path));
}
