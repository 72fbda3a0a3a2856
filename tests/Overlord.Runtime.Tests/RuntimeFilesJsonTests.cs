using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Overlord.Runtime.Director;
using Overlord.Runtime.ProcessDriver;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

/// <summary>
/// The process runtime's files are written by generated code since the native build: a service's fingerprint, and so
/// whether an upgraded node recreates it, must be computed from the same text the reflection-based serializer wrote.
/// </summary>
public sealed class RuntimeFilesJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static readonly JsonSerializerOptions ReflectionIndented = new(Reflection) { WriteIndented = true };

    [Fact]
    public void A_service_definition_is_written_as_the_reflection_based_serializer_wrote_it()
    {
        var service = new DirectorService
        {
            Name = "web",
            JailName = "web-1",
            Makejail = "hello.makejail",
            Priority = 10,
            ResetOptions = true,
            IgnoreMtime = true,
            Options = [new DirectorPair("virtualnet", ":<random> default"), new DirectorPair("nat", null)],
            Arguments = [new DirectorPair("port", "8080")],
            Environment = [new DirectorPair("REGION", "é \"eu\" <b>")],
            StartEnvironment = [new DirectorPair("A", "1")],
            Start = [new DirectorPair("x", "y")],
            Volumes = [new DirectorPair("data", "/data")],
            Scripts = [new DirectorScript("echo hi", DirectorScript.DefaultShell, DirectorScript.DefaultType, PostStart: true)],
            Oci = new DirectorOci("www", "/srv", [new DirectorPair("PATH", "/bin")]),
            RuntimeMakejail = "runtime.makejail",
            RuntimeArguments = [new DirectorPair("b", "2")],
            RuntimeEnvironment = [new DirectorPair("C", "3")],
            Serial = 4,
            Line = 12,
        };

        var generated = JsonSerializer.Serialize(service, RuntimeFilesJsonContext.Default.DirectorService);

        Assert.Equal(JsonSerializer.Serialize(service, Reflection), generated);
        Assert.DoesNotContain("Line", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_file_written_by_the_reflection_based_serializer_reads_back_whole()
    {
        var state = new ProjectState
        {
            Name = "hello",
            State = ProjectStates.Done,
            Locked = true,
            LastLog = "/var/log/x",
            DirectorFile = "services: {}",
            Services = [new ServiceState { Name = "web", Jail = "web-1", Priority = 3, Fingerprint = "ab", Built = true, Running = true, Labels = new() { ["a"] = "b" } }],
        };
        var written = JsonSerializer.Serialize(state, ReflectionIndented);
        using var folder = new TempDirectory();
        folder.Write("projects/hello/state.json", written);

        var read = new ProjectStateStore(folder.Path).Load("hello");

        Assert.NotNull(read);
        Assert.Equal(written, JsonSerializer.Serialize(read, ReflectionIndented));
    }
}
