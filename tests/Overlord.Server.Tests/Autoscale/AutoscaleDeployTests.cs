namespace Overlord.Server.Tests.Autoscale;

/// <summary>The autoscaler placing replicas: up to <c>min</c>, and again on every good node when the spec changes.</summary>
public sealed class AutoscaleDeployTests : IAsyncLifetime
{
    private AutoscaleTree _tree = null!;

    public async ValueTask InitializeAsync() => _tree = await AutoscaleTree.StartAsync();

    public ValueTask DisposeAsync() => _tree.DisposeAsync();

    [Fact]
    public async Task Min_two_becomes_DONE_on_the_first_two_candidates_with_the_metadata_replicated()
    {
        await _tree.WriteAsync("""{"replicas": {"min": 2}, "labels": ["web"], "metadata": ["Makejail"]}""");

        await _tree.CycleAsync();
        await AutoscaleTree.WaitStateAsync(_tree.Root, "DONE");
        await AutoscaleTree.WaitStateAsync(_tree.Alpha, "DONE");
        await _tree.CycleAsync();

        Assert.Null(await AutoscaleTree.StateAsync(_tree.Bravo));
        Assert.Equal(["up"], await AutoscaleTree.JobKindsAsync(_tree.Root));
        Assert.Equal(["up"], await AutoscaleTree.JobKindsAsync(_tree.Alpha));
        Assert.Equal(200, (await _tree.Alpha.GetAsync("/v1/metadata/Makejail")).Status);
    }

    [Fact]
    public async Task A_changed_spec_is_deployed_again_on_every_good_node()
    {
        await _tree.WriteAsync("""{"replicas": {"min": 2}, "labels": ["web"], "metadata": ["Makejail"]}""");
        await _tree.CycleAsync();
        await AutoscaleTree.WaitStateAsync(_tree.Root, "DONE");
        await AutoscaleTree.WaitStateAsync(_tree.Alpha, "DONE");

        await _tree.WriteAsync("""{"replicas": {"min": 2}, "labels": ["web"], "metadata": ["Makejail"]}""", variable: "two");
        await _tree.CycleAsync();

        Assert.Equal(["up", "up"], await AutoscaleTree.JobKindsAsync(_tree.Root));
        Assert.Equal(["up", "up"], await AutoscaleTree.JobKindsAsync(_tree.Alpha));
        Assert.Empty(await AutoscaleTree.JobKindsAsync(_tree.Bravo));
    }

    [Fact]
    public async Task A_spec_changed_while_the_node_was_down_is_deployed_again_after_its_restart()
    {
        await _tree.WriteAsync("""{"replicas": {"min": 1}, "labels": ["web"], "metadata": ["Makejail"]}""");
        await _tree.CycleAsync();
        await AutoscaleTree.WaitStateAsync(_tree.Root, "DONE");
        await _tree.CycleAsync();

        await _tree.Root.StopAsync();
        var changed = AutoscaleTree.Document("""{"replicas": {"min": 1}, "labels": ["web"], "metadata": ["Makejail"]}""", variable: "two");
        await File.WriteAllTextAsync(Path.Combine(_tree.Root.Config.Metadata.Location, AutoscaleTree.Key), changed, TestContext.Current.CancellationToken);
        await _tree.Root.StartAgainAsync();
        await _tree.CycleAsync();

        Assert.Equal(["up", "up"], await AutoscaleTree.JobKindsAsync(_tree.Root));
    }

    [Fact]
    public async Task Too_few_candidates_are_reported_in_the_log()
    {
        await _tree.WriteAsync("""{"replicas": {"min": 5}, "labels": ["root"], "metadata": ["Makejail"]}""");

        await _tree.CycleAsync();
        var status = await _tree.Root.GetAsync($"/v1/project/autoscale/{AutoscaleTree.Project}");

        Assert.Contains("Insufficient nodes to replicate the project (1/5)", status.Text, StringComparison.Ordinal);
        Assert.Empty(await AutoscaleTree.JobKindsAsync(_tree.Alpha));
    }
}
