namespace Overlord.Server.Auth;

/// <summary>
/// The words of <see cref="TokenScope"/>: gen-token's <c>--scope</c>, the token's space-separated <c>scope</c>
/// claim (as OAuth writes it) and the <c>X-Overlord-Scope</c> header a parent forwards to its child.
/// </summary>
public static class TokenScopes
{
    /// <summary>The scope's word: <c>read</c>, <c>deploy</c>, <c>admin</c> (<c>none</c>).</summary>
    public static string Name(this TokenScope scope) => scope.ToString().ToLowerInvariant();

    /// <summary>Whether a caller holding <paramref name="granted"/> may do what <paramref name="needed"/> guards.</summary>
    public static bool Allows(this TokenScope granted, TokenScope needed) => needed != TokenScope.None && granted >= needed;

    public static bool TryParse(string? word, out TokenScope scope)
    {
        scope = word switch
        {
            "read" => TokenScope.Read,
            "deploy" => TokenScope.Deploy,
            "admin" => TokenScope.Admin,
            _ => TokenScope.None,
        };
        return scope != TokenScope.None;
    }

    /// <summary>The widest scope the words name; unknown words grant nothing.</summary>
    public static TokenScope FromWords(string? words) =>
        (words ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => TryParse(word, out var scope) ? scope : TokenScope.None)
            .DefaultIfEmpty(TokenScope.None)
            .Max();

    /// <summary>The claim's text for several scopes, widest last: <c>read deploy</c>.</summary>
    public static string ToWords(IEnumerable<TokenScope> scopes) =>
        string.Join(' ', scopes.Where(scope => scope != TokenScope.None).Distinct().Order().Select(Name));

    /// <summary>
    /// What a forwarded request may do: the token's scope, narrowed by the scope its parent forwarded (if any).
    /// A forwarded scope can only take rights away, never add them.
    /// </summary>
    public static TokenScope Narrow(TokenScope token, string? forwarded) =>
        forwarded is null ? token : (TokenScope)Math.Min((int)token, (int)FromWords(forwarded));
}
