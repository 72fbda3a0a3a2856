using LibGit2Sharp;
using Overlord.Core;
using Overlord.Core.Results;

namespace Overlord.Agent.Git;

public sealed partial class GitRepository
{
    /// <summary>
    /// Makes <see cref="RepositoryPath"/> a bare cache clone of <paramref name="remoteUrl"/>: created when missing,
    /// left alone when present, its remote URL updated when the configured one changed. Fetching is separate.
    /// A user and password in an http(s) URL stay in memory: the mirror's config holds the URL without them, and
    /// libgit2 asks this object for them when the server wants them (issue 11.7). A mirror written by an earlier
    /// version, with the password in its config, is rewritten without it.
    /// </summary>
    public Task<MirrorState> EnsureMirrorAsync(string remoteUrl, CancellationToken cancellationToken)
    {
        (remoteUrl, _remoteCredentials) = RemoteCredentials.Take(remoteUrl);
        return RunDetachedAsync(
            $"init --bare && git config remote.{RemoteName}.url {remoteUrl}",
            () =>
            {
                var existed = Repository.IsValid(RepositoryPath);

                // The owner's only (0700): the specs may carry secrets of their own.
                PrivateFiles.CreateOwnDirectory(RepositoryPath);
                if (!existed)
                {
                    Repository.Init(RepositoryPath, isBare: true);
                }

                using var repository = new Repository(RepositoryPath);
                if (!existed)
                {
                    repository.Refs.UpdateTarget("HEAD", "refs/heads/main");
                }

                var urlKey = $"remote.{RemoteName}.url";
                var currentUrl = repository.Config.Get<string>(urlKey)?.Value;
                if (currentUrl == remoteUrl)
                {
                    return MirrorState.Existing;
                }

                // Only the URL, no fetch refspec (as clone --bare does): fetches name exactly the refs they want.
                repository.Config.Set(urlKey, remoteUrl, ConfigurationLevel.Local);
                return existed && currentUrl is not null ? MirrorState.RemoteChanged : MirrorState.Created;
            },
            cancellationToken);
    }

    /// <summary>
    /// The cheap poll: the sha a remote's branch points at, or null when the branch does not exist. No fetch.
    /// <paramref name="remote"/> is the name of a remote of this repository, or a URL.
    /// </summary>
    public Task<string?> LsRemoteAsync(string remote, string branch, CancellationToken cancellationToken)
    {
        var reference = "refs/heads/" + branch;
        var (url, credentials) = RemoteCredentials.Take(remote);
        var handler = CredentialsFor(credentials ?? _remoteCredentials);
        return RunDetachedAsync(
            $"ls-remote -- {url} {reference}",
            () =>
            {
                if (Repository.IsValid(RepositoryPath))
                {
                    using var repository = new Repository(RepositoryPath);
                    // The indexer rejects a URL as an invalid name, so a remote is looked for among the names.
                    if (repository.Network.Remotes.Select(candidate => candidate.Name).Contains(url, StringComparer.Ordinal))
                    {
                        return Find([.. ListReferences(repository, repository.Network.Remotes[url], handler)], reference);
                    }
                }

                return Find([.. handler is null ? Repository.ListRemoteReferences(url) : Repository.ListRemoteReferences(url, handler)], reference);
            },
            cancellationToken);

        static IEnumerable<Reference> ListReferences(Repository repository, Remote remote, LibGit2Sharp.Handlers.CredentialsHandler? handler) =>
            handler is null ? repository.Network.ListReferences(remote) : repository.Network.ListReferences(remote, handler);

        static string? Find(IReadOnlyList<Reference> references, string name) =>
            references.FirstOrDefault(candidate => candidate.CanonicalName == name)?.TargetIdentifier;
    }

    /// <summary>Fetches a branch into <c>refs/heads/&lt;branch&gt;</c> (plus any extra refspecs) and returns its new sha.</summary>
    public async Task<string> FetchAsync(string branch, IReadOnlyList<string> extraRefspecs, CancellationToken cancellationToken)
    {
        var reference = "refs/heads/" + branch;
        await FetchRefspecsAsync([$"+{reference}:{reference}", .. extraRefspecs], cancellationToken);
        return await RevParseAsync(reference, cancellationToken)
            ?? throw new GitException($"git rev-parse {reference}", "the fetched branch is missing");
    }

