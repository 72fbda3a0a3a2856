using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Overlord.Server.Ui;

/// <summary>
/// The login form's body, <c>token=...</c> url-encoded. A token is well under a kilobyte: the body is refused by
/// its declared length before any of it is read, and never read past <see cref="MaxBytes"/> when it declares none.
/// </summary>
internal sealed record LoginForm(string? Token, int StatusCode, string? Error)
{
    public const int MaxBytes = 8 * 1024;

    public static async Task<LoginForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Refused(StatusCodes.Status415UnsupportedMediaType, "The login form must be sent as application/x-www-form-urlencoded.");
        }

        if (request.ContentLength > MaxBytes)
        {
            return TooLarge();
        }

        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > MaxBytes)
        {
            return TooLarge();
        }

        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(buffer, 0, length));
        var token = fields.TryGetValue("token", out var values) ? values.ToString().Trim() : "";
        return token.Length == 0
            ? Refused(StatusCodes.Status400BadRequest, "Paste a token first.")
            : new LoginForm(token, StatusCodes.Status200OK, null);
    }

    private static LoginForm TooLarge() =>
        Refused(StatusCodes.Status413PayloadTooLarge, $"The login form is larger than {MaxBytes} bytes; a token is much shorter.");

    private static LoginForm Refused(int statusCode, string error) => new(null, statusCode, error);
}
