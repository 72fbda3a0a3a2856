using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Overlord.Core.Results;
using Overlord.Server.Storage;

namespace Overlord.Server.Jobs;

/// <summary>
/// Picks the port behind <c>OVERLORD_FREEPORT_&lt;IFACE&gt;</c> (reference 6.4). The original drew a random
/// port from the ephemeral range and meant to skip AppJail's expose ports, but compared str with int
/// and skipped nothing (13.15). Here the OS picks: binding port 0 on the interface's address yields a port
/// of the same ephemeral range that no socket holds. On top of that, every port handed out is recorded
/// per project, and a port another project still holds on that interface is never handed out again; a
/// project's ports are released when it is destroyed. (A jail's expose rule is a pf redirect, not a
/// socket, which is why the OS alone cannot see it.)
/// </summary>
public sealed class FreePortReserver(NodeDatabase database)
{
    internal const int MaxAttempts = 32;

    public static string VariableName(string interfaceName) => "OVERLORD_FREEPORT_" + interfaceName.ToUpperInvariant();

    /// <summary>A port on the interface (in <paramref name="network"/> when given) recorded for the project, or why none was found.</summary>
    public async Task<Result<int>> ReserveAsync(string project, string interfaceName, string? network, CancellationToken cancellationToken)
    {
        var noPort = $"no free port has been found for {interfaceName} ({network ?? "None"})";
        var adapter = FindInterface(interfaceName);
        if (adapter is null)
        {
            return Result.Failure<int>(ErrorCodes.NotFound, $"{interfaceName}: Interface not found.");
        }

        IPNetwork? range = null;
        if (network is not null)
        {
            if (!IPNetwork.TryParse(network, out var parsed))
            {
                return Result.Failure<int>(ErrorCodes.Invalid, $"{interfaceName}: '{network}' is not a network address.");
            }

            range = parsed;
        }

        var address = adapter.GetIPProperties().UnicastAddresses
            .Select(a => a.Address)
            .FirstOrDefault(a => range is not { } r || r.Contains(a));
        if (address is null)
        {
            return Result.Failure<int>(ErrorCodes.Unavailable, noPort);
        }

        var heldByOthers = await ReadHeldPortsAsync(project, interfaceName, cancellationToken);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var port = PickPort(() => BindAnyPort(address), heldByOthers, MaxAttempts);
            if (port is null)
            {
                break;
            }

            if (await TryRecordAsync(project, interfaceName, port.Value, cancellationToken))
            {
                return port.Value;
            }

            // Another project took it between our read and our write.
            heldByOthers.Add(port.Value);
        }

        return Result.Failure<int>(ErrorCodes.Unavailable, noPort);
    }

    /// <summary>Forgets the ports of a destroyed project, so other projects may get them.</summary>
    public async Task ReleaseAsync(string project, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM reserved_ports WHERE project = $project;";
        command.Parameters.AddWithValue("$project", project);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The first port the OS offers that is not held by another project, within <paramref name="attempts"/> tries.</summary>
    internal static int? PickPort(Func<int> bindAnyPort, IReadOnlySet<int> heldByOthers, int attempts)
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var port = bindAnyPort();
            if (!heldByOthers.Contains(port))
            {
                return port;
            }
        }

        return null;
    }

    private static int BindAnyPort(IPAddress address)
    {
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(address, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>
    /// The named interface. FreeBSD's loopback <c>lo0</c> also names Linux's <c>lo</c>: specs are written for
    /// FreeBSD, and the process runtime runs them on development machines where the loopback is called lo.
    /// </summary>
    private static NetworkInterface? FindInterface(string interfaceName)
    {
        var interfaces = NetworkInterface.GetAllNetworkInterfaces();
        return interfaces.FirstOrDefault(n => n.Name == interfaceName)
            ?? (interfaceName == "lo0" ? interfaces.FirstOrDefault(n => n.NetworkInterfaceType == NetworkInterfaceType.Loopback) : null);
    }

    private async Task<HashSet<int>> ReadHeldPortsAsync(string project, string interfaceName, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT port FROM reserved_ports WHERE interface = $interface AND project <> $project;";
        command.Parameters.AddWithValue("$interface", interfaceName);
        command.Parameters.AddWithValue("$project", project);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ports = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ports.Add(reader.GetInt32(0));
        }

        return ports;
    }

    private async Task<bool> TryRecordAsync(string project, string interfaceName, int port, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM reserved_ports WHERE interface = $interface AND project = $project;
            INSERT INTO reserved_ports (interface, port, project) VALUES ($interface, $port, $project)
                ON CONFLICT (interface, port) DO NOTHING;
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$interface", interfaceName);
        command.Parameters.AddWithValue("$port", port);
        command.Parameters.AddWithValue("$project", project);
        var inserted = (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
        if (inserted)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return inserted;
    }
}
