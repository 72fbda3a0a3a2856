using Microsoft.Extensions.Logging;
using Overlord.Runtime;

namespace Overlord.Server.Integrations;

/// <summary>
/// Runs the special labels of a project's services (reference section 10): after an up and before a down, each
/// integration in order (load balancer, then SkyDNS) for each service.
/// </summary>
/// <remarks>
/// The original skips services whose status is not 0 on destroy too, so a stopped service's records outlive it.
/// Here a destroy handles every service whose jail still exists (its labels can still be read); a create still
/// skips services that are not running, which must not be announced.
/// <para>
/// A destroy also runs on a DESTROYING project: that is a down a killed node did not finish, and the retried
/// down must finish it (the original refused, so the project stayed DESTROYING until a forced down).
/// </para>
/// </remarks>
public sealed class SpecialLabelsRunner(
    IRuntime runtime,
    IEnumerable<ISpecialLabelIntegration> integrations,
    ILogger<SpecialLabelsRunner> logger)
{
    private readonly IReadOnlyList<ISpecialLabelIntegration> _integrations = [.. integrations];

    /// <param name="project">The project.</param>
    /// <param name="action">Create or destroy.</param>
    /// <param name="force">Run even when the project is not DONE (a forced destroy).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<SpecialLabelsOutcome> RunAsync(string project, LabelAction action, bool force, CancellationToken cancellationToken)
    {
        if (!await runtime.ExistsAsync(project, cancellationToken))
        {
            return SpecialLabelsOutcome.Nothing;
        }

        if (await runtime.DescribeAsync(project, cancellationToken) is not { } description)
        {
            return SpecialLabelsOutcome.Failure($"Error retrieving information about the project '{project}'");
        }

        if (description.State != ProjectStates.Done && !force && !FinishesAnInterruptedDestroy(action, description.State))
        {
            return SpecialLabelsOutcome.Failure($"Project '{project}' has an unexpected state '{description.State}'");
        }

        var reports = _integrations.ToDictionary(integration => integration.Name, _ => new List<KeyValuePair<string, IntegrationOutcome>>(), StringComparer.Ordinal);
        foreach (var service in description.Services)
        {
            if (action == LabelAction.Create && service.Status != 0)
            {
                continue;
            }

            if (await runtime.JailLabelsAsync(service.Jail, cancellationToken) is not { } labels)
            {
                continue;
            }

            var context = new LabelContext(project, service.Name, new ServiceLabels(labels), action);
            foreach (var integration in _integrations)
            {
                var outcome = await RunOneAsync(integration, context, cancellationToken);
                if (outcome.IsReported)
                {
                    reports[integration.Name].Add(KeyValuePair.Create(service.Name, outcome));
                }
            }
        }

        return new SpecialLabelsOutcome(false, null, [.. _integrations
            .Where(integration => reports[integration.Name].Count > 0)
            .Select(integration => KeyValuePair.Create(integration.Name, (IReadOnlyList<KeyValuePair<string, IntegrationOutcome>>)reports[integration.Name]))]);
    }

    private static bool FinishesAnInterruptedDestroy(LabelAction action, string state) =>
        action == LabelAction.Destroy && state == ProjectStates.Destroying;

    private async Task<IntegrationOutcome> RunOneAsync(ISpecialLabelIntegration integration, LabelContext context, CancellationToken cancellationToken)
    {
        IntegrationOutcome outcome;
        try
        {
            outcome = await integration.RunAsync(context, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A bug in an integration must not stop the others nor the job: it is reported like the original's.
            logger.LogError(exception, "Integration {Integration} failed for {Service} of {Project}", integration.Name, context.Service, context.Project);
            outcome = IntegrationOutcome.Failed($"Exception {exception.GetType().Name}: {exception.Message}");
        }

        if (outcome.Error)
        {
            logger.LogWarning("Integration {Integration} of {Service} in {Project}: {Message}", integration.Name, context.Service, context.Project, outcome.Message);
        }
        else if (outcome.Message is not null)
        {
            logger.LogInformation("Integration {Integration} of {Service} in {Project}: {Message}", integration.Name, context.Service, context.Project, outcome.Message);
        }

        return outcome;
    }
}
