namespace Overlord.Server.Jobs;

/// <summary>A reserved port, or why none could be reserved.</summary>
public sealed record PortReservation(int? Port, string? Error)
{
    public static PortReservation Reserved(int port) => new(port, null);

    public static PortReservation Failed(string error) => new(null, error);
}
