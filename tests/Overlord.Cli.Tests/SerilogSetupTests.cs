using Overlord.Cli.Logging;
using Overlord.Testing;
using Serilog.Core;
using Serilog.Events;

namespace Overlord.Cli.Tests;

/// <summary>The levels serve's log keeps per source: the libraries' chatter stays out, their warnings stay in.</summary>
public sealed class SerilogSetupTests
{
    [Fact]
    public void Pollys_execution_lines_are_left_out_and_its_warnings_kept()
    {
        using var folder = new TempDirectory();
        var file = folder.Combine("serve.log");
        var startup = new StartupLogBuffer();
        var (logger, sinks) = SerilogSetup.Create(new LoggingLevelSwitch(LogEventLevel.Information), file, startup);
        using (sinks)
        {
            using (logger)
            {
                logger.ForContext(Constants.SourceContextPropertyName, "Polly").Information("Execution attempt. Source: 'overlord-git-fetch'");
                logger.ForContext(Constants.SourceContextPropertyName, "Polly").Warning("Resilience event occurred. EventName: 'OnRetry'");
                logger.ForContext(Constants.SourceContextPropertyName, "Overlord.Agent.Sync.SyncEngine").Information("Dispatching 1 steps");
                startup.Release();
            }
        }

        var text = string.Join('\n', Directory.GetFiles(folder.Path, "serve*.log").Select(ReadShared));

        Assert.DoesNotContain("Execution attempt", text, StringComparison.Ordinal);
        Assert.Contains("[WRN] Polly: Resilience event occurred", text, StringComparison.Ordinal);
        Assert.Contains("[INF] Overlord.Agent.Sync.SyncEngine: Dispatching 1 steps", text, StringComparison.Ordinal);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
