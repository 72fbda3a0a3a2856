using System.Text.RegularExpressions;

namespace Overlord.Server.Tests.Api;

/// <summary>
/// The bodies of the node, jail, metadata, namespace, log and tree routes, byte for byte as recorded from the
/// JsonObject writer they replaced. The node's folder, log dates, ages and job ids vary, so they are masked first.
/// </summary>
public sealed partial class RecordedRouteBodiesTests : IAsyncLifetime
{
    private const string Stats =
        """{"cputime":0,"datasize":12288,"stacksize":0,"coredumpsize":0,"memoryuse":10485760,"memorylocked":0,"maxproc":4,"openfiles":64,"vmemoryuse":52428800,"pseudoterminals":0,"swapuse":0,"nthr":4,"msgqqueued":0,"msgqsize":0,"nmsgq":0,"nsem":0,"nsemop":0,"nshm":0,"shmsize":0,"wallclock":60,"pcpu":0,"readbps":0,"writebps":0,"readiops":0,"writeiops":0}""";

    private const string TotalStats =
        """{"coredumpsize":0,"cputime":0,"datasize":24576,"maxproc":8,"memorylocked":0,"memoryuse":20971520,"msgqqueued":0,"msgqsize":0,"nmsgq":0,"nsem":0,"nsemop":0,"nshm":0,"nthr":8,"openfiles":128,"pcpu":0,"pseudoterminals":0,"readbps":0,"readiops":0,"shmsize":0,"stacksize":0,"swapuse":0,"vmemoryuse":104857600,"wallclock":120,"writebps":0,"writeiops":0}""";

    private const string Entries =
        """[{"directory":"NS/etc","owner":0,"group":0,"mode":16877},{"file":"NS/etc/app.conf","owner":0,"group":0,"mode":33184},{"directory":"NS/var","owner":0,"group":0,"mode":16877},{"directory":"NS/var/run","owner":0,"group":0,"mode":16877}]""";

    private const string Logs = """{"2001-01-02_10h11m12s":{"web":["start.log"]},"DATE":{"web":["makejail.log","start.log"]},"DATE":{"vm":["makejail.log","start.log"]}}""";

    private static readonly string LogsSwapped = Logs.Replace(
        "\"DATE\":{\"web\":[\"makejail.log\",\"start.log\"]},\"DATE\":{\"vm\":[\"makejail.log\",\"start.log\"]}",
        "\"DATE\":{\"vm\":[\"makejail.log\",\"start.log\"]},\"DATE\":{\"web\":[\"makejail.log\",\"start.log\"]}",
        StringComparison.Ordinal);

    // Both jobs started within one second: one folder holds both projects' logs.
    private static readonly string LogsSameSecond = Logs.Replace(
        "\"DATE\":{\"web\":[\"makejail.log\",\"start.log\"]},\"DATE\":{\"vm\":[\"makejail.log\",\"start.log\"]}",
        "\"DATE\":{\"vm\":[\"makejail.log\",\"start.log\"],\"web\":[\"makejail.log\",\"start.log\"]}",
        StringComparison.Ordinal);

    private static string[] EitherOrder(Func<string, string> body) => [body(Logs), body(LogsSwapped), body(LogsSameSecond)];

    private const string Node = """{"status_code":200,"nodes":[{"chain":null,"labels":["all"],"ok":true,"data":DATA,"error":null}]}""";

