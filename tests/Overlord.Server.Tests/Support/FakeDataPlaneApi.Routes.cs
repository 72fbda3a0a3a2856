using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Overlord.Server.Tests.Support;

public sealed partial class FakeDataPlaneApi
{
    private const string Configuration = "/v3/services/haproxy/configuration";
    private const string Transactions = "/v3/services/haproxy/transactions";

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));
            if (context.Request.Headers.Authorization.ToString() != expected)
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsync("""{"code":401,"message":"unauthorized"}""");
                return;
            }

            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var call = $"{context.Request.Method} {context.Request.Path}";
            Calls.Enqueue(($"{context.Request.Method} {context.Features.Get<IHttpRequestFeature>()!.RawTarget}", body));
            context.Items["body"] = body;
            if (Failures.TryGetValue(call, out var status))
            {
                context.Response.StatusCode = status;
                await context.Response.WriteAsync("""{"code":400,"message":"refused by the test"}""");
                return;
            }

            await next(context);
        });
        app.MapGet($"{Configuration}/version", () => Results.Text(Version.ToString(CultureInfo.InvariantCulture) + "\n", "application/json"));
        app.MapGet($"{Configuration}/backends/{{backend}}", (string backend) => Locked(() =>
            _backends.ContainsKey(backend) ? Results.Json(new { name = backend }) : NotFound()));
        app.MapGet($"{Configuration}/backends/{{backend}}/servers/{{name}}", (string backend, string name) =>
            Server(backend, name) is { } server ? Results.Text(server.ToJsonString(), "application/json") : NotFound());
        app.MapPost(Transactions, (long version) => Locked(() =>
        {
            if (version != _version)
            {
                return Results.Json(new { code = 409, message = "version mismatch" }, statusCode: 409);
            }

            var id = $"tx-{++_nextTransaction}";
            _transactions[id] = [];
            return Results.Text(new JsonObject { ["_version"] = _version, ["id"] = id, ["status"] = "in_progress" }.ToJsonString(), "application/json", statusCode: 201);
        }));
        app.MapPut($"{Transactions}/{{id}}", (string id) => Locked(() =>
        {
            if (!_transactions.Remove(id, out var changes))
            {
                return NotFound();
            }

            changes.ForEach(change => change());
            _version++;
            return Results.Json(new { id, status = "success" }, statusCode: 202);
        }));
        app.MapDelete($"{Transactions}/{{id}}", (string id) => Locked(() => _transactions.Remove(id) ? Results.NoContent() : NotFound()));
        MapServerChanges(app);
    }

    private void MapServerChanges(WebApplication app)
    {
        const string Servers = $"{Configuration}/backends/{{backend}}/servers";
        app.MapPost(Servers, (HttpContext context, string backend, [FromQuery(Name = "transaction_id")] string transaction) =>
            InTransaction(transaction, Body(context), server => _backends[backend][server["name"]!.GetValue<string>()] = server));
        app.MapPut($"{Servers}/{{name}}", (HttpContext context, string backend, string name, [FromQuery(Name = "transaction_id")] string transaction) =>
            InTransaction(transaction, Body(context), server => _backends[backend][name] = server));
        app.MapDelete($"{Servers}/{{name}}", (string backend, string name, [FromQuery(Name = "transaction_id")] string transaction) =>
            InTransaction(transaction, null, _ => _backends[backend].Remove(name)));
    }

    private IResult InTransaction(string transaction, JsonObject? server, Action<JsonObject> change) => Locked(() =>
    {
        if (!_transactions.TryGetValue(transaction, out var changes))
        {
            return NotFound();
        }

        changes.Add(() => change(server ?? []));
        return server is null ? Results.StatusCode(202) : Results.Json(server, statusCode: 202);
    });

    private static JsonObject Body(HttpContext context) => JsonNode.Parse((string)context.Items["body"]!)!.AsObject();

    private static IResult NotFound() => Results.Json(new { code = 404, message = "missing" }, statusCode: 404);

    private IResult Locked(Func<IResult> action)
    {
        lock (_sync)
        {
            return action();
        }
    }
}
