using Overlord.Core.Validation;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads the keys of an <c>appConfig</c> spec. The template itself is rendered at apply time.</summary>
internal static class AppConfigReader
{
    public static AppConfigSpec Read(MappingReader root) => new()
    {
        AppName = root.Text("appName", required: true) ?? "",
        AppFrom = root.Matching("appFrom", SpecPatterns.MetadataKey(), SpecPatterns.MetadataKeyRule, required: true) ?? "",
        AppConfig = SpecValues.StringMap(root, "appConfig") ?? [],
    };
}
