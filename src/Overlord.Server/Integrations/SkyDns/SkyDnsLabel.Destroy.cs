using System.Net;
using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Core.Results;

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
        var step = current.IsSuccess ? await etcd.DeleteAsync(addressKey, cancellationToken) : current.AsFailure<bool>();
        removed.Address = Answer(step);
        if (current.IsSuccess && step.IsSuccess && settings.Ptr)
        {
            var address = HostOf(ValueOf(current.Value)) ?? InterfaceAddresses.Find(settings.Interface, settings.Network).Value;
            step = address is null || !IPAddress.TryParse(address, out var ip)
                ? false
                : await DeletePtrAsync(records, group, ip, cancellationToken);
            removed.Ptr = Answer(step);
        }

        if (step.IsSuccess && settings.Srv is { } srv)
        {
            step = await etcd.DeleteAsync(records.SrvKey(group, srv.Protocol, srv.Service), cancellationToken);
            removed.Srv = Answer(step);
        }

        return step.IsSuccess
            ? IntegrationOutcome.Done($"{context.Describe(("records", removed))} records have been removed.")
            : IntegrationOutcome.Failed($"{context.Describe(("records", removed))} {step.Error.Message}");
    }

    private async Task<Result<bool>> DeletePtrAsync(SkyDnsRecords records, string group, IPAddress address, CancellationToken cancellationToken)
    {
        var key = records.PtrKey(address);
        var ptr = await etcd.GetAsync(key, cancellationToken);
        if (!ptr.IsSuccess)
        {
            return ptr.AsFailure<bool>();
        }

        if (ValueOf(ptr.Value) is not { } value || Record(value)?.Group != group)
        {
            return false;
        }

        var others = await etcd.GetPrefixAsync(records.GroupPrefix(group), cancellationToken);
        if (!others.IsSuccess)
        {
            return others.AsFailure<bool>();
        }

        return others.Value.Any(other => HostOf(other.Value) == address.ToString())
            ? false
            : await etcd.DeleteAsync(key, cancellationToken);
    }

    /// <summary>The value of a single-key read, or null when there was no such key.</summary>
    private static string? ValueOf(IReadOnlyList<KeyValuePair<string, string>> pairs) => pairs.Count == 0 ? null : pairs[0].Value;

    private static string? HostOf(string? value) => value is null ? null : Record(value)?.Host;

    private static SkyDnsRecordValue? Record(string value)
    {
        try
        {
            return JsonSerializer.Deserialize(value, OverlordJson.Options.TypeInfo<SkyDnsRecordValue>());
        }
        catch (JsonException)
        {
            return null; // a record someone else wrote by hand: not ours to interpret
        }
    }
}
