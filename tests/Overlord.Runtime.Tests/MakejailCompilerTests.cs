using Overlord.Runtime.Director;
using Overlord.Runtime.ProcessDriver;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

public sealed class MakejailCompilerTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string Root => _folder.Combine("root");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Compile_RefusedInstruction_NamesInstructionFileAndLine()
    {
        var path = _folder.Write("Makejail", "OPTION overwrite\n# comment\nPKG nginx\n");

        var result = Compile(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((path, 3), (error.File, error.Line));
        Assert.StartsWith("PKG", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{path}:3", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RequiredArgumentMissing_Fails()
    {
        var path = _folder.Write("Makejail", "ARG port\nCMD echo ${port}\n");

        var result = Compile(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("'port' is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ArgumentsFromServiceAndDefaults_Expand()
    {
        var path = _folder.Write("Makejail", "ARG port\nARG host=localhost\nRUN echo ${host}:${port}\n");

        var result = Compile(path, arguments: [new DirectorPair("port", "8080")]);

        Assert.Equal("echo localhost:8080", Assert.IsType<RunStep>(Assert.Single(result.Plan!.BuildSteps)).Command);
    }

    [Fact]
    public void Compile_ArgumentNoArgDeclares_IsRefused()
    {
        var path = _folder.Write("Makejail", "RUN true\n");

        var result = Compile(path, arguments: [new DirectorPair("typo", "1")]);

        Assert.Contains("'typo'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_EnvAndWorkdir_ApplyToLaterCommands()
    {
        var path = _folder.Write("Makejail", "ENV GREETING=\"hello world\"\nWORKDIR /app\nRUN echo ${GREETING}\n");

        var result = Compile(path);

        var run = Assert.IsType<RunStep>(result.Plan!.BuildSteps[1]);
        Assert.Equal(("echo hello world", Path.Combine(Root, "app")), (run.Command, run.WorkingDirectory));
        Assert.Equal("hello world", run.Environment["GREETING"]);
        Assert.Equal(Path.Combine(Root, "app"), Assert.IsType<MakeDirectoryStep>(result.Plan.BuildSteps[0]).Path);
    }

    [Fact]
    public void Compile_OverlordVariables_ExpandAndReachTheEnvironment()
    {
        var path = _folder.Write("Makejail", "RUN cp ${OVERLORD_METADATA}/x ${OVERLORD_ROOT}/x\n");

        var run = Assert.IsType<RunStep>(Assert.Single(Compile(path).Plan!.BuildSteps));

        Assert.Equal($"cp {_folder.Path}/x {Root}/x", run.Command);
        Assert.Equal(Root, run.Environment["OVERLORD_ROOT"]);
    }

    [Fact]
    public void Compile_UnknownReference_IsLeftForTheShell()
    {
        var path = _folder.Write("Makejail", "RUN echo ${HOME} $PATH\n");

        var run = Assert.IsType<RunStep>(Assert.Single(Compile(path).Plan!.BuildSteps));

        Assert.Equal("echo ${HOME} $PATH", run.Command);
    }

    [Fact]
    public void Compile_Include_ResolvesAgainstTheIncludingFile()
    {
        _folder.Write("lib/common.makejail", "ENV FROM_INCLUDE=yes\nCOPY files/a.txt /a.txt\n");
        var path = _folder.Write("Makejail", "INCLUDE lib/common.makejail\nRUN echo ${FROM_INCLUDE}\n");

        var result = Compile(path);

        Assert.True(result.Succeeded, result.Describe());
        var copy = Assert.IsType<CopyStep>(result.Plan!.BuildSteps[0]);
        Assert.Equal((_folder.Combine("lib", "files", "a.txt"), Path.Combine(Root, "a.txt")), (copy.Source, copy.Destination));
        Assert.Equal("echo yes", Assert.IsType<RunStep>(result.Plan.BuildSteps[1]).Command);
        Assert.Equal(2, result.Plan.Sources.Count);
    }

    [Fact]
    public void Compile_IncludeOfItself_IsRefused()
    {
        var path = _folder.Write("Makejail", "INCLUDE Makejail\n");

        var result = Compile(path);

        Assert.Contains("includes itself", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RemoteInclude_IsRefused()
    {
        var path = _folder.Write("Makejail", "RUN true\nINCLUDE gh+AppJail-makejails/nginx\n");

        var error = Assert.Single(Compile(path).Errors);

        Assert.Equal(2, error.Line);
        Assert.Contains("gh+AppJail-makejails/nginx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_StageStart_MakesStartCommandsWithTheStartEnvironment()
    {
        var path = _folder.Write("Makejail", "RUN make\nSTAGE start\nWORKDIR /srv\nCMD ./server ${PORT}\nSTAGE build\nRUN true\n");

        var result = Compile(path, startEnvironment: [new DirectorPair("PORT", "9000")]);

        var start = Assert.Single(result.Plan!.StartCommands);
        Assert.Equal(("./server 9000", Path.Combine(Root, "srv")), (start.Command, start.WorkingDirectory));
        Assert.Equal("9000", start.Environment["PORT"]);
        Assert.Equal(3, result.Plan.BuildSteps.Count);
    }

    [Fact]
    public void Compile_ContinuationLines_JoinIntoOneInstruction()
    {
        var path = _folder.Write("Makejail", "# build\nRUN echo one \\\n    two\n\nRUN echo three\n");

        var steps = Compile(path).Plan!.BuildSteps;

        Assert.Equal(["echo one     two", "echo three"], steps.Cast<RunStep>().Select(step => step.Command));
        Assert.Equal([2, 5], steps.Select(step => step.Line));
    }

    [Fact]
    public void Compile_WorkdirLeavingTheRoot_IsRefused()
    {
        var path = _folder.Write("Makejail", "WORKDIR ../../etc\n");

        Assert.Contains("leaves the service root", Assert.Single(Compile(path).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnsupportedStage_IsRefused()
    {
        var path = _folder.Write("Makejail", "STAGE apply\n");

        Assert.Contains("STAGE apply", Assert.Single(Compile(path).Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gh+AppJail-makejails/nginx", true)]
    [InlineData("https://example.org/Makejail", true)]
    [InlineData("git+https://example.org/repo", true)]
    [InlineData("/srv/Makejail", false)]
    [InlineData("apps/web/Makejail", false)]
    public void Locator_RemoteValues_AreRecognised(string value, bool remote)
    {
        Assert.Equal(remote, MakejailLocator.IsRemote(value));
    }

    private MakejailCompileResult Compile(
        string path,
        IReadOnlyList<DirectorPair>? arguments = null,
        IReadOnlyList<DirectorPair>? startEnvironment = null) =>
        MakejailCompiler.Compile(new MakejailContext(path, Root, _folder.Path, arguments ?? [], [], startEnvironment ?? []));
}
