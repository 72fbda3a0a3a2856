namespace Overlord.Runtime.ProcessDriver;

/// <summary>Told when a process group of a service starts or ends, so the project state can list the groups a crashed node leaves behind.</summary>
internal delegate void ProcessGroupChanged(ProcessGroupRecord processGroup, bool running);
