namespace Overlord.Core.Specs;

/// <summary>How <c>autoScale.rules</c> are evaluated against the jails' metrics.</summary>
public enum AutoScaleType
{
    /// <summary><c>any-jail</c> (default): any jail at or over a limit.</summary>
    AnyJail,

    /// <summary><c>any-project</c>: the project's total at or over a limit.</summary>
    AnyProject,

    /// <summary><c>average</c>: the project's average at or over a limit.</summary>
    Average,

    /// <summary><c>percent-jail</c>: any jail at or over <c>value</c> percent of a limit.</summary>
    PercentJail,

    /// <summary><c>percent-project</c>: the project's total at or over <c>value</c> percent of a limit.</summary>
    PercentProject,
}
