using System.Text.Json.Nodes;
using Overlord.Server.Storage;

namespace Overlord.Server.Tests.Api;

/// <summary>The bodies of POST project/up, down and cancel, refused or read as the original did (with bool("false") fixed).</summary>
public sealed class ProjectBodyTests : IAsyncLifetime
{
    private RunningNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await RunningNode.StartAsync();

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    private static string UpBody(string extra = "") => ProjectRoutesTests.UpBody(extra);

    [Fact]
    public async Task Body_that_is_not_json_is_refused()
    {
        var response = await _node.PostAsync("/v1/project/up/web", "{not json");

        Assert.Equal(400, response.Status);
        Assert.Equal("Request has been received with an invalid format.", response.Message);
    }

    [Fact]
    public async Task Body_that_is_not_an_object_is_refused()
    {
        var response = await _node.PostAsync("/v1/project/up/web", "[1, 2]");

        Assert.Equal(400, response.Status);
        Assert.Equal("A dictionary was expected but another value type was given.", response.Message);
    }

    [Fact]
    public async Task Project_name_longer_than_a_file_name_is_refused_before_any_job()
    {
        var name = new string('p', 256);

        var refused = await _node.PostAsync($"/v1/project/up/{name}", UpBody());
        var longest = await _node.PostAsync($"/v1/project/up/{new string('p', 255)}", UpBody());

        Assert.Equal((400, "project: name too long - 256 > 255"), (refused.Status, refused.Message));
        Assert.Empty(await _node.Service<Overlord.Server.Jobs.JobQueue>().ListAsync(name, TestContext.Current.CancellationToken));
        Assert.Equal(200, longest.Status);
    }

    [Fact]
    public async Task Missing_director_file_is_refused_with_its_name()
    {
        var response = await _node.PostAsync("/v1/project/up/web", """{"restart": true}""");

        Assert.Equal(400, response.Status);
        Assert.Equal("`director_file` is required but hasn't been specified.", response.Message);
        Assert.Empty(await _node.Service<Overlord.Server.Jobs.JobQueue>().ListAsync("web", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Environment_value_that_is_not_a_string_is_refused()
    {
        var response = await _node.PostAsync("/v1/project/up/web", UpBody(""", "environment": {"PORT": 80}"""));

        Assert.Equal(400, response.Status);
        Assert.Equal("Invalid environment name (PORT) or value (80).", response.Message);
    }

    [Fact]
    public async Task Environment_that_is_not_an_object_is_refused()
    {
        var response = await _node.PostAsync("/v1/project/up/web", UpBody(""", "environment": "A=1" """));

        Assert.Equal(400, response.Status);
        Assert.Equal("'environment' has an unexpected value type.", response.Message);
    }

    [Theory]
    [InlineData("\"false\"", false)]
    [InlineData("\"0\"", false)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("1", true)]
    public async Task Restart_reads_booleans_and_their_strings(string restart, bool expected)
    {
        var response = await _node.PostAsync("/v1/project/up/web", UpBody($", \"restart\": {restart}"));

        var payload = Payload(response.Json["job_id"]!.GetValue<long>());
        Assert.Equal(expected, payload["restart"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Down_and_cancel_answer_job_ids()
    {
        var down = await _node.PostAsync("/v1/project/down/web", """{"force": "false", "environment": {"A": "1"}}""");
        var cancel = await _node.PostAsync("/v1/project/cancel/web", null);

        Assert.Equal(200, down.Status);
        Assert.False(Payload(down.Json["job_id"]!.GetValue<long>())["force"]!.GetValue<bool>());
        Assert.True(cancel.Json["job_id"]!.GetValue<long>() > down.Json["job_id"]!.GetValue<long>());
    }

    private JsonNode Payload(long jobId)
    {
        using var connection = _node.Service<NodeDatabase>().Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM jobs WHERE id = $id;";
        command.Parameters.AddWithValue("$id", jobId);
        return JsonNode.Parse((string)command.ExecuteScalar()!)!;
    }
}
