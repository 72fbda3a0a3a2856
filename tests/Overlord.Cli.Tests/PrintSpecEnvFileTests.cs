using System.Text.Json.Nodes;
using Overlord.Core;

namespace Overlord.Cli.Tests;

/// <summary><c>.env</c> as python-dotenv reads it and <c>!ENV</c> as pyaml_env substitutes it, seen through print-spec (issue 10).</summary>
public sealed class PrintSpecEnvFileTests
{
    private const string Spec = """
        kind: directorProject
        datacenters:
          main:
            entrypoint: !ENV 'http://${OVERLORD_PS_HOST}:8888'
            access_token: !ENV '${OVERLORD_PS_TOKEN}'
        deployIn:
          labels: [web]
        projectName: nginx
        projectFile: |
          services:
            nginx:
              makejail: gh+AppJail-makejails/nginx
        maximumDeployments: !ENV 'tag:yaml.org,2002:int ${OVERLORD_PS_MAX:2}'
        environment:
          PORT: !ENV ${OVERLORD_PS_PORT}
          GREETING: !ENV ${OVERLORD_PS_GREETING}
          LITERAL: ${HOME}
          EMPTY_DEFAULT: !ENV ${OVERLORD_PS_HOST:}
        """;

    [Fact]
    public async Task PrintSpec_EnvFileWrittenForPythonDotenv_GivesItsValues()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write(".env", """
            # the operator's file, written for the original

            export OVERLORD_PS_TOKEN='eyJ.secret'
            export OVERLORD_PS_HOST=10.0.0.1
            OVERLORD_PS_PORT=${OVERLORD_PS_UNSET:-80}80   # a comment
            OVERLORD_PS_GREETING="hello\tworld\n\"${OVERLORD_PS_HOST}\" \\ #not a comment"
            """);
        folder.Write("web.yml", Spec);

        var (code, stdout, stderr) = await folder.RunAsync("print-spec", "-f", "web.yml", "--show-secrets");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", stderr);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal("eyJ.secret", (string?)json["datacenters"]!["main"]!["access_token"]);
        Assert.Equal("http://10.0.0.1:8888", (string?)json["datacenters"]!["main"]!["entrypoint"]);
        Assert.Equal(2, (int?)json["maximumDeployments"]);
        var environment = json["environment"]!;
        Assert.Equal("8080", (string?)environment["PORT"]);
        Assert.Equal("hello\tworld\n\"10.0.0.1\" \\ #not a comment", (string?)environment["GREETING"]);
        Assert.Equal("${HOME}", (string?)environment["LITERAL"]);
        Assert.Equal("${OVERLORD_PS_HOST:}", (string?)environment["EMPTY_DEFAULT"]);
    }

    [Fact]
    public async Task PrintSpec_EnvLinePythonDotenvCannotParse_IsSkippedWithAWarning()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write(".env", "OVERLORD_PS_TOKEN=t\nOVERLORD_PS_HOST=h\nOVERLORD_PS_PORT='8080' junk\nOVERLORD_PS_GREETING=hi\n");
        folder.Write("web.yml", Spec);

        var (code, stdout, stderr) = await folder.RunAsync("print-spec", "-f", "web.yml");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("hi", (string?)JsonNode.Parse(stdout)!["environment"]!["GREETING"]);
        Assert.Equal(
            "warning: .env:3: the statement cannot be parsed as python-dotenv reads it; it is skipped\n"
            + "warning: web.yml:15:9: the variable 'OVERLORD_PS_PORT' is not set; it becomes an empty string\n",
            stderr);
    }

    [Fact]
    public async Task PrintSpec_TypedEnvValueThatIsNoInteger_IsRefusedAtItsLine()
    {
        using var folder = new PrintSpecTestFolder();
        var envFile = folder.Write("prod.env", "OVERLORD_PS_TOKEN=t\nOVERLORD_PS_HOST=h\nOVERLORD_PS_PORT=1\nOVERLORD_PS_GREETING=hi\nOVERLORD_PS_MAX=two\n");
        folder.Write("web.yml", Spec);

        var (code, stdout, stderr) = await folder.RunAsync("-e", envFile, "print-spec", "-f", "web.yml");

        Assert.Equal(ExitCodes.Config, code);
        Assert.Equal("", stdout);
        Assert.Contains("web.yml:13:21: the value 'two' is not a valid int", stderr, StringComparison.Ordinal);
    }
}
