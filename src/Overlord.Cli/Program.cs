using Overlord.Cli;

InheritedSignals.ResetInterrupt();
return await OverlordCommandLine.RunAsync(args);
