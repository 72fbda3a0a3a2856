using Overlord.Agent.Statuses;
using Overlord.Core;
using Overlord.Core.Config;
using Overlord.Testing;
using Polly;

namespace Overlord.Agent.Tests.Statuses;

/// <summary>Commit status writers pointed at a <see cref="FakeStatusApi"/>, with the production pipeline's short-delay twin.</summary>
internal static class StatusWriters
{
    public const string Repository = "https://github.example/owner/repo.git";

    /// <summary>The writer of the provider; the host it sends through is disposed with the returned scope.</summary>
    public static (CommitStatusWriter Writer, IDisposable Host) Create(FakeStatusApi api, CommitStatusProvider provider, string token = "gh-token")
    {
        var config = new CommitStatusConfig { Provider = provider, ApiUrl = api.BaseUrl, Token = new Secret(token) };
        var repository = StatusRepository.Parse(Repository);
        var http = new HttpClient();
        ICommitStatusHost host = provider == CommitStatusProvider.Gitea
            ? new GiteaStatusHost(http, config, repository)
            : new GitHubStatusHost(config, repository, () => new SocketsHttpHandler());
        var pipeline = StatusPipelines.Configure(new ResiliencePipelineBuilder(), TimeSpan.FromMilliseconds(10)).Build();
        var writer = new CommitStatusWriter(host, pipeline, TestLog.For<CommitStatusWriter>());
        return (writer, new Disposables(http, host as IDisposable));
    }

    private sealed class Disposables(HttpClient http, IDisposable? host) : IDisposable
    {
        public void Dispose()
        {
            host?.Dispose();
            http.Dispose();
        }
    }
}
