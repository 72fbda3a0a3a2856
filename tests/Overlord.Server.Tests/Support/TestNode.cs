using Overlord.Client.Contract;
using Overlord.Server.Integrations;
using Overlord.Server.Jobs;
using Overlord.Server.Storage;

namespace Overlord.Server.Tests.Support;

/// <summary>One node's job machinery on a database in a folder, wired as the server will wire it.</summary>
internal sealed class TestNode : IAsyncDisposable
{
    private readonly List<JobWorker> _workers = [];

    private TestNode(NodeDatabase database, TestRuntime runtime, JobOptions options, TimeProvider timeProvider)
    {
        Database = database;
        Runtime = runtime;
        Options = options;
        Queue = new JobQueue(database, timeProvider);
        Statuses = new ProjectStatusStore(database);
        Log = new JobLog(database, timeProvider);
        Ports = new FreePortReserver(database);
        Running = new RunningJobs();
        VmStatuses = new VmStatusStore(database);
        Executor = new ProjectJobExecutor(
            runtime,
            Statuses,
            Log,
            Ports,
            new SpecialLabelsRunner(runtime, [], TestLog.For<SpecialLabelsRunner>()),
            Running,
            VmStatuses,
            options,
            timeProvider,
            TestLog.For<ProjectJobExecutor>());
    }

    public NodeDatabase Database { get; }

    public TestRuntime Runtime { get; }

    public JobOptions Options { get; }

    public JobQueue Queue { get; }

    public ProjectStatusStore Statuses { get; }

    public JobLog Log { get; }

    public FreePortReserver Ports { get; }

    public RunningJobs Running { get; }

    public VmStatusStore VmStatuses { get; }

    public ProjectJobExecutor Executor { get; }

    public static async Task<TestNode> OpenAsync(string folder, TestRuntime? runtime = null, JobOptions? options = null, TimeProvider? timeProvider = null)
    {
        var database = await NodeDatabase.OpenAsync(folder, TestContext.Current.CancellationToken);
        return new TestNode(database, runtime ?? new TestRuntime(), options ?? new JobOptions { MaxConcurrentJobs = 4 }, timeProvider ?? TimeProvider.System);
    }

    public async Task<JobWorker> StartWorkerAsync()
    {
        var worker = new JobWorker(Queue, Executor, Options, TestLog.For<JobWorker>());
        _workers.Add(worker);
        await worker.StartAsync(TestContext.Current.CancellationToken);
        return worker;
    }

    public static UpJobPayload Up(IReadOnlyDictionary<string, string>? environment = null, bool restart = false, IReadOnlyDictionary<string, string?>? reservePort = null) =>
        new("services:\n  web:\n    makejail: Makejail\n", environment ?? new Dictionary<string, string>(), restart, reservePort ?? new Dictionary<string, string?>());

    public static DownJobPayload Down() => new(new Dictionary<string, string>(), Force: false);

    /// <summary>Waits until the job has ended (completed, failed or cancelled) and returns its row.</summary>
    public async Task<JobRecord> EndedAsync(long jobId) =>
        (await Eventually.ReadAsync(
            () => Queue.GetAsync(jobId, TestContext.Current.CancellationToken),
            record => record?.State is JobState.Completed or JobState.Failed or JobState.Cancelled,
            $"job {jobId} to end"))!;

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
        }
    }
}
