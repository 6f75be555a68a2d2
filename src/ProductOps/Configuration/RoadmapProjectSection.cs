using ProductOps.Roadmap;

namespace ProductOps.Configuration;

/// <summary>The schema of <c>roadmap.project:</c> (docs/projects.md): <c>owner</c>, <c>number</c> and an optional <c>group-by</c> field name.</summary>
internal static class RoadmapProjectSection
{
    public static RoadmapProjectSource? Read(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return null;
        }

        string? owner = null, groupBy = null;
        int? number = null;
        var valid = true;
        reader.Keys(map, keyPath,
            ("owner", (n, p) =>
            {
                if (reader.Text(n, p, 39, out var text) && IsLogin(text))
                {
                    owner = text;
                }
                else
                {
                    valid = false;
                    if (text.Length > 0)
                    {
                        reader.Error(n, $"{ConfigReader.Code(p)} is {ConfigReader.Code(text)}, which is not a GitHub organisation name.", "the organisation, as in `github.com/orgs/ORG/projects/1`");
                    }
                }
            }),
            ("number", (n, p) =>
            {
                if (reader.Number(n, p, 1, int.MaxValue, wholeNumber: true, "the project's number, as in github.com/orgs/ORG/projects/NUMBER", out var value))
                {
                    number = (int)value;
                }
                else
                {
                    valid = false;
                }
            }),
            ("group-by", (n, p) =>
            {
                if (reader.Text(n, p, 100, out var field))
                {
                    groupBy = field.Trim();
                }
                else
                {
                    valid = false;
                }
            }));
        foreach (var required in new[] { "owner", "number" })
        {
            if (map.Entries.All(e => e.Key.Value != required))
            {
                reader.Error(map, $"{ConfigReader.Code(keyPath)} has no `{required}`.", "the project's organisation and number, such as `{ owner: my-org, number: 3 }`");
                valid = false;
            }
        }
        return valid && owner is not null && number is { } value ? new RoadmapProjectSource(owner, value, string.IsNullOrEmpty(groupBy) ? null : groupBy) : null;
    }

    /// <summary>GitHub's login rule: letters, digits and single dashes, not at either end.</summary>
    private static bool IsLogin(string text) =>
        text.Length is > 0 and <= 39 && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
        && !text.StartsWith('-') && !text.EndsWith('-') && !text.Contains("--", StringComparison.Ordinal);
}
