using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Api;

/// <summary>
/// Issues 10.3 and 11.8: the modes a namespace gets on disk, and the modes and owners it refuses, through HTTP.
/// </summary>
public sealed class NamespaceModesTests : IAsyncLifetime
{
    private const UnixFileMode Mode755 = (UnixFileMode)0x1ED;
    private const UnixFileMode Mode644 = (UnixFileMode)0x1A4;

    private RunningNode _node = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await RunningNode.StartAsync();
        await _node.PostAsync("/v1/metadata/app", """{"value": "port=80"}""");
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    private string Root => Path.Combine(_node.Config.Metadata.Namespaces, "web");

    [Fact]
    public async Task Without_a_mode_folders_get_0755_and_files_0644()
    {
        var response = await _node.PostAsync("/v1/namespace/web", """{"mapping": [{"file": ["app", "etc/app/app.conf"]}, {"directory": "var/run"}]}""");

        Assert.Equal(201, response.Status);
        Assert.Equal(Mode644, FileModes.Of(Path.Combine(Root, "etc", "app", "app.conf")));
        Assert.All(
            new[] { Root, Path.Combine(Root, "etc"), Path.Combine(Root, "etc", "app"), Path.Combine(Root, "var"), Path.Combine(Root, "var", "run") },
            folder => Assert.Equal(Mode755, FileModes.Of(folder)));
    }

    [Fact]
    public async Task A_mode_or_umask_given_is_applied()
    {
        var response = await _node.PostAsync(
            "/v1/namespace/web",
            """{"mapping": [{"file": ["app", "secret.conf"], "mode": 384}, {"directory": "private", "umask": 63}, {"file": ["app", "shared.conf"], "umask": 2}]}""");

        Assert.Equal(201, response.Status);
        Assert.Equal((UnixFileMode)0x180, FileModes.Of(Path.Combine(Root, "secret.conf"))); // 0600
        Assert.Equal((UnixFileMode)0x1C0, FileModes.Of(Path.Combine(Root, "private"))); // 0777 & ~077
        Assert.Equal((UnixFileMode)0x1B4, FileModes.Of(Path.Combine(Root, "shared.conf"))); // 0666 & ~002
    }

    [Fact]
    public async Task A_put_rewrites_with_the_same_defaults()
    {
        await _node.PostAsync("/v1/namespace/web", """{"mapping": [{"directory": "old", "mode": 448}]}""");

        var response = await _node.SendAsync(HttpMethod.Put, "/v1/namespace/web", """{"mapping": [{"file": ["app", "new/app.conf"]}]}""");

        Assert.Equal(200, response.Status);
        Assert.False(Directory.Exists(Path.Combine(Root, "old")));
        Assert.Equal(Mode644, FileModes.Of(Path.Combine(Root, "new", "app.conf")));
        Assert.Equal(Mode755, FileModes.Of(Path.Combine(Root, "new")));
    }

    [Theory]
    [InlineData("mode", 2541)] // 04755: setuid
    [InlineData("mode", 1517)] // 02755: setgid
    [InlineData("mode", 1023)] // 01777: sticky
    [InlineData("mode", -1)]
    [InlineData("mode", 4096)]
    [InlineData("umask", 512)]
    [InlineData("umask", -18)]
    public async Task A_mode_outside_0_to_0777_is_refused_and_nothing_written(string field, int value)
    {
        var response = await _node.PostAsync("/v1/namespace/web", $$"""{"mapping": [{"directory": "etc"}, {"file": ["app", "run.sh"], "{{field}}": {{value}}}]}""");

        Assert.Equal(400, response.Status);
        Assert.Equal($"namespace.mapping.<item#1>.{field}: {value} is not a {field} from 0 to 0777 (511); setuid, setgid and sticky bits are refused.", response.Message);
        Assert.False(Directory.Exists(Root));
    }

    [Theory]
    [InlineData("owner", "\"--reference=/etc/passwd\"", "user")]
    [InlineData("owner", "\"-h\"", "user")]
    [InlineData("owner", "\"root:wheel\"", "user")]
    [InlineData("owner", "-1", "user")]
    [InlineData("group", "\"--from=0\"", "group")]
    [InlineData("group", "\"a b\"", "group")]
    public async Task An_owner_or_group_that_is_not_a_name_or_id_is_refused(string field, string json, string kind)
    {
        var response = await _node.PostAsync("/v1/namespace/web", $$"""{"mapping": [{"directory": "etc", "{{field}}": {{json}}}]}""");

        Assert.Equal(400, response.Status);
        Assert.Equal($"namespace.mapping.<item#0>.{field}: '{json.Trim('"')}' is not a {kind} name or id.", response.Message);
        Assert.False(Directory.Exists(Root));
    }

    [Fact]
    public async Task A_numeric_owner_and_group_are_applied()
    {
        Assert.SkipUnless(Environment.UserName == "root", "only root can give a file away");

        var response = await _node.PostAsync("/v1/namespace/web", """{"mapping": [{"directory": "data", "owner": 4711, "group": "4712"}]}""");
        var entries = (await _node.GetAsync("/v1/namespace/web")).Json["namespace"]!.AsArray();

        Assert.Equal(201, response.Status);
        var data = Assert.Single(entries, entry => entry!["directory"]?.GetValue<string>() == Path.Combine(Root, "data"))!;
        Assert.Equal((4711, 4712), (data["owner"]!.GetValue<int>(), data["group"]!.GetValue<int>()));
    }
}
