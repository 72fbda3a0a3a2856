using System.Text.Json;

namespace Overlord.Client.Contract;

/// <summary>The note lines of one commit, each the JSON object the agent wrote.</summary>
public sealed record CommitNotesView(string Commit, IReadOnlyList<JsonElement> Lines);
