namespace Overlord.Agent.Notes;

/// <summary>Whether a refused push or fetch lost a race with another writer, so fetch, merge and retry can fix it.</summary>
public static class PushRejection
{
    // The messages Argo CD retries on, plus git's own wording for a non-fast-forward push.
    private static readonly string[] RaceMarkers =
    [
        "non-fast-forward",
        "fetch first",
        "cannot lock ref",
        "incorrect old value",
        "failed to update ref",
        "reference already exists",
    ];

    public static bool IsRace(string standardError) =>
        RaceMarkers.Any(marker => standardError.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
