using LibGit2Sharp;

namespace Overlord.Agent.Git;

/// <summary>
/// libgit2's process-wide option for the agent's reads. By default libgit2 hashes every object it reads again to
/// check it against its name ("strict hash verification"); git does not when it walks trees. A sync of one spec in a
/// folder of ten thousand reads that folder's tree (some 400 KB) in each git operation, each time with a SHA-1 over
/// it (issue 14.5). Without the check a damaged object is still refused by zlib's own checksum, and a fetched pack
/// is still checked as it is indexed, since the indexer names each object by its hash.
/// </summary>
internal static class GitReadOptions
{
    private static int _applied;

    /// <summary>Sets the option once per process, before the agent's first git operation.</summary>
    public static void Apply()
    {
        if (Interlocked.Exchange(ref _applied, 1) == 0)
        {
            GlobalSettings.SetStrictHashVerification(false);
        }
    }
}
