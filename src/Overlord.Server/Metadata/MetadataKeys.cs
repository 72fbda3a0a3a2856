using Overlord.Core.Names;

namespace Overlord.Server.Metadata;

/// <summary>The original's metadata key and namespace name grammar (reference section 2.1).</summary>
internal static class MetadataKeys
{
    public static bool IsValid(string key) => key.Length <= 255 && NameRules.MetadataKey.IsMatch(key);
}
