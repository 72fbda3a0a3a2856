using System.Globalization;

namespace Overlord.Core.Yaml;

/// <summary>
/// Resolves plain scalars to types with the YAML 1.1 rules of PyYAML's SafeLoader, which the original
/// Overlord used: so <c>yes</c> is a boolean, <c>0755</c> an octal integer, <c>1_000</c> an integer.
/// </summary>
internal static class ScalarResolver
{
    public static ScalarKind Resolve(string value)
    {
        if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
        {
            return ScalarKind.Null;
        }

        if (ScalarSyntax.IsBoolean(value))
        {
            return ScalarKind.Boolean;
        }

        if (ScalarSyntax.IsInteger(value))
        {
            return ScalarKind.Integer;
        }

        return ScalarSyntax.IsFloat(value) ? ScalarKind.Float : ScalarKind.String;
    }

    public static bool TryParseBoolean(string value, out bool result)
    {
        result = false;
        if (!ScalarSyntax.IsBoolean(value))
        {
            return false;
        }

        result = value.ToUpperInvariant() is "YES" or "TRUE" or "ON";
        return true;
    }

    public static bool TryParseInteger(string text, out long result)
    {
        result = 0;
        if (!ScalarSyntax.IsInteger(text))
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
