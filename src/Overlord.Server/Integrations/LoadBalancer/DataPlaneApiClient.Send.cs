using System.Globalization;
using System.Net.Mime;
using System.Text;
using Overlord.Core;

namespace Overlord.Server.Integrations.LoadBalancer;

public sealed partial class DataPlaneApiClient
{
    private async Task<DataPlaneReply> SendAsync(HttpMethod method, string pathAndQuery, string? body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_requestTimeout);
        using var request = new HttpRequestMessage(method, new Uri(_entrypoint + pathAndQuery));
        request.Headers.Authorization = _authorization;
        if (body is not null || method == HttpMethod.Post || method == HttpMethod.Put)
        {
            // As the original: JSON content type on every POST and PUT, even without a body.
            request.Content = new StringContent(body ?? "", Encoding.UTF8, MediaTypeNames.Application.Json);
        }

        try
        {
            using var response = await _client.SendAsync(request, timeout.Token);
            return new DataPlaneReply((int)response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DataPlaneReply(0, "", $"{method} {pathAndQuery}: no answer within {_requestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException exception)
        {
            return new DataPlaneReply(0, "", $"{method} {pathAndQuery}: {UrlCredentials.Redact(exception.Message)}");
        }
    }
}
