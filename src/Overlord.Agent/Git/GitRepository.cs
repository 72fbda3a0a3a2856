using LibGit2Sharp;
using LibGit2Sharp.Handlers;
using Microsoft.Extensions.Logging;
using Overlord.Core;
using Overlord.Core.Results;
using Polly;

namespace Overlord.Agent.Git;

/// <summary>
/// The agent's git work on one repository, through libgit2 (LibGit2Sharp): no git executable is needed. Each call
/// opens the repository afresh, since a libgit2 handle is not to be shared between threads. ssh:// remotes run the
/// system <c>ssh</c> (libgit2's exec transport), so keys, agents and known_hosts checking are the operator's own.
/// </summary>
public sealed partial class GitRepository
{
    private readonly GitRepositoryOptions _options;
    private readonly ILogger<GitRepository> _logger;

    // Tries a failed fetch again (GitFetchPipeline, registered in the agent's services); none without it.
    private readonly ResiliencePipeline<Result> _fetchPipeline;

    // The configured repository's user and password, taken out of its URL by EnsureMirrorAsync.
    private RemoteCredentials? _remoteCredentials;

    public GitRepository(GitRepositoryOptions options, ILogger<GitRepository> logger, ResiliencePipeline<Result>? fetchPipeline = null)
    {
        _options = options;
        _logger = logger;
        _fetchPipeline = fetchPipeline ?? ResiliencePipeline<Result>.Empty;
        RepositoryPath = Path.GetFullPath(options.RepositoryPath);
    }

    public string RepositoryPath { get; }

    public string RemoteName => _options.RemoteName;

    /// <summary>
    /// Runs one git operation on a thread of the pool with the repository open. <paramref name="command"/> names it
    /// as the git command line would (for the debug log and errors); libgit2's errors become <see cref="GitException"/>.
    /// </summary>
    private Task<T> RunAsync<T>(string command, Func<Repository, T> operation, CancellationToken cancellationToken) =>
        RunDetachedAsync(command, () =>
        {
            using var repository = new Repository(RepositoryPath);
            return operation(repository);
        }, cancellationToken);

    /// <summary>As <see cref="RunAsync{T}"/>, for an operation that opens (or creates) the repository itself.</summary>
    private Task<T> RunDetachedAsync<T>(string command, Func<T> operation, CancellationToken cancellationToken)
    {
        _logger.LogDebug("Running git {Arguments} in {Repository}", UrlCredentials.Redact(command), RepositoryPath);
        return Task.Run(
            () =>
            {
                try
                {
                    GitReadOptions.Apply();
                    return operation();
                }
                catch (UserCancelledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
                catch (LibGit2SharpException exception)
                {
                    throw new GitException("git " + command, exception.Message);
                }
            },
            cancellationToken);
    }

    /// <summary>Answers libgit2's request for credentials from memory; null when there are none to give.</summary>
    private static CredentialsHandler? CredentialsFor(RemoteCredentials? credentials) =>
        credentials is null
            ? null
            : (_, _, _) => new UsernamePasswordCredentials { Username = credentials.UserName, Password = credentials.Password.Reveal() };

    private Signature AgentSignature() => new(_options.Identity.Name, _options.Identity.Email, DateTimeOffset.Now);

    private static void RequireRevision(string revision)
    {
        // The same rule as with the git command line, where a leading '-' would be read as an option.
        if (revision.Length == 0 || revision[0] == '-')
        {
            throw new ArgumentException($"'{revision}' is not a git revision", nameof(revision));
        }
    }
}
