using ProductOps.Roadmap;

namespace ProductOps.Configuration;

/// <summary>The schema of <c>roadmap:</c> (docs/roadmap.md): reads one layer's section over the config merged so far.</summary>
internal static class RoadmapSection
{
    public static RoadmapConfig Apply(RoadmapConfig config, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return config;
        }

        var result = config;
        reader.Keys(map, keyPath,
            ("title", (n, p) => { if (reader.Text(n, p, 100, out var title)) result = result with { Title = title }; }),
            ("phases", (n, p) => { if (Names(n, reader, p, 1) is { } phases) result = result with { Phases = phases }; }),
            ("off-roadmap-phases", (n, p) => { if (Names(n, reader, p, 0) is { } phases) result = result with { OffRoadmapPhases = phases }; }),
            ("now", (n, p) => result = result with { Now = Horizon(result.Now, n, reader, p) }),
            ("next", (n, p) => result = result with { Next = Horizon(result.Next, n, reader, p) }),
            ("chart-items", (n, p) =>
            {
                if (reader.Number(n, p, 0, 200, wholeNumber: true, "a whole number of items from 0 (no chart) to 200", out var count))
                {
                    result = result with { ChartItems = (int)count };
                }
            }),
            ("file", (n, p) => result = result with { File = File(n, reader, p) ?? result.File }),
            ("issue", (n, p) => result = result with { Issue = Issue(n, reader, p) ?? result.Issue }),
            ("html", (n, p) => result = result with { Html = Html(n, reader, p) ?? result.Html }),
            ("jira-issue", (n, p) => result = result with { JiraIssue = JiraIssue(n, reader, p) ?? result.JiraIssue }),
            ("project", (n, p) => result = result with { Project = RoadmapProjectSection.Read(n, reader, p) ?? result.Project }));
        return result;
    }

    private static HorizonRule Horizon(HorizonRule rule, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return rule;
        }

        var result = rule;
        reader.Keys(map, keyPath,
            ("phases", (n, p) => { if (Names(n, reader, p, 0) is { } phases) result = result with { Phases = phases }; }),
            ("milestones", (n, p) => { if (Names(n, reader, p, 0) is { } milestones) result = result with { Milestones = milestones }; }),
            ("min-score", (n, p) =>
            {
                if (reader.Number(n, p, 0, 1e12, wholeNumber: false, "a score from 0 up", out var min))
                {
                    result = result with { MinScore = min };
                }
            }));
        return result;
    }

    private static RoadmapFileTarget? File(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return null;
        }

        string path = "ROADMAP.md", message = "Update the roadmap";
        string? branch = null;
        var valid = true;
        reader.Keys(map, keyPath,
            ("path", (n, p) => valid &= reader.Text(n, p, 200, out path) && RepositoryPath(n, reader, p, path)),
            ("branch", (n, p) => { valid &= reader.Text(n, p, 100, out var b); branch = b; }),
            ("message", (n, p) => valid &= reader.Text(n, p, 200, out message)));
        return valid ? new RoadmapFileTarget(path, branch, message) : null;
    }

    private static RoadmapIssueTarget? Issue(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return null;
        }

        string title = "Roadmap", label = "roadmap";
        var valid = true;
        reader.Keys(map, keyPath,
            ("title", (n, p) => valid &= reader.Text(n, p, 200, out title)),
            ("label", (n, p) => valid &= reader.Text(n, p, 50, out label)));
        return valid ? new RoadmapIssueTarget(title, label) : null;
    }

    private static RoadmapHtmlTarget? Html(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return null;
        }

        string? path = null;
        var valid = true;
        reader.Keys(map, keyPath,
            ("path", (n, p) => { valid &= reader.Text(n, p, 200, out var text) && RepositoryPath(n, reader, p, text); path = text; }));
        return valid ? new RoadmapHtmlTarget(path) : null;
    }

    private static RoadmapJiraIssueTarget? JiraIssue(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return null;
        }

        string? key = null;
        reader.Keys(map, keyPath,
            ("key", (n, p) =>
            {
                if (reader.Text(n, p, 50, out var text) && IsIssueKey(text))
                {
                    key = text;
                }
                else if (text.Length > 0)
                {
                    reader.Error(n, $"{ConfigReader.Code(p)} is {ConfigReader.Code(text)}, which is not a Jira issue key.", "a key such as `PROJ-1`");
                }
            }));
        if (map.Entries.All(e => e.Key.Value != "key"))
        {
            reader.Error(map, $"{ConfigReader.Code(keyPath)} has no `key`.", "the issue's key, such as `key: PROJ-1`");
        }
        return key is null ? null : new RoadmapJiraIssueTarget(key);
    }

    /// <summary>Jira's issue key shape: project key (a letter, then letters, digits or underscores), a dash, a number.</summary>
    private static bool IsIssueKey(string text)
    {
        var dash = text.LastIndexOf('-');
        return dash > 0 && dash < text.Length - 1 && char.IsAsciiLetterUpper(text[0])
            && text[..dash].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')
            && text[(dash + 1)..].All(char.IsAsciiDigit);
    }

    /// <summary>A relative path of plain segments: no "..", no leading "/", no backslashes.</summary>
    private static bool RepositoryPath(YamlNode node, ConfigReader reader, string keyPath, string path)
    {
        var segments = path.Split('/');
        if (path.StartsWith('/') || path.Contains('\\') || segments.Any(s => s is "" or "." or ".."))
        {
            reader.Error(node, $"{ConfigReader.Code(keyPath)} is {ConfigReader.Code(path)}, which is not a plain relative path.", "a path such as `docs/ROADMAP.md`");
            return false;
        }
        return true;
    }

    private static IReadOnlyList<string>? Names(YamlNode node, ConfigReader reader, string keyPath, int min)
    {
        if (reader.List(node, keyPath) is not { } list)
        {
            return null;
        }

        var names = new List<string>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (!reader.Text(list.Items[i], $"{keyPath}[{i}]", 100, out var name))
            {
                return null;
            }
            names.Add(name.Trim());
        }

        if (names.Count < min || names.Count > 50)
        {
            reader.Error(list, $"{ConfigReader.Code(keyPath)} has {names.Count} entries.", $"{min} to 50 names");
            return null;
        }
        return names;
    }
}
