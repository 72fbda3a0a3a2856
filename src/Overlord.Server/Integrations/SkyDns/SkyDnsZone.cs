namespace Overlord.Server.Integrations.SkyDns;

/// <summary>
/// <c>skydns.zone</c> as a DNS name: its labels (none for the root zone <c>.</c>), the etcd path they give
/// (<c>example.org.</c> gives <c>/org/example</c>, the root gives nothing) and how record targets end.
/// </summary>
internal sealed record SkyDnsZone(IReadOnlyList<string> Labels)
{
    /// <summary>The zone, or null when it is not a DNS name (an empty label, or one over 63 characters).</summary>
    public static SkyDnsZone? Parse(string zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var text = zone.Trim();
        text = text is "" or "." or "@" ? "" : text.TrimEnd('.');
        var labels = text.Length == 0 ? [] : text.Split('.');
        return labels.All(label => label.Length is > 0 and <= 63) ? new SkyDnsZone(labels) : null;
    }

    /// <summary>The etcd path of the zone: its labels reversed, each after a slash.</summary>
    public string Path => string.Concat(Labels.Reverse().Select(label => "/" + label));

    /// <summary>
    /// A name inside the zone, without the final dot. For the root zone that is the name alone: the original
    /// appended the zone's text, <c>.</c>, and so wrote <c>web..</c>, which is no DNS name.
    /// </summary>
    public string Qualify(string name) => Labels.Count == 0 ? name : name + "." + string.Join('.', Labels);
}
