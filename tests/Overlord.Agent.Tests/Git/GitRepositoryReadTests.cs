using System.Text;
using Overlord.Agent.Tests.Support;

namespace Overlord.Agent.Tests.Git;

public sealed class GitRepositoryReadTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListFiles_Revision_ReturnsEveryPathRecursively()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        repositories.WriteFile("deep/er/b c.yml", "b");
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        var files = await git.ListFilesAsync(head, Token);

        Assert.Equal(["a.yml", "deep/er/b c.yml"], files);
    }

    [Fact]
    public async Task ShowFile_BinaryFile_ReturnsExactBytes()
    {
        using var repositories = await GitRepositories.CreateAsync();
        byte[] binary = [0, 255, 10, 13, 0xC3, 0x28, 1, 2];
        repositories.WriteFile("blob.bin", binary);
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        var content = await git.ShowFileAsync(head, "blob.bin", Token);

        Assert.Equal(binary, content);
    }

    [Fact]
    public async Task ShowText_MissingPath_ReturnsNull()
    {
        using var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("a.yml", "a");
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        var content = await git.ShowTextAsync(head, "nope.yml", Token);

        Assert.Null(content);
    }

    [Fact]
    public async Task ReadFiles_TenThousandFiles_ReturnsEachContentInRequestOrder()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var files = Enumerable.Range(0, 10_000).ToDictionary(i => $"specs/{i % 10}/spec {i}.yml", i => $"name: {i}\n");
        await FastImport.CommitAsync(repositories.Origin, "main", files, Token);
        var git = await repositories.CreateMirrorAsync();
        var head = await git.FetchAsync("main", Token);
        var requested = files.Keys.Reverse().ToList();

        var read = await git.ReadFilesAsync(head, requested, Token);

        Assert.Equal(requested, read.Select(file => file.Path));
        Assert.All(read, file => Assert.Equal(files[file.Path], Encoding.UTF8.GetString(file.Content!)));
    }

    [Fact]
    public async Task ReadFiles_MissingUnicodeBinaryAndNewlinePaths_ReturnsEachAsStored()
    {
        using var repositories = await GitRepositories.CreateAsync();
        byte[] binary = [0, 10, 0xFF, 0xFE, 10];
        repositories.WriteFile("ünï cödé.yml", "text: ✓\n");
        repositories.WriteFile("data.bin", binary);
        repositories.WriteFile("odd\nname.yml", "odd\n");
        var head = await repositories.CommitAndPushAsync("first");
        var git = await repositories.CreateMirrorAsync();
        await git.FetchAsync("main", Token);

        var files = await git.ReadFilesAsync(head, ["ünï cödé.yml", "missing.yml", "data.bin", "odd\nname.yml"], Token);

        Assert.Equal("text: ✓\n", Encoding.UTF8.GetString(files[0].Content!));
        Assert.Null(files[1].Content);
        Assert.Equal(binary, files[2].Content);
        Assert.Equal("odd\n", Encoding.UTF8.GetString(files[3].Content!));
    }

    [Fact]
    public async Task ReadFiles_ManyInOneFolder_MissingFilesAndFoldersComeBackNull()
    {
        using var repositories = await GitRepositories.CreateAsync();
        var files = Enumerable.Range(0, 40).ToDictionary(i => i % 2 == 0 ? $"specs/s{i}.yml" : $"r{i}.yml", i => $"name: {i}\n");
        files["specs/sub/inner.yml"] = "inner\n";
        await FastImport.CommitAsync(repositories.Origin, "main", files, Token);
        var git = await repositories.CreateMirrorAsync();
        var head = await git.FetchAsync("main", Token);
        List<string> requested = [.. files.Keys, "specs/missing.yml", "specs/sub", "missing.yml", "nowhere/a.yml"];

        var read = await git.ReadFilesAsync(head, requested, Token);

        Assert.Equal(requested, read.Select(file => file.Path));
        Assert.All(read.Take(files.Count), file => Assert.Equal(files[file.Path], Encoding.UTF8.GetString(file.Content!)));
        Assert.All(read.Skip(files.Count), file => Assert.Null(file.Content));
    }
}
