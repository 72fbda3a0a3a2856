using System.Text.Json.Nodes;
using Overlord.Core;

namespace Overlord.Cli.Tests;

public sealed class PrintSpecCommandTests
{
    [Fact]
    public async Task PrintSpec_ValidSpec_PrintsNormalizedJsonWithMaskedToken()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write(".env", "OVERLORD_PS_TOKEN=eyJ.secret\nOVERLORD_PS_PORT=8080\n");
        folder.Write("web.yml", PrintSpecTestFolder.ProjectSpec);

        var (code, stdout, stderr) = await folder.RunAsync("print-spec", "-f", "web.yml");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", stderr);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal("***", (string?)json["datacenters"]!["main"]!["access_token"]);
        Assert.Equal("8080", (string?)json["environment"]!["PORT"]);
        Assert.Equal(0, (int?)json["maximumDeployments"]);
        Assert.Equal("services:\n  nginx:\n    makejail: gh+AppJail-makejails/nginx\n", (string?)json["projectFile"]);
        Assert.StartsWith("{\n    \"kind\": \"directorProject\",\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ.secret", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintSpec_ShowSecretsAsYaml_PrintsTheTokenAndLiteralBlocks()
    {
        using var folder = new PrintSpecTestFolder();
        var envFile = folder.Write("prod.env", "OVERLORD_PS_TOKEN=eyJ.secret\nOVERLORD_PS_PORT=8080\n");
        folder.Write("web.yml", PrintSpecTestFolder.ProjectSpec);

        var (code, stdout, _) = await folder.RunAsync("-e", envFile, "print-spec", "-f", "web.yml", "--output", "yaml", "--show-secrets");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("    access_token: eyJ.secret\n", stdout, StringComparison.Ordinal);
        Assert.Contains("projectFile: |\n  services:\n    nginx:\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  PORT: \"8080\"\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintSpec_MissingFile_Exits66WithOneLine()
    {
        using var folder = new PrintSpecTestFolder();

        var (code, stdout, stderr) = await folder.RunAsync("print-spec", "-f", "absent.yml");

        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Equal("", stdout);
        Assert.Equal("overlord: absent.yml: the spec file does not exist\n", stderr);
    }

    [Fact]
    public async Task PrintSpec_MissingEnvFile_Exits66()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write("web.yml", PrintSpecTestFolder.ProjectSpec);

        var (code, stdout, stderr) = await folder.RunAsync("-e", "absent.env", "print-spec", "-f", "web.yml");

        Assert.Equal(ExitCodes.NoInput, code);
        Assert.Equal("", stdout);
        Assert.Equal("overlord: absent.env: the env file does not exist\n", stderr);
    }

    [Fact]
    public async Task PrintSpec_RefusedSpec_Exits78WithEveryDiagnosticAndNoOutput()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write("bad.yml", """
            kind: directorProject
            datacenters:
              main: {entrypoint: http://127.0.0.1:8888}
            deployIn:
              labels: [Web]
            projectName: nginx
            projectFile: x
            maximumDeployments: -2
            """);

        var (code, stdout, stderr) = await folder.RunAsync("print-spec", "-f", "bad.yml");

        Assert.Equal(ExitCodes.Config, code);
        Assert.Equal("", stdout);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("bad.yml:8:21: maximumDeployments: -2 is out of range; it must be at least 0", lines);
        Assert.Contains(lines, l => l.StartsWith("bad.yml:5:12: deployIn.labels[0]: 'Web' is not valid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrintSpec_UnsetVariable_WarnsOnStderrAndExits0()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write("web.yml", PrintSpecTestFolder.ProjectSpec.Replace("${OVERLORD_PS_PORT}", "${OVERLORD_PS_UNSET_PORT}", StringComparison.Ordinal));
        folder.Write(".env", "OVERLORD_PS_TOKEN=t\n");

        var (code, stdout, stderr) = await folder.RunAsync("print-spec", "-f", "web.yml");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", (string?)JsonNode.Parse(stdout)!["environment"]!["PORT"]);
        Assert.Equal("warning: web.yml:14:9: the variable 'OVERLORD_PS_UNSET_PORT' is not set; it becomes an empty string\n", stderr);
    }

    [Fact]
    public async Task PrintSpec_WithoutFileOption_IsAUsageError()
    {
        using var folder = new PrintSpecTestFolder();

        var (code, stdout, _) = await folder.RunAsync("print-spec");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout);
    }
}
