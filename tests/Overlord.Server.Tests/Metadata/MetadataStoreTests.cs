using Overlord.Core;
using Overlord.Server.Metadata;

namespace Overlord.Server.Tests.Metadata;

public sealed class MetadataStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly MetadataStore _store;

    public MetadataStoreTests()
    {
        _store = new MetadataStore(new MetadataOptions { Location = _temp.Combine("metadata"), Namespaces = _temp.Combine("ns"), MaxSize = 1024 });
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Create_NewKey_WritesAPlainFile()
    {
        var outcome = await _store.CreateAsync("web.conf", "listen 80;\n", TestContext.Current.CancellationToken);

        Assert.Equal(MetadataWriteOutcome.Created, outcome);
        Assert.Equal("listen 80;\n", File.ReadAllText(_temp.Combine("metadata", "web.conf")));
    }

    [Fact]
    public async Task Create_ExistingKey_LeavesTheOldValue()
    {
        await _store.CreateAsync("key", "old", TestContext.Current.CancellationToken);

        var outcome = await _store.CreateAsync("key", "new", TestContext.Current.CancellationToken);

        Assert.Equal(MetadataWriteOutcome.AlreadyExists, outcome);
        Assert.Equal("old", await _store.GetAsync("key", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Update_MissingKey_IsNotFound()
    {
        var outcome = await _store.UpdateAsync("missing", "v", TestContext.Current.CancellationToken);

        Assert.Equal(MetadataWriteOutcome.NotFound, outcome);
        Assert.False(_store.Exists("missing"));
    }

    [Fact]
    public async Task Update_SameValue_IsUnchanged()
    {
        await _store.CreateAsync("key", "v", TestContext.Current.CancellationToken);

        Assert.Equal(MetadataWriteOutcome.Unchanged, await _store.UpdateAsync("key", "v", TestContext.Current.CancellationToken));
        Assert.Equal(MetadataWriteOutcome.Updated, await _store.UpdateAsync("key", "w", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Create_TooLongValue_IsRefusedWithTheOriginalsMessage()
    {
        var error = await Assert.ThrowsAsync<OverlordException>(() => _store.CreateAsync("big", new string('x', 1025), TestContext.Current.CancellationToken));

        Assert.Equal("big: metadata too long - 1025 > 1024", error.Message);
        Assert.False(_store.Exists("big"));
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("1abc")]
    [InlineData("a..b")]
    [InlineData("a/b")]
    public void Exists_InvalidKey_IsRefused(string key)
    {
        Assert.Throws<OverlordException>(() => _store.Exists(key));
    }

    [Fact]
    public async Task List_And_Delete_ReflectTheFolder()
    {
        await _store.CreateAsync("b", "2", TestContext.Current.CancellationToken);
        await _store.CreateAsync("a", "1", TestContext.Current.CancellationToken);

        Assert.True(_store.Delete("b"));

        Assert.Equal(["a"], _store.List());
        Assert.False(_store.Delete("b"));
    }
}
