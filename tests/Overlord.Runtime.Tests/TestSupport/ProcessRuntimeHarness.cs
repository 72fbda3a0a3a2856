using System.Globalization;
using System.Text.Json.Nodes;
using Overlord.Runtime.ProcessDriver;
using Overlord.Testing;

namespace Overlord.Runtime.Tests.TestSupport;

/// <summary>
/// A process runtime on temp folders (data, metadata, logs) with short restart and stop times.
/// Disposing it disposes every runtime it made (stopping their processes) and removes the folders.
/// </summary>
public sealed class ProcessRuntimeHarness : IAsyncDisposable
{
    public const string Project = "demo";

    private readonly TempDirectory _folder = new();
    private readonly List<ProcessRuntime> _runtimes = [];

    /// <param name="restartDelay">The first restart's wait (100 ms unless given).</param>
    /// <param name="clock">The runtime's clock (the system's unless given).</param>
    public ProcessRuntimeHarness(TimeSpan? restartDelay = null, TimeProvider? clock = null)
    {
        Options = new ProcessRuntimeOptions
        {
            DataDirectory = _folder.Combine("data"),
            MetadataDirectory = _folder.Combine("metadata"),
            LogsDirectory = _folder.Combine("logs"),
            RestartDelay = restartDelay ?? TimeSpan.FromMilliseconds(100),
            MaxRestartDelay = TimeSpan.FromSeconds(2),
            StopTimeout = TimeSpan.FromSeconds(3),
            CommandTimeout = TimeSpan.FromSeconds(60),
            TimeProvider = clock ?? TimeProvider.System,
        };
        Directory.CreateDirectory(Options.MetadataDirectory);
        Runtime = NewRuntime();
    }

    public ProcessRuntimeOptions Options { get; }

    /// <summary>The runtime in use; <see cref="NewRuntime"/> makes another one on the same folders.</summary>
    public ProcessRuntime Runtime { get; set; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public ProcessRuntime NewRuntime()
    {
        var runtime = new ProcessRuntime(Options, TestLog.For<ProcessRuntime>());
        _runtimes.Add(runtime);
        return runtime;
    }

    /// <summary>Writes a file into the metadata folder (where relative Makejail paths resolve).</summary>
    public string WriteMetadata(string relativePath, string content) => _folder.Write(Path.Combine("metadata", relativePath), content);

    public Task<RuntimeResult> UpAsync(string directorFile, IReadOnlyDictionary<string, string>? environment = null, bool restart = false, string project = Project) =>
        Runtime.UpAsync(new UpRequest(project, directorFile, environment ?? new Dictionary<string, string>(), restart), Token);

    public async Task<ServiceDescription> ServiceAsync(string service, string project = Project)
    {
        var description = await Runtime.DescribeAsync(project, Token);
        Assert.NotNull(description);
        return Assert.Single(description.Services, candidate => candidate.Name == service);
    }

    public async Task<int> StatusAsync(string service, string project = Project) => (await ServiceAsync(service, project)).Status;

    /// <summary>The service's root folder (OVERLORD_ROOT).</summary>
    public async Task<string> RootAsync(string service, string project = Project) =>
        Path.Combine(Options.DataDirectory, "projects", project, "jails", (await ServiceAsync(service, project)).Jail);

    /// <summary>Waits for a file the service writes (a pid file) and reads the number in it.</summary>
    public async Task<int> ReadNumberAsync(string service, string file = "pid", int? notEqualTo = null)
    {
        var path = Path.Combine(await RootAsync(service), file);
        var value = 0;
        var found = await Eventually.HeldAsync(() =>
        {
            var text = File.Exists(path) ? File.ReadAllText(path).Trim() : "";
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value != notEqualTo;
        });
        Assert.True(found, $"{path} was not written");
        return value;
    }

    /// <summary>Changes the project's state file as a previous node (or an older version of it) could have left it.</summary>
    public void EditState(Action<JsonObject> change, string project = Project)
    {
        var path = Path.Combine(Options.DataDirectory, "projects", project, "state.json");
        var state = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(state);
        File.WriteAllText(path, state.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var runtime in _runtimes)
        {
            await runtime.DisposeAsync();
        }

        _folder.Dispose();
    }
}
