using System.CommandLine;
using Overlord.Cli.Invocation;
using Overlord.Client;
using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Core.Chains;
using Overlord.Core.Specs;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord get-project-log -f FILE -d DATE -s SERVICE -l LOG ENTRYPOINT</c> and
/// <c>overlord get-jail-log -f FILE -t TYPE -e ENTITY -s SUBTYPE -l LOG ENTRYPOINT</c>: print one log file of the node
/// <c>ENTRYPOINT</c> (<c>dc</c> or <c>dc.chain...</c>). A datacenter the spec does not name exits 66, as does a missing log.
/// </summary>
internal static class LogCommands
{
    public static Command ProjectLog()
    {
        var file = DeployCommandOptions.File();
        var date = Required("--date", "-d", "The log folder's date, e.g. 2026-01-02_10h11m12s", "DATE");
        var service = Required("--service", "-s", "The service", "SERVICE");
        var log = Required("--log", "-l", "The log file, e.g. start.log", "LOG");
        var entrypoint = Entrypoint();
        var command = new Command("get-project-log", "Print a Director log of a project on one node") { file, date, service, log, entrypoint };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse, file, entrypoint, (client, ct) => client.GetProjectLogAsync(parse.GetValue(date)!, parse.GetValue(service)!, parse.GetValue(log)!, ct), cancellationToken));
        return command;
    }

    public static Command JailLog()
    {
        var file = DeployCommandOptions.File();
        var type = Required("--type", "-t", "The log type, e.g. jails", "TYPE");
        var entity = Required("--entity", "-e", "The entity, e.g. the jail's name", "ENTITY");
        var subtype = Required("--subtype", "-s", "The subtype, e.g. console", "SUBTYPE");
        var log = Required("--log", "-l", "The log file", "LOG");
        var entrypoint = Entrypoint();
        var command = new Command("get-jail-log", "Print an AppJail log of one node") { file, type, entity, subtype, log, entrypoint };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse,
            file,
            entrypoint,
            (client, ct) => client.GetJailLogAsync(parse.GetValue(type)!, parse.GetValue(entity)!, parse.GetValue(subtype)!, parse.GetValue(log)!, ct),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult parse,
        Option<string> file,
        Argument<string> entrypointArgument,
        Func<OverlordClient, CancellationToken, Task<ApiResult<string>>> read,
        CancellationToken cancellationToken)
    {
        var environment = CommandEnvironment.Of(parse);
        var spec = SpecFiles.Load(environment, parse.GetValue(file)!);
        var text = parse.GetValue(entrypointArgument)!;
        var entry = DeployEntrypoint.Parse(text);
        if (entry.ChainPath is { } chain && !ChainPath.TryParse(chain, out _, out var error))
        {
            throw new OverlordException($"{text}: {error}", ExitCodes.Usage);
        }

        using var clients = DatacenterClients.Create(spec, [entry.Datacenter]);
        var client = clients.For(entry.Datacenter);
        var result = await read(entry.ChainPath is null ? client : client.ForChain(entry.ChainPath), cancellationToken);
        if (result.IsSuccess)
        {
            environment.Output.WriteLine(result.Value);
            return ExitCodes.Ok;
        }

        var refused = result.StatusCode == 401 ? "the node refused the token: " : "";
        environment.Error.WriteLine($"overlord: {refused}{result.Describe()}");
        return result switch
        {
            { StatusCode: 401 } => ExitCodes.NoPermission,
            { Failure: ApiFailure.Network or ApiFailure.Timeout or ApiFailure.InvalidResponse } => ExitCodes.Unavailable,
            { Failure: ApiFailure.InvalidArgument } => ExitCodes.Usage,
            { StatusCode: 404 } => ExitCodes.NoInput,
            _ => ExitCodes.Software,
        };
    }

    private static Option<string> Required(string name, string alias, string description, string helpName) =>
        new(name, alias) { Description = description, Required = true, HelpName = helpName };

    private static Argument<string> Entrypoint() => new("ENTRYPOINT") { Description = "The node: DATACENTER or DATACENTER.CHAIN.CHAIN" };
}
