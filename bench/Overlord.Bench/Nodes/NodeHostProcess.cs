using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Overlord.Bench.Measuring;

namespace Overlord.Bench.Nodes;

/// <summary>
/// One <c>overlord-bench-nodes</c> process hosting some nodes of the <see cref="ScaleTree"/>: started on a plan,
/// it reports each node up (address and token) and, once armed, each node's first metadata write, on the
/// machine's monotonic clock (<see cref="NodeHostLines"/>). Its stderr goes to <c>host.log</c>. Killed when
/// disposed; closing its stdin also stops it, so it does not outlive a bench that was itself killed.
/// </summary>
public sealed class NodeHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ArmPatience = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly ConcurrentDictionary<string, ChainLink> _nodes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _armed = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<string> _nodeUp;

    private NodeHostProcess(Process process, StreamWriter log, Action<string> nodeUp)
    {
        _process = process;
        _log = log;
        _nodeUp = nodeUp;
    }

    /// <summary>Each node's first metadata write since an <c>arm</c>, by arm generation: node name → Stopwatch timestamp.</summary>
    public ConcurrentDictionary<string, ConcurrentDictionary<string, long>> Writes { get; } = new(StringComparer.Ordinal);

    public int ProcessId => _process.Id;

    public long ResidentBytes => ResidentMemory.BytesOf(_process.Id);

    public TimeSpan ProcessorTime => Measuring.ProcessorTime.Of(_process.Id);

    /// <summary>The link a parent lists for the node <paramref name="name"/> (its address and the token it made).</summary>
    public ChainLink Link(string name) => _nodes[name];

    /// <summary>
    /// Starts the process on <paramref name="plan"/> in <paramref name="directory"/>; <paramref name="nodeUp"/> hears
    /// each node's name as it comes up. Returns once every node is up.
    /// </summary>
    public static async Task<NodeHostProcess> StartAsync(
        string executable, string directory, IReadOnlyList<PlannedNode> plan, Action<string> nodeUp, TimeSpan patience, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var planFile = Path.Combine(directory, "plan.json");
        PlannedNode.WritePlan(planFile, plan);
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(planFile);
        start.ArgumentList.Add(directory);
        var log = new StreamWriter(Path.Combine(directory, "host.log")) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("overlord-bench-nodes did not start");
        var host = new NodeHostProcess(process, log, nodeUp);
        process.OutputDataReceived += (_, line) => host.Read(line.Data);
        process.ErrorDataReceived += (_, line) => host.Log(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(patience);
            var exited = process.WaitForExitAsync(limit.Token);
            if (await Task.WhenAny(host._up.Task, exited) != host._up.Task)
            {
                await exited;
                throw new InvalidOperationException($"overlord-bench-nodes exited {process.ExitCode} before its nodes were up; see {directory}/host.log");
            }

            return host;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await host.DisposeAsync();
            throw new TimeoutException($"overlord-bench-nodes in {directory}: {host._nodes.Count} of {plan.Count} nodes up after {patience.TotalSeconds:0} s");
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary><c>arm N</c>: every node forgets its earlier writes; returns once the process said <c>armed N</c>.</summary>
    public async Task ArmAsync(int generation, CancellationToken cancellationToken)
    {
        var key = generation.ToString(CultureInfo.InvariantCulture);
        var armed = _armed.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Writes.TryAdd(key, new ConcurrentDictionary<string, long>(StringComparer.Ordinal));
        await _process.StandardInput.WriteLineAsync(NodeHostLines.Format(NodeHostLines.Arm, key).AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        await armed.Task.WaitAsync(ArmPatience, cancellationToken);
    }

    private void Read(string? line)
    {
        var words = line?.Split(' ') ?? [];
        switch (words)
        {
            case [NodeHostLines.Node, var name, var address, var token]:
                _nodes[name] = new ChainLink(name, address, token);
                _nodeUp(name);
                break;
            case [NodeHostLines.Up]:
                _up.TrySetResult();
                break;
            case [NodeHostLines.Armed, var generation]:
                _armed.GetOrAdd(generation, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                break;
            case [NodeHostLines.Write, var generation, var name, var timestamp]:
                Writes.GetOrAdd(generation, _ => new ConcurrentDictionary<string, long>(StringComparer.Ordinal))
                    .TryAdd(name, long.Parse(timestamp, CultureInfo.InvariantCulture));
                break;
            default:
                Log(line);
                break;
        }
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}
