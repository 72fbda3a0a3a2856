using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>The arguments of one call, with the checks every builtin and method makes on them.</summary>
internal sealed class PyArguments(string function, IReadOnlyList<object?> values, Mark mark)
{
    public Mark Mark => mark;

    public int Length => values.Count;

    public object? this[int index] => PyValues.Require(values[index]);

    /// <summary>Refuses a call with fewer than <paramref name="min"/> or more than <paramref name="max"/> arguments.</summary>
    public void Count(int min, int max)
    {
        if (values.Count < min || values.Count > max)
        {
            var expected = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
            throw new TemplateException(mark, $"{function} takes {expected} argument(s), {values.Count} given");
        }
    }

    public object? Optional(int index, object? fallback = null) => index < values.Count ? this[index] : fallback;

    public string Text(int index) => this[index] is string text
        ? text
        : throw new TemplateException(mark, $"{function}: argument {index + 1} must be a str, not {PyValues.TypeName(values[index])}");

    public string? OptionalText(int index) => index < values.Count && values[index] is not null ? Text(index) : null;

    public long Int(int index) => PyValues.Int(values[index], $"{function}: argument {index + 1}", mark);
}
