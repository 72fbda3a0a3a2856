using System.Diagnostics.CodeAnalysis;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>What a compiled Makejail does: build steps, start processes, and the files it was read from.</summary>
internal sealed record MakejailPlan(
    IReadOnlyList<MakejailStep> BuildSteps,
    IReadOnlyList<StartCommand> StartCommands,
    IReadOnlyList<MakejailSource> Sources);

/// <summary>A Makejail file that took part (the main one or an INCLUDE) and its content, for change detection.</summary>
internal sealed record MakejailSource(string Path, string Content);

/// <summary>The plan, or every error found in the Makejail.</summary>
internal sealed record MakejailCompileResult(MakejailPlan? Plan, IReadOnlyList<MakejailError> Errors)
{
    [MemberNotNullWhen(true, nameof(Plan))]
    public bool Succeeded => Plan is not null && Errors.Count == 0;

    public string Describe() => string.Join('\n', Errors);
}
