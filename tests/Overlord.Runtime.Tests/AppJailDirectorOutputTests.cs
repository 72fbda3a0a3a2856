using Overlord.Platform.Processes;
using Overlord.Runtime.AppJail;

namespace Overlord.Runtime.Tests;

public sealed class AppJailDirectorOutputTests
{
    [Fact]
    public void ToRuntimeResult_Report_MapsErrLevelMessageAndFailedSteps()
    {
        var stdout = """
            {
              "errlevel": 3,
              "message": "db: something broke",
              "failed": [
                {
                  "type": "makejail",
                  "service": "db"
                },
                {
                  "type": "stop",
                  "service": "web"
                }
              ]
            }

            """;

        var result = DirectorOutput.ToRuntimeResult(new ToolResult(3, stdout, "err"), "appjail-director up");

        Assert.Equal((3, 3, "db: something broke"), (result.ExitCode, result.ErrLevel, result.Message));
        Assert.Equal([new FailedStep("makejail", "db"), new FailedStep("stop", "web")], result.Failed);
        Assert.Equal((stdout, "err"), (result.StdOut, result.StdErr));
    }

    /// <summary>director/__init__.py <c>_catch</c>: the report says nothing, stderr says what broke (issue 15.5).</summary>
    [Fact]
    public void ToRuntimeResult_DirectorException_ReportsTypeAndErrorAndKeepsTheLog()
    {
        var stdout = "{\n  \"errlevel\": 70,\n  \"message\": null,\n  \"failed\": []\n}\n";
        var stderr = "Exception:\n type: InvalidSpec\n error: services: Required but not defined.\n file: /root/.director/logs/2025-01-01_10h00m00s/exception.log\n";

        var result = DirectorOutput.ToRuntimeResult(new ToolResult(70, stdout, stderr), "appjail-director up");

        Assert.Equal(
            "InvalidSpec: services: Required but not defined. (traceback in /root/.director/logs/2025-01-01_10h00m00s/exception.log)",
            result.Message);
    }

    [Fact]
    public void LastLine_DirectorException_IsTheExceptionNotTheLogPath()
    {
        var stderr = "Exception:\n type: ProjectLocked\n error: Project locked\n file: /tmp/logs/exception.log\n";

        Assert.Equal("ProjectLocked: Project locked (traceback in /tmp/logs/exception.log)", DirectorOutput.LastLine(new ToolResult(70, "", stderr)));
    }

    [Fact]
    public void ToRuntimeResult_TextBeforeTheReport_ReadsTheReport()
    {
        var stdout = "Starting Director (project:web) ...\n{\n  \"errlevel\": 0,\n  \"message\": null,\n  \"failed\": []\n}\n";

        var result = DirectorOutput.ToRuntimeResult(new ToolResult(0, stdout, ""), "appjail-director up");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void ToRuntimeResult_NotJson_FailsWithAMessageQuotingTheTool()
    {
        var tool = new ToolResult(1, "", "Traceback (most recent call last):\nModuleNotFoundError: No module named 'click'\n");

        var result = DirectorOutput.ToRuntimeResult(tool, "appjail-director up");

        Assert.False(result.Succeeded);
        Assert.Equal(1, result.ErrLevel);
        Assert.Equal("appjail-director up printed no JSON result (exit code 1): ModuleNotFoundError: No module named 'click'", result.Message);
    }

    [Fact]
    public void ToRuntimeResult_OtherJsonWithExitCodeZero_IsNotASuccess()
    {
        var result = DirectorOutput.ToRuntimeResult(new ToolResult(0, "{\"name\": \"web\"}", ""), "appjail-director up");

        Assert.False(result.Succeeded);
        Assert.Equal(DirectorOutput.SoftwareError, result.ErrLevel);
    }

    [Fact]
    public void ParseProjectList_SkipsTheHeaderAndCutsFromTheThirdField()
    {
        var names = DirectorOutput.ParseProjectList("Projects:\n + web\n - db\n ! odd name\n");

        Assert.Equal(["web", "db", "odd name"], names);
    }

    [Fact]
    public void ParseProjectList_NoProjectMessage_IsEmpty()
    {
        Assert.Empty(DirectorOutput.ParseProjectList("No project has been created.\n"));
    }

    [Fact]
    public void ParseDescription_MapsFieldsAndCutsLastLog()
    {
        var stdout = """
            {
              "name": "web",
              "state": "UNFINISHED",
              "last_log": "/root/.director/logs/2026-01-02_10h11m12s",
              "locked": true,
              "services": [
                {
                  "name": "nginx",
                  "status": 66,
                  "jail": "f3a9c0b1d2"
                }
              ]
            }
            """;

        var description = DirectorDescription.Parse(stdout);

        Assert.NotNull(description);
        Assert.Equal(("web", "UNFINISHED", "2026-01-02_10h11m12s", true), (description.Name, description.State, description.LastLog, description.Locked));
        Assert.Equal([new ServiceDescription("nginx", 66, "f3a9c0b1d2")], description.Services);
    }

    [Fact]
    public void ParseDescription_NullLastLog_StaysNull()
    {
        var description = DirectorDescription.Parse("""{"name": "web", "state": "DONE", "last_log": null, "locked": false, "services": []}""");

        Assert.NotNull(description);
        Assert.Null(description.LastLog);
    }

    [Fact]
    public void ParseDescription_NotADescription_IsNull()
    {
        Assert.Null(DirectorDescription.Parse("""{"name": "web", "services": [{"name": "a", "status": "0", "jail": "j"}]}"""));
    }
}
