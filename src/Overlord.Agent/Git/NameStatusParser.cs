namespace Overlord.Agent.Git;

/// <summary>
/// Parses <c>git diff --name-status -z</c>: NUL-separated fields, a status then one path, or two paths (old, new)
/// when the status is a rename (R) or copy (C) with its similarity score. Paths are not quoted under -z.
/// </summary>
public static class NameStatusParser
{
    public static IReadOnlyList<FileChange> Parse(string output)
    {
        var fields = output.Split('\0');
        var changes = new List<FileChange>();
        var index = 0;
        while (index < fields.Length && fields[index].Length > 0)
        {
            var status = fields[index];
            var pathCount = status[0] is 'R' or 'C' ? 2 : 1;
            if (index + pathCount >= fields.Length || fields[index + pathCount].Length == 0)
            {
                throw new FormatException($"git diff output ends inside the record of status '{status}'");
            }

            var path = fields[index + pathCount];
            switch (status[0])
            {
                case 'R':
                    changes.Add(new FileChange(FileChangeKind.Deleted, fields[index + 1]));
                    changes.Add(new FileChange(FileChangeKind.Added, path));
                    break;
                case 'C':
                    changes.Add(new FileChange(FileChangeKind.Added, path));
                    break;
                default:
                    changes.Add(new FileChange(KindOf(status[0]), path));
                    break;
            }

            index += pathCount + 1;
        }

        return changes;
    }

    private static FileChangeKind KindOf(char status) => status switch
    {
        'A' => FileChangeKind.Added,
        'M' => FileChangeKind.Modified,
        'D' => FileChangeKind.Deleted,
        'T' => FileChangeKind.TypeChanged,
        'U' => FileChangeKind.Unmerged,
        _ => FileChangeKind.Unknown,
    };
}
