using Overlord.Cli.Demo;

namespace Overlord.Cli.Tests.Demo;

public sealed class NoteSummaryTests
{
    [Fact]
    public void Read_AgentNote_GivesTheSummaryStateAndMessage()
    {
        const string Note = """
            {"spec":"process/hello.yml","kind":"directorProject","project":"hello","chain":"main.eu","state":"DONE"}
            {"kind":"summary","trigger":"startup","state":"succeeded","message":"4 applied, 0 destroyed, 0 failed"}

            """;

        Assert.Equal(("succeeded", "4 applied, 0 destroyed, 0 failed"), NoteSummary.Read(Note));
    }

    [Fact]
    public void Read_NoteWithoutSummary_IsUnknown()
    {
        Assert.Equal("unknown", NoteSummary.Read("not json\n{\"kind\":\"metadata\"}\n").State);
    }
}
