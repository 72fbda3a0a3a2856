using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Support;

/// <summary>
/// A bare repository served over git's smart HTTP protocol (the real <c>git http-backend</c>, run as a CGI per
/// request) behind Basic authentication: enough to see what credentials a git client sends. libgit2 speaks only
/// the smart protocol.
/// </summary>
internal sealed class SmartHttpGitServer : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _expected;
    private FakeHttpHost? _host;

    private SmartHttpGitServer(string root, string user, string password)
    {
        _root = Path.GetFullPath(root);
        _expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
    }

    /// <summary>The repository's URL, without credentials (<c>http://127.0.0.1:PORT/NAME.git</c>).</summary>
    public string Url { get; private set; } = "";

    /// <summary>Requests that carried the expected credentials.</summary>
    public int Authorized { get; private set; }

    /// <summary>Serves <paramref name="bareRepository"/>, whose parent folder becomes the site's root.</summary>
    public static async Task<SmartHttpGitServer> StartAsync(string bareRepository, string user, string password)
    {
        var server = new SmartHttpGitServer(Path.GetDirectoryName(Path.GetFullPath(bareRepository))!, user, password);
        server._host = await FakeHttpHost.StartAsync(server.ServeAsync);
        server.Url = $"{server._host.Url}/{Path.GetFileName(bareRepository)}";
        return server;
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task ServeAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() != _expected)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"git\"";
            return;
        }

        Authorized++;
        var start = new ProcessStartInfo("git", "http-backend")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["GIT_PROJECT_ROOT"] = _root;
        start.Environment["GIT_HTTP_EXPORT_ALL"] = "1";
        start.Environment["REQUEST_METHOD"] = context.Request.Method;
        start.Environment["PATH_INFO"] = context.Request.Path.Value;
        start.Environment["QUERY_STRING"] = context.Request.QueryString.Value?.TrimStart('?') ?? "";
        start.Environment["CONTENT_TYPE"] = context.Request.ContentType ?? "";
        start.Environment["HTTP_CONTENT_ENCODING"] = context.Request.Headers.ContentEncoding.ToString();
        start.Environment["REMOTE_USER"] = "agent";
        using var backend = Process.Start(start)!;
        var body = context.Request.Body.CopyToAsync(backend.StandardInput.BaseStream, context.RequestAborted)
            .ContinueWith(_ => backend.StandardInput.Close(), TaskScheduler.Default);
        var output = new MemoryStream();
        await backend.StandardOutput.BaseStream.CopyToAsync(output, context.RequestAborted);
        await body;
        await backend.WaitForExitAsync(context.RequestAborted);
        await WriteCgiResponseAsync(context.Response, output.ToArray());
    }

    // A CGI answer is header lines, an empty line, then the body; "Status:" carries the HTTP status.
    private static async Task WriteCgiResponseAsync(HttpResponse response, byte[] output)
    {
        var separator = output.AsSpan().IndexOf("\r\n\r\n"u8);
        var (headerLength, skip) = separator >= 0 ? (separator, 4) : (output.AsSpan().IndexOf("\n\n"u8), 2);
        foreach (var line in Encoding.ASCII.GetString(output, 0, headerLength).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                response.StatusCode = int.Parse(value.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                response.Headers[name] = value;
            }
        }

        await response.Body.WriteAsync(output.AsMemory(headerLength + skip));
    }
}
