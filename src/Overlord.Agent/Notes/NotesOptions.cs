namespace Overlord.Agent.Notes;

/// <summary>Where the agent writes its notes and how hard it tries to push them.</summary>
public sealed record NotesOptions
{
    public const string DefaultRef = "refs/notes/overlord";

    /// <summary>A notes ref name as <c>git notes --ref</c> takes it (<c>overlord</c>, <c>notes/overlord</c>, <c>refs/notes/overlord</c>).</summary>
    public string Ref { get; init; } = DefaultRef;

    public int MaxPushAttempts { get; init; } = 10;

    /// <summary>The wait before the second attempt; it doubles on each further one, with jitter.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(50);
}
