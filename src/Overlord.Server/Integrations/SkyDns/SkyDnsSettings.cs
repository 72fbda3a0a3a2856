using Overlord.Core.Results;

namespace Overlord.Server.Integrations.SkyDns;

/// <summary>
/// A service's <c>overlord.skydns*</c> labels, checked: <c>.group</c> and <c>.interface</c> are required,
/// <c>.interface.address</c> narrows the address to a CIDR, <c>.ttl</c> defaults to 60, <c>.ptr</c> adds a PTR
/// record and <c>.srv</c> an SRV record, which needs <c>.srv.port</c>, <c>.srv.proto</c> and <c>.srv.service</c>.
/// </summary>
internal sealed record SkyDnsSettings(string Group, string Interface, string? Network, int Ttl, bool Ptr, SrvSettings? Srv)
{
    public const string Enable = "overlord.skydns";
    public const int DefaultTtl = 60;
    public const int DefaultPriority = 10;
    public const int DefaultWeight = 100;

    /// <summary>The settings, or the message naming the first label that is missing or wrong.</summary>
    public static Result<SkyDnsSettings> Read(LabelContext context)
    {
        var labels = context.Labels;
        if (labels.Get(Enable + ".group") is not { } groupLabel)
        {
            return Missing(context, ".group", "group");
        }

        if (SkyDnsRecords.Group(groupLabel) is not { } group)
        {
            return LabelErrors.Invalid(Enable + ".group", $"{context.Describe(("group", groupLabel), ("label", Enable + ".group"))} invalid group name.");
        }

        if (labels.Get(Enable + ".interface") is not { } interfaceName)
        {
            return Missing(context, ".interface", "interface");
        }

        if (labels.WholeNumber(Enable + ".ttl", DefaultTtl) is not { } ttl)
        {
            return Invalid(context, ".ttl", "TTL");
        }

        SrvSettings? srv = null;
        if (labels.Has(Enable + ".srv"))
        {
            var read = ReadSrv(context);
            if (!read.IsSuccess)
            {
                return read.AsFailure<SkyDnsSettings>();
            }

            srv = read.Value;
        }

        return new SkyDnsSettings(group, interfaceName, labels.Get(Enable + ".interface.address"), ttl, labels.Has(Enable + ".ptr"), srv);
    }

    private static Result<SrvSettings> ReadSrv(LabelContext context)
    {
        var labels = context.Labels;
        if (!labels.Has(Enable + ".srv.port"))
        {
            return Missing(context, ".srv.port", "port");
        }

        if (labels.WholeNumber(Enable + ".srv.port", 0) is not { } port)
        {
            return Invalid(context, ".srv.port", "port");
        }

        if (labels.Get(Enable + ".srv.proto") is not { } protocol)
        {
            return Missing(context, ".srv.proto", "protocol");
        }

        if (labels.Get(Enable + ".srv.service") is not { } service)
        {
            return Missing(context, ".srv.service", "service");
        }

        return (labels.WholeNumber(Enable + ".srv.priority", DefaultPriority), labels.WholeNumber(Enable + ".srv.weight", DefaultWeight), labels.WholeNumber(Enable + ".srv.ttl", DefaultTtl)) switch
        {
            (null, _, _) => Invalid(context, ".srv.priority", "priority"),
            (_, null, _) => Invalid(context, ".srv.weight", "weight"),
            (_, _, null) => Invalid(context, ".srv.ttl", "TTL"),
            var (priority, weight, ttl) => new SrvSettings(protocol, service, port, priority.Value, weight.Value, ttl.Value),
        };
    }

    private static OverlordError Missing(LabelContext context, string suffix, string what) => LabelErrors.Missing(context, Enable + suffix, what);

    private static OverlordError Invalid(LabelContext context, string suffix, string what) => LabelErrors.Invalid(
        Enable + suffix, $"{context.Describe((suffix.Split('.')[^1], context.Labels.Get(Enable + suffix)), ("label", Enable + suffix))} invalid {what}.");
}
