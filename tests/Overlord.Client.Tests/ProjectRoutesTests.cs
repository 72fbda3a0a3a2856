using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests;

public sealed class ProjectRoutesTests
{
    private const string InfoBody = """
        {"status_code": 200, "info": {"name": "web", "state": "DONE", "last_log": "2026-01-02_10h11m12s", "locked": false,
         "services": [{"name": "app", "status": 0, "jail": "a1b2c3d4e5"}],
         "up": {"operation": "COMPLETED", "output": {"rc": 0, "stdout": {"errlevel": 0, "message": null, "failed": [{"type": "start", "service": "db"}]}, "stderr": ""},
                "last_update": 182.53, "job_id": 7, "restarted": false, "labels": {"error": false, "message": null, "load-balancer": {"app": {"error": true, "message": "backend is not found"}}}},
         "down": {"operation": "INCOMPLETED", "output": {}, "last_update": 3600.0, "job_id": 5, "labels": {"error": true, "message": "Project 'web' has an unexpected state 'FAILED'"}},
         "added_later": {"x": 1}}}
        """;

    [Fact]
    public async Task Project_info_reads_the_description_and_both_statuses()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/project/info/web", Canned.Ok(InfoBody));

        var info = (await node.Client().GetProjectInfoAsync("web", TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(("web", "DONE", "2026-01-02_10h11m12s", false), (info.Name, info.State, info.LastLog, info.Locked));
        Assert.Equal(new ProjectService { Name = "app", Status = 0, Jail = "a1b2c3d4e5" }, Assert.Single(info.Services!));
        Assert.Equal(("COMPLETED", 7L, 182.53), (info.Up!.Operation, info.Up.JobId, info.Up.LastUpdate));
        Assert.Equal(new DirectorFailure { Type = "start", Service = "db" }, Assert.Single(info.Up.Output!.Director!.Failed));
        Assert.Equal("backend is not found", info.Up.Labels!.LoadBalancer!["app"].Message);
        Assert.Equal(("INCOMPLETED", (int?)null), (info.Down!.Operation, info.Down.Output!.Rc));
        Assert.True(info.Down.Labels!.Error);
    }

    [Fact]
    public async Task Unknown_project_is_a_404_result_with_the_original_message()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/project/info/ghost", new Canned(404, """{"status_code": 404, "message": "Project 'ghost' cannot be found."}"""));

        var result = await node.Client().GetProjectInfoAsync("ghost", TestContext.Current.CancellationToken);

        Assert.Equal((ApiFailure.HttpStatus, 404, "Project 'ghost' cannot be found."), (result.Failure, result.StatusCode, result.Message));
    }

    [Fact]
    public async Task Up_posts_the_original_body_and_returns_the_job_id()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("POST", "/v1/project/up/web", Canned.Ok("""{"status_code": 200, "job_id": 42}"""));
        var request = new ProjectUpRequest
        {
            DirectorFile = "services:\n  app:\n    makejail: ./Makejail\n",
            Environment = new Dictionary<string, string> { ["PORT"] = "8080" },
            Restart = true,
            ReservePort = new Dictionary<string, string?> { ["em0"] = null, ["lo1"] = "10.0.0.0/24" },
        };

        var result = await node.Client().UpProjectAsync("web", request, TestContext.Current.CancellationToken);

        Assert.Equal(42, result.Value);
        using var sent = JsonDocument.Parse(Assert.Single(node.Requests).Body);
        var root = sent.RootElement;
        Assert.Equal(request.DirectorFile, root.GetProperty("director_file").GetString());
        Assert.Equal("8080", root.GetProperty("environment").GetProperty("PORT").GetString());
        Assert.True(root.GetProperty("restart").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reserve_port").GetProperty("em0").ValueKind);
        Assert.Equal("10.0.0.0/24", root.GetProperty("reserve_port").GetProperty("lo1").GetString());
    }

    [Fact]
    public async Task Down_posts_force_and_environment()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("POST", "/v1/project/down/web", Canned.Ok("""{"status_code": 200, "job_id": 43}"""));

        var result = await node.Client().DownProjectAsync("web", new ProjectDownRequest { Force = true }, TestContext.Current.CancellationToken);

        Assert.Equal(43, result.Value);
        Assert.Equal("""{"force":true,"environment":{}}""", Assert.Single(node.Requests).Body);
    }

    [Fact]
    public async Task Accepted_job_without_job_id_is_an_invalid_response()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("POST", "/v1/project/cancel/web", Canned.Ok("""{"status_code": 200}"""));

        var result = await node.Client().CancelProjectAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal(ApiFailure.InvalidResponse, result.Failure);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("web/../x")]
    [InlineData("web app")]
    public async Task Bad_project_name_is_refused_without_a_request(string name)
    {
        await using var node = await FakeNode.StartAsync();

        var result = await node.Client().GetProjectInfoAsync(name, TestContext.Current.CancellationToken);

        Assert.Equal(ApiFailure.InvalidArgument, result.Failure);
        Assert.Equal($"{name}: Invalid project name.", result.Message);
        Assert.Empty(node.Requests);
    }

    [Fact]
    public async Task Autoscale_status_keeps_its_free_form_logs()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/project/autoscale/web", Canned.Ok("""
            {"status_code": 200, "status": {"last_update": 4.1, "operation": "COMPLETED",
             "logs": [{"project": "web", "chain": "alpha", "context": "up", "response": {"status_code": 200, "job_id": 3}}]}}
            """));

        var status = (await node.Client().GetAutoscaleStatusAsync("web", TestContext.Current.CancellationToken)).Value!;

        Assert.Equal("COMPLETED", status.Operation);
        Assert.Equal("up", Assert.Single(status.Logs).GetProperty("context").GetString());
    }
}
