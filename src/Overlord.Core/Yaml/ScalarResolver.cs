using System.Globalization;
using System.Text.RegularExpressions;

namespace Overlord.Core.Yaml;

/// <summary>
/// Resolves plain scalars to types with the YAML 1.1 rules of PyYAML's SafeLoader, which the original
/// Overlord used: so <c>yes</c> is a boolean, <c>0755</c> an octal integer, <c>1_000</c> an integer.
/// </summary>
internal static partial class ScalarResolver
{
    [GeneratedRegex("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$", RegexOptions.NonBacktracking)]
    private static partial Regex BooleanPattern();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$", RegexOptions.NonBacktracking)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.NonBacktracking)]
    private static partial Regex FloatPattern();

    public static ScalarKind Resolve(string value)
    {
        if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
        {
            return ScalarKind.Null;
        }

        if (BooleanPattern().IsMatch(value))
        {
            return ScalarKind.Boolean;
        }

        if (IntegerPattern().IsMatch(value))
        {
            return ScalarKind.Integer;
        }

        return FloatPattern().IsMatch(value) ? ScalarKind.Float : ScalarKind.String;
    }

    public static bool TryParseBoolean(string value, out bool result)
    {
        result = false;
        if (!BooleanPattern().IsMatch(value))
        {
            return false;
        }

        result = value.ToUpperInvariant() is "YES" or "TRUE" or "ON";
        return true;
    }

    public static bool TryParseInteger(string text, out long result)
    {
        result = 0;
        if (!IntegerPattern().IsMatch(text))
        {
            return false;
        }

        var value = text.Replace("_", "", StringComparison.Ordinal);
        var sign = 1L;
        if (value[0] is '-' or '+')
        {
            sign = value[0] == '-' ? -1 : 1;
            value = value[1..];
        }

        try
        {
            if (value.Contains(':', StringComparison.Ordinal))
            {
                long total = 0;
                foreach (var part in value.Split(':'))
                {
                    total = checked((total * 60) + long.Parse(part, CultureInfo.InvariantCulture));
                }

                result = sign * total;
            }
            else if (value.StartsWith("0b", StringComparison.Ordinal))
            {
                result = sign * Convert.ToInt64(value[2..], 2);
            }
            else if (value.StartsWith("0x", StringComparison.Ordinal))
            {
                result = sign * Convert.ToInt64(value[2..], 16);
            }
            else if (value.Length > 1 && value[0] == '0')
            {
                result = sign * Convert.ToInt64(value[1..], 8);
            }
            else
            {
                result = sign * long.Parse(value, CultureInfo.InvariantCulture);
            }

            return true;
        }
        catch (Exception e) when (e is OverflowException or FormatException or ArgumentException)
        {
            return false;
        }
    }

    public static bool TryParseFloat(string text, out double result)
    {
        var value = text.Replace("_", "", StringComparison.Ordinal);
        switch (value.ToUpperInvariant())
        {
            case ".INF" or "+.INF":
                result = double.PositiveInfinity;
                return true;
            case "-.INF":
                result = double.NegativeInfinity;
                return true;
            case ".NAN":
                result = double.NaN;
                return true;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }
}
