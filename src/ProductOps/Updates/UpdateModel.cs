using System.Text.Json;
using Scriban.Runtime;

namespace ProductOps.Updates;

/// <summary>
/// Turns an update's JSON model into what a template sees: plain <see cref="ScriptObject"/>s and
/// <see cref="ScriptArray"/>s (no .NET objects), every text escaped for the target's dialect, plus the
/// helper functions <c>link</c>, <c>bold</c> and <c>mention</c> (docs/updates.md#helpers).
/// Properties named <c>url</c> (or ending in <c>_url</c>) are addresses and stay as they are.
/// </summary>
public static class UpdateModel
{
    public static ScriptObject ToScript(JsonElement model, TextDialect dialect, bool mentions)
    {
        var root = model.ValueKind == JsonValueKind.Object ? Object(model, dialect) : new ScriptObject();
        root.Import("link", new Func<object?, object?, string>((url, text) => UpdateText.Link(url?.ToString(), text?.ToString() ?? "", dialect)));
        root.Import("heading", new Func<object?, string>(text => UpdateText.Heading(text?.ToString() ?? "", dialect)));
        root.Import("bold", new Func<object?, string>(text => UpdateText.Bold(text?.ToString() ?? "", dialect)));
        root.Import("mention", new Func<object?, string>(name => UpdateText.Mention(name?.ToString() ?? "", dialect, mentions)));
        root.SetValue("dialect", dialect.ToString().ToLowerInvariant(), readOnly: true);
        return root;
    }

    private static ScriptObject Object(JsonElement element, TextDialect dialect)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            var isAddress = property.Name is "url" || property.Name.EndsWith("_url", StringComparison.Ordinal);
            result.SetValue(property.Name, Value(property.Value, dialect, isAddress), readOnly: false);
        }
        return result;
    }

    private static object? Value(JsonElement element, TextDialect dialect, bool isAddress) => element.ValueKind switch
    {
        JsonValueKind.Object => Object(element, dialect),
        JsonValueKind.Array => Array(element, dialect),
        JsonValueKind.String => isAddress ? element.GetString() : UpdateText.Escape(element.GetString()!, dialect),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ScriptArray Array(JsonElement element, TextDialect dialect)
    {
        var array = new ScriptArray();
        foreach (var item in element.EnumerateArray())
        {
            array.Add(Value(item, dialect, isAddress: false));
        }
        return array;
    }
}
