using System.Diagnostics;
using System.Globalization;
using Overlord.Bench.Git;
using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// Signed GitHub push deliveries to an agent that is up to date: how long each answer takes (each one still wakes a
/// sync, which finds nothing new). Then, per deployment: push a change, send its webhook, and time until the target
/// node receives the write, on the bench's clock; the agent is let finish before the next one.
/// </summary>
public static class WebhookScenario
{
    private const int ChangedSpec = 2;

    public static async Task<WebhookFigures> RunAsync(AgentNode agent, SpecRepository repository, TargetNode target, BenchSizes sizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sizes);
        var head = await repository.ChangeAsync(ChangedSpec, "webhook", cancellationToken);
        await agent.SyncAsync(cancellationToken);
        var answers = new Samples();
        var budget = sizes.Budget();
        for (var i = 0; i < sizes.WebhookAnswers && budget.AllowsAnother(answers.Count); i++)
        {
            answers.Add(Accepted(await agent.WebhookAsync(head, cancellationToken)).Answer);
        }

        await WaitIdleAsync(agent, head, cancellationToken);
        var toFirstWrite = new Samples();
        budget = sizes.Budget();
        for (var i = 0; i < sizes.WebhookDeployments && budget.AllowsAnother(toFirstWrite.Count); i++)
        {
            head = await repository.ChangeAsync(ChangedSpec, "push" + i.ToString(CultureInfo.InvariantCulture), cancellationToken);
            target.Recorder.Arm();
            var delivery = Accepted(await agent.WebhookAsync(head, cancellationToken));
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(TimeSpan.FromSeconds(60));
            var written = await target.Recorder.NextWriteAsync(patience.Token);
            toFirstWrite.Add(Stopwatch.GetElapsedTime(delivery.SentAt, written));
            await WaitIdleAsync(agent, head, cancellationToken);
        }

        return new WebhookFigures(answers, toFirstWrite);
    }

    /// <summary>The delivery, unless it was answered otherwise than 202 (then the bench fails).</summary>
    public static WebhookDelivery Accepted(WebhookDelivery delivery) =>
        delivery.StatusCode == 202 ? delivery : throw new InvalidOperationException($"the webhook was answered {delivery.StatusCode}, not 202");

    /// <summary>Waits until the agent has applied <paramref name="commit"/> and runs nothing.</summary>
    public static Task WaitIdleAsync(AgentNode agent, string commit, CancellationToken cancellationToken) =>
        Eventually.HoldsAsync(token => agent.IdleAtAsync(commit, token), $"the agent idle at {commit}", TimeSpan.FromSeconds(120), cancellationToken);
}
