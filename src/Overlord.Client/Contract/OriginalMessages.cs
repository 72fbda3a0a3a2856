namespace Overlord.Client.Contract;

/// <summary>Messages of the original's answers that a client tells apart by their text.</summary>
public static class OriginalMessages
{
    /// <summary>The 404 of a path no route matches (reference 2.1), e.g. our tree route on an original node.</summary>
    public const string ResourceNotFound = "Resource not found.";
}
