using System.Globalization;

namespace Overlord.Bench.Nodes;

/// <summary>
/// What an <c>overlord-bench-nodes</c> process and the bench say to each other, one line at a time. On stdout:
/// <c>node NAME ADDRESS TOKEN</c> as each node is up, <c>up</c> once all are, <c>armed N</c> and then
/// <c>write N NAME TIMESTAMP</c> for each node's first metadata write since <c>arm N</c> (a <see cref="System.Diagnostics.Stopwatch"/>
/// timestamp: the monotonic clock, the same in every process of the machine). On stdin: <c>arm N</c>; its end stops the process.
/// </summary>
public static class NodeHostLines
{
    public const string Node = "node";
    public const string Up = "up";
    public const string Arm = "arm";
    public const string Armed = "armed";
    public const string Write = "write";

    public static string Format(params object[] words) => string.Join(' ', words.Select(word => Convert.ToString(word, CultureInfo.InvariantCulture)));
}
