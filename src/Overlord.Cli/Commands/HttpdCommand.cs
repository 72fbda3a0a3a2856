using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overlord.Core;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord httpd</c>: a minimal static web server, so services of the process runtime (the example
/// repository, the demo, tests) can serve HTTP on a machine that has nothing but .NET and git.
/// Services reach it as <c>${OVERLORD_BIN} httpd</c>.
/// </summary>
internal static class HttpdCommand
{
    public static Command Create()
    {
        var listen = new Option<string>("--listen") { Description = "Address and port to serve on, e.g. 127.0.0.1:8080", Required = true, HelpName = "ADDRESS:PORT" };
        var root = new Option<string?>("--root") { Description = "Serve the files of this folder (index.html for /)", HelpName = "DIR" };
        var text = new Option<string?>("--text") { Description = "Answer every other request with this text", HelpName = "TEXT" };
        var command = new Command("httpd", "Serve a folder or a text over HTTP (a tool for services of the process runtime)") { listen, root, text };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(listen)!, parse.GetValue(root), parse.GetValue(text), parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string listen, string? root, string? text, TextWriter output, CancellationToken cancellationToken)
    {
        if (!listen.Contains(':', StringComparison.Ordinal) || !IPEndPoint.TryParse(listen, out var endpoint))
        {
            throw new OverlordException($"--listen: '{listen}' is not an address and port such as 127.0.0.1:8080", ExitCodes.Usage);
        }

        var folder = root is null ? null : Path.GetFullPath(root);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(endpoint));
        await using var app = builder.Build();
        app.Run(context => AnswerAsync(context, folder, text ?? "Hello from Overlord\n"));
        await app.StartAsync(cancellationToken);
        await output.WriteLineAsync($"httpd: serving {(folder ?? "text")} on http://{endpoint.Address}:{new Uri(app.Urls.First()).Port}/");
        await output.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM or Ctrl-C: stop serving.
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    private static async Task AnswerAsync(HttpContext context, string? folder, string text)
    {
        if (folder is not null)
        {
            var relative = context.Request.Path.Value is null or "/" ? "index.html" : context.Request.Path.Value.TrimStart('/');
            var path = Path.GetFullPath(Path.Combine(folder, relative));
            if (path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path))
            {
                context.Response.ContentType = path.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
                await context.Response.SendFileAsync(path, context.RequestAborted);
                return;
            }
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text, context.RequestAborted);
    }
}
