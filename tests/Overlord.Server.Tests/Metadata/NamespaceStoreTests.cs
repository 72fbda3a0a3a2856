using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Server.Metadata;

namespace Overlord.Server.Tests.Metadata;

public sealed class NamespaceStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly MetadataStore _metadata;
    private readonly NamespaceStore _namespaces;

    public NamespaceStoreTests()
    {
        var options = new MetadataOptions { Location = _temp.Combine("metadata"), Namespaces = _temp.Combine("ns") };
        _metadata = new MetadataStore(options);
        _namespaces = new NamespaceStore(options, _metadata, new FileOwnership());
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Create_FileAndDirectory_AreWrittenFromMetadataWithModes()
    {
        var ct = TestContext.Current.CancellationToken;
        await _metadata.CreateAsync("nginx.conf", "worker_processes 1;\n", ct);

        await _namespaces.CreateAsync("web", [
            NamespaceMappingItem.ForFile("nginx.conf", "/usr/local/etc/nginx/nginx.conf") with { Mode = 0x1A0 },
            new NamespaceMappingItem { Directory = "var/log/nginx" },
        ], ct);

        var file = _temp.Combine("ns", "web", "usr", "local", "etc", "nginx", "nginx.conf");
        Assert.Equal("worker_processes 1;\n", File.ReadAllText(file));
        var entries = await _namespaces.GetAsync("web", ct);
        var entry = Assert.Single(entries!, e => e.Path == file);
        Assert.Equal(file, entry.File);
        Assert.Equal(0x81A0, entry.Mode); // S_IFREG | 0640, as st_mode
        Assert.Contains(entries!, e => e.Directory?.EndsWith("nginx", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Create_PathEscapingTheNamespace_IsRefusedAndWritesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await _metadata.CreateAsync("x", "1", ct);

        var error = await Assert.ThrowsAsync<OverlordException>(() => _namespaces.CreateAsync("web", [
            new NamespaceMappingItem { Directory = "ok" },
            NamespaceMappingItem.ForFile("x", "../../escape"),
        ], ct));

        Assert.Contains("is not a path of", error.Message, StringComparison.Ordinal);
        Assert.False(_namespaces.Exists("web"));
        Assert.False(File.Exists(_temp.Combine("escape")));
    }

    [Fact]
    public async Task Replace_RewritesTheWholeNamespace()
    {
        var ct = TestContext.Current.CancellationToken;
        await _namespaces.CreateAsync("web", [new NamespaceMappingItem { Directory = "old" }], ct);

        await _namespaces.ReplaceAsync("web", [new NamespaceMappingItem { Directory = "new" }], ct);

        Assert.False(Directory.Exists(_temp.Combine("ns", "web", "old")));
        Assert.True(Directory.Exists(_temp.Combine("ns", "web", "new")));
        Assert.Equal(["web"], _namespaces.List());
    }

    [Fact]
    public async Task Create_MissingMetadata_IsRefused()
    {
        var error = await Assert.ThrowsAsync<OverlordException>(() => _namespaces.CreateAsync("web", [
            NamespaceMappingItem.ForFile("absent", "a"),
        ], TestContext.Current.CancellationToken));

        Assert.Equal("absent: metadata not found.", error.Message);
    }
}
