// Fake FreeBSD tools (appjail, appjail-director, vm) for tests: they print what the real tools print.
Console.Error.WriteLine("overlord fake tools: no tool selected");
return 64;
