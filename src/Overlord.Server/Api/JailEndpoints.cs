using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Overlord.Client.Contract;
using Overlord.Core.Jails;
using Overlord.Core.Names;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>The jail routes (reference 2.2): the list, AppJail logs, stats, info and the per-jail items.</summary>
internal static class JailEndpoints
{
    // The items by their route segment, lower case as the original's routes (an enum parse would also take "1" or "Nat").
    private static readonly Dictionary<string, JailItem> ItemRoutes =
        Enum.GetValues<JailItem>().ToDictionary(item => item.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("jails", async ([FromServices] JailReader jails, CancellationToken cancellationToken) =>
            ApiAnswer.Ok(new JailsResponse { Jails = await jails.ListAsync(cancellationToken) }));
        v1.MapGet("jails/logs", ([FromServices] JailReader jails) => ApiAnswer.Ok(new JailsLogsResponse { Logs = LogFiles.JailLogs(jails.LogsDirectory) }));
        v1.MapGet("jail/log/{type}/{entity}/{subtype}/{log}", (string type, string entity, string subtype, string log, [FromServices] JailReader jails, CancellationToken cancellationToken) =>
            LogFiles.ReadAsync(jails.LogsDirectory, [type, entity, subtype, log], cancellationToken));
        v1.MapGet("stats", async ([FromServices] JailReader jails, CancellationToken cancellationToken) =>
            ApiAnswer.Ok(new StatsResponse { Stats = await jails.TotalStatsAsync(cancellationToken) }));
        v1.MapGet("jail/stats/{jail}", (string jail, [FromServices] JailReader jails, CancellationToken cancellationToken) =>
            ForJail(jail, async () => await jails.StatsAsync(jail, cancellationToken) is { } stats ? ApiAnswer.Ok(new StatsResponse { Stats = stats }) : null));
        v1.MapMethods("jail/info/{jail}", ApiRoutes.GetHead, InfoAsync);
        v1.MapGet("jail/cpuset/{jail}", (string jail, [FromServices] JailReader jails, CancellationToken cancellationToken) =>
            ForJail(jail, async () => await jails.CpusetAsync(jail, cancellationToken) is (true, var cpuset) ? ApiAnswer.Ok(new JailCpusetResponse { Cpuset = cpuset }) : null));
        v1.MapGet("jail/{item}/{jail}", ItemAsync);
    }

    private static Task<ApiAnswer> InfoAsync(HttpRequest request, string jail, [FromServices] JailReader jails, CancellationToken cancellationToken) =>
        ForJail(jail, async () =>
        {
            if (HttpMethods.IsHead(request.Method))
            {
                return ApiAnswer.Status(await jails.ExistsAsync(jail, cancellationToken) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
            }

            return await jails.InfoAsync(jail, cancellationToken) is { } info ? ApiAnswer.Ok(new JailInfoResponse { Info = info }) : null;
        });

    private static Task<ApiAnswer> ItemAsync(string item, string jail, [FromServices] JailReader jails, CancellationToken cancellationToken)
    {
        if (!ItemRoutes.TryGetValue(item, out var jailItem))
        {
            return Task.FromResult(ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound));
        }

        return ForJail(jail, async () =>
            await jails.ItemAsync(jail, jailItem, cancellationToken) is { } entries ? ApiAnswer.Ok(JailItemsResponse.Of(jailItem, entries)) : null);
    }

    /// <summary>Checks the jail name (a bad one matches no route of the original: 404), then answers, or 404 for a jail that does not exist.</summary>
    private static async Task<ApiAnswer> ForJail(string jail, Func<Task<ApiAnswer?>> answer)
    {
        if (!NamePatterns.IsJail(jail))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        return await answer() ?? ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.JailNotFound(jail));
    }
}
