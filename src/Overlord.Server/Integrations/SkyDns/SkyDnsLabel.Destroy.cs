using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overlord.Server.Integrations.SkyDns;

public sealed partial class SkyDnsLabel
{
    /// <summary>
    /// Removes the records the create wrote. The group is lowercased for every key (the original forgot it for
    /// SRV, so a mixed-case group's SRV record was never removed). The PTR record is keyed by address, which the
    /// A record tells (the interface may have changed since); it is shared by every record on that address, so it
    /// is removed only when it names this group and no other A record of the group still has that address.
    /// </summary>
    private async Task<IntegrationOutcome> DestroyAsync(LabelContext context, SkyDnsSettings settings, SkyDnsRecords records, CancellationToken cancellationToken)
    {
        var group = settings.Group;
        var removed = new RecordResults();
        var addressKey = records.AddressKey(group);
        var current = await etcd.GetAsync(addressKey, cancellationToken);
        var step = current.Succeeded ? await etcd.DeleteAsync(addressKey, cancellationToken) : new EtcdResult<bool>(false, current.Error);
        removed.Address = Answer(step);
        if (step.Succeeded && settings.Ptr)
        {
            var address = HostOf(current.Value) ?? InterfaceAddresses.Find(settings.Interface, settings.Network).Address;
            step = address is null || !IPAddress.TryParse(address, out var ip)
                ? new EtcdResult<bool>(false, null)
                : await DeletePtrAsync(records, group, ip, cancellationToken);
            removed.Ptr = Answer(step);
        }

        if (step.Succeeded && settings.Srv is { } srv)
        {
            step = await etcd.DeleteAsync(records.SrvKey(group, srv.Protocol, srv.Service), cancellationToken);
            removed.Srv = Answer(step);
        }

        return step.Succeeded
            ? IntegrationOutcome.Done($"{context.Describe(("records", removed))} records have been removed.")
            : IntegrationOutcome.Failed($"{context.Describe(("records", removed))} {step.Error}");
    }

    private async Task<EtcdResult<bool>> DeletePtrAsync(SkyDnsRecords records, string group, IPAddress address, CancellationToken cancellationToken)
    {
        var key = records.PtrKey(address);
        var ptr = await etcd.GetAsync(key, cancellationToken);
        if (!ptr.Succeeded || ptr.Value is null || Field(ptr.Value, "group") != group)
        {
            return new EtcdResult<bool>(false, ptr.Error);
        }

        var others = await etcd.GetPrefixAsync(records.GroupPrefix(group), cancellationToken);
        if (!others.Succeeded)
        {
            return new EtcdResult<bool>(false, others.Error);
        }

        return others.Value!.Any(record => HostOf(record.Value) == address.ToString())
            ? new EtcdResult<bool>(false, null)
            : await etcd.DeleteAsync(key, cancellationToken);
    }

    private static string? HostOf(string? value) => value is null ? null : Field(value, "host");

    private static string? Field(string value, string name)
    {
        try
        {
            return JsonNode.Parse(value) is JsonObject record && record[name] is JsonValue field && field.TryGetValue<string>(out var text) ? text : null;
        }
        catch (JsonException)
        {
            return null; // a record someone else wrote by hand: not ours to interpret
        }
    }
}
