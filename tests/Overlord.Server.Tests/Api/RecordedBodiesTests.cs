using System.Text.RegularExpressions;

namespace Overlord.Server.Tests.Api;

/// <summary>
/// The bodies of the routes written from the contract records, byte for byte as recorded from the previous
/// writer (field names, their order, nulls kept or left out). Times and ages vary, so they are masked first.
/// </summary>
public sealed partial class RecordedBodiesTests : IAsyncLifetime
{
    private RunningNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await RunningNode.StartAsync();

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task Vm_status_body_is_as_recorded()
    {
        var jobId = await VmRoutesTests.CreateAsync(_node);

        var text = (await _node.GetAsync("/v1/vm/vm1")).Text;

        Assert.Equal(
            """{"status_code":200,"status":{"operation":"COMPLETED","output":"vm_list:  -> vm1\nStarting vm1\n  * found guest in /vm/vm1\n  * booting...","last_update":AGE,"job_id":JOB}}""",
            Age().Replace(text, "\"last_update\":AGE").Replace($"\"job_id\":{jobId}", "\"job_id\":JOB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Project_jobs_body_is_as_recorded()
    {
        var jobId = (await _node.PostAsync("/v1/project/up/web", ProjectRoutesTests.UpBody())).Json["job_id"]!.GetValue<long>();
        await _node.JobEndedAsync(jobId);

        var text = (await _node.GetAsync("/v1/project/jobs/web")).Text;
        var masked = Log().Replace(Time().Replace(text, "\"TIME\""), "\"log\":[LINES]}]}");

        Assert.Equal(
            $$"""{"status_code":200,"jobs":[{"job_id":{{jobId}},"kind":"up","state":"completed","attempts":1,"created_at":"TIME","started_at":"TIME","finished_at":"TIME","message":"COMPLETED","log":[LINES]}]}""",
            masked);
        Assert.Matches("""^\{"at":"TIME","line":".*"\}$""", Time().Replace(Line().Match(text).Value, "\"TIME\""));
    }

    [Fact]
    public async Task Project_info_body_is_as_recorded()
    {
        var jobId = (await _node.PostAsync("/v1/project/up/web", ProjectRoutesTests.UpBody())).Json["job_id"]!.GetValue<long>();
        await _node.JobEndedAsync(jobId);

        var text = (await _node.GetAsync("/v1/project/info/web")).Text;

        Assert.Equal(
            """{"status_code":200,"info":{"name":"web","state":"DONE","last_log":"LOG","locked":false,"services":[{"name":"web","status":0,"jail":"web-jail"}],"up":{"operation":"COMPLETED","output":{"rc":0,"stdout":{"errlevel":0,"message":null,"failed":[]},"stderr":""},"last_update":AGE,"job_id":JOB,"restarted":false,"labels":{"error":false,"message":null}}}}""",
            LastLog().Replace(Age().Replace(text, "\"last_update\":AGE"), "\"last_log\":\"LOG\"").Replace($"\"job_id\":{jobId}", "\"job_id\":JOB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_body_is_as_recorded()
    {
        var text = (await _node.GetAsync("/v1/project/jobs/bad%20name")).Text;

        Assert.Equal("""{"status_code":404,"message":"Resource not found."}""", text);
    }

    [GeneratedRegex("\"last_update\":[0-9.eE+-]+")]
    private static partial Regex Age();

    [GeneratedRegex("\"last_log\":\"[^\"]*\"")]
    private static partial Regex LastLog();

    [GeneratedRegex("\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z\"")]
    private static partial Regex Time();

    [GeneratedRegex("\"log\":\\[.*\\]\\}\\]\\}$")]
    private static partial Regex Log();

    [GeneratedRegex("\\{\"at\":[^}]*\\}")]
    private static partial Regex Line();
}
