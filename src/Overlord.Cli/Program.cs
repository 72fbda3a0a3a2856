using Overlord.Cli;

ShortCommandSwitches.Apply(args);
InheritedSignals.ResetInterrupt();
return await OverlordCommandLine.RunAsync(args);
