namespace Overlord.Runtime;

/// <summary>One change of the Director stage of a VM creation.</summary>
/// <param name="Stage">Where the stage is.</param>
/// <param name="Result">What <c>appjail-director up</c> answered, once it has run.</param>
/// <param name="Restarted">Whether the jail was brought down first for a restart (with a result only).</param>
public sealed record VmProjectUpdate(VmProjectStage Stage, RuntimeResult? Result = null, bool? Restarted = null);
