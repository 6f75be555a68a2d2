using System.Globalization;
using ProductOps.Scoring;

namespace ProductOps.Configuration;

/// <summary>
/// The schema primitives: each reads one node as the type a key expects and, when it is not, records a
/// <see cref="ConfigError"/> at that node (file, line, column, what is wrong, what is expected).
/// </summary>
internal sealed class ConfigReader(string path, List<ConfigError> errors)
{
    public void Error(YamlNode at, string message, string expected) =>
        errors.Add(new ConfigError(path, at.Line, at.Column, message, expected));

    /// <summary>Calls the handler of each key present; a key without a handler is reported as unknown.</summary>
    public void Keys(YamlMap map, string keyPath, params (string Key, Action<YamlNode, string> Read)[] schema)
    {
        foreach (var (key, value) in map.Entries)
        {
            var handler = schema.FirstOrDefault(s => s.Key == key.Value);
            if (handler.Read is not null)
            {
                handler.Read(value, keyPath.Length == 0 ? key.Value : $"{keyPath}.{key.Value}");
                continue;
            }

            var where = keyPath.Length == 0 ? "at the top level" : $"in {Code(keyPath)}";
            var known = schema.Select(s => s.Key).ToList();
            var suggestion = KeySuggestion.Closest(key.Value, known);
            Error(key, $"Unknown key {Code(key.Value)} {where}.", suggestion is not null
                ? $"{Code(suggestion)} (keys are lowercase-kebab-case)"
                : known.Count == 0 ? "no keys here yet (this section is reserved)" : "one of " + string.Join(", ", known.Select(Code)));
        }
    }

    /// <summary>A map; an empty value counts as an empty map.</summary>
    public YamlMap? Map(YamlNode node, string keyPath)
    {
        switch (node)
        {
            case YamlMap map:
                return map;
            case YamlScalar { IsNull: true } empty:
                return new YamlMap([], empty.Line, empty.Column);
            default:
                WrongType(node, keyPath, "a map of keys");
                return null;
        }
    }

    public YamlList? List(YamlNode node, string keyPath)
    {
        if (node is YamlList list)
        {
            return list;
        }

        WrongType(node, keyPath, "a list");
        return null;
    }

    public bool Text(YamlNode node, string keyPath, int maxLength, out string value)
    {
        value = "";
        var expected = $"text of 1 to {maxLength} characters";
        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            WrongType(node, keyPath, expected);
            return false;
        }

        if (scalar.Value.Trim().Length == 0 || scalar.Value.Length > maxLength || scalar.Value.Any(char.IsControl))
        {
            Error(node, $"{Code(keyPath)} is {Code(scalar.Value)}, which is empty, too long or holds control characters.", expected);
            return false;
        }

        value = scalar.Value;
        return true;
    }

    public bool Number(YamlNode node, string keyPath, double min, double max, bool wholeNumber, string expected, out double value)
    {
        value = 0;
        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            WrongType(node, keyPath, expected);
            return false;
        }

        if (!double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value) ||
            double.IsNaN(value))
        {
            Error(node, $"{Code(keyPath)} is {Code(scalar.Value)}, which is not a number.", expected);
            return false;
        }

        if (double.IsInfinity(value))
        {
            Error(node, $"{Code(keyPath)} is {Code(scalar.Value)}, a number too large to use.", expected);
            return false;
        }

        if (value < min || value > max || (wholeNumber && value != Math.Floor(value)))
        {
            var why = value < 0 && min >= 0 ? "which is negative" : wholeNumber && value != Math.Floor(value) ? "which is not a whole number" : "which is out of range";
            Error(node, $"{Code(keyPath)} is {Code(scalar.Value)}, {why}.", expected);
            return false;
        }

        return true;
    }

    /// <summary>One of a fixed set of names, matched case-insensitively.</summary>
    public bool Choice<T>(YamlNode node, string keyPath, IReadOnlyList<(string Name, T Value)> options, out T value)
    {
        value = default!;
        var expected = "one of " + string.Join(", ", options.Select(o => Code(o.Name)));
        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            WrongType(node, keyPath, expected);
            return false;
        }

        var match = options.FirstOrDefault(o => string.Equals(o.Name, scalar.Value, StringComparison.OrdinalIgnoreCase));
        if (match.Name is null)
        {
            Error(node, $"{Code(keyPath)} is {Code(scalar.Value)}, which is not a known value.", expected);
            return false;
        }

        value = match.Value;
        return true;
    }

    public static string Code(string text) => MarkdownText.Code(text);

    private void WrongType(YamlNode node, string keyPath, string expected) =>
        Error(node, $"{Code(keyPath)} is {(node.Kind == "empty" ? "empty" : "a " + node.Kind)}.", expected);
}
