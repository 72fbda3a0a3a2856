using System.Text.Json.Nodes;

namespace Overlord.Core.Specs;

/// <summary>
/// <c>cloud-init</c>: NoCloud seed data. The three documents are free-form mappings, kept as JSON
/// trees; treat them as read-only (the printer copies them).
/// </summary>
public sealed record CloudInitSpec
{
    /// <summary>makefs flags; the node's default is <c>-t cd9660 -o R,L=cidata</c>.</summary>
    public string? Flags { get; init; }

    public JsonObject? MetaData { get; init; }

    public JsonObject? UserData { get; init; }

    public JsonObject? NetworkConfig { get; init; }
}
