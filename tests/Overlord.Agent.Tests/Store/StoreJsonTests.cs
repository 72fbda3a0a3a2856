using Overlord.Agent.Store;
using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Agent.Tests.Store;

/// <summary>The bytes of agent.db's JSON columns: rows written before the shared serializer must read back, and new rows look the same.</summary>
public sealed class StoreJsonTests
{
    private const string StoredTarget =
        """{"chain":"main.a","job_id":7,"state":"timed_out","error":"x\u002B\u00E9\u003C","rendered_kind":"app_config","rendered_name":"n","unreached":true}""";

    [Fact]
    public void A_target_is_written_snake_case_with_escaped_text()
    {
        var target = new TargetResult("main.a", 7, TargetState.TimedOut, "x+é<") { RenderedKind = SpecKind.AppConfig, RenderedName = "n", Unreached = true };

        Assert.Equal($"[{StoredTarget}]", StoreJson.Write<IReadOnlyList<TargetResult>>([target]));
    }

    [Fact]
    public void A_stored_target_reads_back()
    {
        var target = Assert.Single(StoreJson.Read<TargetResult[]>($"[{StoredTarget}]"));

        Assert.Equal(new TargetResult("main.a", 7, TargetState.TimedOut, "x+é<") { RenderedKind = SpecKind.AppConfig, RenderedName = "n", Unreached = true }, target);
    }

    [Fact]
    public void A_scope_and_a_list_keep_their_shape()
    {
        Assert.Equal("""{"targets":["main","main.b"],"any_labels":true}""", StoreJson.Write(new StepScope(["main", "main.b"], true)));
        Assert.Equal("""["a","b\u002B"]""", StoreJson.Write<IReadOnlyList<string>>(["a", "b+"]));
    }
}
