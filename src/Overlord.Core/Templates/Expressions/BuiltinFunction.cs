namespace Overlord.Core.Templates;

/// <summary>One of the few Python builtins templates may call (<c>len</c>, <c>int</c>, <c>str</c>, ...).</summary>
internal sealed record BuiltinFunction(string Name);
