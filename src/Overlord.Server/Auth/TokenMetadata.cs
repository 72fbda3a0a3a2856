namespace Overlord.Server.Auth;

/// <summary>gen-token's <c>--metadata k[=v]</c> pairs as the token's <c>metadata</c> claim.</summary>
public static class TokenMetadata
{
    /// <summary>Splits at the first <c>=</c>; a missing value is <c>""</c>; a blank key is skipped; a later key wins.</summary>
    public static IReadOnlyDictionary<string, string> FromPairs(IEnumerable<string> pairs)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var key = separator < 0 ? pair : pair[..separator];
            var value = separator < 0 ? "" : pair[(separator + 1)..];
            if (string.IsNullOrWhiteSpace(key))
            {
                continue;
            }

            metadata[key] = value;
        }

        return metadata;
    }
}
