using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// hello-kestrel PORT: answers GET / with "hello" on 127.0.0.1:PORT, on a host built as overlord serve builds its own
// (empty builder, Kestrel core, routing core, no logging), so the load test compares the routes and not the hosts.
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
builder.WebHost.UseKestrelCore().UseUrls($"http://127.0.0.1:{args[0]}");
builder.Logging.ClearProviders();
builder.Services.AddRoutingCore();
var app = builder.Build();
app.UseRouting();
app.MapGet("/", context => context.Response.WriteAsync("hello", context.RequestAborted));
await app.RunAsync();
