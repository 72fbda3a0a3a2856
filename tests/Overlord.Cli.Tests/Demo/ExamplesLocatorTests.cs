using Overlord.Cli.Demo;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Demo;

public sealed class ExamplesLocatorTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-examples-locator");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Find_FromASubfolder_WalksUpToTheExamples()
    {
        _folder.Write("checkout/examples-repo/process/hello.yml", "kind: metadata\n");
        Directory.CreateDirectory(_folder.Combine("checkout", "src", "deep"));

        var found = ExamplesLocator.Find(null, [_folder.Combine("elsewhere"), _folder.Combine("checkout", "src", "deep")]);

        Assert.Equal(_folder.Combine("checkout", "examples-repo"), found);
    }

    [Fact]
    public void Find_FolderWithoutTheHelloSpec_IsNotTheExamples()
    {
        _folder.Write("examples-repo/README.md", "not it\n");

        Assert.Null(ExamplesLocator.Find(null, [_folder.Path]));
    }

    [Fact]
    public void Find_Given_IsUsedWithoutSearching()
    {
        _folder.Write("mine/process/hello.yml", "kind: metadata\n");

        Assert.Equal(_folder.Combine("mine"), ExamplesLocator.Find(_folder.Combine("mine"), [RepositoryLayout.Root]));
        Assert.Null(ExamplesLocator.Find(_folder.Combine("missing"), [RepositoryLayout.Root]));
    }

    [Fact]
    public void Find_FromTheRepository_FindsItsExamples()
    {
        Assert.Equal(RepositoryLayout.PathOf("examples-repo"), ExamplesLocator.Find(null, [RepositoryLayout.PathOf("src", "Overlord.Cli")]));
    }
}
