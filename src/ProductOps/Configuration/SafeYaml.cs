using System.Text;
using ProductOps.Scoring;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProductOps.Configuration;

/// <summary>
/// Reads one config file into a <see cref="YamlNode"/> tree from YamlDotNet's event stream, refusing what a
/// config file never needs and an attacker might send: aliases (so no "billion laughs" expansion), tags,
/// more than one document, files over 64 KB and nesting deeper than <see cref="MaxDepth"/>. Never throws.
/// </summary>
internal static class SafeYaml
{
    public const int MaxBytes = 64 * 1024;
    public const int MaxDepth = 16;

    private sealed class Refused(Mark at, string message, string expected) : Exception(message)
    {
        public Mark At { get; } = at;
        public string Expected { get; } = expected;
    }

    /// <summary>The document's root node, or null when the file is empty or only comments. Problems go to <paramref name="errors"/>.</summary>
    public static YamlNode? Parse(ConfigSource source, List<ConfigError> errors)
    {
        var text = source.Text;
        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            errors.Add(new ConfigError(source.Path, 1, 1,
                $"The file is larger than {MaxBytes / 1024} KB.", $"a configuration file of at most {MaxBytes} bytes"));
            return null;
        }

        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 0, source.Path, errors);
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart second)
            {
                throw new Refused(second.Start, "The file holds more than one YAML document.", "a single document (no second `---`)");
            }

            return root is YamlScalar { IsNull: true } ? null : root;
        }
        catch (Refused refused)
        {
            errors.Add(Error(source.Path, refused.At, refused.Message, refused.Expected));
        }
        catch (YamlException ex)
        {
            errors.Add(Error(source.Path, ex.Start, $"The file is not valid YAML: {MarkdownText.Plain(FirstLine(ex.Message))}", "valid YAML"));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
        {
            errors.Add(new ConfigError(source.Path, 1, 1, "The file could not be read as YAML.", "valid YAML"));
        }

        return null;
    }

    private static YamlNode ReadNode(IParser parser, int depth, string path, List<ConfigError> errors)
    {
        var current = parser.Current ?? throw new Refused(Mark.Empty, "The file ends unexpectedly.", "valid YAML");
        switch (current)
        {
            case AnchorAlias alias:
                throw new Refused(alias.Start, "Aliases (`*name`) are not allowed.", "each value written out in full");
            case NodeEvent { Tag.IsEmpty: false } tagged:
                throw new Refused(tagged.Start, "Tags (`!name`) are not allowed.", "plain values without tags");
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Line(scalar.Start), Column(scalar.Start));
        }

        if (depth >= MaxDepth)
        {
            throw new Refused(current.Start, $"The file nests deeper than {MaxDepth} levels.", $"at most {MaxDepth} levels of nesting");
        }

        if (current is SequenceStart)
        {
            parser.MoveNext();
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, depth + 1, path, errors));
            }

            return new YamlList(items, Line(current.Start), Column(current.Start));
        }

        if (current is MappingStart)
        {
            parser.MoveNext();
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyStart = parser.Current!.Start;
                if (ReadNode(parser, depth + 1, path, errors) is not YamlScalar key)
                {
                    throw new Refused(keyStart, "A key is a list or a map.", "keys that are plain text");
                }

                if (entries.Any(e => e.Key.Value == key.Value))
                {
                    errors.Add(new ConfigError(path, key.Line, key.Column,
                        $"The key {MarkdownText.Code(key.Value)} appears twice in the same map.", "each key once"));
                }

                entries.Add(new(key, ReadNode(parser, depth + 1, path, errors)));
            }

            return new YamlMap(entries, Line(current.Start), Column(current.Start));
        }

        throw new Refused(current.Start, "The file has an unexpected YAML construct.", "maps, lists and plain values");
    }

    private static ConfigError Error(string path, Mark at, string message, string expected) =>
        new(path, Line(at), Column(at), message, expected);

    private static int Line(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);

    private static int Column(Mark mark) => (int)Math.Clamp(mark.Column, 1, int.MaxValue);

    private static string FirstLine(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (...): "; the position is reported separately.
        var text = message.Split('\n')[0].Trim();
        var colon = text.IndexOf("): ", StringComparison.Ordinal);
        return colon >= 0 && text.StartsWith('(') ? text[(colon + 3)..] : text;
    }
}
