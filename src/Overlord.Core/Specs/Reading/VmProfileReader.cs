using System.Text.Json.Nodes;
using Overlord.Core.Diagnostics;
using Overlord.Core.Validation;

namespace Overlord.Core.Specs.Reading;

/// <summary>
/// Reads the body of <c>POST /v1/vm/{name}</c> (a vmJail spec without its shared keys, reference section 11) with the
/// same rules as a vmJail spec file, so a node refuses exactly what <c>overlord apply</c> would have refused.
/// </summary>
public static class VmProfileReader
{
    /// <summary>
    /// Checks <paramref name="profile"/> as the vmJail keys of VM <paramref name="vmName"/>. Keys that are not vmJail keys
    /// are ignored at the top level (the original's handler read only the keys it knew); nested ones are checked.
    /// </summary>
    public static VmProfileReadResult Read(string vmName, JsonObject profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var document = new JsonObject { ["vmName"] = vmName };
        foreach (var (key, value) in profile)
        {
            if (key != "vmName")
            {
                document[key] = value?.DeepClone();
            }
        }

        var bag = new DiagnosticBag("body");
        var spec = VmJailReader.Read(new MappingReader(JsonYamlNodes.Mapping(document), "", bag));
        var errors = bag.Errors.Select(error => error.Path.Length == 0 ? error.Message : $"{error.Path}: {error.Message}").ToList();
        return new VmProfileReadResult(errors.Count == 0 ? spec : null, errors);
    }
}
