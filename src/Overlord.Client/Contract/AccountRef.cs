using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// An owner or group in a namespace mapping: a numeric id or a name. They travel differently (a number or a
/// string) and the node resolves them differently, so the distinction is kept.
/// </summary>
[JsonConverter(typeof(AccountRefConverter))]
public sealed record AccountRef
{
    private AccountRef(int? id, string? name)
    {
        Id = id;
        Name = name;
    }

    public int? Id { get; }

    public string? Name { get; }

    public static AccountRef FromId(int id) => new(id, null);

    public static AccountRef FromName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new AccountRef(null, name);
    }

    /// <inheritdoc />
    public override string ToString() => Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Name!;
}
