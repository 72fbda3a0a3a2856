namespace Overlord.Server.Metadata;

/// <summary>A file or folder of a namespace as GET namespace/{name} shows it (absolute path, ids and st_mode).</summary>
public sealed record NamespaceEntry(string Path, bool IsDirectory, long Owner, long Group, int Mode);
