namespace Overlord.Client.Contract;

/// <summary>The body of <c>POST /v1/agent/sync</c>; every field is optional.</summary>
public sealed record SyncRequestBody
{
    public string? Revision { get; init; }

    public bool DryRun { get; init; }

    public bool Prune { get; init; }

    public bool AllowMassPrune { get; init; }

    public bool Wait { get; init; }
}
