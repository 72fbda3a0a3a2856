using System.CommandLine.Parsing;

namespace Overlord.Cli;

/// <summary>
/// A command-line error in a user's words. System.CommandLine names the .NET type a value failed to convert
/// to (<c>System.Nullable`1[System.Int32]</c>); this names the kind of value instead (issue 10).
/// </summary>
internal static class ParseErrorText
{
    public static string Describe(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (name, type, tokens) = error.SymbolResult switch
        {
            OptionResult option => (option.Option.Name, option.Option.ValueType, option.Tokens),
            ArgumentResult argument => (argument.Argument.Name, argument.Argument.ValueType, argument.Tokens),
            _ => (null, null, null),
        };

        // The conversion error is the one that names the type; found by the type, it does not depend on the wording's language.
        if (name is null || type is null || tokens is not { Count: > 0 } || !error.Message.Contains(type.ToString(), StringComparison.Ordinal))
        {
            return error.Message;
        }

        var value = tokens.Select(token => token.Value).FirstOrDefault(value => error.Message.Contains($"'{value}'", StringComparison.Ordinal)) ?? tokens[^1].Value;
        return $"{name}: '{value}' is not {Kind(Nullable.GetUnderlyingType(type) ?? type)}";
    }

    private static string Kind(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(uint) || type == typeof(ulong) ? "a whole number"
        : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? "a number"
        : type == typeof(bool) ? "true or false"
        : type == typeof(TimeSpan) ? "a duration"
        : "a valid value";
}
