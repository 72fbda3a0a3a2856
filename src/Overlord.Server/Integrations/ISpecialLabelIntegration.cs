namespace Overlord.Server.Integrations;

/// <summary>An integration driven by a service's <c>overlord.*</c> labels: the load balancer or SkyDNS.</summary>
public interface ISpecialLabelIntegration
{
    /// <summary>Its key in the report (<c>load-balancer</c>, <c>skydns</c>).</summary>
    string Name { get; }

    /// <summary>Registers (create) or removes (destroy) the service; expected failures are outcomes, not exceptions.</summary>
    Task<IntegrationOutcome> RunAsync(LabelContext context, CancellationToken cancellationToken);
}
