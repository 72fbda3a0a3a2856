using Overlord.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using DotNetScalarStyle = YamlDotNet.Core.ScalarStyle;
using Mark = Overlord.Core.Diagnostics.Mark;

namespace Overlord.Core.Yaml;

public static partial class YamlLoader
{
    /// <summary>Turns YamlDotNet's event stream into our node tree, one document at most.</summary>
    private sealed class Builder(IParser parser, YamlLoadOptions options, DiagnosticBag bag)
    {
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
        private int _depth;

        public YamlNode? ReadStream()
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(out var size);
            Guard(size, root.Start);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                bag.Error(ToMark(second.Start), "", "the file holds more than one YAML document (---); a spec or config file holds exactly one");
                throw new RefusedException();
            }

            parser.Consume<StreamEnd>();
            return root;
        }

        private YamlNode ReadNode(out long size)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    bag.Error(ToMark(alias.Start), "", $"the alias *{alias.Value.Value} names no anchor defined before it");
                    throw new RefusedException();
                }

                size = target.ExpandedSize;
                return target;
            }

            YamlNode node;
            AnchorName anchor;
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                node = ReadScalar(scalar);
                anchor = scalar.Anchor;
            }
            else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                node = ReadSequence(sequenceStart);
                anchor = sequenceStart.Anchor;
            }
            else
            {
                var mappingStart = parser.Consume<MappingStart>();
                node = ReadMapping(mappingStart);
                anchor = mappingStart.Anchor;
            }

            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }

            size = node.ExpandedSize;
            return node;
        }

        private void Enter(Mark mark)
        {
            if (++_depth > options.MaxDepth)
            {
                bag.Error(mark, "", $"the document nests deeper than {options.MaxDepth} levels");
                throw new RefusedException();
            }
        }

        private void Guard(long size, Mark mark)
        {
            if (size > options.MaxExpandedNodes)
            {
                bag.Error(mark, "", $"aliases expand this document to more than {options.MaxExpandedNodes} nodes; refused (a YAML alias bomb?)");
                throw new RefusedException();
            }
        }

        private YamlSequenceNode ReadSequence(SequenceStart start)
        {
            var mark = ToMark(start.Start);
            Enter(mark);
            var items = new List<YamlNode>();
            long size = 1;
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(out var itemSize));
                size += itemSize;
                Guard(size, items[^1].Start);
            }

            _depth--;
            return new YamlSequenceNode(mark, TagOf(start.Tag, mark), items, size);
        }

        private YamlMappingNode ReadMapping(MappingStart start)
        {
            var mark = ToMark(start.Start);
            Enter(mark);
            var entries = new List<KeyValuePair<YamlScalarNode, YamlNode>>();
            var seen = new Dictionary<string, YamlScalarNode>(StringComparer.Ordinal);
            var merged = new List<KeyValuePair<YamlScalarNode, YamlNode>>();
            long size = 1;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!parser.Accept<Scalar>(out var keyEvent))
                {
                    var keyMark = parser.Current is ParsingEvent current ? ToMark(current.Start) : mark;
                    bag.Error(keyMark, "", "a mapping key must be a plain value, not a list or a mapping");
                    throw new RefusedException();
                }

                parser.MoveNext();
                var key = ReadScalar(keyEvent);
                var value = ReadNode(out var valueSize);
                size += 1 + valueSize;
                Guard(size, key.Start);
                if (key.Value == "<<" && key.Style == ScalarStyle.Plain && key.Tag is null)
                {
                    CollectMerge(value, merged);
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    bag.Error(key.Start, "", $"the key '{key.Value}' is defined twice (first at line {first.Start.Line}); remove one of them");
                    continue;
                }

                seen[key.Value] = key;
                entries.Add(new(key, value));
            }

            foreach (var entry in merged)
            {
                if (seen.TryAdd(entry.Key.Value, entry.Key))
                {
                    entries.Add(entry);
                }
            }

            _depth--;
            return new YamlMappingNode(mark, TagOf(start.Tag, mark), entries, size);
        }

        private void CollectMerge(YamlNode value, List<KeyValuePair<YamlScalarNode, YamlNode>> merged)
        {
            // YAML 1.1 merge keys (<<: *defaults), which PyYAML's SafeLoader supports: explicit keys win,
            // and among several merged mappings the first one wins.
            var sources = value switch
            {
                YamlMappingNode mapping => [mapping],
                YamlSequenceNode sequence when sequence.Items.All(i => i is YamlMappingNode) => sequence.Items.Cast<YamlMappingNode>().ToList(),
                _ => null,
            };
            if (sources is null)
            {
                bag.Error(value, "<<", $"a merge key takes a mapping or a list of mappings, not {value.Describe()}");
                return;
            }

            foreach (var entry in sources.SelectMany(s => s.Entries))
            {
                if (!merged.Any(m => m.Key.Value == entry.Key.Value))
                {
                    merged.Add(entry);
                }
            }
        }

        private YamlScalarNode ReadScalar(Scalar scalar)
        {
            var mark = ToMark(scalar.Start);
            var tag = TagOf(scalar.Tag, mark);
            var style = scalar.Style switch
            {
                DotNetScalarStyle.SingleQuoted => ScalarStyle.SingleQuoted,
                DotNetScalarStyle.DoubleQuoted => ScalarStyle.DoubleQuoted,
                DotNetScalarStyle.Literal => ScalarStyle.Literal,
                DotNetScalarStyle.Folded => ScalarStyle.Folded,
                _ => ScalarStyle.Plain,
            };
            if (tag == EnvTag && options.Lookup is { } lookup)
            {
                // Only !ENV scalars are substituted: pyaml_env registers its implicit resolver under the first
                // character "!ENV", which no scalar starts with, so an untagged ${NAME} stays as written (issue 10).
                return EnvScalarReader.Read(mark, scalar.Value, style, lookup, bag);
            }

            return new YamlScalarNode(mark, tag, scalar.Value, style, KindOf(tag, style, scalar.Value, mark), fromEnvironment: false);
        }

        private ScalarKind KindOf(string? tag, ScalarStyle style, string value, Mark mark)
        {
            switch (tag)
            {
                case null:
                    return style == ScalarStyle.Plain ? ScalarResolver.Resolve(value) : ScalarKind.String;
                case EnvTag or YamlTagPrefix + "str":
                    return ScalarKind.String;
                case YamlTagPrefix + "null":
                    return ScalarKind.Null;
            }

            var expected = tag switch
            {
                YamlTagPrefix + "int" => ScalarKind.Integer,
                YamlTagPrefix + "bool" => ScalarKind.Boolean,
                YamlTagPrefix + "float" => ScalarKind.Float,
                _ => ScalarKind.String,
            };
            if (ScalarResolver.Resolve(value) != expected && !(expected == ScalarKind.Float && ScalarResolver.Resolve(value) == ScalarKind.Integer))
            {
                bag.Error(mark, "", $"the value '{YamlScalarNode.Shorten(value)}' is not a valid {tag[YamlTagPrefix.Length..]}");
            }

            return expected;
        }

        private string? TagOf(TagName tag, Mark mark)
        {
            if (tag.IsEmpty || tag.IsNonSpecific)
            {
                return null;
            }

            var value = tag.Value;
            var known = value == EnvTag || value is YamlTagPrefix + "str" or YamlTagPrefix + "int" or YamlTagPrefix + "bool"
                or YamlTagPrefix + "float" or YamlTagPrefix + "null" or YamlTagPrefix + "map" or YamlTagPrefix + "seq";
            if (!known)
            {
                bag.Error(mark, "", $"the tag '{value}' is not supported; use !ENV or a standard YAML tag (!!str, !!int, ...)");
            }

            return value;
        }
    }
}
