using Overlord.Client.Contract;
using Overlord.Server.Integrations;

namespace Overlord.Server.Jobs;

/// <summary>
/// A project's up or down status (reference 8): <c>{operation, output, last_update, job_id, restarted, labels}</c>,
/// plus <c>message</c> or <c>exception</c> when the job failed before or instead of an output.
/// </summary>
/// <param name="Operation">One of <see cref="ProjectOperation"/>.</param>
/// <param name="Output">What the runtime returned, once it has run.</param>
/// <param name="LastUpdate">When this status was written.</param>
/// <param name="JobId">The job that wrote it.</param>
/// <param name="Restarted">For an up: whether the project existed and was restarted.</param>
/// <param name="Message">Why the job failed (no free port, execution_time reached, cancelled...).</param>
/// <param name="Exception">The unexpected exception that failed the job.</param>
/// <param name="Labels">What the special labels did (reference section 10), once they have run.</param>
public sealed record ProjectOperationStatus(
    string Operation,
    OperationOutput? Output,
    DateTimeOffset LastUpdate,
    long JobId,
    bool? Restarted = null,
    string? Message = null,
    ErrorInfo? Exception = null,
    SpecialLabelsOutcome? Labels = null);
