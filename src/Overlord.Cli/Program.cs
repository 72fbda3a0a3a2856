using Overlord.Cli;

return await OverlordCommandLine.RunAsync(args);
