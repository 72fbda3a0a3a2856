using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Printing;
using Overlord.Core.Specs.Reading;
using Overlord.Testing;

namespace Overlord.Core.Tests.Specs;

public sealed class MetadataSpecTests
{
    private const string Kind = SpecFixtures.Header + "kind: metadata\n";

    [Fact]
    public void Load_MultiLineValues_AreKeptByteIdentical()
    {
        var spec = SpecFixtures.LoadValid<MetadataSpec>(Kind + """
            metadata:
              nginx.conf: |
                server {
                    listen 80;
                    # ${NOT_SUBSTITUTED}
                }
              motd: "Welcome\n"
              banner: >-
                folded
                text
            """);

        Assert.Equal("server {\n    listen 80;\n    # ${NOT_SUBSTITUTED}\n}\n", spec.Metadata["nginx.conf"]);
        Assert.Equal("Welcome\n", spec.Metadata["motd"]);
        Assert.Equal("folded text", spec.Metadata["banner"]);
    }

    [Fact]
    public void Load_MetadataPrefix_IsAppliedToEffectiveKeys()
    {
        var spec = SpecFixtures.LoadValid<MetadataSpec>(Kind + """
            metadataPrefix: wiki
            metadata:
              php.ini: "memory_limit = 256M"
            """);

        Assert.Equal("memory_limit = 256M", spec.Metadata["php.ini"]);
        Assert.Equal(["wiki.php.ini"], spec.EffectiveMetadata().Keys);
    }

    [Fact]
    public void Load_ReadLive_IsKeptAndPrinted()
    {
        var spec = SpecFixtures.LoadValid<MetadataSpec>(Kind + "readLive: true\nmetadata:\n  feature.flags: \"on\"\n");

        Assert.True(spec.ReadLive);
        Assert.Equal(true, SpecPrinter.ToJson(spec)["readLive"]?.GetValue<bool>());
    }

    [Fact]
    public void Load_WithoutReadLive_IsFalseAndNotPrinted()
    {
        var spec = SpecFixtures.LoadValid<MetadataSpec>(Kind + "metadata:\n  feature.flags: \"on\"\n");

        Assert.False(spec.ReadLive);
        Assert.False(SpecPrinter.ToJson(spec).ContainsKey("readLive"));
    }

