using Overlord.Runtime.Inspection;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

/// <summary>jails/logs and projects/logs: the AppJail and Director log trees (reference section 2.2).</summary>
public sealed class LogTreeListingTests : IDisposable
{
    private readonly TempDirectory _logs = new("overlord-logs");

    public void Dispose() => _logs.Dispose();

    [Fact]
    public void ListAppJailLogs_TypeEntitySubtypeFiles()
    {
        _logs.Write("jails/web/console/2025-01-31.log", "x");
        _logs.Write("jails/web/startup-start/2025-01-31.log", "x");
        _logs.Write("jails/web/startup-start/2025-02-01.log", "x");
        _logs.Write("jails/db/console/2025-01-31.log", "x");
        _logs.Write("nat/ajnet/pf/rules.log", "x");

        var tree = LogTree.ListAppJailLogs(_logs.Path);

        Assert.Equal(["jails", "nat"], tree.Keys);
        Assert.Equal(["db", "web"], tree["jails"].Keys);
        Assert.Equal(["console", "startup-start"], tree["jails"]["web"].Keys);
        Assert.Equal(["2025-01-31.log", "2025-02-01.log"], tree["jails"]["web"]["startup-start"]);
        Assert.Equal(["rules.log"], tree["nat"]["ajnet"]["pf"]);
    }

    [Fact]
    public void ListAppJailLogs_FilesAboveTheFileLevel_AreLeftOut()
    {
        _logs.Write("stray.txt", "x");
        _logs.Write("jails/stray.txt", "x");
        _logs.Write("jails/web/console/a.log", "x");

        var tree = LogTree.ListAppJailLogs(_logs.Path);

        Assert.Equal(["jails"], tree.Keys);
        Assert.Equal(["web"], tree["jails"].Keys);
    }

    [Fact]
    public void ListAppJailLogs_MissingFolder_IsEmpty()
    {
        var tree = LogTree.ListAppJailLogs(_logs.Combine("absent"));

        Assert.Empty(tree);
    }

    [Fact]
    public void ListProjectLogs_DateServiceFiles_SkipsPlainFilesBesideServices()
    {
        _logs.Write("2025-01-31_10h20m30s/web/start.log", "x");
        _logs.Write("2025-01-31_10h20m30s/web/makejail.log", "x");
        _logs.Write("2025-01-31_10h20m30s/exception.log", "x");
        _logs.Write("2025-02-01_08h00m00s/db/start.log", "x");

        var tree = LogTree.ListProjectLogs(_logs.Path);

        Assert.Equal(["2025-01-31_10h20m30s", "2025-02-01_08h00m00s"], tree.Keys);
        Assert.Equal(["web"], tree["2025-01-31_10h20m30s"].Keys);
        Assert.Equal(["makejail.log", "start.log"], tree["2025-01-31_10h20m30s"]["web"]);
        Assert.Equal(["start.log"], tree["2025-02-01_08h00m00s"]["db"]);
    }

    [Fact]
    public void ListProjectLogs_MissingFolder_IsEmpty()
    {
        var tree = LogTree.ListProjectLogs(_logs.Combine("absent"));

        Assert.Empty(tree);
    }

    [Theory]
    [InlineData("2025-01-31_10h20m30s", "web", "start.log", true)]
    [InlineData("2025-01-31_10h20m30s", "my.service_1-a", "post-start.log", true)]
    [InlineData("2025-01-31", "web", "start.log", false)]
    [InlineData("2025-01-31_10h20m30s", "..", "start.log", false)]
    [InlineData("2025-01-31_10h20m30s", "web", "Start.log", false)]
    [InlineData("2025-01-31_10h20m30s", "web", "start.txt", false)]
    [InlineData("2025-01-31_10h20m30s", "web/x", "start.log", false)]
    [InlineData("٢٠٢٥-01-31_10h20m30s", "web", "start.log", false)]
    public void IsDirectorLogName_FollowsTheRoutePattern(string date, string service, string log, bool expected)
    {
        Assert.Equal(expected, LogTree.IsDirectorLogName(date, service, log));
    }
}
