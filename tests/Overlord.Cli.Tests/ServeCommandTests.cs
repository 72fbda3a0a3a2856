using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary><c>overlord serve</c> in process, for what it does before binding anything.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-serve");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Serve_RefusedConfig_Exits78WithEveryReason()
    {
        var config = Path.Combine(_folder.Path, "node.yml");
        File.WriteAllText(config, "port: 0\nlabels: [Bad]\n");

        var (code, stdout, stderr) = await RunAsync("serve", "--config", config);

        Assert.Equal(ExitCodes.Config, code);
        Assert.Equal("", stdout);
        Assert.Contains("port: 0 is out of range", stderr, StringComparison.Ordinal);
        Assert.Contains("labels", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "data")));
    }

    [Fact]
    public async Task Serve_MissingConfig_Exits66()
    {
        var (code, _, stderr) = await RunAsync("serve", "--config", Path.Combine(_folder.Path, "absent.yml"));

        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    private async Task<(int Code, string StdOut, string StdErr)> RunAsync(params string[] args)
    {
        var envFile = Path.Combine(_folder.Path, "empty.env");
        File.WriteAllText(envFile, "");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await OverlordCommandLine.RunAsync(["-e", envFile, .. args], stdout, stderr);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }
}
