namespace Overlord.Server.Auth;

/// <summary>gen-token's <c>--expire N --expire-type UNIT</c> (hours by default). N &lt;= 0 means no <c>exp</c>.</summary>
public sealed record TokenExpiry(int Amount, ExpireUnit Unit = ExpireUnit.Hours)
{
    public bool Expires => Amount > 0;

    public TimeSpan Duration => Unit switch
    {
        ExpireUnit.Seconds => TimeSpan.FromSeconds(Amount),
        ExpireUnit.Minutes => TimeSpan.FromMinutes(Amount),
        ExpireUnit.Hours => TimeSpan.FromHours(Amount),
        ExpireUnit.Days => TimeSpan.FromDays(Amount),
        ExpireUnit.Weeks => TimeSpan.FromDays(7.0 * Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(Unit), Unit, null),
    };
}
