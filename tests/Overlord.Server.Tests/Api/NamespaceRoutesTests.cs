namespace Overlord.Server.Tests.Api;

public sealed class NamespaceRoutesTests : IAsyncLifetime
{
    private const string Mapping = """{"mapping": [{"file": ["app", "etc/app.conf"], "mode": 416}, {"directory": "var/run"}]}""";

    private RunningNode _node = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await RunningNode.StartAsync();
        await _node.PostAsync("/v1/metadata/app", """{"value": "port=80"}""");
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    private string Root => Path.Combine(_node.Config.Metadata.Namespaces, "web");

    [Fact]
    public async Task Post_writes_files_from_metadata_and_folders()
    {
        var response = await _node.PostAsync("/v1/namespace/web", Mapping);

        Assert.Equal((201, "Namespace 'web' has been successfully created."), (response.Status, response.Message));
        Assert.Equal("port=80", File.ReadAllText(Path.Combine(Root, "etc", "app.conf")));
        Assert.True(Directory.Exists(Path.Combine(Root, "var", "run")));
    }

    [Fact]
    public async Task Get_lists_absolute_paths_with_owner_group_and_mode()
    {
        await _node.PostAsync("/v1/namespace/web", Mapping);

        var entries = (await _node.GetAsync("/v1/namespace/web")).Json["namespace"]!.AsArray();

        var file = entries.Single(entry => entry!["file"] is not null)!;
        Assert.Equal(Path.Combine(Root, "etc", "app.conf"), file["file"]!.GetValue<string>());
        Assert.Equal(0x8000 | 416, file["mode"]!.GetValue<int>());
        Assert.Contains(entries, entry => entry!["directory"]?.GetValue<string>() == Path.Combine(Root, "var", "run"));
    }

    [Fact]
    public async Task Path_outside_the_namespace_is_refused_and_nothing_written()
    {
        var response = await _node.PostAsync("/v1/namespace/web", """{"mapping": [{"directory": "../../escape"}]}""");

        Assert.Equal(400, response.Status);
        Assert.StartsWith("'../../escape' is not a path of ", response.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Root));
    }

    [Fact]
    public async Task Put_with_a_bad_mapping_keeps_the_namespace()
    {
        await _node.PostAsync("/v1/namespace/web", Mapping);

        var response = await _node.SendAsync(HttpMethod.Put, "/v1/namespace/web", """{"mapping": [{"file": ["missing", "x"]}]}""");

        Assert.Equal((400, "missing: metadata not found."), (response.Status, response.Message));
        Assert.True(File.Exists(Path.Combine(Root, "etc", "app.conf")));
    }

    [Fact]
    public async Task Mapping_item_with_an_unknown_key_is_refused_as_the_spec_validator_does()
    {
        var response = await _node.PostAsync("/v1/namespace/web", """{"mapping": [{"directory": "a", "colour": "red"}]}""");

        Assert.Equal((400, "namespace.mapping.<item#0>.colour: invalid parameter."), (response.Status, response.Message));
    }

    [Fact]
    public async Task Delete_removes_the_namespace()
    {
        await _node.PostAsync("/v1/namespace/web", Mapping);

        var deleted = await _node.SendAsync(HttpMethod.Delete, "/v1/namespace/web");
        var head = await _node.SendAsync(HttpMethod.Head, "/v1/namespace/web");
        var list = await _node.GetAsync("/v1/namespace");

        Assert.Equal((204, 404), (deleted.Status, head.Status));
        Assert.Empty(list.Json["namespaces"]!.AsArray());
    }
}
