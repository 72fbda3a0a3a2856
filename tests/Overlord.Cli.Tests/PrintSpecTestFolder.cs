using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>A temporary working directory for one print-spec test, with a realistic spec; deleted when disposed.</summary>
internal sealed class PrintSpecTestFolder : IDisposable
{
    /// <summary>A project whose token and port come from variables, as an operator of the original writes it.</summary>
    public const string ProjectSpec = """
        kind: directorProject
        datacenters:
          main:
            entrypoint: http://127.0.0.1:8888
            access_token: !ENV '${OVERLORD_PS_TOKEN}'
        deployIn:
          labels: [web]
        projectName: nginx
        projectFile: |
          services:
            nginx:
              makejail: gh+AppJail-makejails/nginx
        environment:
          PORT: !ENV ${OVERLORD_PS_PORT}
        """;

    private readonly TempDirectory _folder = new("overlord-print-spec");

    public string Path => _folder.Path;

    public string Write(string name, string text) => _folder.Write(name, text);

    /// <summary>Runs <c>overlord ARGS</c> in-process with this folder as the working directory.</summary>
    public Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args) => OverlordInProcess.RunAsync(Path, args);

    public void Dispose() => _folder.Dispose();
}
