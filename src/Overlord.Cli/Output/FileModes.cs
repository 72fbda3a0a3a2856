using System.Text;

namespace Overlord.Cli.Output;

/// <summary>Python's <c>stat.filemode</c>: <c>33188</c> → <c>-rw-r--r--</c>, <c>16877</c> → <c>drwxr-xr-x</c>.</summary>
internal static class FileModes
{
    public static string Format(int mode)
    {
        var result = new StringBuilder(10).Append((mode & 0xF000) switch
        {
            0x8000 => '-',
            0x4000 => 'd',
            0x2000 => 'c',
            0x6000 => 'b',
            0x1000 => 'p',
            0xA000 => 'l',
            0xC000 => 's',
            _ => '?',
        });
        Triplet(result, mode >> 6, (mode & 0x800) != 0, 's');
        Triplet(result, mode >> 3, (mode & 0x400) != 0, 's');
        Triplet(result, mode, (mode & 0x200) != 0, 't');
        return result.ToString();
    }

    private static void Triplet(StringBuilder into, int bits, bool special, char specialChar)
    {
        into.Append((bits & 4) != 0 ? 'r' : '-').Append((bits & 2) != 0 ? 'w' : '-');
        var execute = (bits & 1) != 0;
        into.Append(special ? (execute ? specialChar : char.ToUpperInvariant(specialChar)) : execute ? 'x' : '-');
    }
}
