namespace Overlord.Cli.Commands;

/// <summary>The parsed options of get-info.</summary>
internal sealed record GetInfoRequest(
    string File,
    string Type,
    IReadOnlyList<string> JailItems,
    bool AllLabels,
    IReadOnlyList<string> Filters,
    bool FilterPerProject,
    bool Json);
