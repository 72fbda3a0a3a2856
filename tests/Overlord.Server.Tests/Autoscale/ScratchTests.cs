namespace Overlord.Server.Tests.Autoscale;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Scratch()
    {
        await using var tree = await AutoscaleTree.StartAsync();
        await tree.WriteAsync("""{"replicas": {"min": 2}, "labels": ["web"], "metadata": ["Makejail"]}""");
        await tree.CycleAsync();
        await Task.Delay(3000, TestContext.Current.CancellationToken);
        output.WriteLine((await tree.Root.GetAsync("/v1/project/autoscale/web")).Text);
        output.WriteLine((await tree.Root.GetAsync("/v1/project/info/web")).Text);
        output.WriteLine((await tree.Root.GetAsync("/v1/project/jobs/web")).Text);
        output.WriteLine((await tree.Alpha.GetAsync("/v1/project/info/web")).Text);
    }
}
