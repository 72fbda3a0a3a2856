using Overlord.Bench.Measuring;

namespace Overlord.Bench;

/// <summary>How many times each measurement repeats: enough to be stable in the full run, a smoke test in <c>--quick</c>.</summary>
public sealed record BenchSizes
{
    public static BenchSizes Full { get; } = new();

    public static BenchSizes Quick { get; } = new()
    {
        TreeCalls = 30,
        TreeWarmUpCalls = 300,
        TreeWarmUpSeconds = 30,
        Walks = 5,
        WebhookAnswers = 60,
        WebhookDeployments = 5,
        Syncs = 3,
        LargeRepositorySpecs = 1_000,
        Polls = 10,
        Reconciles = 10,
        LoadSeconds = 3,
        ColdStarts = 3,
        IdleSeconds = 2,
        RepeatSeconds = 10,
        MinimumSamples = 3,
        ScaleWarmUpCalls = 100,
        ScaleTreeCalls = 20,
        ScaleReconciles = 5,
        ScalePushes = 3,
        ScaleRepeatSeconds = 60,
    };

    /// <summary>The most one repeated measurement may take (see <see cref="RepeatBudget"/>).</summary>
    public int RepeatSeconds { get; init; } = 45;

    /// <summary>A budget for one repeated measurement, starting now.</summary>
    public RepeatBudget Budget() => RepeatBudget.Of(TimeSpan.FromSeconds(RepeatSeconds), MinimumSamples);

    /// <summary>Taken whatever the budget says.</summary>
    public int MinimumSamples { get; init; } = 5;

    /// <summary>Tree and single-node get-info calls, each in a block of its own.</summary>
    public int TreeCalls { get; init; } = 200;

    /// <summary>Tree calls from the nodes' first on, measured in windows, before the timed blocks.</summary>
    public int TreeWarmUpCalls { get; init; } = 2_000;

    /// <summary>The calls of one window of the warm-up.</summary>
    public int TreeWindowCalls { get; init; } = 100;

    /// <summary>The most the warm-up may take on a slow machine (it stops after the window running then).</summary>
    public int TreeWarmUpSeconds { get; init; } = 120;

    /// <summary>Walks of the whole tree one request at a time, as the original client does.</summary>
    public int Walks { get; init; } = 20;

    public int WebhookAnswers { get; init; } = 500;

    /// <summary>Push, webhook, first write on the node: one deployment each.</summary>
    public int WebhookDeployments { get; init; } = 20;

    /// <summary>Syncs of one changed spec, per repository.</summary>
    public int Syncs { get; init; } = 10;

    public int LargeRepositorySpecs { get; init; } = 10_000;

    public int SmallRepositorySpecs { get; init; } = 10;

    public int Polls { get; init; } = 30;

    /// <summary>No-op reconciles over the 31-node tree.</summary>
    public int Reconciles { get; init; } = 30;

    public int LoadSeconds { get; init; } = 10;

    public int ColdStarts { get; init; } = 10;

    /// <summary>Tree calls over the 1,000 nodes from their first on, measured in windows, before the timed block.</summary>
    public int ScaleWarmUpCalls { get; init; } = 400;

    /// <summary>The calls of one window of the 1,000-node warm-up (a tree call there costs some 100 of the 31-node tree's).</summary>
    public int ScaleWindowCalls { get; init; } = 25;

    /// <summary>The most the 1,000-node warm-up may take (it stops after the window running then).</summary>
    public int ScaleWarmUpSeconds { get; init; } = 180;

    /// <summary>Get-info calls over the 1,000 nodes in the timed block.</summary>
    public int ScaleTreeCalls { get; init; } = 100;

    /// <summary>No-op reconciles over the 1,000 nodes.</summary>
    public int ScaleReconciles { get; init; } = 20;

    /// <summary>Pushes of each spec over the 1,000 nodes (every leaf, one group).</summary>
    public int ScalePushes { get; init; } = 10;

    /// <summary>The most the pushes of one spec may take (a push to every leaf takes seconds).</summary>
    public int ScaleRepeatSeconds { get; init; } = 240;

    /// <summary>A budget for the pushes of one spec, starting now.</summary>
    public RepeatBudget ScaleBudget() => RepeatBudget.Of(TimeSpan.FromSeconds(ScaleRepeatSeconds), MinimumSamples);

    /// <summary>How long a fresh node sits untouched before its memory is read.</summary>
    public int IdleSeconds { get; init; } = 10;
}
