namespace Overlord.Runtime.ProcessDriver;

/// <summary>A build-stage step of a compiled Makejail, with the place it came from.</summary>
internal abstract record MakejailStep(string File, int Line)
{
    public string Location => $"{File}:{Line}";
}

/// <summary>A CMD or RUN of the build stage: run to completion with <c>/bin/sh -c</c>.</summary>
internal sealed record RunStep(string Command, string WorkingDirectory, IReadOnlyDictionary<string, string> Environment, string File, int Line)
    : MakejailStep(File, Line);

/// <summary>A COPY: a file or folder from beside the Makejail into the service root.</summary>
internal sealed record CopyStep(string Source, string Destination, string File, int Line) : MakejailStep(File, Line);

/// <summary>A WORKDIR: the folder is made at build time.</summary>
internal sealed record MakeDirectoryStep(string Path, string File, int Line) : MakejailStep(File, Line);