    [Fact]
    public void Load_ReadLiveNotABoolean_IsAnErrorNamingTheField()
    {
        var result = SpecFixtures.Load(Kind + "readLive: maybe\nmetadata:\n  feature.flags: \"on\"\n");

        Assert.Null(result.Spec);
        Assert.Contains(result.Diagnostics.Errors, error => error.ToString().Contains("readLive", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_IncludeWithoutMetadata_KeepsIncludedValues()
    {
        using var folder = new TempDirectory();
        folder.Write("conf/app.yml", "app.env: |\n  DB_HOST=${DB_HOST}\napp.port: !ENV ${APP_PORT}\n");
        folder.Write("conf/extra.yml", "app.port: \"9090\"\n");
        var spec = folder.Write("meta.yml", Kind + "include:\n  - conf/app.yml\n  - conf/extra.yml\n");
        var variables = new VariableSource(new Dictionary<string, string> { ["APP_PORT"] = "8080" });

        var result = SpecLoader.Load(spec, variables, folder.Path);

        var metadata = Assert.IsType<MetadataSpec>(result.Spec);
        Assert.Equal("DB_HOST=${DB_HOST}\n", metadata.Metadata["app.env"]);
        Assert.Equal("9090", metadata.Metadata["app.port"]);
        Assert.Equal(["conf/app.yml", "conf/extra.yml"], metadata.Include);
    }

    [Fact]
    public void Load_IncludedFileWithBadValue_NamesTheIncludedFileAndLine()
    {
        using var folder = new TempDirectory();
        folder.Write("secrets.yml", "db.user: wiki\ndb.port: 5432\n");
        var spec = folder.Write("meta.yml", Kind + "include: [secrets.yml]\n");

        var result = SpecLoader.Load(spec, VariableSource.Empty, folder.Path);

        SpecFixtures.AssertError(result, "secrets.yml:2:10: db.port", "expected the value as text, got the integer 5432; quote it");
    }

    [Fact]
    public void Load_IncludedFileWithUnsetVariable_WarnsWithTheIncludedFile()
    {
        using var folder = new TempDirectory();
        folder.Write("env.yml", "db.password: !ENV ${DB_PASSWORD}\n");
        var spec = folder.Write("meta.yml", Kind + "include: [env.yml]\n");

        var result = SpecLoader.Load(spec, VariableSource.Empty, folder.Path);

        Assert.NotNull(result.Spec);
        var warning = Assert.Single(result.Diagnostics.Warnings);
        Assert.Equal("env.yml:1:14: the variable 'DB_PASSWORD' is not set; it becomes an empty string", warning.ToString());
    }

    [Fact]
    public void Load_MissingIncludedFile_IsReportedAtTheIncludeItem()
    {
        using var folder = new TempDirectory();
        var spec = folder.Write("meta.yml", Kind + "include:\n  - missing.yml\n");

        var result = SpecLoader.Load(spec, VariableSource.Empty, folder.Path);

        SpecFixtures.AssertError(result, $"{spec}:9:5: include[0]", "cannot read 'missing.yml'");
    }

    [Fact]
    public void Load_IncludedFileThatIsAList_IsRefused()
    {
        using var folder = new TempDirectory();
        folder.Write("list.yml", "- a\n- b\n");
        var spec = folder.Write("meta.yml", Kind + "include: [list.yml]\n");

        var result = SpecLoader.Load(spec, VariableSource.Empty, folder.Path);

        SpecFixtures.AssertError(result, "list.yml:1:1", "an included file holds a mapping of metadata keys to text values, got a list");
    }

    [Fact]
    public void Load_ValueOverOneMebibyte_NamesKeyAndBothSizes()
    {
        var big = new string('x', MetadataSpec.MaxValueBytes + 1);

        var result = SpecFixtures.Load(Kind + "metadata:\n  blob: " + big + "\n");

        SpecFixtures.AssertError(result, "spec.yml:9:9: metadata.blob", "the value has 1048577 bytes; at most 1048576 bytes");
    }

    [Fact]
    public void Load_ValueOfExactlyOneMebibyte_IsAccepted()
    {
        var spec = SpecFixtures.LoadValid<MetadataSpec>(Kind + "metadata:\n  blob: " + new string('x', MetadataSpec.MaxValueBytes) + "\n");

        Assert.Equal(MetadataSpec.MaxValueBytes, spec.Metadata["blob"].Length);
    }

    [Theory]
    [InlineData("metadata:\n  1st: a", "spec.yml:9:3: metadata.1st", "'1st' is not a valid metadata key")]
    [InlineData("metadata:\n  a..b: a", "spec.yml:9:3: metadata.a..b", "is not a valid metadata key")]
    [InlineData("metadata:\n  port: 80", "spec.yml:9:9: metadata.port", "got the integer 80; quote it")]
    [InlineData("metadata:\n  empty:", "spec.yml:9:9: metadata.empty", "got nothing (null)")]
    [InlineData("metadataPrefix: 2x\nmetadata: {}", "spec.yml:8:17: metadataPrefix", "is not valid")]
    [InlineData("maximumDeployments: 1", "spec.yml:1:1: metadata", "a metadata spec needs metadata, include or namespace")]
    [InlineData("include: []", "spec.yml:8:10: include", "the list is empty")]
    public void Load_InvalidMetadata_IsRefusedWithLocation(string body, string location, string message)
    {
        var result = SpecFixtures.Load(Kind + body + "\n");

        SpecFixtures.AssertError(result, location, message);
    }
}
