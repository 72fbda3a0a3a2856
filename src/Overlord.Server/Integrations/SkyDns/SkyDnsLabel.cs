using System.Net;
using Overlord.Core.Config;
using Overlord.Core.Results;

namespace Overlord.Server.Integrations.SkyDns;

/// <summary>
/// <c>overlord.skydns</c>: announces a service in SkyDNS/CoreDNS through etcd (reference section 10.1) with an
/// A/AAAA record, and optionally PTR and SRV records; a destroy removes the same records.
/// </summary>
public sealed partial class SkyDnsLabel(SkyDnsConfig config, string serverId, EtcdGateway etcd) : ISpecialLabelIntegration
{
    public const string IntegrationName = IntegrationNames.SkyDns;

    public string Name => IntegrationName;

    public async Task<IntegrationOutcome> RunAsync(LabelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Labels.Has(SkyDnsSettings.Enable))
        {
            return IntegrationOutcome.None;
        }

        var read = SkyDnsSettings.Read(context);
        if (!read.IsSuccess)
        {
            return IntegrationOutcome.Failed(read.Error.Message);
        }

        var settings = read.Value;

        if (SkyDnsZone.Parse(config.Zone) is not { } zone)
        {
            return IntegrationOutcome.Failed($"{context.Describe(("zone", config.Zone))} skydns.zone is not a DNS name.");
        }

        var records = new SkyDnsRecords(config.Path, zone, serverId, context.Project, context.Service);
        return context.Action == LabelAction.Create
            ? await CreateAsync(context, settings, records, cancellationToken)
            : await DestroyAsync(context, settings, records, cancellationToken);
    }

    private async Task<IntegrationOutcome> CreateAsync(LabelContext context, SkyDnsSettings settings, SkyDnsRecords records, CancellationToken cancellationToken)
    {
        var lookup = InterfaceAddresses.Find(settings.Interface, settings.Network);
        var where = context.Describe(("interface", settings.Interface), ("address", settings.Network), ("label", SkyDnsSettings.Enable + ".interface.address"));
        if (!lookup.IsSuccess)
        {
            return IntegrationOutcome.Failed($"{where} {lookup.Error.Message}");
        }

        var address = lookup.Value;

        var group = settings.Group;
        var written = new RecordResults();
        var step = await etcd.PutAsync(records.AddressKey(group), SkyDnsRecords.AddressValue(address, settings.Ttl, group), cancellationToken);
        written.Address = Answer(step);
        if (step.IsSuccess && settings.Ptr)
        {
            step = await etcd.PutAsync(records.PtrKey(IPAddress.Parse(address)), records.PtrValue(group), cancellationToken);
            written.Ptr = Answer(step);
        }

        if (step.IsSuccess && settings.Srv is { } srv)
        {
            step = await etcd.PutAsync(records.SrvKey(group, srv.Protocol, srv.Service), records.SrvValue(group, srv), cancellationToken);
            written.Srv = Answer(step);
        }

        return step.IsSuccess
            ? IntegrationOutcome.Done($"{context.Describe(("address", address), ("records", written))} records have been updated.")
            : IntegrationOutcome.Failed($"{context.Describe(("records", written))} {step.Error.Message}");
    }

    private static bool? Answer(Result<bool> result) => result.IsSuccess ? result.Value : null;
}
