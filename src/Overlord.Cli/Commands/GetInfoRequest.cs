namespace Overlord.Cli.Commands;

/// <summary>The parsed options of get-info.</summary>
internal sealed record GetInfoRequest(
    string File,
    string Type,
    IReadOnlyList<string> JailItems,
    bool AllLabels,
    IReadOnlyList<string> Filters,
    bool FilterPerProject,
    bool Json)
{
    /// <summary>Select nodes by the spec's <c>autoScale.labels</c> (default <c>all</c>) instead of <c>deployIn.labels</c>.</summary>
    public bool UseAutoscaleLabels { get; init; }
}
