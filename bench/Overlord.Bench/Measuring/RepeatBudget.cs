using System.Diagnostics;

namespace Overlord.Bench.Measuring;

/// <summary>
/// Bounds the time one repeated measurement may take, so that a slow or busy machine still finishes the run in time:
/// another repetition is allowed while the budget lasts, and always until a minimum number of samples were taken.
/// The table says how many samples each figure has.
/// </summary>
public sealed class RepeatBudget
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _budget;
    private readonly int _minimum;

    private RepeatBudget(TimeSpan budget, int minimum) => (_budget, _minimum) = (budget, minimum);

    /// <summary>A budget that starts now.</summary>
    public static RepeatBudget Of(TimeSpan budget, int minimumSamples) => new(budget, minimumSamples);

    public bool AllowsAnother(int taken) => taken < _minimum || Stopwatch.GetElapsedTime(_started) < _budget;
}
