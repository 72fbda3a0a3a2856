using Overlord.Agent.Notes;
using Overlord.Client.Contract;

namespace Overlord.Agent.Tests.Notes;

public sealed class NoteLineSerializerTests
{
    private static readonly NoteLine Result = new()
    {
        Timestamp = new DateTimeOffset(2026, 9, 1, 14, 0, 3, TimeSpan.FromHours(2)),
        Agent = "root-1",
        Spec = "web/app.yml",
        Kind = "directorProject",
        Project = "app",
        Chain = "main.alpha",
        Action = "up",
        JobId = 12,
        State = "DONE",
        Trigger = "webhook:72d3162e-cc78-11e3-81ab-4c9367dc0958",
    };

    [Fact]
    public void Serialize_ResultLine_WritesTheReferenceFormatWithUtcTimestampFirst()
    {
        var line = NoteLineSerializer.Serialize(Result);

        Assert.Equal(
            "{\"ts\":\"2026-09-01T12:00:03Z\",\"agent\":\"root-1\",\"spec\":\"web/app.yml\",\"kind\":\"directorProject\",\"project\":\"app\","
            + "\"chain\":\"main.alpha\",\"action\":\"up\",\"job_id\":12,\"state\":\"DONE\",\"error\":null,\"trigger\":\"webhook:72d3162e-cc78-11e3-81ab-4c9367dc0958\"}",
            line);
    }

    [Fact]
    public void Serialize_ErrorWithUrlCredentials_MasksThePassword()
    {
        var line = NoteLineSerializer.Serialize(Result with { Error = "fetch https://deploy:ghp_secret@git.example/repo.git\nfailed" });

        Assert.DoesNotContain("ghp_secret", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
        Assert.Contains("https://deploy:***@git.example/repo.git", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseResult_SerializedLine_RoundTrips()
    {
        var parsed = NoteLineSerializer.TryParseResult(NoteLineSerializer.Serialize(Result));

        Assert.Equal(Result with { Timestamp = Result.Timestamp.ToUniversalTime() }, parsed);
    }

    [Fact]
    public void ParseSummary_SerializedSummary_RoundTripsAndIsNoResult()
    {
        var summary = new SummaryNoteLine
        {
            Timestamp = DateTimeOffset.Parse("2026-09-01T12:00:05Z"),
            Agent = "root-1",
            Trigger = "webhook:abc",
            DeliveryId = "abc",
            Start = DateTimeOffset.Parse("2026-09-01T12:00:00Z"),
            End = DateTimeOffset.Parse("2026-09-01T12:00:05Z"),
            State = "DONE",
        };
        var line = NoteLineSerializer.Serialize(summary);

        Assert.StartsWith("{\"ts\":\"2026-09-01T12:00:05Z\",\"agent\":\"root-1\",\"kind\":\"summary\"", line, StringComparison.Ordinal);
        Assert.Equal(summary, NoteLineSerializer.TryParseSummary(line));
        Assert.Null(NoteLineSerializer.TryParseResult(line));
    }

    [Theory]
    [InlineData("deployed by hand")]
    [InlineData("[1,2]")]
    [InlineData("{\"ts\":\"not a time\",\"kind\":\"summary\"}")]
    public void TryParse_LineNotWrittenByTheAgent_ReturnsNull(string line)
    {
        Assert.Null(NoteLineSerializer.TryParseResult(line));
        Assert.Null(NoteLineSerializer.TryParseSummary(line));
    }

    [Fact]
    public void Serialize_LinesOfDifferentTimes_SortAsTextInTimeOrder()
    {
        var later = NoteLineSerializer.Serialize(Result with { Timestamp = Result.Timestamp.AddSeconds(1), Agent = "a" });
        var earlier = NoteLineSerializer.Serialize(Result with { Agent = "z" });

        Assert.Equal([earlier, later], new[] { later, earlier }.Order(StringComparer.Ordinal));
    }
}
