namespace Overlord.Server.Jobs;

/// <summary>
/// A VM's status as the node keeps it (the original's <c>overlord_vm_status_&lt;vm&gt;</c>), with the time it was written;
/// the API shows it as the contract's <see cref="Client.Contract.VmStatus"/>, with its age instead.
/// </summary>
/// <param name="Operation">One of <see cref="VmOperation"/>.</param>
/// <param name="Output">What the last tool printed (ANSI codes removed), or why nothing was done.</param>
/// <param name="LastUpdate">When this status was written.</param>
/// <param name="JobId">The job that wrote it.</param>
/// <param name="Exception">The unexpected exception that failed the job.</param>
public sealed record VmStatusRecord(string Operation, string? Output, DateTimeOffset LastUpdate, long JobId, ErrorInfo? Exception = null);
