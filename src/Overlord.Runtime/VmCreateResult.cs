namespace Overlord.Runtime;

/// <summary>How a VM creation ended, and the text to show for it (the last tool's output, ANSI codes removed).</summary>
public sealed record VmCreateResult(VmCreateOutcome Outcome, string Output);
