namespace Overlord.Cli.Tests;

/// <summary>Spec files for the agent commands' tests.</summary>
internal static class AgentCliSpecs
{
    public static string Project(string name) => $"""
        kind: directorProject
        datacenters:
          main:
            entrypoint: http://127.0.0.1:1
            access_token: unused
        deployIn:
          labels: [all]
        projectName: {name}
        projectFile: |
          services:
            app:
              name: app
        """;
}
