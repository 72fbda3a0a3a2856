using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>A working directory for deployment command tests, and <c>overlord</c> run in-process inside it.</summary>
internal sealed class DeployTestFolder : IDisposable
{
    private readonly TempDirectory _directory = new("overlord-deploy-cli");

    public string Path => _directory.Path;

    /// <summary>A spec of <paramref name="kind"/> whose datacenter main is at <paramref name="entrypoint"/>.</summary>
    public string WriteSpec(string kind, string extra, string entrypoint, string token = "token", string name = "spec.yml") =>
        _directory.Write(name, $"""
            kind: {kind}
            datacenters:
              main:
                entrypoint: "{entrypoint}"
                access_token: "{token}"
            deployIn:
              labels: [web]
            {extra}
            """);

    public Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args) => OverlordInProcess.RunAsync(Path, args);

    public void Dispose() => _directory.Dispose();
}
