namespace Overlord.Core.Specs;

/// <summary>The five kinds of deployment file (the <c>kind</c> key).</summary>
public enum SpecKind
{
    /// <summary><c>directorProject</c>: an AppJail Director project.</summary>
    DirectorProject,

    /// <summary><c>metadata</c>: small files kept on the nodes, plus an optional namespace.</summary>
    Metadata,

    /// <summary><c>vmJail</c>: a jail that runs a bhyve virtual machine.</summary>
    VmJail,

    /// <summary><c>readOnly</c>: only targets, for get-info.</summary>
    ReadOnly,

    /// <summary><c>appConfig</c>: a Mako template kept in metadata, rendered at apply time.</summary>
    AppConfig,
}
