using Overlord.Client.Contract;

namespace Overlord.Cli.Commands;

/// <summary>Prints a sync for a person: the commit, then one line per spec and node, then what is kept or blocked.</summary>
internal static class SyncOutcomePrinter
{
    public static void Print(TextWriter output, SyncOutcomeView outcome)
    {
        var range = outcome.BaseCommit is { } from && from != outcome.TargetCommit ? $" (from {CommitText.Short(from)})" : "";
        output.WriteLine($"sync {outcome.SyncId}: {outcome.State} at {CommitText.Short(outcome.TargetCommit)}{range}");
        if (outcome.HistoryRewritten)
        {
            output.WriteLine("  history rewritten: nothing is pruned unless --prune is given");
        }

        foreach (var step in outcome.Steps)
        {
            var what = step.Name is null ? step.Kind ?? "spec" : $"{step.Kind} {step.Name}";
            output.WriteLine($"  {step.Action,-8} {step.Spec} ({what}): {step.Reason}{(step.Status is null ? "" : $" -> {step.Status}")}");
            foreach (var error in step.Errors.Concat(step.Error is null || step.Errors.Count > 0 ? [] : [step.Error]))
            {
                output.WriteLine($"           {error}");
            }

            foreach (var target in step.Targets)
            {
                var job = target.JobId is { } id ? $" job {id}" : "";
                var error = target.Error is null ? "" : $": {target.Error}";
                output.WriteLine($"           {target.Chain}: {target.State}{job}{error}");
            }
        }

        foreach (var orphan in outcome.Orphaned)
        {
            output.WriteLine($"  keep     {orphan}: deleted from the repository, still deployed (prune is off)");
        }

        var problem = outcome.Blocked ?? (outcome.State == "errored" ? outcome.Message : null);
        if (problem is not null)
        {
            output.WriteLine($"  {outcome.State}: {problem}");
        }
        else if (outcome.Steps.Count == 0)
        {
            output.WriteLine("  nothing to do");
        }
    }
}
