using Overlord.Server.Auth;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Auth;

public sealed class SigningKeyFileTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_missing_keyfile_is_created_with_64_bytes_and_mode_0600()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("etc/keyfile");

        var key = await SigningKeyFile.LoadAsync(null, path, TimeProvider.System, Token);

        Assert.Equal(FileModes.OwnerOnly, FileModes.Of(path));
        Assert.Equal(BytesOf(key), await File.ReadAllBytesAsync(path, Token));
        Assert.Equal(64, key.Length);
    }

    [Fact]
    public async Task An_existing_64_byte_keyfile_is_used_unchanged()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("keyfile");
        var bytes = Enumerable.Range(1, 64).Select(i => (byte)i).ToArray();
        await File.WriteAllBytesAsync(path, bytes, Token);

        var key = await SigningKeyFile.LoadAsync(null, path, TimeProvider.System, Token);

        Assert.Equal(bytes, BytesOf(key));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path, Token));
    }

    [Fact]
    public async Task A_keyfile_of_the_wrong_size_is_replaced_by_a_private_64_byte_key()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("keyfile");
        await File.WriteAllBytesAsync(path, new byte[10], Token);
        FileModes.Set(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var key = await SigningKeyFile.LoadAsync(null, path, TimeProvider.System, Token);

        Assert.Equal(BytesOf(key), await File.ReadAllBytesAsync(path, Token));
        Assert.Equal((64, FileModes.OwnerOnly), (key.Length, FileModes.Of(path)));
    }

    [Fact]
    public async Task Loaders_racing_on_a_missing_keyfile_all_get_the_key_on_disk()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("keyfile");

        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => SigningKeyFile.LoadAsync(null, path, TimeProvider.System, Token), Token)));

        var onDisk = await File.ReadAllBytesAsync(path, Token);
        Assert.All(keys, key => Assert.Equal(onDisk, BytesOf(key)));
    }

    [Fact]
    public async Task A_configured_secret_key_wins_and_no_file_is_written()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("keyfile");

        var key = await SigningKeyFile.LoadAsync("s3cret", path, TimeProvider.System, Token);

        Assert.Equal(6, key.Length);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_lock_held_past_30_seconds_of_the_given_clock_fails_the_load()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("keyfile");
        await using var held = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var clock = new ManualTimeProvider();

        var load = SigningKeyFile.LoadAsync(null, path, clock, Token);
        await Eventually.HoldsAsync(
            () =>
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                return load.IsCompleted;
            },
            "the load to give up on the manual clock");

        await Assert.ThrowsAnyAsync<IOException>(() => load);
        Assert.False(File.Exists(path));
    }

    private static byte[] BytesOf(SigningKey key) => key.ToSecurityKey().Key;
}
