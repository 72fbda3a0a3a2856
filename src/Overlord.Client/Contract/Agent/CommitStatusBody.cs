using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>A commit status as GitHub's and Gitea's REST APIs list and take it (the same fields); the id is only read.</summary>
public sealed record CommitStatusBody(string? State, string? Description, string? Context)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public long Id { get; init; }
}
