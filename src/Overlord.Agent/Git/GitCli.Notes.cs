using Overlord.Runtime.Processes;

namespace Overlord.Agent.Git;

public sealed partial class GitCli
{
    /// <summary>The note of a commit in a notes ref, or null when it has none.</summary>
    public async Task<string?> ShowNoteAsync(string notesRef, string commit, CancellationToken cancellationToken)
    {
        RequireRevision(commit);
        string[] arguments = ["notes", $"--ref={notesRef}", "show", commit];
        var result = await RunAsync(arguments, null, cancellationToken);
        if (result.Succeeded)
        {
            return result.StdOut;
        }

        return result.StdErr.Contains("no note found", StringComparison.Ordinal)
            ? null
            : throw Failure(arguments, result.ExitCode, result.StdErr);
    }

    /// <summary>Sets the whole note of a commit in one notes commit, signed with the agent's identity.</summary>
    public async Task WriteNoteAsync(string notesRef, string commit, string content, CancellationToken cancellationToken)
    {
        RequireRevision(commit);
        await RunCheckedAsync(["notes", $"--ref={notesRef}", "add", "--force", "--file=-", commit], cancellationToken, content);
    }

    /// <summary>Merges another notes ref into <paramref name="notesRef"/>; the caller reads a failure from the result.</summary>
    public Task<ToolResult> TryMergeNotesAsync(string notesRef, string otherRef, string strategy, CancellationToken cancellationToken) =>
        RunAsync(["notes", $"--ref={notesRef}", "merge", "--quiet", $"--strategy={strategy}", otherRef], null, cancellationToken);
}
