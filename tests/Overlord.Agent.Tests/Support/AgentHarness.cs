using Microsoft.Data.Sqlite;
using Overlord.Agent.Git;
using Overlord.Agent.Notes;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Agent.Sync;
using Overlord.Core.Config;

namespace Overlord.Agent.Tests.Support;

/// <summary>
/// An agent on real git: a bare origin, a clone the test commits from, a data directory with agent.db and the
/// cache clone, and a <see cref="SyncEngine"/> built the way the host builds it. <see cref="NewEngine"/> builds a
/// second engine on the same data directory, as a restarted agent would.
/// </summary>
public sealed class AgentHarness : IAsyncDisposable
{
    public static readonly GitIdentity Identity = new("Agent Tester", "agent@example.test");

    private readonly List<NotesStore> _notes = [];

    private AgentHarness(GitRepositories repositories, AgentStore store, string dataDirectory, AgentConfig config, TimeProvider clock)
    {
        Repositories = repositories;
        Store = store;
        DataDirectory = dataDirectory;
        Config = config;
        Clock = clock;
    }

    public GitRepositories Repositories { get; }

    public AgentStore Store { get; }

    public string DataDirectory { get; }

    public AgentConfig Config { get; set; }

    /// <summary>The clock of agent.db and the engine (the system's unless the test passes a manual one); notes keep the system's.</summary>
    public TimeProvider Clock { get; }

    public string MirrorPath => Path.Combine(DataDirectory, "repository.git");

    public RecordingDispatcher Dispatcher { get; private set; } = new();

    public GitCallLogger GitCalls { get; } = new();

    public SyncEngine Engine { get; private set; } = null!;

    /// <summary>Commit statuses for engines built from now on (none by default).</summary>
    public Overlord.Agent.Statuses.CommitStatusWriter? Statuses { get; set; }

    public static async Task<AgentHarness> CreateAsync(Func<AgentConfig, AgentConfig>? configure = null, TimeProvider? clock = null)
    {
        var repositories = await GitRepositories.CreateAsync();
        var dataDirectory = Path.Combine(repositories.Root, "data");
        clock ??= TimeProvider.System;
        var store = await AgentStore.OpenAsync(dataDirectory, clock, TestContext.Current.CancellationToken);
        var config = new AgentConfig
        {
            Repository = repositories.Origin,
            Identity = new AgentIdentity { Name = Identity.Name, Email = Identity.Email },
        };
        var harness = new AgentHarness(repositories, store, dataDirectory, configure?.Invoke(config) ?? config, clock);
        harness.NewEngine(new RecordingDispatcher());
        return harness;
    }

    /// <summary>A fresh engine (and dispatcher) on the same data directory: the agent after a restart.</summary>
    public SyncEngine NewEngine(RecordingDispatcher? dispatcher = null)
    {
        Dispatcher = dispatcher ?? new RecordingDispatcher(firstJobId: Dispatcher.Dispatched.Count + 100);
        var git = new GitRepository(new GitRepositoryOptions { RepositoryPath = MirrorPath, Identity = new GitIdentity(Config.Identity.Name, Config.Identity.Email) }, GitCalls);
        var notes = new NotesStore(git, new NotesOptions { Ref = Config.NotesRef }, TimeProvider.System, new TestOutputLogger<NotesStore>());
        _notes.Add(notes);
        var options = new SyncEngineOptions
        {
            AgentName = "test-agent",
            Environment = new Dictionary<string, string> { ["FROM_NODE"] = "node-value" },
        };
        Engine = new SyncEngine(new AgentSettings(Config), Store, git, notes, Dispatcher, Statuses, options, Clock, new TestOutputLogger<SyncEngine>());
        return Engine;
    }

    public Task<SyncOutcome> SyncAsync(SyncOptions? options = null, SyncTrigger? trigger = null) =>
        Engine.RunAsync(new SyncRequest(SyncRequest.NewSyncId(), trigger ?? SyncTrigger.Manual, options ?? SyncOptions.Default), TestContext.Current.CancellationToken);

    public async Task<string> CommitAsync(string message, params (string Path, string? Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            if (content is null)
            {
                File.Delete(Path.Combine(Repositories.Work, path));
            }
            else
            {
                Repositories.WriteFile(path, content);
            }
        }

        return await Repositories.CommitAndPushAsync(message);
    }

    /// <summary>The lines of the note the agent pushed to origin for a commit.</summary>
    public async Task<IReadOnlyList<string>> OriginNoteLinesAsync(string commit)
    {
        var note = await TestGit.RunAsync(Repositories.Origin, "notes", "--ref=refs/notes/overlord", "show", commit);
        return note.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var notes in _notes)
        {
            notes.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Repositories.Dispose();
        await Task.CompletedTask;
    }
}
