using Overlord.Core;
using Overlord.Runtime.Processes;

namespace Overlord.Agent.Git;

public sealed partial class GitCli
{
    /// <summary>
    /// Makes <see cref="RepositoryPath"/> a bare cache clone of <paramref name="remoteUrl"/>: created when missing,
    /// left alone when present, its remote URL updated when the configured one changed. Fetching is separate.
    /// A user and password in an http(s) URL stay in memory: the mirror's config holds the URL without them, and
    /// each git command that may reach the remote gets them from a credential helper (issue 11.7). A mirror
    /// written by an earlier version, with the password in its config, is rewritten without it.
    /// </summary>
    public async Task<MirrorState> EnsureMirrorAsync(string remoteUrl, CancellationToken cancellationToken)
    {
        (remoteUrl, _remoteCredentials) = RemoteCredentials.Take(remoteUrl);
        var existed = File.Exists(Path.Combine(RepositoryPath, "HEAD"));

        // The owner's only (0700): the specs may carry secrets of their own.
        PrivateFiles.CreateOwnDirectory(RepositoryPath);

        // Re-running init on an existing repository is harmless; it also repairs a half-created one.
        await RunCheckedAsync(["-c", "init.defaultBranch=main", "init", "--quiet", "--bare"], cancellationToken);
        var urlKey = $"remote.{RemoteName}.url";
        var current = await RunAsync(["config", "--get", urlKey], null, cancellationToken);
        var currentUrl = current.Succeeded ? current.StdOut.TrimEnd('\n') : null;
        if (currentUrl == remoteUrl)
        {
            return MirrorState.Existing;
        }

        // Only the URL, no fetch refspec (as clone --bare does): fetches name exactly the refs they want.
        await RunCheckedAsync(["config", urlKey, remoteUrl], cancellationToken);
        return existed && currentUrl is not null ? MirrorState.RemoteChanged : MirrorState.Created;
    }

    /// <summary>The cheap poll: the sha a remote's branch points at, or null when the branch does not exist. No fetch.</summary>
    public async Task<string?> LsRemoteAsync(string remote, string branch, CancellationToken cancellationToken)
    {
        var reference = "refs/heads/" + branch;
        var (url, credentials) = RemoteCredentials.Take(remote);
        string[] arguments = ["ls-remote", "--", url, reference];
        var result = await RunAsync(arguments, null, credentials ?? _remoteCredentials, cancellationToken);
        var output = result.Succeeded ? result.StdOut : throw Failure(arguments, result.ExitCode, result.StdErr);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('\t');
            if (fields.Length == 2 && fields[1] == reference)
            {
                return fields[0];
            }
        }

        return null;
    }

    /// <summary>Fetches a branch into <c>refs/heads/&lt;branch&gt;</c> (plus any extra refspecs) and returns its new sha.</summary>
    public async Task<string> FetchAsync(string branch, IReadOnlyList<string> extraRefspecs, CancellationToken cancellationToken)
    {
        var reference = "refs/heads/" + branch;
        await FetchRefspecsAsync([$"+{reference}:{reference}", .. extraRefspecs], cancellationToken);
        return await RevParseAsync(reference, cancellationToken)
            ?? throw new GitException($"git rev-parse {reference}", 1, "the fetched branch is missing");
    }

    public Task<string> FetchAsync(string branch, CancellationToken cancellationToken) =>
        FetchAsync(branch, [], cancellationToken);

    /// <summary>Fetches exactly the given refspecs from the remote, without tags.</summary>
    public async Task FetchRefspecsAsync(IReadOnlyList<string> refspecs, CancellationToken cancellationToken)
    {
        var result = await TryFetchRefspecsAsync(refspecs, cancellationToken);
        if (!result.Succeeded)
        {
            throw Failure(["fetch", RemoteName, .. refspecs], result.ExitCode, result.StdErr);
        }
    }

    /// <summary>A fetch whose failure the caller classifies itself (the notes push loop).</summary>
    public Task<ToolResult> TryFetchRefspecsAsync(IReadOnlyList<string> refspecs, CancellationToken cancellationToken) =>
        RunAsync(["fetch", "--quiet", "--no-tags", "--no-write-fetch-head", RemoteName, .. refspecs], null, cancellationToken);

    /// <summary>Pushes one refspec without force; the caller reads rejections from the result.</summary>
    public Task<ToolResult> TryPushAsync(string refspec, CancellationToken cancellationToken) =>
        RunAsync(["push", "--quiet", "--no-verify", RemoteName, refspec], null, cancellationToken);
}
