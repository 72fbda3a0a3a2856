namespace Overlord.Core.Templates;

/// <summary>A compiled expression: its value in a scope. Expressions are compiled once, when the template is parsed.</summary>
internal delegate object? Evaluator(Scope scope);
