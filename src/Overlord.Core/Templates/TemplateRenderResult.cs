namespace Overlord.Core.Templates;

/// <summary>The text a template rendered to, or the first error that stopped it.</summary>
public sealed record TemplateRenderResult(string? Text, TemplateError? Error)
{
    /// <summary>True when rendering stopped: <see cref="Error"/> says where and why.</summary>
    public bool Failed => Error is not null;
}
