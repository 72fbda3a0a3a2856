using System.Text.Json.Nodes;

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
}
