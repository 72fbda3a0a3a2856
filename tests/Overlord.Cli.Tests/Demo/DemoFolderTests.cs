using Overlord.Cli.Demo;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Demo;

public sealed class DemoFolderTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-demo-folder");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Create_GivenFolderThatIsNotEmpty_IsRefused()
    {
        _folder.Write("data/something", "x");

        var error = Assert.Throws<OverlordException>(() => DemoFolder.Create(_folder.Combine("data")));

        Assert.Equal(ExitCodes.CantCreate, error.ExitCode);
    }

    [Fact]
    public void Create_GivenNewFolder_IsMadeAndNotTheDemosToRemove()
    {
        var folder = DemoFolder.Create(_folder.Combine("new", "data"));

        Assert.True(Directory.Exists(_folder.Combine("new", "data")));
        Assert.False(folder.Owned);
    }

    [Fact]
    public void Create_Default_IsAFreshTempFolderTheDemoRemoves()
    {
        var folder = DemoFolder.Create(null);

        Assert.True(folder.Owned);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
        Assert.True(folder.TryRemove());
        Assert.False(Directory.Exists(folder.Path));
    }

    [Fact]
    public void FolderCopy_LeavesGitFoldersOut()
    {
        _folder.Write("source/.git/HEAD", "ref: refs/heads/main\n");
        _folder.Write("source/process/hello.yml", "kind: metadata\n");
        _folder.Write("source/.env", "A=1\n");

        FolderCopy.Copy(_folder.Combine("source"), _folder.Combine("copy"));

        Assert.True(File.Exists(_folder.Combine("copy", "process", "hello.yml")));
        Assert.True(File.Exists(_folder.Combine("copy", ".env")));
        Assert.False(Directory.Exists(_folder.Combine("copy", ".git")));
    }
}
