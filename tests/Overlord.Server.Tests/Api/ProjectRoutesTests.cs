using System.Text.Json.Nodes;
using Overlord.Server.Storage;
using Overlord.Server.Tests.Nodes;

namespace Overlord.Server.Tests.Api;

public sealed class ProjectRoutesTests : IAsyncLifetime
{
    public const string DirectorFile = "services:\n  web:\n    name: web-jail\n";

    private RunningNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await RunningNode.StartAsync();

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    public static string UpBody(string extra = "") => new JsonObject { ["director_file"] = DirectorFile }.ToJsonString()[..^1] + extra + "}";

    [Fact]
    public async Task Up_answers_the_job_id_and_the_job_deploys_the_project()
    {
        var response = await _node.PostAsync("/v1/project/up/web", UpBody());

        Assert.Equal(200, response.Status);
        var jobId = response.Json["job_id"]!.GetValue<long>();
        Assert.Equal(200, response.Json["status_code"]!.GetValue<int>());
        Assert.Equal("Completed", (await _node.JobEndedAsync(jobId)).State.ToString());
        var projects = await _node.GetAsync("/v1/projects/");
        Assert.Equal(["web"], projects.Json["projects"]!.AsArray().Select(name => name!.GetValue<string>()));
    }

    [Fact]
    public async Task Info_shows_the_description_and_the_up_status_with_its_age()
    {
        var jobId = (await _node.PostAsync("/v1/project/up/web", UpBody())).Json["job_id"]!.GetValue<long>();
        await _node.JobEndedAsync(jobId);

        var info = (await _node.GetAsync("/v1/project/info/web")).Json["info"]!;

        Assert.Equal("web", info["name"]!.GetValue<string>());
        Assert.Equal("DONE", info["state"]!.GetValue<string>());
        Assert.Equal("web-jail", info["services"]![0]!["jail"]!.GetValue<string>());
        Assert.Equal("COMPLETED", info["up"]!["operation"]!.GetValue<string>());
        Assert.Equal(jobId, info["up"]!["job_id"]!.GetValue<long>());
        Assert.InRange(info["up"]!["last_update"]!.GetValue<double>(), 0, 600);
        Assert.Equal(0, info["up"]!["output"]!["rc"]!.GetValue<int>());
        Assert.Null(info["down"]);
    }

    [Fact]
    public async Task Info_of_an_unknown_project_answers_404_with_its_name()
    {
        var response = await _node.GetAsync("/v1/project/info/ghost");

        Assert.Equal(404, response.Status);
        Assert.Equal("Project 'ghost' cannot be found.", response.Message);
    }

    [Fact]
    public async Task Head_info_answers_200_for_a_project_and_404_otherwise()
    {
        await _node.JobEndedAsync((await _node.PostAsync("/v1/project/up/web", UpBody())).Json["job_id"]!.GetValue<long>());

        var known = await _node.SendAsync(HttpMethod.Head, "/v1/project/info/web");
        var unknown = await _node.SendAsync(HttpMethod.Head, "/v1/project/info/ghost");

        Assert.Equal((200, ""), (known.Status, known.Text));
        Assert.Equal(404, unknown.Status);
    }

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

    [Fact]
    public async Task Invalid_project_name_matches_no_route()
    {
        var response = await _node.PostAsync("/v1/project/up/we$b", UpBody());

        Assert.Equal(404, response.Status);
        Assert.Equal("Resource not found.", response.Message);
    }

    [Fact]
    public async Task Jobs_route_shows_the_jobs_with_state_and_log()
    {
        var jobId = (await _node.PostAsync("/v1/project/up/web", UpBody())).Json["job_id"]!.GetValue<long>();
        await _node.JobEndedAsync(jobId);

        var job = (await _node.GetAsync("/v1/project/jobs/web")).Json["jobs"]!.AsArray().Single()!;

        Assert.Equal(jobId, job["job_id"]!.GetValue<long>());
        Assert.Equal("up", job["kind"]!.GetValue<string>());
        Assert.Equal("completed", job["state"]!.GetValue<string>());
        Assert.NotEmpty(job["log"]!.AsArray());
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
