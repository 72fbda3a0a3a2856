using System.Text;
using Overlord.Runtime.Inspection;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

/// <summary>jail/log and projects/log: one log, read only from inside its folder (fix of reference 13.8).</summary>
public sealed class LogTreeReadTests : IDisposable
{
    private readonly TempDirectory _temp = new("overlord-logread");

    public LogTreeReadTests()
    {
        _temp.Write("secret.txt", "top secret\n");
        _temp.Write("logs/jails/web/console/a.log", "\u001b[32mstarted\u001b[0m\r\nready\n");
    }

    public void Dispose() => _temp.Dispose();

    private string Root => _temp.Combine("logs");

    [Fact]
    public async Task Read_PlainLog_IsServedWithoutColours()
    {
        var log = await ReadAsync("jails", "web", "console", "a.log");

        Assert.Equal((LogReadStatus.Found, "started\nready", false), (log.Status, log.Content, log.Truncated));
    }

    [Fact]
    public async Task Read_EncodedSegments_AreDecodedFirst()
    {
        var log = await ReadAsync("jails", "web", "console", "a%2Elog");

        Assert.Equal(LogReadStatus.Found, log.Status);
    }

    [Theory]
    [InlineData("..", "..", "..", "secret.txt")]
    [InlineData("jails", "..", "..", "secret.txt")]
    [InlineData("jails", "web", "%2E%2E%2F%2E%2E%2F..", "secret.txt")]
    [InlineData("%2E%2E", "logs", "%2E%2E", "secret.txt")]
    [InlineData("jails", "web", "console", "..%2F..%2F..%2F..%2Fsecret.txt")]
    [InlineData("jails", "web", "console", "%2Fetc%2Fpasswd")]
    [InlineData("jails", "web", "console", "/etc/passwd")]
    [InlineData("jails", "web", "console", "a.log\0")]
    [InlineData("jails", "web", "console", "a.log%00")]
    [InlineData("jails", "web", ".", "a.log")]
    [InlineData("jails", "web", "", "a.log")]
    [InlineData("jails", "web", "console", "..\\secret.txt")]
    public async Task Read_SegmentThatIsNotAPlainName_IsRefused(string type, string entity, string subtype, string log)
    {
        var result = await ReadAsync(type, entity, subtype, log);

        Assert.Equal((LogReadStatus.Refused, ""), (result.Status, result.Content));
    }

    [Fact]
    public async Task Read_SymbolicLinkBelowTheRoot_IsRefused()
    {
        File.CreateSymbolicLink(_temp.Combine("logs", "jails", "web", "console", "link.log"), _temp.Combine("secret.txt"));

        var result = await ReadAsync("jails", "web", "console", "link.log");

        Assert.Equal(LogReadStatus.Refused, result.Status);
    }

    [Fact]
    public async Task Read_ThroughASymbolicallyLinkedFolder_IsRefused()
    {
        _temp.Write("outside/console/secret.log", "top secret\n");
        Directory.CreateSymbolicLink(_temp.Combine("logs", "jails", "evil"), _temp.Combine("outside"));

        var result = await ReadAsync("jails", "evil", "console", "secret.log");

        Assert.Equal((LogReadStatus.Refused, ""), (result.Status, result.Content));
    }

    [Fact]
    public async Task Read_MissingLog_IsNotFound()
    {
        var result = await ReadAsync("jails", "web", "console", "b.log");

        Assert.Equal(LogReadStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Read_FolderInsteadOfLog_IsNotFound()
    {
        var result = await LogTree.ReadAsync(Root, ["jails", "web", "console"], LogTree.DefaultMaxBytes, TestContext.Current.CancellationToken);

        Assert.Equal(LogReadStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Read_LogLargerThanTheCap_KeepsItsEndAfterANote()
    {
        var lines = string.Concat(Enumerable.Range(0, 100).Select(line => $"line {line:D3}\n"));
        _temp.Write("logs/jails/web/console/big.log", lines);

        var result = await LogTree.ReadAsync(Root, ["jails", "web", "console", "big.log"], 18, TestContext.Current.CancellationToken);

        Assert.True(result.Truncated);
        Assert.Equal($"[overlord: log truncated, showing the last 18 of {Encoding.UTF8.GetByteCount(lines)} bytes]\nline 098\nline 099", result.Content);
    }

    [Fact]
    public async Task Read_CutInsideAMultibyteCharacter_DropsItsHalf()
    {
        _temp.Write("logs/jails/web/console/utf8.log", "aé€b");

        var result = await LogTree.ReadAsync(Root, ["jails", "web", "console", "utf8.log"], 5, TestContext.Current.CancellationToken);

        Assert.EndsWith("bytes]\n€b", result.Content);
    }

    private Task<LogReadResult> ReadAsync(params string[] segments) =>
        LogTree.ReadAsync(Root, segments, LogTree.DefaultMaxBytes, TestContext.Current.CancellationToken);
}
