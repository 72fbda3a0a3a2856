using System.Text;

namespace Overlord.Core.Environment;

/// <summary>
/// python-dotenv's variable expansion (variables.py): <c>${NAME}</c> and <c>${NAME:-default}</c>, where the name is
/// any text without <c>}</c> or <c>:</c> (even empty) and the default runs to the first <c>}</c>. <c>$NAME</c>,
/// <c>${NAME:default}</c> and <c>${NAME:}</c> stay as written; nothing is expanded twice.
/// </summary>
internal static class DotEnvInterpolation
{
    /// <param name="value">A value as the parser decoded it.</param>
    /// <param name="lookup">A variable's value, or null when it is not defined (then the default, else "", is used).</param>
    public static string Expand(string value, Func<string, string?> lookup)
    {
        var builder = new StringBuilder(value.Length);
        var copied = 0;
        var index = value.IndexOf("${", StringComparison.Ordinal);
        while (index >= 0)
        {
            var nameStart = index + 2;
            var nameEnd = value.IndexOfAny(['}', ':'], nameStart);
            if (nameEnd < 0)
            {
                // No '}' or ':' is left, so no later "${" can close either.
                break;
            }

            var resume = nameEnd;
            if (value[nameEnd] == '}')
            {
                Append(builder, value, copied, index, lookup(value[nameStart..nameEnd]) ?? "");
                copied = resume = nameEnd + 1;
            }
            else if (nameEnd + 1 < value.Length && value[nameEnd + 1] == '-')
            {
                var close = value.IndexOf('}', nameEnd + 2);
                if (close < 0)
                {
                    break;
                }

                var fallback = value[(nameEnd + 2)..close];
                Append(builder, value, copied, index, lookup(value[nameStart..nameEnd]) ?? fallback);
                copied = resume = close + 1;
            }

            // A failed "${" fails the same way for every start before its ':' (they scan to the same ':'),
            // so the search resumes there: each character is looked at a bounded number of times.
            index = value.IndexOf("${", resume, StringComparison.Ordinal);
        }

        builder.Append(value, copied, value.Length - copied);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string value, int copied, int start, string replacement)
    {
        builder.Append(value, copied, start - copied);
        builder.Append(replacement);
    }
}
