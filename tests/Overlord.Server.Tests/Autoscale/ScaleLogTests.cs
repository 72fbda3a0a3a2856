using System.Text.Json;
using Overlord.Client;
using Overlord.Client.Contract;
using Overlord.Server.Autoscale;

namespace Overlord.Server.Tests.Autoscale;

/// <summary>
/// The autoscale log's entries byte for byte: the original's key order, and which keys are written as null
/// (a replica without a chain, the metadata entry's answer) and which are left out.
/// </summary>
public sealed class ScaleLogTests
{
    private static readonly ApiResult<long> Queued = new() { StatusCode = 200, Value = 12, Entrypoint = "http://127.0.0.1:1" };

    [Fact]
    public void Entries_of_a_replica_write_its_chain_even_when_there_is_none()
    {
        Assert.Equal("""{"project":"web","chain":null,"context":"metadata","length":2,"response":null}""", Text(ScaleLog.Metadata("web", null, 2)));
        Assert.Equal("""{"project":"web","chain":"a.b","context":"up","response":{"status_code":200,"job_id":12}}""", Text(ScaleLog.Up("web", "a.b", Queued)));
        Assert.Equal("""{"project":"web","chain":null,"context":"rctl","response":true}""", Text(ScaleLog.Test("web", null, "rctl", passes: true)));
        Assert.Equal(
            """{"project":"web","chain":"a","exception":{"type":"RuleError","message":"no such rule"}}""",
            Text(ScaleLog.Exception("web", "a", "RuleError", "no such rule")));
    }

    [Fact]
    public void A_down_writes_force_only_for_a_cleanup()
    {
        Assert.Equal("""{"project":"web","chain":"a","context":"down","response":{"status_code":200,"job_id":12}}""", Text(ScaleLog.Down("web", "a", null, Queued)));
        Assert.Equal(
            """{"project":"web","chain":"a","force":true,"context":"down","response":{"status_code":200,"job_id":12}}""",
            Text(ScaleLog.Down("web", "a", cleanupForce: true, Queued)));
    }

    [Fact]
    public void Entries_of_the_whole_project_have_no_chain_key()
    {
        Assert.Equal("""{"exception":{"type":"TimeoutError","message":"late"}}""", Text(ScaleLog.Exception("TimeoutError", "late")));
        Assert.Equal("""{"project":"web","nodes":1,"min":5,"response":"Insufficient nodes to replicate the project (1/5)"}""", Text(ScaleLog.Insufficient("web", 1, 5)));
        Assert.StartsWith("""{"project":"web","fails":3,"context":"destroy","response":"metadata cannot""", Text(ScaleLog.CleanupKept("web", 3)), StringComparison.Ordinal);
        Assert.Equal("""{"project":"web","context":"destroy","response":"There are no more nodes to destroy the project."}""", Text(ScaleLog.CleanupDone("web")));
    }

    private static string Text(JsonElement entry) => JsonSerializer.Serialize(entry, OverlordJson.Options);
}
