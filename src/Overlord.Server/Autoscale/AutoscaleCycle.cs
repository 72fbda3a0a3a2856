using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;
using Overlord.Server.Metadata;

namespace Overlord.Server.Autoscale;

/// <summary>
/// One autoscale cycle (reference 9): every local <c>overlord.autoscale.&lt;project&gt;</c>, one project after
/// another, each within <see cref="ProjectTimeLimit"/>. Its status (RUNNING while handled, then COMPLETED or
/// FAILED) and the ring of its last <c>max_autoscale_logs</c> entries are kept in the node's database, and so is
/// the hash of the metadata a completed cycle handled, so a spec changed while the node was down is still seen
/// as changed (the original forgot its hashes on restart, reference 13.13). Cycles never overlap.
/// </summary>
internal sealed class AutoscaleCycle(
    MetadataStore metadata, AutoscaleStatusStore statuses, ProjectScaler scaler, OverlordConfig config, TimeProvider timeProvider, ILogger<AutoscaleCycle> logger)
    : IDisposable
{
    /// <summary>The longest one project may take in a cycle; its jobs run on afterwards.</summary>
    public static readonly TimeSpan ProjectTimeLimit = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim _single = new(1, 1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await _single.WaitAsync(cancellationToken);
        try
        {
            var keys = metadata.List().Where(key => key.StartsWith(ProjectScaler.KeyPrefix, StringComparison.Ordinal)).ToList();
            await ForgetAsync(keys.Select(key => key[ProjectScaler.KeyPrefix.Length..]).ToHashSet(StringComparer.Ordinal), cancellationToken);
            foreach (var key in keys)
            {
                await HandleAsync(key[ProjectScaler.KeyPrefix.Length..], key, cancellationToken);
            }
        }
        finally
        {
            _single.Release();
        }
    }

    public void Dispose() => _single.Dispose();

    private async Task HandleAsync(string project, string key, CancellationToken cancellationToken)
    {
        if (await metadata.GetAsync(key, cancellationToken) is not { } text)
        {
            return;
        }

        var previous = await statuses.GetAsync(project, cancellationToken) ?? AutoscaleRecord.New(timeProvider.GetUtcNow());
        var logs = previous.Logs.ToList();
        await statuses.SaveAsync(project, previous with { Operation = AutoscaleRecord.Running, LastUpdate = timeProvider.GetUtcNow() }, cancellationToken);

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var read = AutoscaleDocumentReader.Read(project, text);
        ScaleResult result;
        if (!read.IsSuccess)
        {
            result = new ScaleResult([ScaleLog.Exception("InvalidSpec", read.Error.Message)], new Jobs.ErrorInfo("InvalidSpec", read.Error.Message));
        }
        else
        {
            var changed = previous.MetadataHash is { } known && known != hash;
            result = await ScaleAsync(project, read.Value, changed, cancellationToken);
        }

        logs.AddRange(result.Logs);
        var kept = logs.Skip(Math.Max(0, logs.Count - config.MaxAutoscaleLogs)).ToList();
        var operation = result.Failure is null ? AutoscaleRecord.Completed : AutoscaleRecord.Failed;

        // A failed cycle keeps the old hash, so a change it could not roll out is still a change next time.
        var handled = result.Failure is null ? hash : previous.MetadataHash;
        await statuses.SaveAsync(project, new AutoscaleRecord(operation, kept, timeProvider.GetUtcNow(), handled), cancellationToken);
        if (result.Failure is { } failure)
        {
            logger.LogWarning("Autoscale {Project} failed: {Type}: {Message}", project, failure.Type, failure.Message);
        }
    }

    private async Task<ScaleResult> ScaleAsync(string project, AutoscaleDocument document, bool changed, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(ProjectTimeLimit);
        try
        {
            return await scaler.ScaleAsync(project, document, changed, limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var message = $"the cycle of project '{project}' took longer than {ProjectTimeLimit.TotalSeconds} s";
            return new ScaleResult([ScaleLog.Exception("TimeoutError", message)], new Jobs.ErrorInfo("TimeoutError", message));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug in one project's cycle must not stop the others, nor the autoscaler.
            logger.LogError(exception, "Autoscale {Project} failed unexpectedly", project);
            return new ScaleResult([ScaleLog.Exception(exception.GetType().Name, exception.Message)], Jobs.ErrorInfo.From(exception));
        }
    }

    /// <summary>Projects whose metadata is gone: their hash is dropped at once, their status once it has expired.</summary>
    private async Task ForgetAsync(HashSet<string> live, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var project in (await statuses.ProjectsAsync(cancellationToken)).Where(project => !live.Contains(project)))
        {
            if (await statuses.GetAsync(project, cancellationToken) is not { } record)
            {
                continue;
            }

            if (statuses.IsExpired(record, now))
            {
                await statuses.DeleteAsync(project, cancellationToken);
            }
            else if (record.MetadataHash is not null)
            {
                await statuses.SaveAsync(project, record with { MetadataHash = null }, cancellationToken);
            }
        }
    }
}