    private RunningNode _node = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await RunningNode.StartAsync();
        var jobId = (await _node.PostAsync("/v1/project/up/web", ProjectRoutesTests.UpBody())).Json["job_id"]!.GetValue<long>();
        await _node.JobEndedAsync(jobId);
        await VmRoutesTests.CreateAsync(_node);
        await _node.PostAsync("/v1/metadata/app", """{"value": "port=80"}""");
        await _node.PostAsync("/v1/namespace/web", """{"mapping": [{"file": ["app", "etc/app.conf"], "mode": 416}, {"directory": "var/run"}]}""");
        var folder = Directory.CreateDirectory(Path.Combine(_node.Tools.DirectorLogsDirectory, "2001-01-02_10h11m12s", "web"));
        File.WriteAllText(Path.Combine(folder.FullName, "start.log"), "started");
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Theory]
    [InlineData("/v1/ping", """{"status_code":200,"status":"OK"}""")]
    [InlineData("/v1/labels", """{"status_code":200,"labels":["all"]}""")]
    [InlineData("/v1/chains", """{"status_code":200,"chains":[]}""")]
    [InlineData("/v1/jails", """{"status_code":200,"jails":["vm1","web-jail"]}""")]
    [InlineData("/v1/jail/info/web-jail", """{"status_code":200,"info":{"name":"web-jail","network_ip4":"","ports":"","status":"UP","type":"thin","version":"14.2-RELEASE"}}""")]
    [InlineData("/v1/jail/cpuset/web-jail", """{"status_code":200,"cpuset":"0, 1"}""")]
    [InlineData("/v1/jail/expose/web-jail", """{"status_code":200,"expose":[]}""")]
    [InlineData("/v1/jail/labels/web-jail", """{"status_code":200,"labels":[]}""")]
    [InlineData("/v1/jail/nat/web-jail", """{"status_code":200,"nat":[]}""")]
    [InlineData("/v1/metadata", """{"status_code":200,"metadata":["app"]}""")]
    [InlineData("/v1/metadata/app", """{"status_code":200,"metadata":"port=80"}""")]
    [InlineData("/v1/namespace", """{"status_code":200,"namespaces":["web"]}""")]
    [InlineData("/v1/jails/logs", """{"status_code":200,"logs":{}}""")]
    [InlineData("/v1/projects/log/2001-01-02_10h11m12s/web/start.log", """{"status_code":200,"log_content":"started"}""")]
    [InlineData("/v1/tree/labels", """{"labels":["all"]}""")]
    [InlineData("/v1/tree/chains", """{"chains":[]}""")]
    [InlineData("/v1/tree/metadata", """{"metadata":{"app":"port=80"}}""")]
    [InlineData("/v1/tree/jails/logs", """{"logs":{}}""")]
    [InlineData("/v1/tree/autoscale?filter=web", """{"autoscale":{}}""")]
    [InlineData("/v1/tree/jails?items=cpuset&items=labels", """{"jails":{"vm1":{"cpuset":"0, 1","labels":[{"value":"1","name":"overlord.vm"}]},"web-jail":{"cpuset":"0, 1","labels":[]}}}""")]
    public async Task Body_is_as_recorded(string route, string body) =>
        Assert.Equal(Recorded(route, body), Masked((await _node.GetAsync(route)).Text));

    [Fact]
    public async Task Stats_bodies_are_as_recorded()
    {
        Assert.Equal(Fill("""{"status_code":200,"stats":%1}""", TotalStats), (await _node.GetAsync("/v1/stats")).Text);
        Assert.Equal(Fill("""{"status_code":200,"stats":%1}""", Stats), (await _node.GetAsync("/v1/jail/stats/web-jail")).Text);
        Assert.Equal(Recorded("/v1/tree/stats", Fill("""{"stats":%1}""", TotalStats)), (await _node.GetAsync("/v1/tree/stats")).Text);
    }

    [Fact]
    public async Task Namespace_bodies_are_as_recorded()
    {
        Assert.Equal(Fill("""{"status_code":200,"namespace":%1}""", Entries), Masked((await _node.GetAsync("/v1/namespace/web")).Text));
        Assert.Equal(Recorded("/v1/tree/namespaces", Fill("""{"namespaces":{"web":%1}}""", Entries)), Masked((await _node.GetAsync("/v1/tree/namespaces")).Text));
    }

    [Fact]
    public async Task Log_listings_are_as_recorded()
    {
        // The masked dates are the two jobs' start seconds: which comes first follows the folders' names, so either order is the record,
        // and jobs that started within the same second share one folder.
        Assert.Contains(Masked((await _node.GetAsync("/v1/projects/logs")).Text), EitherOrder(logs => Fill("""{"status_code":200,"logs":%1}""", logs)));
        Assert.Contains(Masked((await _node.GetAsync("/v1/tree/projects/logs")).Text), EitherOrder(logs => Recorded("/v1/tree/projects/logs", Fill("""{"logs":%1}""", logs))));
        Assert.Equal(
            Recorded("/v1/tree/projects/logs", """{"logs":{"2001-01-02_10h11m12s":{"web":["start.log"]}}}"""),
            Masked((await _node.GetAsync("/v1/tree/projects/logs?filter=2001-01-02.*")).Text));
    }

    [Fact]
    public async Task Jails_tree_is_as_recorded()
    {
        const string Info = """{"name":"NAME","network_ip4":"","ports":"","status":"UP","type":"thin","version":"14.2-RELEASE"}""";
        const string Jail = """{"stats":%1,"info":%2,"cpuset":"0, 1","devfs":[],"expose":[],"healthcheck":[],"limits":[],"fstab":[],"labels":%3,"nat":[],"volumes":[]}""";
        var vm = Fill(Jail, Stats, Info.Replace("NAME", "vm1", StringComparison.Ordinal), """[{"value":"1","name":"overlord.vm"}]""");
        var web = Fill(Jail, Stats, Info.Replace("NAME", "web-jail", StringComparison.Ordinal), "[]");

        Assert.Equal(Recorded("/v1/tree/jails", Fill("""{"jails":{"vm1":%1,"web-jail":%2}}""", vm, web)), (await _node.GetAsync("/v1/tree/jails")).Text);
    }

    [Fact]
    public async Task Projects_and_vm_trees_are_as_recorded()
    {
        const string Up = """{"operation":"COMPLETED","output":{"rc":0,"stdout":{"errlevel":0,"message":null,"failed":[]},"stderr":""},"last_update":AGE,"job_id":JOB,"restarted":false""";
        var projects = Fill(
            """{"projects":{"vm1":{"name":"vm1","state":"DONE","last_log":"DATE","locked":false,"services":[{"name":"vm","status":0,"jail":"vm1"}],"up":%1}},"web":{"name":"web","state":"DONE","last_log":"DATE","locked":false,"services":[{"name":"web","status":0,"jail":"web-jail"}],"up":%2,"labels":{"error":false,"message":null}}}}}""",
            Up,
            Up);
        var vm = """{"vm":{"vm1":{"operation":"COMPLETED","output":"vm_list:  -> vm1\nStarting vm1\n  * found guest in /vm/vm1\n  * booting...","last_update":AGE,"job_id":JOB}}}""";

        Assert.Equal(Recorded("/v1/tree/projects", projects), Masked((await _node.GetAsync("/v1/tree/projects")).Text));
        Assert.Equal(Recorded("/v1/tree/vm", vm), Masked((await _node.GetAsync("/v1/tree/vm")).Text));
    }

    [Fact]
    public async Task Job_id_body_is_as_recorded()
    {
        var text = (await _node.PostAsync("/v1/project/up/web", ProjectRoutesTests.UpBody())).Text;

        Assert.Equal("""{"status_code":200,"job_id":JOB}""", JobId().Replace(text, "\"job_id\":JOB"));
    }

    /// <summary>The recording with its parts in place of <c>%1</c>, <c>%2</c>... (which no recording holds otherwise).</summary>
    private static string Fill(string recording, params string[] parts) =>
        parts.Select((part, index) => (Mark: $"%{index + 1}", Part: part))
            .Aggregate(recording, (text, pair) => text.Replace(pair.Mark, pair.Part, StringComparison.Ordinal));

    /// <summary>A tree route's body wraps the node's data; a plain route's body is the recording itself.</summary>
    private static string Recorded(string route, string body) =>
        route.StartsWith("/v1/tree/", StringComparison.Ordinal) ? Node.Replace("DATA", body, StringComparison.Ordinal) : body;

    private string Masked(string text)
    {
        var folder = Path.Combine(_node.Config.Metadata.Namespaces, "web");
        var masked = text.Replace(folder, "NS", StringComparison.Ordinal);
        masked = Age().Replace(masked, "\"last_update\":AGE");
        masked = JobId().Replace(masked, "\"job_id\":JOB");
        return Date().Replace(masked, match => match.Value == "\"2001-01-02_10h11m12s\"" ? match.Value : "\"DATE\"");
    }

    [GeneratedRegex("\"last_update\":[0-9.eE+-]+")]
    private static partial Regex Age();

    [GeneratedRegex("\"job_id\":[0-9]+")]
    private static partial Regex JobId();

    [GeneratedRegex("\"[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{2}h[0-9]{2}m[0-9]{2}s\"")]
    private static partial Regex Date();
}
