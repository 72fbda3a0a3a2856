namespace Overlord.Cli.Demo;

/// <summary>The flags of <c>overlord demo</c>.</summary>
internal sealed record DemoOptions
{
    /// <summary><c>--examples DIR</c>: the example repository to push (default: examples-repo found from here or the executable).</summary>
    public string? Examples { get; init; }

    /// <summary><c>--data-dir DIR</c>: a new or empty folder for everything the demo makes, kept on exit (default: a fresh temp folder).</summary>
    public string? DataDirectory { get; init; }

    /// <summary><c>--keep</c>: keep the default temp folder on exit.</summary>
    public bool Keep { get; init; }

    /// <summary><c>--port BASE</c>: nodes on BASE, BASE+1, BASE+2, the hello service on BASE+3, BASE+4 (default: free ports).</summary>
    public int? BasePort { get; init; }
}
