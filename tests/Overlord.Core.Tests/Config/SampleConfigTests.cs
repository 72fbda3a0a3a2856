using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Testing;

namespace Overlord.Core.Tests.Config;

/// <summary><c>etc/overlord.yml.sample</c> loads, and the defaults it shows are the defaults we apply.</summary>
public sealed class SampleConfigTests
{
    // The sample shows the defaults of FreeBSD as root.
    private static readonly ConfigHost FreeBsdRoot = ConfigTesting.Host with { IsFreeBsd = true, IsRoot = true, HomeDirectory = "/root", HostName = "node1.example.org" };

    // The one example variable without a ${NAME:default}, to show that an unset one is refused.
    private static readonly VariableSource Variables = ConfigTesting.Variables(("OVERLORD_SECRET_KEY", "example-key"));

    private static readonly string[] ExampleOnlyKeys = ["secret_key", "log_config", "chains", "dataplaneapi", "haproxy_stats"];

    [Fact]
    public void Sample_AsIs_LoadsAsTheDefaults()
    {
        var result = ConfigLoader.Load(SamplePath(), VariableSource.Empty, FreeBsdRoot);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Errors));
        Assert.Equal(ConfigPrinter.ToJson(ConfigLoader.Defaults(VariableSource.Empty, FreeBsdRoot)), ConfigPrinter.ToJson(result.Config!));
    }

    [Fact]
    public void Sample_WithEverySettingUncommented_IsValid()
    {
        var result = ConfigLoader.Parse(Uncommented(), "overlord.yml.sample", Variables, FreeBsdRoot);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Errors));
        Assert.Empty(result.Diagnostics.Warnings);
    }

    [Fact]
    public void Sample_WithEverySettingUncommented_ShowsTheDefaults()
    {
        var sample = ConfigPrinter.ToTree(Load(Uncommented()));
        // The sample's polling section shows the full keyword lists, which is what applies once a polling section exists.
        var defaults = ConfigPrinter.ToTree(Load("polling: {}\nagent:\n  repository: https://git.example.org/ops/deployments.git\n"));

        foreach (var tree in new[] { sample, defaults })
        {
            foreach (var key in ExampleOnlyKeys)
            {
                tree.Remove(key);
            }

            tree["tls"]!.AsObject().Remove("keyfile");
            tree["tls"]!.AsObject().Remove("certfile");
            tree["agent"]!.AsObject().Remove("webhooks");
            tree["agent"]!.AsObject().Remove("commit_status");
        }

        Assert.Equal(defaults.ToJsonString(), sample.ToJsonString());
    }

    [Fact]
    public void Sample_MentionsEveryTopLevelKey()
    {
        var text = File.ReadAllText(SamplePath());

        var keys = ConfigPrinter.ToTree(Load(Uncommented())).Select(p => p.Key);

        Assert.All(keys, key => Assert.Matches($"(?m)^##? {key}:", text));
    }

    [Fact]
    public void Sample_SettingsWithoutDefaultsAreMarkedAsExamples()
    {
        var text = File.ReadAllText(SamplePath());

        Assert.Contains("not a default", text, StringComparison.Ordinal);
        Assert.Contains("\"***\"", text, StringComparison.Ordinal);
    }

    private static OverlordConfig Load(string yaml)
    {
        var result = ConfigLoader.Parse(yaml, "overlord.yml.sample", Variables, FreeBsdRoot);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Errors));
        return result.Config!;
    }

    /// <summary>The sample with "##" lines blanked (so line numbers still match) and the "# " of every setting removed.</summary>
    private static string Uncommented() => string.Join('\n', File.ReadAllLines(SamplePath())
        .Select(line => line.StartsWith("##", StringComparison.Ordinal) ? "" : line.StartsWith("# ", StringComparison.Ordinal) ? line[2..] : line));

    private static string SamplePath() => RepositoryLayout.PathOf("etc", "overlord.yml.sample");
}
