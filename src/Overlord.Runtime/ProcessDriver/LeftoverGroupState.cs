namespace Overlord.Runtime.ProcessDriver;

/// <summary>What a restarted node found of a process group it recorded.</summary>
internal enum LeftoverGroupState
{
    /// <summary>Its leader is the process the node started: adopt it or stop it.</summary>
    Ours,

    /// <summary>Nothing is left of it.</summary>
    Gone,

    /// <summary>Something runs under its id that may not be ours: never signalled.</summary>
    Unconfirmed,
}
