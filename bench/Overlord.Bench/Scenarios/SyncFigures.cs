using Overlord.Bench.Measuring;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// An agent over a repository of <see cref="Specs"/> specs: its first sync, syncs of one changed spec, polls with nothing
/// new, its memory right after them and once it rested (<see cref="RestingBytes"/>).
/// </summary>
public sealed record SyncFigures(int Specs, TimeSpan FirstSync, Samples ChangeSyncs, Samples Polls, long ResidentBytes, long RestingBytes);
