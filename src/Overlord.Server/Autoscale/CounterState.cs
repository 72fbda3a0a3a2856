namespace Overlord.Server.Autoscale;

/// <summary>
/// A HAProxy counter carried across reloads: the last value HAProxy reported and what earlier runs of HAProxy
/// counted before their reset. The metric's value is their sum.
/// </summary>
internal sealed record CounterState(double LastValue, double Offset)
{
    public double Total => Offset + LastValue;

    /// <summary>Whether a metric of this nature keeps counting across reloads (the original's choice).</summary>
    public static bool Accumulates(string nature) => nature is "Counter" or "Max";

    /// <summary>
    /// The state after HAProxy reported <paramref name="current"/>: a value below the last one means HAProxy
    /// restarted, so the last value joins the offset once. (The original added its running total again on every
    /// read after a reset, counting the same requests twice, reference 13.13.)
    /// </summary>
    public static CounterState Next(CounterState? previous, double current) => previous switch
    {
        null => new CounterState(current, 0),
        _ when current < previous.LastValue => new CounterState(current, previous.Offset + previous.LastValue),
        _ => new CounterState(current, previous.Offset),
    };
}
