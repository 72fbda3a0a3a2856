namespace Overlord.Runtime.ProcessDriver;

/// <summary>A problem in a Makejail, located by file and line (0 when it concerns the whole file).</summary>
internal sealed record MakejailError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
