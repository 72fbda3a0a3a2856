using System.Text.Json.Nodes;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>
/// <c>overlord print-config</c> run in process. Every run passes <c>-e</c> with a file of its own, so neither the
/// process's current directory (its <c>.env</c>) nor its environment decides the outcome.
/// </summary>
public sealed class PrintConfigCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-print-config");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PrintConfig_ValidFile_PrintsJsonWithDefaultsAndExits0()
    {
        var file = Write("o.yml", "port: 9000\n");

        var (code, stdout, stderr) = await RunAsync("print-config", "--config", file);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", stderr);
        var tree = JsonNode.Parse(stdout)!;
        Assert.Equal(9000, tree["port"]!.GetValue<int>());
        Assert.Equal(9331, tree["tls"]!["port"]!.GetValue<int>());
        Assert.StartsWith("{\n    \"runtime\": ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintConfig_OutputYaml_PrintsYaml()
    {
        var file = Write("o.yml", "labels: [web]\n");

        var (code, stdout, _) = await RunAsync("print-config", "--config", file, "--output", "yaml");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("\nlabels:\n- web\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintConfig_Secrets_ArePrintedMasked()
    {
        var file = Write("o.yml", "secret_key: very-secret-key\nchains:\n  a:\n    entrypoint: http://a\n    access_token: very-secret-token\n");

        var (_, stdout, _) = await RunAsync("print-config", "--config", file);

        Assert.DoesNotContain("very-secret", stdout, StringComparison.Ordinal);
        Assert.Equal("***", JsonNode.Parse(stdout)!["chains"]!["a"]!["access_token"]!.GetValue<string>());
    }

    [Fact]
    public async Task PrintConfig_PasswordsInUrls_ArePrintedMasked()
    {
        // Issue 11.7: a chain's entrypoint and the agent's repository may carry user:password@.
        var file = Write(
            "o.yml",
            "chains:\n  a:\n    entrypoint: http://ops:chain-s3cret@10.0.0.2:8888\n    access_token: t\n"
            + "agent:\n  repository: https://deploy:repo-s3cret@git.example.org/ops/specs.git\n");

        var (code, stdout, _) = await RunAsync("print-config", "--config", file);
        var (_, yaml, _) = await RunAsync("print-config", "--config", file, "--output", "yaml");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.DoesNotContain("s3cret", stdout + yaml, StringComparison.Ordinal);
        var tree = JsonNode.Parse(stdout)!;
        Assert.Equal("http://ops:***@10.0.0.2:8888", tree["chains"]!["a"]!["entrypoint"]!.GetValue<string>());
        Assert.Equal("https://deploy:***@git.example.org/ops/specs.git", tree["agent"]!["repository"]!.GetValue<string>());
    }

    [Fact]
    public async Task PrintConfig_RefusedFile_PrintsEveryDiagnosticAndExits78()
    {
        var file = Write("o.yml", "port: 0\ntls:\n  bogus: 1\n");

        var (code, stdout, stderr) = await RunAsync("print-config", "--config", file);

        Assert.Equal(ExitCodes.Config, code);
        Assert.Equal("", stdout);
        Assert.Contains($"{file}:1:7: port: 0 is out of range; it must be between 1 and 65535\n", stderr, StringComparison.Ordinal);
        Assert.Contains($"{file}:3:3: tls.bogus: unknown key; allowed keys here: certfile, keyfile, port\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintConfig_MissingConfigFile_Exits66()
    {
        var missing = Path.Combine(_folder.Path, "absent.yml");

        var (code, _, stderr) = await RunAsync("print-config", "--config", missing);

        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Equal($"overlord: {missing}: the configuration file does not exist\n", stderr);
    }

    [Fact]
    public async Task PrintConfig_OverlordConfigFromTheEnvFile_IsUsed()
    {
        var file = Write("o.yml", "port: 7777\n");

        var (code, stdout, _) = await RunWithEnvFileAsync($"OVERLORD_CONFIG={file}\n", "print-config");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(7777, JsonNode.Parse(stdout)!["port"]!.GetValue<int>());
    }

    [Fact]
    public async Task PrintConfig_ConfigOption_WinsOverOverlordConfig()
    {
        var chosen = Write("chosen.yml", "port: 1234\n");

        var (code, stdout, _) = await RunWithEnvFileAsync($"OVERLORD_CONFIG={Path.Combine(_folder.Path, "absent.yml")}\n", "print-config", "--config", chosen);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(1234, JsonNode.Parse(stdout)!["port"]!.GetValue<int>());
    }

    [Fact]
    public async Task PrintConfig_UnknownOutputFormat_IsAUsageError()
    {
        var (code, _, stderr) = await RunAsync("print-config", "--output", "xml");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("xml", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<(int Code, string StdOut, string StdErr)> RunAsync(params string[] args) => RunWithEnvFileAsync("", args);

    private async Task<(int Code, string StdOut, string StdErr)> RunWithEnvFileAsync(string envFileText, params string[] args)
    {
        var envFile = Write($"{Guid.NewGuid():N}.env", envFileText);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await OverlordCommandLine.RunAsync(["-e", envFile, .. args], stdout, stderr);
        return (code, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }
}
