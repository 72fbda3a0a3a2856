using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Overlord.Agent.Git;
using Overlord.Agent.Notes;
using Overlord.Agent.Planning;
using Overlord.Agent.Statuses;
using Overlord.Agent.Store;
using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Core.Specs;

namespace Overlord.Agent.Sync;

public sealed partial class SyncEngine
{
    /// <summary>
    /// One notes commit on the target commit: a line per spec and node, and the summary line. Never fails the
    /// sync: a refused push is retried at the next sync's push. No secrets: only paths, names, states and errors.
    /// </summary>
    private async Task WriteNotesAsync(SyncOutcome outcome, CancellationToken cancellationToken)
    {
        var end = outcome.EndedAt ?? _timeProvider.GetUtcNow();
        var lines = outcome.Steps.SelectMany(step => NoteLinesOf(step, outcome.Trigger.Text, end)).Select(NoteLineSerializer.Serialize).ToList();
        lines.Add(SummaryLine(outcome, end));
        try
        {
            await _notes.MergeFetchedAsync(cancellationToken);
            await _notes.AppendAsync(outcome.TargetCommit!, lines, cancellationToken);
            if (Current.PushNotes)
            {
                var push = await _notes.PushAsync(cancellationToken);
                if (!push.Succeeded)
                {
                    _logger.LogWarning("Notes of {Revision} not pushed ({Outcome}): {Error}", outcome.TargetCommit, push.Outcome, push.Error);
                }
            }
        }
        catch (GitException exception)
        {
            _logger.LogWarning(exception, "Notes of {Revision} not written: {Error}", outcome.TargetCommit, exception.Message);
        }
    }

    private IEnumerable<NoteLine> NoteLinesOf(StoredStep stored, string trigger, DateTimeOffset at)
    {
        var step = stored.Step;
        var line = new NoteLine
        {
            Timestamp = at,
            Agent = _options.AgentName,
            Spec = step.SpecPath,
            Kind = step.Kind is { } kind ? SpecNames.ToText(kind) : "unknown",
            Project = step.Name,
            Action = ActionText(step.Action),
            State = stored.Status == StepStatus.Succeeded ? "DONE" : step.Action == StepAction.Invalid ? "INVALID" : "FAILED",
            Error = stored.Error,
            Trigger = trigger,
        };
        if (stored.Targets.Count == 0)
        {
            // Nothing reached a node: an invalid spec, a spec that could not be sent, or no node matched deployIn.
            yield return stored.Error is null ? line with { State = "SKIPPED", Error = "no node matched deployIn" } : line;
            yield break;
        }

        foreach (var target in stored.Targets)
        {
            yield return line with { Chain = target.Chain, JobId = target.JobId, State = target.StateText, Error = target.Error };
        }
    }

    private string SummaryLine(SyncOutcome outcome, DateTimeOffset end)
    {
        var summary = new SummaryNoteLine
        {
            Timestamp = end,
            Agent = _options.AgentName,
            Trigger = outcome.Trigger.Text,
            DeliveryId = outcome.Trigger.DeliveryId,
            Start = outcome.StartedAt ?? end,
            End = end,
            State = outcome.State.ToString().ToLowerInvariant(),
        };

        // Fields the shared summary record does not carry: which commits, a history rewrite, the operator's message.
        var line = JsonNode.Parse(NoteLineSerializer.Serialize(summary))!.AsObject();
        line["commit"] = outcome.TargetCommit;
        line["base"] = outcome.BaseCommit;
        if (outcome.HistoryRewritten)
        {
            line["history_rewritten"] = true;
        }

        line["message"] = outcome.Message is null ? null : UrlCredentials.Redact(outcome.Message);
        return line.ToJsonString(OverlordJson.Options);
    }

    /// <summary>Pending for steps still running, final states for ended ones; skipped without a configured provider.</summary>
    private async Task PostStatusesAsync(string commit, IReadOnlyList<StoredStep> steps, CancellationToken cancellationToken)
    {
        if (_statuses is null)
        {
            return;
        }

        foreach (var stored in steps)
        {
            var (state, description) = StatusOf(stored);
            await _statuses.PostAsync(commit, CommitStatusWriter.ContextOf(stored.Step.SpecPath), state, description, cancellationToken);
        }
    }

    /// <summary>The <c>action</c> of note lines: apply, destroy or recreate (an invalid spec was to be applied).</summary>
    private static string ActionText(StepAction action) => action switch
    {
        StepAction.Destroy => "destroy",
        StepAction.Recreate => "recreate",
        _ => "apply",
    };

    private static (CommitState, string) StatusOf(StoredStep stored)
    {
        var step = stored.Step;
        var verb = ActionText(step.Action);
        return stored.Status switch
        {
            StepStatus.Succeeded => (CommitState.Success, $"{verb}: done on {stored.Targets.Count} nodes"),
            StepStatus.Failed when step.Action == StepAction.Invalid => (CommitState.Error, "invalid: " + (step.Errors.Count > 0 ? step.Errors[0] : step.SpecPath)),
            StepStatus.Failed => (CommitState.Failure, $"{verb} failed: " + (stored.Error ?? stored.Targets.FirstOrDefault(t => t.Error is not null)?.Error ?? "a job failed")),
            _ => (CommitState.Pending, $"{verb}: {step.Reason}"),
        };
    }
}
