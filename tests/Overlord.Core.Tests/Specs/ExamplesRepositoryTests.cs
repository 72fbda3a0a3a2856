using Overlord.Core.Environment;
using Overlord.Core.Specs.Reading;
using Overlord.Testing;

namespace Overlord.Core.Tests.Specs;

/// <summary>examples-repo/ is what the demo and the agent tests push from: every spec in it must load.</summary>
public sealed class ExamplesRepositoryTests
{
    public static TheoryData<string> SpecFiles() => new(
        Directory.EnumerateFiles(RepositoryLayout.PathOf("examples-repo"), "*.yml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryLayout.PathOf("examples-repo"), path)));

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void Every_example_spec_loads_without_errors(string relativePath)
    {
        var root = RepositoryLayout.PathOf("examples-repo");
        var variables = new VariableSource(
            new Dictionary<string, string> { ["OVERLORD_ENTRYPOINT"] = "http://127.0.0.1:8888", ["OVERLORD_TOKEN"] = "token" }).WithEnvFile(EnvFile.Read(Path.Combine(root, ".env")));

        var result = SpecLoader.Load(Path.Combine(root, relativePath), variables, root);

        Assert.False(result.Diagnostics.HasErrors, string.Join('\n', result.Diagnostics.Errors));
        Assert.Empty(result.Diagnostics.Warnings);
    }
}
