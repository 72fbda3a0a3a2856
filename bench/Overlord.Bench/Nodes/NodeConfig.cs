using System.Globalization;
using System.Text;

namespace Overlord.Bench.Nodes;

/// <summary>Writes a node's <c>overlord.yml</c> as an operator would: loopback, the process runtime, its own data folder.</summary>
public static class NodeConfig
{
    /// <summary>Writes <c>DIRECTORY/overlord.yml</c> and returns its path; <paramref name="extra"/> is appended as is.</summary>
    public static string Write(string directory, int port, IEnumerable<string> labels, IEnumerable<ChainLink> chains, string extra = "")
    {
        Directory.CreateDirectory(directory);
        var text = new StringBuilder()
            .Append("listen: 127.0.0.1\n")
            .Append(CultureInfo.InvariantCulture, $"port: {port}\n")
            .Append("runtime: process\n")
            .Append(CultureInfo.InvariantCulture, $"data_dir: '{Path.Combine(directory, "data")}'\n")
            .Append(CultureInfo.InvariantCulture, $"labels: [{string.Join(", ", labels)}]\n");
        var links = chains.ToList();
        if (links.Count > 0)
        {
            text.Append("chains:\n");
            foreach (var link in links)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {link.Name}:\n    entrypoint: '{link.Entrypoint}'\n    access_token: '{link.AccessToken}'\n");
                if (link.ReadTimeoutSeconds is { } seconds)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    read_timeout: {seconds}\n    write_timeout: {seconds}\n");
                }
            }
        }

        var file = Path.Combine(directory, "overlord.yml");
        File.WriteAllText(file, text.Append(extra).ToString());
        return file;
    }
}
