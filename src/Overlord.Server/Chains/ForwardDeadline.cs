using System.Globalization;
using Microsoft.AspNetCore.Http;
using Overlord.Core.Chains;

namespace Overlord.Server.Chains;

/// <summary>
/// <c>X-Overlord-Deadline</c>: the milliseconds the caller still waits. A node gives its children less: what
/// it has minus a margin for its own work and the way back (a tenth, at least <see cref="MinimumMargin"/>).
/// </summary>
public static class ForwardDeadline
{
    /// <summary>The budget of a request that names none (a caller of the original kind).</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan Maximum = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan MinimumMargin = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The caller's budget: its header when valid, else <paramref name="ceiling"/> (<see cref="Default"/> when
    /// not given); never above the ceiling, nor above <see cref="Maximum"/>.
    /// </summary>
    public static TimeSpan Read(HttpRequest request, TimeSpan? ceiling = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = ceiling is { } given && given < Maximum ? given : Maximum;
        var header = request.Headers[OverlordHeaders.Deadline].FirstOrDefault();
        if (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return ceiling is null ? Default : limit;
        }

        var budget = TimeSpan.FromMilliseconds(milliseconds);
        return budget > limit ? limit : budget;
    }

    /// <summary>What a child gets out of <paramref name="budget"/>; zero when nothing is left.</summary>
    public static TimeSpan ForChild(TimeSpan budget)
    {
        var margin = budget / 10;
        if (margin < MinimumMargin)
        {
            margin = MinimumMargin;
        }

        var left = budget - margin;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
