using System.CommandLine;
using Overlord.Cli.Invocation;
using Overlord.Core;
using Overlord.Core.Config;
using Overlord.Server.Auth;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord gen-token [--metadata k[=v]]... [--expire N] [--expire-type UNIT] [--scope SCOPE]... [--config FILE]</c>
/// (reference 3): prints an access token of this node, and only that, on stdout. The key is
/// <c>secret_key</c>, or the key file, made (0600) on first use. Without <c>--scope</c> the token has no scope
/// claim and may do everything, as the original's (issue 13.1).
/// </summary>
internal static class GenTokenCommand
{
    private static readonly string[] Units = ["seconds", "minutes", "hours", "days", "weeks"];
    private static readonly string[] Scopes = [TokenScope.Read.Name(), TokenScope.Deploy.Name(), TokenScope.Admin.Name()];

    public static Command Create()
    {
        var metadata = new Option<string[]>("--metadata")
        {
            Description = "A key=value pair (or a key alone) carried by the token; repeatable",
            HelpName = "KEY[=VALUE]",
        };
        var expire = new Option<int?>("--expire") { Description = "The token expires after this many units (none when 0 or less)", HelpName = "N" };
        var expireType = new Option<string>("--expire-type")
        {
            Description = "The unit of --expire",
            DefaultValueFactory = _ => "hours",
        };
        expireType.AcceptOnlyFromAmong(Units);
        var scope = new Option<string[]>("--scope")
        {
            Description = "What the token may do: read (GET routes, tree reads), deploy (also apply, destroy, metadata), admin (also the agent's sync); repeatable; admin when absent",
            HelpName = "read|deploy|admin",
        };
        scope.AcceptOnlyFromAmong(Scopes);
        var config = ServeCommand.ConfigOption();

        var command = new Command("gen-token", "Print a new access token of this node");
        command.Options.Add(metadata);
        command.Options.Add(expire);
        command.Options.Add(expireType);
        command.Options.Add(scope);
        command.Options.Add(config);
        command.SetAction((parse, cancellationToken) => RunAsync(
            CommandEnvironment.Of(parse),
            parse.GetValue(config),
            parse.GetValue(metadata) ?? [],
            parse.GetValue(expire) is { } amount ? new TokenExpiry(amount, Enum.Parse<ExpireUnit>(parse.GetValue(expireType)!, ignoreCase: true)) : null,
            [.. (parse.GetValue(scope) ?? []).Select(TokenScopes.FromWords)],
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string? configFile, string[] metadata, TokenExpiry? expiry, TokenScope[] scopes, CancellationToken cancellationToken)
    {
        if (ServeCommand.LoadConfig(environment, configFile) is not { } config)
        {
            return ExitCodes.Config;
        }

        await environment.Output.WriteLineAsync(await IssueAsync(config, TokenMetadata.FromPairs(metadata), expiry, cancellationToken, scopes));
        return ExitCodes.Ok;
    }

    /// <summary>A token of the node the config describes, signed as its <c>serve</c> checks it (the demo makes its chains' tokens so).</summary>
    public static async Task<string> IssueAsync(
        OverlordConfig config, IReadOnlyDictionary<string, string> metadata, TokenExpiry? expiry, CancellationToken cancellationToken, IReadOnlyCollection<TokenScope>? scopes = null)
    {
        var key = await SigningKeyFile.LoadAsync(config.SecretKey?.Reveal(), config.SecretKeyFile, TimeProvider.System, cancellationToken);
        return new TokenService(key, TimeProvider.System, VersionCommand.Text).Issue(metadata, expiry, scopes);
    }
}
