using Overlord.Agent.Planning;

namespace Overlord.Agent.Tests.Planning;

public sealed class WatchedPathsTests
{
    private static readonly WatchedPaths Paths = new(["**/*.yml"], [".env", "config/shared.env"]);

    [Fact]
    public void IsSpec_EnvFileMatchingAGlob_False()
    {
        var paths = new WatchedPaths(["**/*"], [".env"]);

        Assert.False(paths.IsSpec("web/.env"));
    }

    [Fact]
    public void EnvFilesFor_NestedSpec_NearestFolderFirstThenConfiguredFiles()
    {
        var present = new HashSet<string> { ".env", "web/.env", "web/eu/.env", "config/shared.env", "db/.env" };

        var files = Paths.EnvFilesFor("web/eu/app.yml", present);

        Assert.Equal(["web/eu/.env", "web/.env", ".env", "config/shared.env"], files);
    }

    [Fact]
    public void SpecReads_FolderEnvFile_OnlySpecsOfThatFolder()
    {
        Assert.True(Paths.SpecReads("web/app.yml", "web/.env"));
        Assert.False(Paths.SpecReads("db/app.yml", "web/.env"));
    }

    [Fact]
    public void SpecReads_ConfiguredEnvFile_EverySpec()
    {
        Assert.True(Paths.SpecReads("db/app.yml", ".env"));
        Assert.True(Paths.SpecReads("db/app.yml", "config/shared.env"));
    }
}
