using Overlord.Client.Contract;

namespace Overlord.Server.Metadata;

/// <summary>
/// One item of a <see cref="NamespacePlan"/>: its place in the mapping (for messages), its path relative to the
/// namespace (<c>.</c> for the namespace itself), and for a file the metadata value it holds.
/// </summary>
internal sealed record NamespaceStep(int Index, NamespaceMappingItem Item, string RelativePath, string? Content);
