using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Server.Integrations;

namespace Overlord.Server.Tests.Integrations;

public sealed class SpecialLabelsOutcomeTests
{
    [Fact]
    public void StoredReport_ReadsBackAsTheSameOutcome()
    {
        var outcome = new SpecialLabelsOutcome(false, null,
        [
            KeyValuePair.Create(IntegrationNames.LoadBalancer, (IReadOnlyList<KeyValuePair<string, IntegrationOutcome>>)
                [KeyValuePair.Create("web", IntegrationOutcome.Failed("down")), KeyValuePair.Create("db", IntegrationOutcome.Done("ok"))]),
            KeyValuePair.Create(IntegrationNames.SkyDns, (IReadOnlyList<KeyValuePair<string, IntegrationOutcome>>)
                [KeyValuePair.Create("web", IntegrationOutcome.Done("added"))]),
        ]);

        var stored = JsonSerializer.Serialize(outcome.ToReport(), OverlordJson.Options);
        var read = SpecialLabelsOutcome.FromReport(JsonSerializer.Deserialize<SpecialLabelsReport>(stored, OverlordJson.Options)!);

        Assert.Equal(stored, JsonSerializer.Serialize(read.ToReport(), OverlordJson.Options));
        Assert.True(read.Failed);
        Assert.Equal([IntegrationNames.LoadBalancer, IntegrationNames.SkyDns], read.Integrations.Select(pair => pair.Key));
        Assert.Equal(["web", "db"], read.Integrations[0].Value.Select(pair => pair.Key));
    }

    [Fact]
    public void StoredFailure_ReadsBackAsAFailure()
    {
        var read = SpecialLabelsOutcome.FromReport(
            JsonSerializer.Deserialize<SpecialLabelsReport>("""{"error":true,"message":"no description"}""", OverlordJson.Options)!);

        Assert.Equal((true, "no description"), (read.Error, read.Message));
        Assert.Empty(read.Integrations);
    }
}
