namespace Overlord.Server.Autoscale;

/// <summary>One value of HAProxy's stats: a number, a string, or nothing (null in the JSON).</summary>
internal sealed record HaproxyValue(double? Number, string? Text)
{
    public static HaproxyValue Null { get; } = new(null, null);

    public static HaproxyValue Of(double number) => new(number, null);

    public static HaproxyValue Of(string text) => new(null, text);

    public override string ToString() => Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Text ?? "null";
}
