using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>A commit status as Gitea's REST API lists and takes it; the id is only read.</summary>
public sealed record GiteaCommitStatus(string? State, string? Description, string? Context)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public long Id { get; init; }
}
