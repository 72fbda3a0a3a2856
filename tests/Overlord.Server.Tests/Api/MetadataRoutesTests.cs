namespace Overlord.Server.Tests.Api;

public sealed class MetadataRoutesTests : IAsyncLifetime
{
    private RunningNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await RunningNode.StartAsync(new NodeSpec { ExtraYaml = "metadata:\n  size: 1024\n" });

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    private string FileOf(string key) => Path.Combine(_node.Config.Metadata.Location, key);

    [Fact]
    public async Task Post_creates_the_file_and_answers_201()
    {
        var response = await _node.PostAsync("/v1/metadata/app.conf", """{"value": "port=80\n"}""");

        Assert.Equal(201, response.Status);
        Assert.Equal("Metadata 'app.conf' has been successfully created.", response.Message);
        Assert.Equal("port=80\n", File.ReadAllText(FileOf("app.conf")));
    }

    [Fact]
    public async Task Post_on_an_existing_key_answers_201_and_writes_nothing()
    {
        await _node.PostAsync("/v1/metadata/app", """{"value": "first"}""");

        var response = await _node.PostAsync("/v1/metadata/app", """{"value": "second"}""");

        Assert.Equal(201, response.Status);
        Assert.Equal("first", File.ReadAllText(FileOf("app")));
    }

    [Fact]
    public async Task Get_list_and_head_show_the_key()
    {
        await _node.PostAsync("/v1/metadata/app", """{"value": "v"}""");

        var value = await _node.GetAsync("/v1/metadata/app");
        var list = await _node.GetAsync("/v1/metadata");
        var head = await _node.SendAsync(HttpMethod.Head, "/v1/metadata/app");
        var missing = await _node.SendAsync(HttpMethod.Head, "/v1/metadata/other");

        Assert.Equal("""{"status_code":200,"metadata":"v"}""", value.Text);
        Assert.Equal("""{"status_code":200,"metadata":["app"]}""", list.Text);
        Assert.Equal((200, 404), (head.Status, missing.Status));
    }

    [Fact]
    public async Task Put_updates_an_existing_key_and_refuses_a_missing_one()
    {
        await _node.PostAsync("/v1/metadata/app", """{"value": "old"}""");

        var updated = await _node.SendAsync(HttpMethod.Put, "/v1/metadata/app", """{"value": "new"}""");
        var missing = await _node.SendAsync(HttpMethod.Put, "/v1/metadata/other", """{"value": "new"}""");

        Assert.Equal("Metadata 'app' has been successfully updated.", updated.Message);
        Assert.Equal("new", File.ReadAllText(FileOf("app")));
        Assert.Equal((404, "Metadata cannot be found."), (missing.Status, missing.Message));
    }

    [Fact]
    public async Task Delete_answers_204_then_404()
    {
        await _node.PostAsync("/v1/metadata/app", """{"value": "v"}""");

        var deleted = await _node.SendAsync(HttpMethod.Delete, "/v1/metadata/app");
        var again = await _node.SendAsync(HttpMethod.Delete, "/v1/metadata/app");

        Assert.Equal(204, deleted.Status);
        Assert.False(File.Exists(FileOf("app")));
        Assert.Equal((404, "Metadata cannot be found."), (again.Status, again.Message));
    }

    [Fact]
    public async Task Too_long_value_is_refused_with_the_sizes()
    {
        var response = await _node.PostAsync("/v1/metadata/big", $$"""{"value": "{{new string('x', 1025)}}"}""");

        Assert.Equal(400, response.Status);
        Assert.Equal("big: metadata too long - 1025 > 1024", response.Message);
        Assert.False(File.Exists(FileOf("big")));
    }

    [Fact]
    public async Task Missing_value_is_refused()
    {
        var response = await _node.PostAsync("/v1/metadata/app", "{}");

        Assert.Equal((400, "`value` is required but hasn't been specified."), (response.Status, response.Message));
    }
}
