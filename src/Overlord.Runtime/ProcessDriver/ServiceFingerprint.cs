using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Overlord.Runtime.Director;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// What decides that a service must be recreated: its definition in the Director file (after
/// <c>${NAME}</c> expansion, so arguments and environments are in it), its jail name, and the
/// content of every Makejail it reads. Director compares the definition and the Makejail's mtime;
/// content is steadier (a checkout touches mtimes without changing anything).
/// </summary>
internal static class ServiceFingerprint
{
    public static string Compute(DirectorService service, string jail, IReadOnlyList<MakejailSource> sources)
    {
        var text = new StringBuilder()
            .Append(JsonSerializer.Serialize(service, RuntimeFilesJsonContext.Default.DirectorService)).Append('\n')
            .Append(jail).Append('\n');
        foreach (var source in sources)
        {
            text.Append(source.Path).Append('\0').Append(source.Content).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
