using Overlord.Core.Specs;
using Overlord.Core.Specs.Printing;

namespace Overlord.Core.Tests.Specs;

public sealed class SpecPrinterTests
{
    private const string Project = SpecFixtures.Header + """
        kind: directorProject
        projectName: nginx
        projectFile: |
          services:
            nginx:
              makejail: gh+AppJail-makejails/nginx
              environment:
                - PORT: !ENV '${PORT}'
        environment:
          MODE: "0755"
          FLAG: yes
          REF: '${NOT_A_VARIABLE}'
        autoScale:
          rules:
            memoryuse: 1G

        """;

    [Fact]
    public void ToJson_Project_FillsEveryDefault()
    {
        var json = SpecPrinter.ToJson(SpecFixtures.LoadValid<DirectorProjectSpec>(Project));

        Assert.Equal(0, (long?)json["maximumDeployments"]);
        Assert.Equal("[\"main\"]", json["deployIn"]!["entrypoints"]!.ToJsonString());
        Assert.Equal("[]", json["deployIn"]!["exclude"]!.ToJsonString());
        Assert.Equal(120, (long?)json["datacenters"]!["main"]!["read_timeout"]);
        Assert.Equal(1, (long?)json["autoScale"]!["replicas"]!["min"]);
        Assert.Equal("any-jail", (string?)json["autoScale"]!["type"]);
        Assert.Equal("[\"all\"]", json["autoScale"]!["labels"]!.ToJsonString());
        Assert.Equal(1L << 30, (long?)json["autoScale"]!["rules"]!["memoryuse"]);
        Assert.Equal("{}", json["reserve_port"]!.ToJsonString());
        Assert.False(json.ContainsKey("projectFromMetadata"));
    }

    [Fact]
    public void ToJson_AccessToken_IsMaskedUnlessRevealed()
    {
        var spec = SpecFixtures.LoadValid<DirectorProjectSpec>(Project);

        Assert.Equal("***", (string?)SpecPrinter.ToJson(spec)["datacenters"]!["main"]!["access_token"]);
        Assert.Equal("secret-token", (string?)SpecPrinter.ToJson(spec, revealSecrets: true)["datacenters"]!["main"]!["access_token"]);
    }

    [Fact]
    public void Format_Yaml_WritesMultiLineTextAsLiteralBlockAndQuotesAmbiguousText()
    {
        var yaml = SpecPrinter.Format(SpecFixtures.LoadValid<DirectorProjectSpec>(Project), SpecOutputFormat.Yaml);

        Assert.Contains("projectFile: |\n  services:\n    nginx:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      - PORT: !ENV '${PORT}'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  MODE: \"0755\"\n  FLAG: \"yes\"\n  REF: \"${NOT_A_VARIABLE}\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Json_UsesFourSpacesAndLeavesAngleBracketsReadable()
    {
        var spec = SpecFixtures.LoadValid<DirectorProjectSpec>(Project + "chainsEnvironment:\n  <root>: {A: b}\n");

        var json = SpecPrinter.Format(spec, SpecOutputFormat.Json);

        Assert.Contains("\n    \"chainsEnvironment\": {\n        \"<root>\": {\n            \"A\": \"b\"\n", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SpecOutputFormat.Yaml)]
    [InlineData(SpecOutputFormat.Json)]
    public void Format_ReloadedOutput_PrintsTheSame(SpecOutputFormat format)
    {
        foreach (var text in new[] { Project, SpecTexts.Metadata, SpecTexts.Vm })
        {
            var first = SpecPrinter.Format(SpecFixtures.Load(text).Spec!, format, revealSecrets: true);

            var reloaded = SpecFixtures.Load(first);
            Assert.True(reloaded.Spec is not null, first + string.Join("\n", reloaded.Diagnostics.Errors));
            var second = SpecPrinter.Format(reloaded.Spec, format, revealSecrets: true);

            Assert.Equal(first, second);
        }
    }

    [Fact]
    public void ToJson_Metadata_ShowsStoredKeysWithPrefixAndNamespaceFiles()
    {
        var json = SpecPrinter.ToJson(SpecFixtures.LoadValid<MetadataSpec>(SpecTexts.Metadata));

        Assert.Equal("server {\n    listen 80;\n}\n", (string?)json["metadata"]!["web.nginx.conf"]);
        Assert.Equal("[\"web.nginx.conf\",\"usr/local/etc/nginx/nginx.conf\"]", json["namespace"]!["mapping"]![0]!["file"]!.ToJsonString());
        Assert.Equal(0, (long?)json["namespace"]!["mapping"]![0]!["owner"]);
        Assert.Equal(420, (long?)json["namespace"]!["mapping"]![0]!["mode"]);
        Assert.False(json.ContainsKey("metadataPrefix"));
    }

    [Fact]
    public void ToJson_Vm_FillsVmDefaults()
    {
        var json = SpecPrinter.ToJson(SpecFixtures.LoadValid<VmJailSpec>(SpecTexts.Vm));

        Assert.Equal(false, (bool?)json["overwrite"]);
        Assert.Equal(false, (bool?)json["poweroff"]);
        Assert.Equal(DiskSourceSpec.DefaultDownloadUrl, (string?)json["diskLayout"]!["from"]!["downloadURL"]);
        Assert.Equal("[\"vm.keys\"]", json["metadata"]!.ToJsonString());
        Assert.Equal("{\"nat\":null}", json["options"]![0]!.ToJsonString());
        Assert.Equal(true, (bool?)json["cloud-init"]!["user-data"]!["package_update"]);
        Assert.Equal("[]", json["build-arguments"]!.ToJsonString());
    }

    [Fact]
    public void ToJson_ReadOnlyAndAppConfig_PrintTheirKeys()
    {
        var app = SpecPrinter.ToJson(SpecFixtures.LoadValid<AppConfigSpec>(SpecFixtures.Header + "kind: appConfig\nappName: blog\nappFrom: tpl\n"));
        var readOnly = SpecPrinter.ToJson(SpecFixtures.LoadValid<ReadOnlySpec>(SpecFixtures.Header + "kind: readOnly\n"));

        Assert.Equal("{}", app["appConfig"]!.ToJsonString());
        Assert.Equal(["kind", "datacenters", "deployIn", "maximumDeployments"], readOnly.Select(p => p.Key));
    }
}
