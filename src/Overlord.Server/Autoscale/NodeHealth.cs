namespace Overlord.Server.Autoscale;

/// <summary>How a candidate holds the project (reference 9, step 5).</summary>
internal enum NodeHealth
{
    /// <summary>The project runs there (or is being deployed there).</summary>
    Good,

    /// <summary>The project is missing or broken there: a place to deploy it.</summary>
    Bad,

    /// <summary>A healthcheck reports unhealthy: neither counted as a replica nor used for one.</summary>
    Ignored,

    /// <summary>The node could not be asked; it counts as a failure.</summary>
    Unknown,
}
