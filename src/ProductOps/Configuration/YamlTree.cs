namespace ProductOps.Configuration;

/// <summary>A YAML node with the 1-based position where it starts, so errors can point at it.</summary>
internal abstract record YamlNode(int Line, int Column)
{
    public abstract string Kind { get; }
}

internal sealed record YamlScalar(string Value, bool Plain, int Line, int Column) : YamlNode(Line, Column)
{
    /// <summary>An empty value, <c>~</c> or <c>null</c> written without quotes (YAML 1.2 core schema).</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Kind => IsNull ? "empty" : "text";
}

internal sealed record YamlMap(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Kind => "map";
}

internal sealed record YamlList(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column)
{
    public override string Kind => "list";
}
