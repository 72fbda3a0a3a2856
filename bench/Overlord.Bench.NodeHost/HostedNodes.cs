using Overlord.Bench.Nodes;

namespace Overlord.Bench.NodeHost;

/// <summary>The nodes of this process by name, the bench's <c>arm N</c> commands, and the stop of every node at the end.</summary>
internal sealed class HostedNodes : IAsyncDisposable
{
    private readonly Dictionary<string, HostedNode> _nodes = new(StringComparer.Ordinal);

    public HostedNode this[string name] => _nodes[name];

    public void Add(string name, HostedNode node) => _nodes.Add(name, node);

    /// <summary>
    /// Reads commands until stdin ends: <c>arm N</c> forgets every node's earlier writes, answers <c>armed N</c>, then
    /// writes <c>write N NAME TIMESTAMP</c> when each node receives its first metadata write since.
    /// </summary>
    public async Task FollowAsync(TextReader commands, TextWriter output, CancellationToken cancellationToken)
    {
        while (await commands.ReadLineAsync(cancellationToken) is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words is not [NodeHostLines.Arm, var generation])
            {
                throw new InvalidDataException($"unknown command '{line}'");
            }

            foreach (var node in _nodes.Values)
            {
                node.Recorder.Arm();
            }

            output.WriteLine(NodeHostLines.Format(NodeHostLines.Armed, generation));
            foreach (var (name, node) in _nodes)
            {
                _ = ReportAsync(node.Recorder.NextWriteAsync(cancellationToken), generation, name, output);
            }
        }
    }

    private static async Task ReportAsync(Task<long> write, string generation, string name, TextWriter output)
    {
        try
        {
            output.WriteLine(NodeHostLines.Format(NodeHostLines.Write, generation, name, await write));
        }
        catch (OperationCanceledException)
        {
            // The process stops; the write never came.
        }
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(_nodes.Values.Select(node => node.DisposeAsync().AsTask()));
}
