using System.Text.Json;
using Octokit.Internal;
using Overlord.Client.Contract;

namespace Overlord.Agent.Statuses;

/// <summary>
/// Octokit's serializer for the commit-status calls: the bodies are our contract's <see cref="CommitStatusBody"/>,
/// read and written through the generated context. Octokit's own serializer maps JSON onto its models by
/// reflection, which the native build cannot do for all of them (its value-type wrappers such as
/// <c>StringEnum&lt;CommitState&gt;</c> have no constructor there), and a status read or written would fail.
/// </summary>
internal sealed class GitHubStatusJson : IJsonSerializer
{
    public string Serialize(object item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return JsonSerializer.Serialize(item, OverlordJson.Escaped.GetTypeInfo(item.GetType()));
    }

    public T Deserialize<T>(string json) => JsonSerializer.Deserialize(json, OverlordJson.Escaped.TypeInfo<T>())!;
}
