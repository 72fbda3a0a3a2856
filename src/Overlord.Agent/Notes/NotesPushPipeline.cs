using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Overlord.Agent.Notes;

/// <summary>
/// The resilience pipeline of the notes push, registered once under a named key (issue 12.6): after a lost race
/// (<see cref="NotesPushOutcome.GaveUp"/>) it pushes again, 50 ms doubling with jitter, at most
/// <see cref="NotesOptions.MaxPushAttempts"/> pushes in all.
/// </summary>
public static class NotesPushPipeline
{
    /// <summary>The key of the pipeline <see cref="NotesStore.PushAsync"/> goes through.</summary>
    public const string Key = "overlord-notes-push";

    public static IServiceCollection AddNotesPushPipeline(this IServiceCollection services, NotesOptions options) =>
        services.AddResiliencePipeline<string, NotesPushResult>(Key, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            Configure(builder, options, context.ServiceProvider.GetRequiredService<ILogger<NotesStore>>());
        });

    /// <summary>The pipeline's retry for <paramref name="options"/>; none when it allows a single push.</summary>
    public static ResiliencePipelineBuilder<NotesPushResult> Configure(ResiliencePipelineBuilder<NotesPushResult> builder, NotesOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxPushAttempts <= 1)
        {
            return builder;
        }

        var notesRef = NotesRefName.Normalize(options.Ref);
        return builder.AddRetry(new RetryStrategyOptions<NotesPushResult>
        {
            MaxRetryAttempts = options.MaxPushAttempts - 1,
            Delay = options.InitialBackoff,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result?.Outcome == NotesPushOutcome.GaveUp),
            OnRetry = arguments =>
            {
                logger.LogDebug(
                    "Push of {NotesRef} lost a race on attempt {Attempt}, merging the remote notes: {Error}",
                    notesRef,
                    arguments.AttemptNumber + 1,
                    arguments.Outcome.Result?.Error);
                return default;
            },
        });
    }
}
