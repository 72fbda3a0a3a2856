using System.Text.Json;
using Overlord.Agent.Planning;
using Overlord.Agent.Tests.Support;
using Overlord.Core.Specs;

namespace Overlord.Agent.Tests.Sync;

/// <summary>Env files in the repository, read as python-dotenv reads them (issue 10).</summary>
public sealed class SyncEnvFileTests
{
    [Fact]
    public async Task An_env_file_written_for_python_dotenv_gives_its_values_to_the_specs()
    {
        await using var agent = await AgentHarness.CreateAsync();
        await agent.CommitAsync(
            "first",
            (".env", "# shared\nexport REGION=eu\nNAME=\"${REGION}-web\\t\" # a comment\nURL=${FROM_NODE}/${MISSING:-x}\n"),
            ("a.yml", SpecTexts.Project("a", "!ENV ${NAME}|${URL}")));

        await agent.SyncAsync();

        var spec = (DirectorProjectSpec)Assert.Single(agent.Dispatcher.Dispatched).Spec;
        Assert.Equal("eu-web\t|node-value/x", spec.Environment["VALUE"]);
    }

    [Fact]
    public async Task A_folder_env_file_comes_first_and_the_root_one_expands_with_its_values()
    {
        await using var agent = await AgentHarness.CreateAsync();
        await agent.CommitAsync(
            "first",
            (".env", "REGION=eu\nNAME=${REGION}-web\n"),
            ("web/.env", "REGION=us\n"),
            ("web/b.yml", SpecTexts.Project("b", "!ENV ${REGION}/${NAME}")));

        await agent.SyncAsync();

        var spec = (DirectorProjectSpec)Assert.Single(agent.Dispatcher.Dispatched).Spec;
        Assert.Equal("us/us-web", spec.Environment["VALUE"]);
    }

    [Fact]
    public async Task A_reference_without_the_env_tag_reaches_the_project_as_written()
    {
        await using var agent = await AgentHarness.CreateAsync();
        await agent.CommitAsync("first", (".env", "WORKERS=2\n"), ("a.yml", SpecTexts.Project("a", "${WORKERS}")));

        await agent.SyncAsync();

        var spec = (DirectorProjectSpec)Assert.Single(agent.Dispatcher.Dispatched).Spec;
        Assert.Equal("${WORKERS}", spec.Environment["VALUE"]);
    }

    [Fact]
    public async Task An_env_line_python_dotenv_cannot_parse_fails_the_specs_that_read_it()
    {
        await using var agent = await AgentHarness.CreateAsync();
        var head = await agent.CommitAsync("first", (".env", "WORKERS=2\nNAME='web' trailing\n"), ("a.yml", SpecTexts.Project("a", "!ENV ${WORKERS}")));

        var outcome = await agent.SyncAsync();

        Assert.Equal(SyncState.Failed, outcome.State);
        Assert.Empty(agent.Dispatcher.Dispatched);
        var note = (await agent.OriginNoteLinesAsync(head)).Select(line => JsonDocument.Parse(line).RootElement)
            .Single(line => line.TryGetProperty("spec", out var value) && value.GetString() == "a.yml");
        Assert.StartsWith(".env: line 2: cannot be parsed", note.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
