using System.Globalization;

namespace Overlord.Server.Integrations.LoadBalancer;

/// <summary>
/// <c>overlord.load-balancer</c>: adds the service as a server of an HAProxy backend through the Data Plane API v3
/// (reference section 10.2) and removes it on destroy, each change in its own transaction.
/// </summary>
/// <remarks>
/// Fixes against the original: the server is named <c>SERVERID:PROJECT:SERVICE</c> rather than the server id
/// alone, so two projects (or services) of one node in one backend no longer replace each other (<c>:</c> cannot
/// appear in project or service names, so the name is unambiguous). A transaction that is not committed is
/// deleted, and none is opened when there is nothing to do.
/// </remarks>
public sealed partial class LoadBalancerLabel(DataPlaneApiClient? client, string serverId) : ISpecialLabelIntegration, IDisposable
{
    public const string IntegrationName = IntegrationNames.LoadBalancer;

    public string Name => IntegrationName;

    /// <summary>The server's name in the backend.</summary>
    public string ServerName(LabelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return $"{serverId}:{context.Project}:{context.Service}";
    }

    public void Dispose() => client?.Dispose();

    public async Task<IntegrationOutcome> RunAsync(LabelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Labels.Has(LoadBalancerSettings.Enable))
        {
            return IntegrationOutcome.None;
        }

        if (client is null)
        {
            return IntegrationOutcome.Failed($"{context.Describe()} Data Plane API client is not configured.");
        }

        var read = LoadBalancerSettings.Read(context);
        if (!read.IsSuccess)
        {
            return IntegrationOutcome.Failed(read.Error.Message);
        }

        var settings = read.Value;

        string? address = null;
        if (context.Action == LabelAction.Create)
        {
            var lookup = InterfaceAddresses.Find(settings.Interface, settings.Network);
            var where = context.Describe(("interface", settings.Interface), ("address", settings.Network), ("label", LoadBalancerSettings.Enable + ".interface.address"));
            if (!lookup.IsSuccess)
            {
                return IntegrationOutcome.Failed($"{where} {lookup.Error.Message}");
            }

            address = lookup.Value;
        }

        var version = await client.GetVersionAsync(cancellationToken);
        if (!version.Is(200) || !long.TryParse(version.Body.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var configurationVersion))
        {
            return IntegrationOutcome.Failed($"{context.Describe()} cannot read the configuration version: {version.Describe()}");
        }

        var backend = await client.GetBackendAsync(settings.Backend, cancellationToken);
        var atBackend = context.Describe(("backend", settings.Backend), ("label", LoadBalancerSettings.Enable + ".backend"));
        if (backend.Is(404))
        {
            // On destroy a missing backend holds no server: nothing is left to remove.
            return context.Action == LabelAction.Create
                ? IntegrationOutcome.Failed($"{atBackend} backend is not found.")
                : IntegrationOutcome.Done($"{atBackend} backend is not found; nothing to remove.");
        }

        if (!backend.Is(200))
        {
            return IntegrationOutcome.Failed($"{atBackend} unexpected answer from the Data Plane API: {backend.Describe()}");
        }

        var server = ServerName(context);
        var current = await client.GetServerAsync(settings.Backend, server, cancellationToken);
        if (!current.Is(200, 404))
        {
            return IntegrationOutcome.Failed($"{context.Describe(("backend", settings.Backend), ("server", server))} error retrieving information about the server: {current.Describe()}");
        }

        if (context.Action == LabelAction.Destroy && current.Status == 404)
        {
            return IntegrationOutcome.None;
        }

        return await ChangeAsync(context, settings, server, address, current.Status == 200, configurationVersion, cancellationToken);
    }
}
