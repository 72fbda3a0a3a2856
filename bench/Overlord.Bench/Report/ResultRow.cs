namespace Overlord.Bench.Report;

/// <summary>One line of the table: what was measured, the figure, the target (or "—") and the verdict.</summary>
public sealed record ResultRow(string Measurement, string Measured, string Target = "—", string Verdict = "—")
{
    /// <summary>A row whose verdict is whether <paramref name="met"/>.</summary>
    public static ResultRow Checked(string measurement, string measured, string target, bool met) =>
        new(measurement, measured, target, met ? "met" : "**missed**");
}
