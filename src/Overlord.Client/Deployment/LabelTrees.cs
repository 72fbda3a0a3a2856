using System.Collections.Concurrent;
using Overlord.Client.Contract;

namespace Overlord.Client.Deployment;

/// <summary>
/// The labels tree of each entry point, asked once and shared by every deployer given this instance: the GitOps agent
/// keeps one per sync (a chain's labels do not change within one sync), so each spec it sends costs its writes only.
/// Only answers that succeeded are kept; a failed one is asked again by the next caller.
/// </summary>
public sealed class LabelTrees
{
    private readonly ConcurrentDictionary<(string Datacenter, string? Chain), Lazy<Task<ApiResult<TreeResponse>>>> _answers = new();

    /// <summary>The kept answer for the entry point, or the one <paramref name="ask"/> gives (callers at the same time share it).</summary>
    public async Task<ApiResult<TreeResponse>> GetAsync(string datacenter, string? chain, Func<Task<ApiResult<TreeResponse>>> ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var key = (datacenter, chain);
        var entry = _answers.GetOrAdd(key, _ => new Lazy<Task<ApiResult<TreeResponse>>>(ask));
        try
        {
            var answer = await entry.Value;
            if (!answer.IsSuccess)
            {
                _answers.TryRemove(KeyValuePair.Create(key, entry));
            }

            return answer;
        }
        catch
        {
            _answers.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }
}
