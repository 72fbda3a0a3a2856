using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;

namespace Overlord.Core.Tests.Specs;

/// <summary>Loads spec text as <c>spec.yml</c> in a fixed folder, and checks diagnostics by their exact location.</summary>
internal static class SpecFixtures
{
    public const string Folder = "/srv/deploy";

    /// <summary>The keys every spec needs, on lines 1 to 6; the kind goes on line 7.</summary>
    public const string Header = """
        datacenters:
          main:
            entrypoint: http://127.0.0.1:8888
            access_token: secret-token
        deployIn:
          labels: [web]

        """;

    public static SpecLoadResult Load(string text, IReadOnlyDictionary<string, string>? environment = null) =>
        SpecLoader.Load(text, "spec.yml", new VariableSource(environment ?? new Dictionary<string, string>()), Folder);

    public static T LoadValid<T>(string text, IReadOnlyDictionary<string, string>? environment = null)
        where T : Spec
    {
        var result = Load(text, environment);
        Assert.True(result.Spec is not null, string.Join("\n", result.Diagnostics.Errors));
        return Assert.IsType<T>(result.Spec);
    }

    /// <summary>Asserts the load failed with an error at exactly <paramref name="location"/> (<c>spec.yml:3:5: field.path</c>) whose message contains <paramref name="text"/>.</summary>
    public static void AssertError(SpecLoadResult result, string location, string text)
    {
        Assert.Null(result.Spec);
        var prefix = location + ": ";
        var match = result.Diagnostics.Errors.Select(e => e.ToString()).FirstOrDefault(e => e.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(match is not null, $"no error at {location}; errors:\n{string.Join("\n", result.Diagnostics.Errors)}");
        Assert.Contains(text, match, StringComparison.Ordinal);
    }
}
