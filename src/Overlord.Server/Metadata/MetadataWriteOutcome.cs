namespace Overlord.Server.Metadata;

/// <summary>What a metadata write did, mapped to the original's statuses by the endpoints.</summary>
public enum MetadataWriteOutcome
{
    /// <summary>A new key was written (201).</summary>
    Created,

    /// <summary>POST on an existing key: nothing written, 201, as the original.</summary>
    AlreadyExists,

    /// <summary>PUT wrote a new value (200).</summary>
    Updated,

    /// <summary>PUT with the same value: nothing written (200).</summary>
    Unchanged,

    /// <summary>PUT or DELETE of a key that does not exist (404).</summary>
    NotFound,
}