    public Task<string> FetchAsync(string branch, CancellationToken cancellationToken) =>
        FetchAsync(branch, [], cancellationToken);

    /// <summary>Fetches exactly the given refspecs from the remote, without tags; a failed transfer is tried again (<see cref="GitFetchPipeline"/>).</summary>
    public async Task FetchRefspecsAsync(IReadOnlyList<string> refspecs, CancellationToken cancellationToken)
    {
        var result = await _fetchPipeline.ExecuteAsync(
            static async (state, token) => await state.Git.TryFetchRefspecsAsync(state.Refspecs, token),
            (Git: this, Refspecs: refspecs),
            cancellationToken);
        if (!result.IsSuccess)
        {
            throw new GitException($"git fetch {RemoteName} {string.Join(' ', refspecs)}", result.Error.Message);
        }
    }

    /// <summary>A fetch whose failure the caller classifies itself (the notes push loop).</summary>
    public Task<Result> TryFetchRefspecsAsync(IReadOnlyList<string> refspecs, CancellationToken cancellationToken) =>
        AttemptAsync($"fetch --no-tags {RemoteName} {string.Join(' ', refspecs)}", (repository, keepGoing) =>
        {
            var options = new FetchOptions
            {
                TagFetchMode = TagFetchMode.None,
                Prune = false,
                CredentialsProvider = CredentialsFor(_remoteCredentials),
                OnTransferProgress = _ => keepGoing(),
                OnProgress = _ => keepGoing(),
            };
            repository.Network.Fetch(RemoteName, refspecs, options);
            return Result.Success();
        }, cancellationToken);

    /// <summary>
    /// Pushes one <c>src:dst</c> refspec without force; the caller reads rejections from the result's error, whose
    /// code is <see cref="ErrorCodes.NotFound"/> when there is no local <c>src</c> to push.
    /// </summary>
    public Task<Result> TryPushAsync(string refspec, CancellationToken cancellationToken) =>
        AttemptAsync($"push {RemoteName} {refspec}", (repository, keepGoing) =>
        {
            var source = refspec.Split(':')[0];
            if (repository.Refs[source] is null)
            {
                // git's own wording, which the notes push reads as "nothing to push yet".
                return Result.Failure(ErrorCodes.NotFound, $"error: src refspec {source} does not match any");
            }

            var rejections = new List<string>();
            var options = new PushOptions
            {
                CredentialsProvider = CredentialsFor(_remoteCredentials),
                OnPushStatusError = error => rejections.Add($"! [remote rejected] {error.Reference} ({error.Message})"),
                OnPushTransferProgress = (_, _, _) => keepGoing(),
                OnPackBuilderProgress = (_, _, _) => keepGoing(),
            };
            try
            {
                repository.Network.Push(repository.Network.Remotes[RemoteName], refspec, options);
            }
            catch (NonFastForwardException exception)
            {
                return Result.Failure(ErrorCodes.Failed, $"! [rejected] {refspec} (non-fast-forward): {exception.Message}");
            }

            return rejections.Count == 0 ? Result.Success() : Result.Failure(ErrorCodes.Failed, string.Join('\n', rejections));
        }, cancellationToken);

    // A transfer that reports failure instead of throwing it; stopped at its next progress report once cancelled or
    // past the transfer timeout.
    private Task<Result> AttemptAsync(string command, Func<Repository, Func<bool>, Result> transfer, CancellationToken cancellationToken) =>
        RunAsync(command, repository =>
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(_options.TransferTimeout);
            try
            {
                return transfer(repository, () => !deadline.IsCancellationRequested);
            }
            catch (UserCancelledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Result.Failure(ErrorCodes.Timeout, $"timed out after {_options.TransferTimeout}");
            }
            catch (LibGit2SharpException exception) when (exception is not UserCancelledException)
            {
                return Result.Failure(ErrorCodes.Failed, UrlCredentials.Redact(exception.Message));
            }
        }, cancellationToken);
}
