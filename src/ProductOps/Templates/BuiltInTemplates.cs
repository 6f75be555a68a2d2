using System.Collections.Frozen;

namespace ProductOps.Templates;

/// <summary>
/// The default templates shipped with the app (<c>templates/*.scriban</c>, embedded in ProductOps.dll), parsed
/// through <see cref="TemplateCache"/>. A default with errors is a bug of the app and throws.
/// </summary>
public static class BuiltInTemplates
{
    private const string Prefix = "ProductOps.templates.";
    private const string Suffix = ".scriban";
    private static readonly FrozenDictionary<string, string> Texts = Load();

    public static IEnumerable<string> Names => Texts.Keys;

    public static SandboxedTemplate Get(string name)
    {
        if (!Texts.TryGetValue(name, out var text))
        {
            throw new ArgumentException($"There is no default template {TemplateFiles.DefaultPath(name)}.", nameof(name));
        }
        var result = TemplateCache.Parse(TemplateFiles.DefaultPath(name), text);
        return result.Template ?? throw new InvalidOperationException($"{TemplateFiles.DefaultPath(name)} has errors: {string.Join("; ", result.Errors)}");
    }

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(BuiltInTemplates).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(Suffix, StringComparison.Ordinal))
            .ToFrozenDictionary(r => r[Prefix.Length..^Suffix.Length], r =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(r)!);
                return reader.ReadToEnd();
            });
    }
}
