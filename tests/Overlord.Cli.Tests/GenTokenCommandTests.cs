using Overlord.Core;
using Overlord.Server.Auth;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary><c>overlord gen-token</c> in process, against a config of its own in a temp folder.</summary>
public sealed class GenTokenCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-gen-token");

    public void Dispose() => _folder.Dispose();

    private string KeyFile => Path.Combine(_folder.Path, "data", "keyfile");

    [Fact]
    public async Task GenToken_PrintsOneTokenThatTheNodesKeyValidates()
    {
        var (code, stdout, stderr) = await RunAsync("gen-token", "--metadata", "owner=ops", "--metadata", "ci");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", stderr);
        var token = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var check = await new TokenService(SigningKey.FromBytes(File.ReadAllBytes(KeyFile)), TimeProvider.System).CheckAsync(token);
        Assert.True(check.IsSuccess, check.Error?.Message);
        Assert.Equal("ops", check.Value.Metadata["owner"]);
        Assert.Equal("", check.Value.Metadata["ci"]);
    }

    [Fact]
    public async Task GenToken_CreatesTheKeyFileReadableByTheOwnerOnly()
    {
        await RunAsync("gen-token");

        Assert.Equal(64, new FileInfo(KeyFile).Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
    }

    [Fact]
    public async Task GenToken_Expire_MakesATokenThatExpires()
    {
        var (_, stdout, _) = await RunAsync("gen-token", "--expire", "1", "--expire-type", "seconds");
        var later = new LaterClock(TimeSpan.FromSeconds(5));

        var check = await new TokenService(SigningKey.FromBytes(File.ReadAllBytes(KeyFile)), later).CheckAsync(stdout.Trim());

        Assert.False(check.IsSuccess);
    }

    [Fact]
    public async Task GenToken_UnknownExpireType_IsAUsageError()
    {
        var (code, stdout, _) = await RunAsync("gen-token", "--expire", "1", "--expire-type", "fortnights");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
    }

    private async Task<(int Code, string StdOut, string StdErr)> RunAsync(params string[] args)
    {
        var config = Path.Combine(_folder.Path, "node.yml");
        File.WriteAllText(config, $"data_dir: '{Path.Combine(_folder.Path, "data")}'\n");
        var envFile = Path.Combine(_folder.Path, "empty.env");
        File.WriteAllText(envFile, "");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await OverlordCommandLine.RunAsync(["-e", envFile, .. args, "--config", config], stdout, stderr);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>The system clock moved forward by a fixed amount.</summary>
    private sealed class LaterClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }
}
