using Overlord.Platform.Processes;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// What a recorded process group is now, as a restarted node finds it: still the one it started (its
/// leader has the recorded identity), gone, or something it cannot confirm as its own and so must not signal.
/// </summary>
internal sealed record LeftoverGroup(ProcessGroupRecord Recorded, LeftoverGroupState State, string? Reason)
{
    public static async Task<LeftoverGroup> CheckAsync(ProcessGroupRecord recorded, CancellationToken cancellationToken)
    {
        if (await ProcessIdentity.ReadAsync(recorded.Id, cancellationToken) is not { } identity)
        {
            // Linux never gives a pid to a new process while a group of that id has members, but a group
            // whose leader is gone cannot be told from one whose id was reused after a reboot.
            return ProcessGroups.HasLiveMembers(recorded.Id)
                ? new(recorded, LeftoverGroupState.Unconfirmed, "its leader is gone and the members left cannot be confirmed as the service's")
                : new(recorded, LeftoverGroupState.Gone, null);
        }

        if (recorded.Identity is null)
        {
            return new(recorded, LeftoverGroupState.Unconfirmed, "no start time was recorded for it (a state file from an older node), so its leader cannot be confirmed as the service's");
        }

        return identity == recorded.Identity
            ? new(recorded, LeftoverGroupState.Ours, null)
            : new(recorded, LeftoverGroupState.Unconfirmed, "its id now belongs to another process (started at another time)");
    }
}
