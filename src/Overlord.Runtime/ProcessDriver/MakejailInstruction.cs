namespace Overlord.Runtime.ProcessDriver;

/// <summary>One logical Makejail line: its keyword (upper case), the rest of the line, and where it starts.</summary>
internal sealed record MakejailInstruction(string Keyword, string Arguments, string File, int Line);
