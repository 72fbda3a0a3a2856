using System.Globalization;
using System.Text;

namespace Overlord.Runtime.Inspection;

public static partial class LogTree
{
    /// <summary>What the log routes serve at most: a bigger log is cut to its last bytes, with a note.</summary>
    public const long DefaultMaxBytes = 1024 * 1024;

    /// <summary>
    /// Reads the log <c>root/segment/.../segment</c> for the API: every segment must decode to a plain name (see
    /// <see cref="DecodeSegment"/>), the path must stay inside <paramref name="root"/> and no entry below the root may be
    /// a symbolic link (a link could point anywhere; AppJail and Director write plain folders and files). The text
    /// loses its terminal sequences (<see cref="AnsiText.Strip"/>). A log longer than <paramref name="maxBytes"/> is
    /// cut to its end, the part a reader wants, after a line that says so.
    /// </summary>
    public static async Task<LogReadResult> ReadAsync(
        string root,
        IReadOnlyList<string> segments,
        long maxBytes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        var names = segments.Select(DecodeSegment).ToList();
        if (segments.Count == 0 || names.Any(name => name is null))
        {
            return LogReadResult.Refused("Log path segments must be plain names.");
        }

        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var path = Path.GetFullPath(Path.Combine([fullRoot, .. names.OfType<string>()]));
        var inside = Path.EndsInDirectorySeparator(fullRoot) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (!path.StartsWith(inside, StringComparison.Ordinal))
        {
            return LogReadResult.Refused("Log path leaves the logs folder.");
        }

        try
        {
            if (!File.Exists(path))
            {
                return LogReadResult.NotFound();
            }

            if (HasLinkBelow(fullRoot, path))
            {
                return LogReadResult.Refused("Log path goes through a symbolic link.");
            }

            return await ReadEndAsync(path, maxBytes, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Removed or rotated between the check and the read, or not readable by this user.
            return LogReadResult.NotFound();
        }
    }

    private static bool HasLinkBelow(string root, string path)
    {
        for (var current = path; current is not null && current.Length > root.Length; current = Path.GetDirectoryName(current))
        {
            if (new FileInfo(current).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<LogReadResult> ReadEndAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
        var length = stream.Length;
        var truncated = length > maxBytes;
        if (truncated)
        {
            stream.Seek(length - maxBytes, SeekOrigin.Begin);
        }

        var buffer = new byte[Math.Min(length, maxBytes)];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        var start = 0;
        while (truncated && start < read && (buffer[start] & 0xC0) == 0x80)
        {
            start++; // a character cut in half at the start of the kept part
        }

        var text = AnsiText.Strip(Encoding.UTF8.GetString(buffer, start, read - start));
        if (!truncated)
        {
            return LogReadResult.Found(text, truncated: false);
        }

        var note = string.Create(CultureInfo.InvariantCulture, $"[overlord: log truncated, showing the last {maxBytes} of {length} bytes]\n");
        return LogReadResult.Found(note + text, truncated: true);
    }
}
