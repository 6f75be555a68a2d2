namespace ProductOps.GitHub;

/// <summary>
/// Reads the sections GitHub issue forms write into an issue body: "### Label" followed by the
/// answer, with "_No response_" for an empty answer.
/// https://docs.github.com/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms
/// </summary>
public static class IssueFormParser
{
    private const string NoResponse = "_No response_";

    public static IReadOnlyDictionary<string, string> Parse(string? body)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(body))
        {
            return fields;
        }

        string? heading = null;
        var answer = new List<string>();
        foreach (var raw in body.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Add(fields, heading, answer);
                heading = line[4..].Trim();
                answer.Clear();
            }
            else if (heading is not null)
            {
                answer.Add(line);
            }
        }
        Add(fields, heading, answer);
        return fields;
    }

    private static void Add(Dictionary<string, string> fields, string? heading, List<string> answer)
    {
        var value = string.Join('\n', answer).Trim();
        if (heading is { Length: > 0 } && value.Length > 0 && value != NoResponse)
        {
            fields.TryAdd(heading, value);
        }
    }
}
