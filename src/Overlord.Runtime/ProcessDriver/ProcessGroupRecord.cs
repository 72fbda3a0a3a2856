using System.Text.Json.Serialization;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// A live process group as the state file keeps it, so that a restarted node can find it again.
/// </summary>
/// <param name="Id">The group id (its leader's pid).</param>
/// <param name="Identity">The leader's <see cref="ProcessIdentity"/> when it started; null in state files written before it was recorded, which a restarted node cannot confirm and so never signals.</param>
/// <param name="StartCommand">Which start command of the service it runs (its index), or null for a build command or script.</param>
[JsonConverter(typeof(ProcessGroupRecordConverter))]
internal sealed record ProcessGroupRecord(int Id, string? Identity, int? StartCommand);
