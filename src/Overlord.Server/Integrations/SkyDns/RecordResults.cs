namespace Overlord.Server.Integrations.SkyDns;

/// <summary>
/// What etcd answered for each record, written as the original's messages write it:
/// <c>[address:True,ptr:None,srv:False]</c> (None: not asked for; False: a delete found nothing).
/// </summary>
internal sealed class RecordResults
{
    public bool? Address { get; set; }

    public bool? Ptr { get; set; }

    public bool? Srv { get; set; }

    public override string ToString() => $"[address:{Text(Address)},ptr:{Text(Ptr)},srv:{Text(Srv)}]";

    private static string Text(bool? value) => value switch
    {
        true => "True",
        false => "False",
        null => "None",
    };
}
