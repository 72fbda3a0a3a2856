using System.Globalization;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Nodes;

/// <summary>
/// Issue 12.2: a forwarded request that is retried tells the child, on each attempt, only the time still left,
/// as the client's own calls do; the retry does not start the caller's budget over.
/// </summary>
public sealed class ChainForwardDeadlineTests
{
    [Fact]
    public async Task A_retried_forward_sends_a_shorter_deadline_on_the_second_attempt()
    {
        await using var child = await FlakyChild.StartAsync(failures: 1);

        // Long read timeouts so the caller's deadline, not the attempt limit, is what the header carries; a
        // backoff so some of that deadline is surely spent before the second attempt.
        await using var root = await RunningNode.StartAsync(new NodeSpec
        {
            Chains = [new ChainSpec("flaky", child.Address, "token", "read_timeout: 60\nwrite_timeout: 60\nretry: {total: 1, backoff_factor: 0.2, backoff_jitter: 0}\n")],
        });

        var response = await root.SendAsync(HttpMethod.Get, "/v1/chain/flaky/ping", headers: new Dictionary<string, string>
        {
            ["Authentication"] = "Bearer " + root.Token,
            ["X-Overlord-Deadline"] = "20000",
        });

        Assert.Equal((200, "pong"), (response.Status, response.Message));
        var deadlines = child.Deadlines.Select(header => long.Parse(header!, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, deadlines.Count);
        Assert.InRange(deadlines[0], 1, 18000);
        Assert.True(deadlines[1] < deadlines[0], $"the second attempt's deadline ({deadlines[1]} ms) is not shorter than the first's ({deadlines[0]} ms)");
    }
}
