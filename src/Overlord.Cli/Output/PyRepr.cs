using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Overlord.Cli.Output;

/// <summary>
/// Python's <c>str()</c> and <c>repr()</c> of JSON values, as the original's get-info printed them:
/// <c>{'name': 'app', 'status': 0}</c>, <c>True</c>, <c>None</c>, <c>2.5</c>.
/// </summary>
internal static class PyRepr
{
    /// <summary><c>str(value)</c>: a string as it is, anything else as <see cref="Repr"/>.</summary>
    public static string Str(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : Repr(value);

    /// <summary><c>repr(value)</c>.</summary>
    public static string Repr(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(", ", value.EnumerateObject().Select(p => $"{Quote(p.Name)}: {Repr(p.Value)}")) + "}",
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Repr)) + "]",
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Number => Number(value.GetRawText()),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => "None",
    };

    /// <summary>A string literal as Python writes it: single quotes unless the text has one and no double quote.</summary>
    public static string Quote(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var result = new StringBuilder().Append(quote);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            result.Append(value switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when value == quote => "\\" + quote,
                _ when IsPrintable(rune) => rune.ToString(),
                < 0x100 => $"\\x{value:x2}",
                < 0x10000 => $"\\u{value:x4}",
                _ => $"\\U{value:x8}",
            });
        }

        return result.Append(quote).ToString();
    }

    /// <summary>A JSON number: an integer as written, a float as Python's shortest <c>repr</c>.</summary>
    public static string Number(string raw)
    {
        if (raw.IndexOfAny(['.', 'e', 'E']) < 0)
        {
            return raw;
        }

        var number = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return Float(number);
    }

    /// <summary><c>repr(float)</c>: fixed notation for exponents -4..15, scientific otherwise.</summary>
    public static string Float(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            return double.IsNaN(number) ? "nan" : number > 0 ? "inf" : "-inf";
        }

        var sign = number < 0 || (number == 0 && double.IsNegative(number)) ? "-" : "";
        var (digits, exponent) = Digits(Math.Abs(number));
        if (exponent is >= -4 and < 16)
        {
            if (exponent < 0)
            {
                return $"{sign}0.{new string('0', -exponent - 1)}{digits}";
            }

            var whole = digits.Length > exponent + 1 ? digits[..(exponent + 1)] : digits.PadRight(exponent + 1, '0');
            var fraction = digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0";
            return $"{sign}{whole}.{fraction}";
        }

        var mantissa = digits.Length > 1 ? $"{digits[0]}.{digits[1..]}" : digits;
        return $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
    }

    /// <summary>The shortest round-trip digits of a positive number and the exponent of its first digit.</summary>
    private static (string Digits, int Exponent) Digits(double value)
    {
        if (value == 0)
        {
            return ("0", 0);
        }

        var shortest = value.ToString("E" + (ShortestDigits(value) - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var parts = shortest.Split('E');
        var digits = parts[0].Replace(".", "", StringComparison.Ordinal).TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    private static int ShortestDigits(double value)
    {
        for (var precision = 1; precision < 17; precision++)
        {
            var text = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == value)
            {
                return precision;
            }
        }

        return 17;
    }

    private static bool IsPrintable(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
