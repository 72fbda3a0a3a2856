namespace Overlord.Server.Autoscale;

/// <summary>A test's result: passes (no pressure), or not; or an error when it could not be evaluated.</summary>
internal sealed record RuleOutcome(bool Passes, string? Error = null)
{
    public static RuleOutcome Pass { get; } = new(true);

    public static RuleOutcome Fail { get; } = new(false);

    public static RuleOutcome Invalid(string error) => new(false, error);
}
