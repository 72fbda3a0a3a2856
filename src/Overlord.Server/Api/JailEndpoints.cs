using Microsoft.AspNetCore.Http;
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

    private static readonly string[] LogSegments = ["type", "entity", "subtype", "log"];

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.Map("jails", ApiRoutes.Get, async (context, token) =>
            ApiAnswer.Ok(new JailsResponse { Jails = await context.Service<JailReader>().ListAsync(token) }));
        v1.Map("jails/logs", ApiRoutes.Get, (context, _) =>
            ApiRoutes.Answer(ApiAnswer.Ok(new JailsLogsResponse { Logs = LogFiles.JailLogs(context.Service<JailReader>().LogsDirectory) })));
        v1.Map("jail/log/{type}/{entity}/{subtype}/{log}", ApiRoutes.Get, LogAsync);
        v1.Map("stats", ApiRoutes.Get, async (context, token) => ApiAnswer.Ok(new StatsResponse { Stats = await context.Service<JailReader>().TotalStatsAsync(token) }));
        v1.Map("jail/stats/{jail}", ApiRoutes.Get, (context, token) =>
            ForJail(context, async (jails, jail) => await jails.StatsAsync(jail, token) is { } stats ? ApiAnswer.Ok(new StatsResponse { Stats = stats }) : null));
        v1.Map("jail/info/{jail}", ApiRoutes.GetHead, InfoAsync);
        v1.Map("jail/cpuset/{jail}", ApiRoutes.Get, (context, token) =>
            ForJail(context, async (jails, jail) => await jails.CpusetAsync(jail, token) is (true, var cpuset) ? ApiAnswer.Ok(new JailCpusetResponse { Cpuset = cpuset }) : null));
        v1.Map("jail/{item}/{jail}", ApiRoutes.Get, ItemAsync);
    }

    private static Task<ApiAnswer> InfoAsync(HttpContext context, CancellationToken cancellationToken) =>
        ForJail(context, async (jails, jail) =>
        {
            if (context.IsHead())
            {
                return ApiAnswer.Status(await jails.ExistsAsync(jail, cancellationToken) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
            }

            return await jails.InfoAsync(jail, cancellationToken) is { } info ? ApiAnswer.Ok(new JailInfoResponse { Info = info }) : null;
        });

    private static Task<ApiAnswer> ItemAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!ItemRoutes.TryGetValue(context.RouteValue("item"), out var item))
        {
            return ApiRoutes.Answer(ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound));
        }

        return ForJail(context, async (jails, jail) =>
            await jails.ItemAsync(jail, item, cancellationToken) is { } entries ? ApiAnswer.Ok(JailItemsResponse.Of(item, entries)) : null);
    }

    private static Task<ApiAnswer> LogAsync(HttpContext context, CancellationToken cancellationToken) =>
        LogFiles.ReadAsync(context.Service<JailReader>().LogsDirectory, LogSegments.Select(context.RouteValue).ToList(), cancellationToken);

    /// <summary>Checks the jail name (a bad one matches no route of the original: 404), then answers, or 404 for a jail that does not exist.</summary>
    private static async Task<ApiAnswer> ForJail(HttpContext context, Func<JailReader, string, Task<ApiAnswer?>> answer)
    {
        var jail = context.RouteValue("jail");
        if (!NamePatterns.IsJail(jail))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        return await answer(context.Service<JailReader>(), jail)
            ?? ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.JailNotFound(jail));
    }
}
