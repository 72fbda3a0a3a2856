namespace Overlord.Cli.Tests;

/// <summary>The specs the deployment commands' tests send into a <see cref="NodeTree"/>, whose root is the datacenter <c>main</c>.</summary>
internal static class NodeTreeSpecs
{
    /// <summary>A directorProject spec for project <c>web</c> on nodes labelled <paramref name="label"/>.</summary>
    public static string ProjectSpec(this NodeTree tree, string label = "web") => $"""
        kind: directorProject
        datacenters:
          main:
            entrypoint: "{tree.Root.Url}"
            access_token: "{tree.Root.Token}"
        deployIn:
          labels: [{label}]
        projectName: web
        projectFile: |
          services:
            web:
              makejail: Makejail
        """;
}
