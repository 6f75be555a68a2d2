using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProductOps.Tests.Deployment;

/// <summary>
/// Reads the compiled ARM template of infra/main.bicep: its parameters, its modules (nested
/// deployments) and the function app's settings.
/// </summary>
internal sealed partial class CompiledTemplate(JsonObject main)
{
    public JsonObject Main => main;

    public JsonObject FunctionApp => Module("functionapp");

    public JsonObject Parameters => main["parameters"]!.AsObject();

    /// <summary>The settings with fixed keys: key -> value (an ARM expression or a literal).</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        FunctionApp["variables"]!["appSettings"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

    /// <summary>The settings whose keys carry a name, as patterns (<c>Updates__Webhooks__*__Url</c>).</summary>
    public IReadOnlySet<string> NamedSettings =>
        Format().Matches(FunctionApp["variables"]!["namedSettings"]!.GetValue<string>())
            .Select(m => Argument().Replace(m.Groups[1].Value, "*")).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> AllSettingKeys => AppSettings.Keys.Concat(NamedSettings);

    /// <summary>Every resource of every nested template, and of main.</summary>
    public IEnumerable<JsonObject> Resources() => Resources(main);

    /// <summary>
    /// The main template's parameter that feeds a function-app setting (<c>[parameters('x')]</c> in the
    /// module, passed <c>[parameters('y')]</c> from main), or null when the value is computed.
    /// </summary>
    public string? MainParameterOf(string settingKey)
    {
        if (!AppSettings.TryGetValue(settingKey, out var value) || ParameterReference().Match(value) is not { Success: true } inModule)
        {
            return null;
        }
        var passed = Deployment("functionapp")["properties"]!["parameters"]![inModule.Groups[1].Value]!["value"]!;
        return passed.GetValueKind() == System.Text.Json.JsonValueKind.String && ParameterReference().Match(passed.GetValue<string>()) is { Success: true } inMain
            ? inMain.Groups[1].Value
            : null;
    }

    private JsonObject Module(string name) => Deployment(name)["properties"]!["template"]!.AsObject();

    private JsonObject Deployment(string name) =>
        Entries(main).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Resources/deployments" && r["name"]!.GetValue<string>() == name);

    private static IEnumerable<JsonObject> Resources(JsonObject template)
    {
        foreach (var resource in Entries(template))
        {
            yield return resource;
            if (resource["properties"] is JsonObject properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    // A template with symbolic names (Bicep emits one for resource loops) holds its resources in an object.
    private static IEnumerable<JsonObject> Entries(JsonObject template) => template["resources"] switch
    {
        JsonArray list => list.Select(r => r!.AsObject()),
        JsonObject named => named.Select(r => r.Value!.AsObject()),
        _ => [],
    };

    [GeneratedRegex(@"^\[parameters\('([^']+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"format\('([A-Za-z0-9_{}]+)'")]
    private static partial Regex Format();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Argument();
}
