using Overlord.Client.Contract;
using Overlord.Server.Jobs;
using Overlord.Server.Storage;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Jobs;

public sealed class JobQueueTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Enqueue_returns_an_id_whose_row_another_database_instance_already_sees()
    {
        using var folder = new TempDirectory();
        var queue = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);

        var id = await queue.EnqueueAsync("web", TestNode.Up(), Token);

        var other = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);
        var row = await other.GetAsync(id, Token);
        Assert.Equal(new { Kind = JobKind.Up, Project = "web", State = JobState.Queued }, new { row!.Kind, row.Project, row.State });
    }

    [Fact]
    public async Task Enqueue_ids_increase_and_are_distinct_under_concurrency()
    {
        using var folder = new TempDirectory();
        var queue = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);
        var first = await queue.EnqueueAsync("web", TestNode.Up(), Token);

        var ids = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => queue.EnqueueAsync($"p{i}", TestNode.Down(), Token)));

        Assert.Equal(30, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(id > first));
    }

    [Fact]
    public async Task Payload_is_stored_and_read_back_whole()
    {
        using var folder = new TempDirectory();
        var queue = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);
        var payload = new UpJobPayload(
            "services: {}\n", new Dictionary<string, string> { ["A"] = "1" }, Restart: true,
            new Dictionary<string, string?> { ["em0"] = "10.0.0.0/24", ["lo0"] = null });
        await queue.EnqueueAsync("web", payload, Token);

        var claimed = await queue.TryClaimAsync("me", cancelOnly: false, Token);

        var up = Assert.IsType<UpJobPayload>(claimed!.Payload);
        Assert.Equal((payload.DirectorFile, payload.Restart, "1"), (up.DirectorFile, up.Restart, up.Environment["A"]));
        Assert.Equal(payload.ReservePort.OrderBy(p => p.Key), up.ReservePort.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task Claim_skips_a_project_whose_job_is_running_and_takes_another_project()
    {
        using var folder = new TempDirectory();
        var queue = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);
        var firstWeb = await queue.EnqueueAsync("web", TestNode.Up(), Token);
        await queue.EnqueueAsync("web", TestNode.Up(), Token);
        var db = await queue.EnqueueAsync("db", TestNode.Up(), Token);

        var first = await queue.TryClaimAsync("me", cancelOnly: false, Token);
        var second = await queue.TryClaimAsync("me", cancelOnly: false, Token);
        var third = await queue.TryClaimAsync("me", cancelOnly: false, Token);

        Assert.Equal((firstWeb, db), (first!.Id, second!.Id));
        Assert.Null(third);
    }

    [Fact]
    public async Task Claim_takes_the_next_job_of_a_project_once_the_running_one_completes()
    {
        using var folder = new TempDirectory();
        var queue = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);
        await queue.EnqueueAsync("web", TestNode.Up(), Token);
        var next = await queue.EnqueueAsync("web", TestNode.Down(), Token);
        var running = await queue.TryClaimAsync("me", cancelOnly: false, Token);

        await queue.CompleteAsync(running!, JobOutcome.Completed("COMPLETED"), Token);

        Assert.Equal(next, (await queue.TryClaimAsync("me", cancelOnly: false, Token))!.Id);
    }

    [Fact]
    public async Task Cancel_jobs_are_claimable_while_their_project_runs_and_only_by_cancel_claims()
    {
        using var folder = new TempDirectory();
        var queue = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);
        await queue.EnqueueAsync("web", TestNode.Up(), Token);
        var cancel = await queue.EnqueueAsync("web", new CancelJobPayload(), Token);
        await queue.TryClaimAsync("me", cancelOnly: false, Token);

        var work = await queue.TryClaimAsync("me", cancelOnly: false, Token);
        var claimedCancel = await queue.TryClaimAsync("me", cancelOnly: true, Token);

        Assert.Null(work);
        Assert.Equal(cancel, claimedCancel!.Id);
    }

    [Fact]
    public async Task A_job_left_running_is_queued_again_and_the_stale_claim_cannot_complete_it()
    {
        using var folder = new TempDirectory();
        var dead = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);
        var id = await dead.EnqueueAsync("web", TestNode.Up(), Token);
        var staleClaim = await dead.TryClaimAsync("dead-node", cancelOnly: false, Token);
        var restarted = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);

        var requeued = await restarted.RequeueAbandonedAsync(maxAttempts: 3, Token);
        var reclaimed = await restarted.TryClaimAsync("new-node", cancelOnly: false, Token);
        var staleCompleted = await dead.CompleteAsync(staleClaim!, JobOutcome.Completed("late"), Token);

        Assert.Equal(1, requeued);
        Assert.Equal((id, 2), (reclaimed!.Id, reclaimed.Attempt));
        Assert.False(staleCompleted);
        Assert.Equal(JobState.Running, (await restarted.GetAsync(id, Token))!.State);
    }

    [Fact]
    public async Task A_job_abandoned_max_attempts_times_is_failed_instead_of_queued()
    {
        using var folder = new TempDirectory();
        var queue = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);
        var id = await queue.EnqueueAsync("web", TestNode.Up(), Token);
        for (var start = 0; start < 2; start++)
        {
            await queue.TryClaimAsync("node", cancelOnly: false, Token);
            await queue.RequeueAbandonedAsync(maxAttempts: 2, Token);
        }

        var row = await queue.GetAsync(id, Token);

        Assert.Equal(JobState.Failed, row!.State);
        Assert.Contains("abandoned", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_puts_a_job_back_without_counting_the_attempt()
    {
        using var folder = new TempDirectory();
        var queue = new JobQueue(await NodeDatabase.OpenAsync(folder.Path, Token), TimeProvider.System);
        var id = await queue.EnqueueAsync("web", TestNode.Up(), Token);
        var claim = await queue.TryClaimAsync("me", cancelOnly: false, Token);

        await queue.ReleaseAsync(claim!, Token);

        var row = await queue.GetAsync(id, Token);
        Assert.Equal((JobState.Queued, 0), (row!.State, row.Attempts));
    }
}
