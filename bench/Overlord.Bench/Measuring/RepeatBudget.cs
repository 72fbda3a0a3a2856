using System.Diagnostics;

namespace Overlord.Bench.Measuring;

/// <summary>
/// Bounds the time one repeated measurement may take, so that a slow or busy machine still finishes the run in time:
/// another repetition is allowed while the budget lasts, and always until <see cref="MinimumSamples"/> were taken.
/// The table says how many samples each figure has.
/// </summary>
public sealed class RepeatBudget
{
    public const int MinimumSamples = 5;

    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _budget;

    private RepeatBudget(TimeSpan budget) => _budget = budget;

    /// <summary>A budget that starts now.</summary>
    public static RepeatBudget Of(TimeSpan budget) => new(budget);

    public bool AllowsAnother(int taken) => taken < MinimumSamples || Stopwatch.GetElapsedTime(_started) < _budget;
}
