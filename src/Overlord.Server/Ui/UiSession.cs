using Microsoft.AspNetCore.Http;
using Overlord.Core.Results;
using Overlord.Server.Auth;

namespace Overlord.Server.Ui;

/// <summary>
/// The status page's login: the access token lives in an HttpOnly, SameSite=Strict cookie scoped to <c>/ui</c>
/// (Secure over TLS), so the page's script never sees it and no other site can send it.
/// </summary>
internal static class UiSession
{
    public const string CookieName = "overlord_ui_token";
    public const string CookiePath = "/ui";

    /// <summary>
    /// Whether a token may read the page: a valid one (signature and expiry) that holds the <c>read</c> scope, as
    /// every GET route asks; a token without a scope claim is admin.
    /// </summary>
    public static bool MayRead(Result<AuthenticatedToken> check) => check.IsSuccess && check.Value.Scope.Allows(TokenScope.Read);

    public static async Task<bool> IsLoggedInAsync(HttpContext context, TokenService tokens) =>
        context.Request.Cookies.TryGetValue(CookieName, out var token) && token is { Length: > 0 } && MayRead(await tokens.CheckAsync(token));

    public static void LogIn(HttpContext context, string token) =>
        context.Response.Cookies.Append(CookieName, token, Options(context));

    public static void LogOut(HttpContext context) => context.Response.Cookies.Delete(CookieName, Options(context));

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Path = CookiePath,
        Secure = context.Request.IsHttps,
        IsEssential = true,
    };
}
