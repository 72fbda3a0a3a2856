using Overlord.Core;

namespace Overlord.Cli.Tests;

/// <summary>The files of the appConfig tests: a template published as metadata on real nodes, and the appConfig spec that uses it.</summary>
internal static class AppConfigFiles
{
    /// <summary>Writes the template as metadata <c>blog.template</c> on the nodes labelled <paramref name="label"/>, with a metadata spec.</summary>
    public static async Task PublishTemplateAsync(DeployTestFolder folder, RunningNode entry, string template, string label)
    {
        var indented = string.Join("\n", template.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
        File.WriteAllText(Path.Combine(folder.Path, "template.yml"), $"""
            kind: metadata
            datacenters:
              main:
                entrypoint: "{entry.Url}"
                access_token: "{entry.Token}"
            deployIn:
              labels: [{label}]
            metadata:
              blog.template: |

            """ + indented + "\n");
        var published = await folder.RunAsync("apply", "-f", "template.yml");
        Assert.True(published.ExitCode == ExitCodes.Ok && published.StdOut.Contains("written", StringComparison.Ordinal), published.StdErr + published.StdOut);
    }

    public static void WriteAppConfig(DeployTestFolder folder, RunningNode entry, string extra) =>
        File.WriteAllText(Path.Combine(folder.Path, "app.yml"), $"""
            kind: appConfig
            datacenters:
              main:
                entrypoint: "{entry.Url}"
                access_token: "{entry.Token}"
            deployIn:
              labels: [web]
            appName: blog
            appFrom: blog.template
            {extra}
            """);
}
