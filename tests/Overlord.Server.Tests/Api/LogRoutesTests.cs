namespace Overlord.Server.Tests.Api;

public sealed class LogRoutesTests : IAsyncLifetime
{
    private const string Date = "2026-01-02_10h11m12s";

    private RunningNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await RunningNode.StartAsync();

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task Projects_logs_lists_dates_services_and_files_but_not_plain_files()
    {
        WriteProjectLog(Date, "web", "start.log", "started");
        File.WriteAllText(Path.Combine(_node.Tools.DirectorLogsDirectory, Date, "exception.log"), "boom");

        var logs = (await _node.GetAsync("/v1/projects/logs")).Json["logs"]!;

        Assert.Equal("start.log", logs[Date]!["web"]![0]!.GetValue<string>());
        Assert.Null(logs[Date]!["exception.log"]);
    }

    [Fact]
    public async Task Project_log_is_read_with_ansi_escapes_stripped()
    {
        WriteProjectLog(Date, "web", "start.log", "\u001b[32mok\u001b[0m\nsecond line\n");

        var response = await _node.GetAsync($"/v1/projects/log/{Date}/web/start.log");

        Assert.Equal("ok\nsecond line", response.Json["log_content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_project_log_answers_404()
    {
        var response = await _node.GetAsync($"/v1/projects/log/{Date}/web/start.log");

        Assert.Equal(404, response.Status);
        Assert.Equal("Log cannot be found.", response.Message);
    }

    [Fact]
    public async Task Project_log_path_cannot_leave_the_logs_folder()
    {
        Directory.CreateDirectory(Path.Combine(_node.Tools.DirectorLogsDirectory, Date));
        File.WriteAllText(Path.Combine(_node.Tools.Root, "secret.log"), "secret");

        var response = await _node.GetAsync($"/v1/projects/log/{Date}/../secret.log");
        var escaped = await _node.GetAsync($"/v1/projects/log/{Date}/%2E%2E/secret.log");

        Assert.Equal(404, response.Status);
        Assert.Equal(404, escaped.Status);
        Assert.DoesNotContain("secret\"", response.Text + escaped.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jails_logs_is_empty_when_appjail_has_no_log_folder()
    {
        var response = await _node.GetAsync("/v1/jails/logs");

        Assert.Equal("""{"status_code":200,"logs":{}}""", response.Text);
    }

    [Fact]
    public async Task Jail_log_is_read_and_an_encoded_slash_cannot_escape()
    {
        var logs = _node.Config.AppJail.Logs;
        Directory.CreateDirectory(Path.Combine(logs, "jails", "web", "console"));
        File.WriteAllText(Path.Combine(logs, "jails", "web", "console", "out.log"), "\u001b[1mhello\u001b[0m");
        File.WriteAllText(Path.Combine(_node.Tools.Root, "secret"), "secret");

        var tree = (await _node.GetAsync("/v1/jails/logs")).Json["logs"]!;
        var log = await _node.GetAsync("/v1/jail/log/jails/web/console/out.log");
        var escape = await _node.GetAsync("/v1/jail/log/jails/web/console/..%2F..%2F..%2F..%2Fsecret");

        Assert.Equal("out.log", tree["jails"]!["web"]!["console"]![0]!.GetValue<string>());
        Assert.Equal("hello", log.Json["log_content"]!.GetValue<string>());
        Assert.Equal(400, escape.Status);
        Assert.DoesNotContain("secret\"", escape.Text, StringComparison.Ordinal);
    }

    private void WriteProjectLog(string date, string service, string name, string content)
    {
        var folder = Path.Combine(_node.Tools.DirectorLogsDirectory, date, service);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), content);
    }
}
