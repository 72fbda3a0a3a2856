using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads the keys every kind shares: <c>kind</c>, <c>datacenters</c>, <c>deployIn</c>, <c>maximumDeployments</c>.</summary>
internal static class CommonSpecReader
{
    public static SpecKind? Kind(MappingReader root)
    {
        if (root.Take("kind", required: true) is not { } node || NodeValues.Text(node, "kind", root.Bag) is not { } text)
        {
            return null;
        }

        var kind = SpecNames.ParseKind(text);
        if (kind is null)
        {
            root.Bag.Error(node, "kind", $"unknown kind '{text}'; use one of: {string.Join(", ", SpecNames.KindTexts)}");
        }

        return kind;
    }

    public static Spec ReadInto(Spec spec, MappingReader root)
    {
        var datacenters = Datacenters(root);
        return spec with
        {
            Datacenters = datacenters,
            DeployIn = DeployIn(root, datacenters),
            MaximumDeployments = root.WholeNumber("maximumDeployments", min: 0) ?? 0,
        };
    }

    private static Dictionary<string, DatacenterSpec> Datacenters(MappingReader root)
    {
        var result = new Dictionary<string, DatacenterSpec>(StringComparer.Ordinal);
        if (root.Mapping("datacenters", required: true) is not { } map)
        {
            return result;
        }

        if (map.Node.Entries.Count == 0)
        {
            root.Bag.Error(map.Node, "datacenters", "no datacenter is defined; add at least one (name: {entrypoint: URL, access_token: TOKEN})");
        }

        foreach (var (name, value) in map.Node.Entries)
        {
            var path = map.ChildPath(name.Value);
            if (!SpecPatterns.ChainName().IsMatch(name.Value))
            {
                root.Bag.Error(name, path, $"'{name.Value}' is not a valid datacenter name; {SpecPatterns.ChainNameRule}");
            }

            // A datacenter left empty (main: ~) loads with every default, as in the original.
            var datacenter = map.Take(name.Value) is { } node && NodeValues.Mapping(node, path, root.Bag) is { } reader
                ? Datacenter(reader)
                : new DatacenterSpec();
            result[name.Value] = datacenter;
        }

        return result;
    }

    private static DatacenterSpec Datacenter(MappingReader dc)
    {
        var token = dc.Text("access_token");
        var spec = new DatacenterSpec
        {
            Entrypoint = dc.Text("entrypoint"),
            AccessToken = token is null ? null : new Secret(token),
            Timeout = dc.WholeNumber("timeout") ?? DatacenterSpec.DefaultTimeout,
            ReadTimeout = dc.WholeNumber("read_timeout") ?? DatacenterSpec.DefaultReadTimeout,
            WriteTimeout = dc.WholeNumber("write_timeout") ?? DatacenterSpec.DefaultWriteTimeout,
            ConnectTimeout = dc.WholeNumber("connect_timeout") ?? DatacenterSpec.DefaultConnectTimeout,
            PoolTimeout = dc.WholeNumber("pool_timeout") ?? DatacenterSpec.DefaultPoolTimeout,
            MaxKeepaliveConnections = dc.WholeNumber("max_keepalive_connections", min: 0) ?? DatacenterSpec.DefaultMaxKeepaliveConnections,
            MaxConnections = dc.WholeNumber("max_connections", min: 0) ?? DatacenterSpec.DefaultMaxConnections,
            KeepaliveExpiry = dc.WholeNumber("keepalive_expiry") ?? DatacenterSpec.DefaultKeepaliveExpiry,
            Cacert = dc.Text("cacert"),
        };
        dc.RejectUnknownKeys();
        return spec;
    }

    private static DeployInSpec DeployIn(MappingReader root, Dictionary<string, DatacenterSpec> datacenters)
    {
        var all = datacenters.Keys.ToList();
        if (root.Mapping("deployIn", required: true) is not { } deploy)
        {
            return new DeployInSpec { Entrypoints = all };
        }

        if (deploy.Node.Entries.Count == 0)
        {
            root.Bag.Error(deploy.Node, "deployIn", "is empty; give at least one of entrypoints, labels or exclude");
        }

        var spec = new DeployInSpec
        {
            Entrypoints = Entrypoints(deploy, datacenters) ?? all,
            Labels = SpecValues.NonEmptyList(deploy, "labels", SpecPatterns.Label(), SpecPatterns.LabelRule) ?? [DeployInSpec.AllLabel],
            Exclude = deploy.StringList("exclude", pattern: SpecPatterns.Label(), allowed: SpecPatterns.LabelRule) ?? [],
        };
        deploy.RejectUnknownKeys();
        return spec;
    }

    private static List<string>? Entrypoints(MappingReader deploy, Dictionary<string, DatacenterSpec> datacenters)
    {
        if (SpecValues.NonEmptySequence(deploy, "entrypoints") is not { } items)
        {
            return null;
        }

        var result = new List<string>();
        for (var i = 0; i < items.Items.Count; i++)
        {
            var node = items.Items[i];
            var path = NodeValues.Item(deploy.ChildPath("entrypoints"), i);
            if (NodeValues.Text(node, path, deploy.Bag) is not { } entrypoint)
            {
                continue;
            }

            var segments = entrypoint.Split('.');
            if (segments.Any(s => !SpecPatterns.ChainName().IsMatch(s)))
            {
                deploy.Bag.Error(node, path, $"'{entrypoint}' is not a valid entry point; write DATACENTER or DATACENTER.CHAIN.CHAIN, where {SpecPatterns.ChainNameRule}");
            }
            else if (!datacenters.ContainsKey(segments[0]))
            {
                var known = datacenters.Count == 0 ? "none is defined" : $"defined: {string.Join(", ", datacenters.Keys)}";
                deploy.Bag.Error(node, path, $"'{entrypoint}' starts with the datacenter '{segments[0]}', which is not under datacenters ({known})");
            }
            else if (!result.Contains(entrypoint, StringComparer.Ordinal))
            {
                result.Add(entrypoint);
            }
        }

        return result;
    }
}
