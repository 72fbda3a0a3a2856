using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Overlord.Cli.Tests.Architecture;

/// <summary>
/// Which Overlord namespace uses which, read from the compiled assemblies: base types, interfaces, fields,
/// signatures, attributes and every type, method and field an IL instruction names. Compiler-generated nested
/// types (lambdas, async state machines) count for the namespace that holds them.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, HashSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), string> _examples = [];
    private string _currentType = "";

    public IReadOnlyDictionary<string, HashSet<string>> Edges => _edges;

    public static NamespaceGraph Read(IEnumerable<string> assemblyPaths)
    {
        var graph = new NamespaceGraph();
        foreach (var path in assemblyPaths)
        {
            using var assembly = AssemblyDefinition.ReadAssembly(path);
            foreach (var type in assembly.MainModule.GetTypes())
            {
                graph.AddType(type);
            }
        }

        return graph;
    }

    /// <summary>One use behind an edge, for messages: "Type uses Type".</summary>
    public string Example(string from, string to) => _examples.TryGetValue((from, to), out var example) ? example : "";

    /// <summary>The groups of namespaces that depend on each other, each sorted, larger than one namespace.</summary>
    public List<List<string>> Cycles()
    {
        var finder = new StronglyConnected(_edges);
        return finder.Components().Where(component => component.Count > 1).Select(component => component.Order(StringComparer.Ordinal).ToList()).ToList();
    }

    private void AddType(TypeDefinition type)
    {
        var from = NamespaceOf(type);
        if (from is null)
        {
            return;
        }

        _currentType = type.FullName;
        Add(from, type.BaseType);
        foreach (var face in type.Interfaces)
        {
            Add(from, face.InterfaceType);
        }

        AddAttributes(from, type.CustomAttributes);
        foreach (var field in type.Fields)
        {
            Add(from, field.FieldType);
            AddAttributes(from, field.CustomAttributes);
        }

        foreach (var property in type.Properties)
        {
            Add(from, property.PropertyType);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(from, method);
        }
    }

    private void AddMethod(string from, MethodDefinition method)
    {
        Add(from, method.ReturnType);
        AddAttributes(from, method.CustomAttributes);
        foreach (var parameter in method.Parameters)
        {
            Add(from, parameter.ParameterType);
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (var variable in method.Body.Variables)
        {
            Add(from, variable.VariableType);
        }

        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference operand:
                    Add(from, operand);
                    break;
                case MethodReference operand:
                    Add(from, operand.DeclaringType);
                    Add(from, operand.ReturnType);
                    foreach (var parameter in operand.Parameters)
                    {
                        Add(from, parameter.ParameterType);
                    }

                    if (operand is GenericInstanceMethod generic)
                    {
                        foreach (var argument in generic.GenericArguments)
                        {
                            Add(from, argument);
                        }
                    }

                    break;
                case FieldReference operand:
                    Add(from, operand.DeclaringType);
                    Add(from, operand.FieldType);
                    break;
                case Instruction or Instruction[] or VariableDefinition or ParameterDefinition or string or null:
                    break;
            }
        }
    }

    private void AddAttributes(string from, IEnumerable<CustomAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            Add(from, attribute.AttributeType);
        }
    }

    private void Add(string from, TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(from, generic.ElementType);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(from, argument);
                }

                return;
            case TypeSpecification specification:
                Add(from, specification.ElementType);
                return;
        }

        var to = NamespaceOf(type);
        if (to is null || to == from)
        {
            return;
        }

        if (!_edges.TryGetValue(from, out var targets))
        {
            targets = new HashSet<string>(StringComparer.Ordinal);
            _edges[from] = targets;
        }

        if (targets.Add(to))
        {
            _examples[(from, to)] = $"{_currentType} uses {type.FullName}";
        }
    }

    /// <summary>The namespace of a type, or of the type that declares it; null outside Overlord.</summary>
    private static string? NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace.StartsWith("Overlord.", StringComparison.Ordinal) || type.Namespace == "Overlord" ? type.Namespace : null;
    }
}
