using System.Text;
using Overlord.Core;

namespace Overlord.Server.Hosting;

/// <summary>
/// The node's server id: a UUID4 kept in the <c>serverid</c> file, made on first start, as the original.
/// It names the node in <c>X-Overlord-Visited</c>, so it must survive restarts.
/// </summary>
public static class ServerIdFile
{
    public static async Task<string> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            var existing = (await File.ReadAllTextAsync(fullPath, cancellationToken)).Trim();
            if (Guid.TryParse(existing, out _))
            {
                return existing;
            }

            throw new OverlordException($"{fullPath}: the server id file does not hold a UUID; remove it to make a new one", ExitCodes.Config);
        }

        PrivateFiles.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var serverId = Guid.NewGuid().ToString();
        var temporary = $"{fullPath}.{Guid.NewGuid():N}.tmp";

        // 0600 like the node database: it names the node in every chained request.
        await using (var stream = new FileStream(temporary, PrivateFiles.NewFileOptions(FileMode.CreateNew)))
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(serverId), cancellationToken);
        }

        try
        {
            // Two nodes starting on one data dir at once: the first rename wins, the other reads it.
            File.Move(temporary, fullPath, overwrite: false);
            return serverId;
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            File.Delete(temporary);
            return (await File.ReadAllTextAsync(fullPath, cancellationToken)).Trim();
        }
    }
}
