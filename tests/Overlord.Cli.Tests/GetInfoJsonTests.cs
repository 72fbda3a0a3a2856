using System.Text.Json;
using Overlord.Cli.Output;
using Overlord.Client.Deployment;

namespace Overlord.Cli.Tests;

public sealed class GetInfoJsonTests
{
    [Fact]
    public void Json_document_has_the_type_each_node_with_its_content_and_the_unreachable_nodes()
    {
        var view = new ProjectsInfoView([]);
        var node = new InfoNode("main", "http://10.0.0.1:8888", "alpha", ["all", "web"], JsonDocument.Parse("""{"projects": {"web": {"state": "DONE"}}}""").RootElement);
        NodeFailure[] failures = [new("main", "beta", "Chain disabled by smart timeouts", false)];

        var text = InfoJsonWriter.Write(view, [new ShownNode(node, view.Select(node)!)], failures, _ => "http://10.0.0.1:8888");

        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal("projects", json.GetProperty("type").GetString());
        var shown = Assert.Single(json.GetProperty("nodes").EnumerateArray());
        Assert.Equal("main", shown.GetProperty("datacenter").GetString());
        Assert.Equal("http://10.0.0.1:8888", shown.GetProperty("entrypoint").GetString());
        Assert.Equal("alpha", shown.GetProperty("chain").GetString());
        Assert.Equal("DONE", shown.GetProperty("projects").GetProperty("web").GetProperty("state").GetString());
        var failure = Assert.Single(json.GetProperty("unreachable").EnumerateArray());
        Assert.Equal(("beta", "Chain disabled by smart timeouts"), (failure.GetProperty("chain").GetString(), failure.GetProperty("message").GetString()));
    }

    [Fact]
    public void Json_document_lists_the_nodes_that_refused_the_token_apart_from_the_unreachable()
    {
        var view = new ChainsInfoView(InfoPatterns.None);
        NodeFailure[] failures =
        [
            new("main", null, "Error while decoding the JWT.", false) { StatusCode = 401, Failure = Client.Http.ApiFailure.HttpStatus },
            NodeFailure.Below("main", "beta", 503, "cannot reach beta"),
        ];

        var json = JsonDocument.Parse(InfoJsonWriter.Write(view, [], failures, _ => "http://h:1")).RootElement;

        Assert.Equal(["type", "nodes", "unreachable", "refused"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("beta", Assert.Single(json.GetProperty("unreachable").EnumerateArray()).GetProperty("chain").GetString());
        Assert.Equal("Error while decoding the JWT.", Assert.Single(json.GetProperty("refused").EnumerateArray()).GetProperty("message").GetString());
    }

    [Fact]
    public void Json_of_chains_has_no_content_key_and_a_null_chain_for_the_entry_node()
    {
        var view = new ChainsInfoView(InfoPatterns.None);
        var node = new InfoNode("main", "http://h:1", null, ["all"], null);

        var json = JsonDocument.Parse(InfoJsonWriter.Write(view, [new ShownNode(node, view.Select(node)!)], [], _ => "")).RootElement;

        var shown = Assert.Single(json.GetProperty("nodes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, shown.GetProperty("chain").ValueKind);
        Assert.Equal(["datacenter", "entrypoint", "chain", "labels"], shown.EnumerateObject().Select(p => p.Name));
    }
}
