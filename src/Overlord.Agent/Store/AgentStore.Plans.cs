using Microsoft.Data.Sqlite;
using Overlord.Agent.Planning;
using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Agent.Store;

public sealed partial class AgentStore
{
    // Finished plans kept for inspection; older ones are deleted when a plan completes.
    private const int FinishedPlansKept = 20;

    /// <summary>Writes a plan and all its steps in one transaction, before anything of it is dispatched.</summary>
    public async Task SavePlanAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using (var insert = Command(
            connection,
            transaction,
            """
            INSERT INTO sync_plans (sync_id, target_commit, base_commit, trigger, history_rewritten, orphaned, created_at)
            VALUES ($id, $target, $base, $trigger, $rewritten, $orphaned, $created);
            """,
            ("$id", plan.SyncId),
            ("$target", plan.TargetCommit),
            ("$base", plan.BaseCommit),
            ("$trigger", plan.Trigger.Text),
            ("$rewritten", plan.HistoryRewritten ? 1 : 0),
            ("$orphaned", StoreJson.Write(plan.Orphaned)),
            ("$created", plan.CreatedAt.ToUnixTimeMilliseconds())))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var stored in plan.Steps)
        {
            var step = stored.Step;
            await using var command = Command(
                connection,
                transaction,
                """
                INSERT INTO sync_plan_steps (sync_id, ordinal, spec_path, action, phase, kind, name, spec_commit, reason, errors, dependencies, status, targets, error, scope)
                VALUES ($id, $ordinal, $path, $action, $phase, $kind, $name, $commit, $reason, $errors, $dependencies, $status, $targets, $error, $scope);
                """,
                ("$id", plan.SyncId),
                ("$ordinal", stored.Ordinal),
                ("$path", step.SpecPath),
                ("$action", step.Action.ToString()),
                ("$phase", step.Phase.ToString()),
                ("$kind", step.Kind is { } kind ? SpecNames.ToText(kind) : null),
                ("$name", step.Name),
                ("$commit", step.SpecCommit),
                ("$reason", step.Reason),
                ("$errors", StoreJson.Write(step.Errors)),
                ("$dependencies", StoreJson.Write(step.Dependencies)),
                ("$status", stored.Status.ToString()),
                ("$targets", StoreJson.Write(stored.Targets)),
                ("$error", stored.Error),
                ("$scope", step.Targets is null ? null : StoreJson.Write(new StepScope(step.Targets, step.AnyLabels))));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Records what a step's nodes answered; a step past Pending is never dispatched again.</summary>
    public async Task UpdateStepAsync(string syncId, int ordinal, StepStatus status, IReadOnlyList<TargetResult> targets, string? error, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            "UPDATE sync_plan_steps SET status = $status, targets = $targets, error = $error WHERE sync_id = $id AND ordinal = $ordinal;",
            ("$status", status.ToString()),
            ("$targets", StoreJson.Write(targets)),
            ("$error", error),
            ("$id", syncId),
            ("$ordinal", ordinal));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records the answers of several steps of one plan in one transaction.</summary>
    public async Task UpdateStepsAsync(string syncId, IReadOnlyList<StepAnswer> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var answer in answers)
        {
            await using var command = Command(
                connection,
                transaction,
                "UPDATE sync_plan_steps SET status = $status, targets = $targets, error = $error WHERE sync_id = $id AND ordinal = $ordinal;",
                ("$status", answer.Status.ToString()),
                ("$targets", StoreJson.Write(answer.Targets)),
                ("$error", answer.Error),
                ("$id", syncId),
                ("$ordinal", answer.Ordinal));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The plan an earlier run persisted and did not complete, or null.</summary>
    public async Task<StoredPlan?> GetPendingPlanAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            """
            SELECT sync_id, target_commit, base_commit, trigger, history_rewritten, orphaned, created_at
            FROM sync_plans WHERE finished_at IS NULL ORDER BY created_at DESC LIMIT 1;
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var plan = new StoredPlan
        {
            SyncId = reader.GetString(0),
            TargetCommit = reader.GetString(1),
            BaseCommit = NullableText(reader, 2),
            Trigger = SyncTrigger.Parse(reader.GetString(3)),
            HistoryRewritten = reader.GetInt64(4) != 0,
            Orphaned = StoreJson.Read<string[]>(reader.GetString(5)),
            CreatedAt = Time(reader.GetInt64(6)),
            Steps = [],
        };
        return plan with { Steps = await ReadStepsAsync(connection, plan.SyncId, cancellationToken) };
    }

    /// <summary>
    /// Ends a plan in one transaction: the inventory takes what it deployed and destroyed, its orphans are marked,
    /// and the last applied commit moves to its target (only now, after everything was dispatched).
    /// </summary>
    public async Task CompletePlanAsync(
        string syncId, string targetCommit, IReadOnlyList<InventoryEntry> upserts, IReadOnlyList<string> removals, IReadOnlyList<string> orphaned,
        CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var now = Now();
        await WriteInventoryAsync(connection, transaction, upserts, removals, orphaned, now, cancellationToken);
        await using (var setLast = SetLastAppliedCommand(connection, transaction, targetCommit))
        {
            await setLast.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var finish = Command(
            connection,
            transaction,
            $"""
            UPDATE sync_plans SET finished_at = $now WHERE sync_id = $id;
            DELETE FROM sync_plans WHERE finished_at IS NOT NULL AND sync_id NOT IN
                (SELECT sync_id FROM sync_plans WHERE finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT {FinishedPlansKept});
            """,
            ("$now", Now()),
            ("$id", syncId)))
        {
            await finish.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        InventoryWritten(upserts, removals, orphaned, now);
    }

    private static async Task<IReadOnlyList<StoredStep>> ReadStepsAsync(SqliteConnection connection, string syncId, CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection,
            null,
            """
            SELECT ordinal, spec_path, action, phase, kind, name, spec_commit, reason, errors, dependencies, status, targets, error, scope
            FROM sync_plan_steps WHERE sync_id = $id ORDER BY ordinal;
            """,
            ("$id", syncId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var steps = new List<StoredStep>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var step = new PlannedStep
            {
                SpecPath = reader.GetString(1),
                Action = Enum.Parse<StepAction>(reader.GetString(2)),
                Phase = Enum.Parse<SyncPhase>(reader.GetString(3)),
                Kind = NullableText(reader, 4) is { } kind ? SpecNames.ParseKind(kind) : null,
                Name = NullableText(reader, 5),
                SpecCommit = reader.GetString(6),
                Reason = reader.GetString(7),
                Errors = StoreJson.Read<string[]>(reader.GetString(8)),
                Dependencies = StoreJson.Read<string[]>(reader.GetString(9)),
            };
            if (NullableText(reader, 13) is { } scopeText && StoreJson.Read<StepScope>(scopeText) is var scope)
            {
                step = step with { Targets = scope.Targets, AnyLabels = scope.AnyLabels };
            }

            var status = Enum.Parse<StepStatus>(reader.GetString(10));
            steps.Add(new StoredStep(reader.GetInt32(0), step, status, StoreJson.Read<TargetResult[]>(reader.GetString(11)), NullableText(reader, 12)));
        }

        return steps;
    }
}
