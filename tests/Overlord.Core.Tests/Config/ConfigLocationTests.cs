using Overlord.Core.Config;
using Overlord.Testing;

namespace Overlord.Core.Tests.Config;

/// <summary>Finding the file: <c>$OVERLORD_CONFIG</c>, else <c>./.overlord.yml</c>, else defaults.</summary>
public sealed class ConfigLocationTests
{
    [Fact]
    public void Locate_VariableSet_NamesThatFileEvenWhenMissing()
    {
        using var folder = new TempDirectory();
        folder.Write(".overlord.yml", "port: 1\n");

        var location = ConfigLoader.Locate(ConfigTesting.Variables(("OVERLORD_CONFIG", "/etc/nowhere.yml")), folder.Path);

        Assert.Equal(new ConfigLocation("/etc/nowhere.yml", ConfigSource.Variable), location);
    }

    [Fact]
    public void Locate_RelativeVariable_IsResolvedAgainstTheWorkingDirectory()
    {
        using var folder = new TempDirectory();

        var location = ConfigLoader.Locate(ConfigTesting.Variables(("OVERLORD_CONFIG", "conf/o.yml")), folder.Path);

        Assert.Equal(Path.Combine(folder.Path, "conf", "o.yml"), location.Path);
    }

    [Fact]
    public void Locate_NoVariable_FindsTheFileInTheWorkingDirectory()
    {
        using var folder = new TempDirectory();
        var file = folder.Write(".overlord.yml", "port: 1\n");

        var location = ConfigLoader.Locate(ConfigTesting.Variables(), folder.Path);

        Assert.Equal(new ConfigLocation(file, ConfigSource.WorkingDirectory), location);
    }

    [Fact]
    public void Locate_NoVariableAndNoFile_IsNone()
    {
        using var folder = new TempDirectory();

        Assert.Equal(ConfigLocation.None, ConfigLoader.Locate(ConfigTesting.Variables(), folder.Path));
    }

    [Fact]
    public void Load_NoneLocation_GivesTheDefaults()
    {
        var result = ConfigLoader.Load(ConfigLocation.None, ConfigTesting.Variables(), ConfigTesting.Host);

        Assert.True(result.Succeeded);
        Assert.Equal(8888, result.Config!.Port);
    }

    [Fact]
    public void Load_MissingFile_IsReportedAsMissing()
    {
        using var folder = new TempDirectory();

        var result = ConfigLoader.Load(Path.Combine(folder.Path, "absent.yml"), ConfigTesting.Variables(), ConfigTesting.Host);

        Assert.True(result.FileMissing);
        Assert.Null(result.Config);
    }

    [Fact]
    public void Load_FileOnDisk_NamesItInEveryError()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("o.yml", "port: 1\nport2: 3\n");

        var result = ConfigLoader.Load(file, ConfigTesting.Variables(), ConfigTesting.Host);

        Assert.False(result.FileMissing);
        Assert.StartsWith($"{file}:2:1: port2: unknown key", Assert.Single(result.Diagnostics.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlSyntaxError_IsRefusedWithItsPosition()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("o.yml", "port: 1\nlabels: [a\n");

        var result = ConfigLoader.Load(file, ConfigTesting.Variables(), ConfigTesting.Host);

        Assert.Null(result.Config);
        Assert.Contains("YAML syntax error", Assert.Single(result.Diagnostics.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnsetVariable_IsAWarningAndThenAnEmptyValueError()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("o.yml", "secret_key: !ENV ${MISSING_KEY}\n");

        var result = ConfigLoader.Load(file, ConfigTesting.Variables(), ConfigTesting.Host);

        Assert.Contains("'MISSING_KEY' is not set", Assert.Single(result.Diagnostics.Warnings).Message, StringComparison.Ordinal);
        Assert.Equal("secret_key", Assert.Single(result.Diagnostics.Errors).Path);
    }
}
