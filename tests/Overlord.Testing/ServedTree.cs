namespace Overlord.Testing;

/// <summary>
/// The <c>overlord serve</c> processes of one test: started from a config file (or a <see cref="ServedNode"/>
/// written into the test's folder), all stopped when the tree is disposed, whatever the test did to them.
/// </summary>
public sealed class ServedTree : IAsyncDisposable
{
    private readonly List<ServeProcess> _nodes = [];

    /// <summary>Every node started here, in the order they started.</summary>
    public IReadOnlyList<ServeProcess> Nodes => _nodes;

    /// <summary>Writes <paramref name="node"/>'s overlord.yml to <c>NAME/overlord.yml</c> in <paramref name="folder"/> and returns its path.</summary>
    public static string WriteConfig(TempDirectory folder, ServedNode node)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(node);
        return folder.Write($"{node.Name}/overlord.yml", node.ConfigYaml(folder.Combine(node.Name, "data")));
    }

    /// <summary>Starts <c>overlord serve --config <paramref name="configFile"/></c>, waits until it listens, and keeps it for disposal.</summary>
    public async Task<ServeProcess> StartAsync(string configFile, IReadOnlyDictionary<string, string>? environment = null)
    {
        var node = await ServeProcess.StartAsync(configFile, Xunit.TestContext.Current.CancellationToken, environment);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Stops every node started here, the last started first (a parent before its children).</summary>
    public async ValueTask DisposeAsync()
    {
        for (var index = _nodes.Count - 1; index >= 0; index--)
        {
            await _nodes[index].DisposeAsync();
        }

        _nodes.Clear();
    }
}
