using System.Net;

namespace Overlord.Cli.Demo;

/// <summary>Asks a URL until it answers 200 or a deadline passes: a service that was just started may not listen yet.</summary>
internal static class ServiceProbe
{
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    public static async Task<bool> AnswersAsync(HttpClient http, Uri address, TimeSpan patience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(Attempt);
                try
                {
                    using var response = await http.GetAsync(address, attempt.Token);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return true;
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    // Not listening yet, or too slow this time: ask again.
                }
            }

            if (DateTime.UtcNow + Pause > deadline)
            {
                return false;
            }

            await Task.Delay(Pause, cancellationToken);
        }
    }
}
