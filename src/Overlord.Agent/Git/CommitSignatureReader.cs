using System.Runtime.InteropServices;
using System.Text;

namespace Overlord.Agent.Git;

/// <summary>
/// A commit's signature and signed bytes, read by calling libgit2's <c>git_commit_extract_signature</c> directly.
/// LibGit2Sharp's own <c>Commit.ExtractSignature</c> hands libgit2 its buffers as classes passed by value, which the
/// JIT pins in place but the native (NativeAOT) build copies: libgit2's answer never reached the caller there, and
/// every signed commit read as unsigned. Here the buffers are structures passed by reference, the same in both.
/// </summary>
internal static class CommitSignatureReader
{
    // libgit2's GIT_ENOTFOUND: the commit has no gpgsig header.
    private const int NotFound = -3;

    // git_buf: char *ptr; size_t reserved; size_t size.
    [StructLayout(LayoutKind.Sequential)]
    private struct GitBuffer
    {
        public IntPtr Pointer;
        public nuint Reserved;
        public nuint Size;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct GitError
    {
        public IntPtr Message;
        public int Class;
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int RepositoryOpen(out IntPtr repository, byte[] path);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void RepositoryFree(IntPtr repository);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int ExtractSignature(ref GitBuffer signature, ref GitBuffer signedData, IntPtr repository, byte[] oid, IntPtr field);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void BufferDispose(ref GitBuffer buffer);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr ErrorLast();

    private static readonly Lazy<Functions> Library = new(Load);

    /// <summary>The signature of commit <paramref name="oid"/> (20 raw bytes) in the repository at <paramref name="gitDirectory"/>, or null when unsigned.</summary>
    public static CommitSignature? Read(string gitDirectory, byte[] oid)
    {
        var git = Library.Value;
        Check(git, git.Open(out var repository, Utf8(gitDirectory)), "open the repository");
        try
        {
            var signature = default(GitBuffer);
            var signedData = default(GitBuffer);
            var result = git.Extract(ref signature, ref signedData, repository, oid, IntPtr.Zero);
            try
            {
                if (result == NotFound)
                {
                    return null;
                }

                Check(git, result, "read the commit's signature");
                var text = Text(signature);
                return text.Length == 0 ? null : new CommitSignature(text, Text(signedData));
            }
            finally
            {
                git.Dispose(ref signature);
                git.Dispose(ref signedData);
            }
        }
        finally
        {
            git.Free(repository);
        }
    }

    private static string Text(GitBuffer buffer) =>
        buffer.Pointer == IntPtr.Zero ? "" : Marshal.PtrToStringUTF8(buffer.Pointer, checked((int)buffer.Size));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text + '\0');

    private static void Check(Functions git, int result, string what)
    {
        if (result >= 0)
        {
            return;
        }

        var error = git.Last();
        var message = error == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(Marshal.PtrToStructure<GitError>(error).Message);
        throw new GitException("cat-file commit", $"cannot {what}: {message ?? "libgit2 error " + result}");
    }

    private static Functions Load()
    {
        var handle = LibGit2NativeLibrary.Handle();
        if (handle == IntPtr.Zero)
        {
            throw new GitException("cat-file commit", "libgit2 could not be loaded to read commit signatures");
        }

        T Export<T>(string name)
            where T : Delegate =>
            Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(handle, name));

        return new Functions(
            Export<RepositoryOpen>("git_repository_open"),
            Export<RepositoryFree>("git_repository_free"),
            Export<ExtractSignature>("git_commit_extract_signature"),
            Export<BufferDispose>("git_buf_dispose"),
            Export<ErrorLast>("git_error_last"));
    }

    private sealed record Functions(RepositoryOpen Open, RepositoryFree Free, ExtractSignature Extract, BufferDispose Dispose, ErrorLast Last);
}
