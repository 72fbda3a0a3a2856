using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Overlord.Server.Jobs;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Jobs;

public sealed class FreePortReserverTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string Loopback =>
        NetworkInterface.GetAllNetworkInterfaces().First(n => n.NetworkInterfaceType == NetworkInterfaceType.Loopback).Name;

    [Fact]
    public async Task Up_with_reserve_port_exports_a_bindable_port_of_the_interface()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        var reserve = new Dictionary<string, string?> { [Loopback] = "127.0.0.0/8" };

        await node.Queue.EnqueueAsync("web", TestNode.Up(reservePort: reserve), Token);
        await node.Executor.ExecuteAsync((await node.Queue.TryClaimAsync("me", false, Token))!, Token);

        var port = int.Parse(Assert.Single(node.Runtime.Ups).Environment[FreePortReserver.VariableName(Loopback)], System.Globalization.CultureInfo.InvariantCulture);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
    }

    [Fact]
    public async Task Lo0_names_the_loopback_where_it_has_another_name()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);

        var reservation = await node.Ports.ReserveAsync("web", "lo0", null, Token);

        Assert.True(reservation.IsSuccess, reservation.Error?.Message);
        Assert.InRange(reservation.Value, 1, 65535);
    }

    [Fact]
    public async Task Up_with_an_unknown_interface_fails_before_the_runtime_runs()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        var reserve = new Dictionary<string, string?> { ["nosuch9"] = null };

        await node.Queue.EnqueueAsync("web", TestNode.Up(reservePort: reserve), Token);
        var outcome = await node.Executor.ExecuteAsync((await node.Queue.TryClaimAsync("me", false, Token))!, Token);

        var status = await node.Statuses.GetAsync("web", ProjectAction.Up, Token);
        Assert.Equal((JobState.Failed, "nosuch9: Interface not found."), (outcome.State, status!.Message));
        Assert.Empty(node.Runtime.Ups);
    }

    [Fact]
    public async Task An_interface_without_an_address_in_the_network_gives_the_original_message()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);

        var reservation = await node.Ports.ReserveAsync("web", Loopback, "192.0.2.0/24", Token);

        Assert.Equal($"no free port has been found for {Loopback} (192.0.2.0/24)", reservation.Error?.Message);
    }

    [Fact]
    public void Pick_port_skips_ports_other_projects_hold()
    {
        var offered = new Queue<int>([4000, 4001, 4002]);

        var port = FreePortReserver.PickPort(offered.Dequeue, new HashSet<int> { 4000, 4001 }, attempts: 5);

        Assert.Equal(4002, port);
    }

    [Fact]
    public void Pick_port_gives_up_after_the_attempts()
    {
        var port = FreePortReserver.PickPort(() => 4000, new HashSet<int> { 4000 }, attempts: 3);

        Assert.Null(port);
    }

    [Fact]
    public async Task Down_of_a_project_releases_its_ports()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        var reserved = await node.Ports.ReserveAsync("web", Loopback, null, Token);
        node.Runtime.Projects["web"] = true;
        Assert.True(reserved.IsSuccess, reserved.Error?.Message);

        await node.Queue.EnqueueAsync("web", TestNode.Down(), Token);
        await node.Executor.ExecuteAsync((await node.Queue.TryClaimAsync("me", false, Token))!, Token);

        await using var connection = await node.Database.ConnectAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM reserved_ports WHERE project = 'web';";
        Assert.Equal(0L, await command.ExecuteScalarAsync(Token));
    }
}
