using ProductOps.Events;
using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>
/// What a repository's or Jira project's roadmap configuration may write (docs/security.md). A repository's
/// file and issue targets are in the repository itself. Its <c>jira-issue</c> may name only a Jira project the
/// operator allowed for it (<c>Roadmap:AllowedJiraProjects:&lt;owner&gt;:&lt;repo&gt;</c>); its <c>html</c> page
/// must lie under <c>&lt;owner&gt;/&lt;repo&gt;/</c> or under the prefix the operator gave its owner
/// (<c>Roadmap:PagePrefixes:&lt;owner&gt;</c>). A Jira project's configuration may write only its own issues and
/// pages under <c>jira/&lt;KEY&gt;/</c>. Refused targets are dropped; the others still publish.
/// </summary>
public sealed class RoadmapTargetPolicy(RoadmapSettings settings)
{
    public static RoadmapTargetPolicy OwnTargetsOnly { get; } = new(new RoadmapSettings());

    public PolicyOutcome Apply(string provider, string container, RoadmapConfig config)
    {
        var refused = new List<string>();
        if (config.JiraIssue is { } jira && ProjectOf(jira.Key) is var project && !MayWriteJira(provider, container, project))
        {
            refused.Add(provider == Providers.Jira
                ? $"`roadmap.jira-issue` names `{jira.Key}`, an issue of another Jira project: project {container} may write only its own issues."
                : $"`roadmap.jira-issue` names `{jira.Key}`, but this repository may not write Jira project `{project}`. An operator allows it with the app setting `Roadmap__AllowedJiraProjects__{RepositoryId.Parse(container).Owner}__{RepositoryId.Parse(container).Name}` = `{project}` (a comma-separated list), or where setting names cannot hold `-` (Azure on Linux) with `Roadmap__AllowedJiraProjectsList` = `{container}={project}` (entries separated by `;`).");
            config = config with { JiraIssue = null };
        }
        if (config.Html is { Path: { } path } && !PagePrefixes(provider, container).Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            var allowed = string.Join(" or ", PagePrefixes(provider, container).Select(p => $"`{p}`"));
            refused.Add($"`roadmap.html.path` is `{path}`, outside this {(provider == Providers.Jira ? "project" : "repository")}'s part of the static website: the path must start with {allowed}."
                + (provider == Providers.Jira ? "" : $" An operator gives an owner another prefix with the app setting `Roadmap__PagePrefixes__{RepositoryId.Parse(container).Owner}`, or `Roadmap__PagePrefixesList` = `{RepositoryId.Parse(container).Owner}=<folder>/`."));
            config = config with { Html = null };
        }
        return new PolicyOutcome(config, refused);
    }

    /// <summary>The page path a target without a path gets, always inside the container's own prefix.</summary>
    public static string DefaultPagePath(string provider, string container) => OwnPrefix(provider, container) + "roadmap.html";

    private bool MayWriteJira(string provider, string container, string project)
    {
        if (provider == Providers.Jira)
        {
            // Jira reads issue and project keys without regard to case: hr-9 is HR-9.
            return string.Equals(project, container, StringComparison.OrdinalIgnoreCase);
        }
        var repository = RepositoryId.Parse(container);
        var repositories = settings.AllowedJiraProjects.FirstOrDefault(o => string.Equals(o.Key, repository.Owner, StringComparison.OrdinalIgnoreCase)).Value;
        var lists = Entries(settings.AllowedJiraProjectsList, container)
            .Append(repositories?.FirstOrDefault(r => string.Equals(r.Key, repository.Name, StringComparison.OrdinalIgnoreCase)).Value);
        return lists.Any(list => list is not null && list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(project, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The values given <paramref name="name"/> in a <c>name=value; name=value</c> setting; an entry without both parts allows nothing.</summary>
    private static IEnumerable<string> Entries(string? setting, string name) =>
        (setting ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2 && p[0].Length > 0 && string.Equals(p[0], name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1]);

    private IEnumerable<string> PagePrefixes(string provider, string container)
    {
        yield return OwnPrefix(provider, container);
        if (provider == Providers.Jira)
        {
            yield break;
        }
        var owner = RepositoryId.Parse(container).Owner;
        var configured = Entries(settings.PagePrefixesList, owner)
            .Append(settings.PagePrefixes.FirstOrDefault(o => string.Equals(o.Key, owner, StringComparison.OrdinalIgnoreCase)).Value);
        foreach (var prefix in configured.Select(c => c?.Trim().Trim('/')))
        {
            if (prefix is { Length: > 0 } && !prefix.Split('/').Any(s => s is "" or "." or ".."))
            {
                // A prefix is a folder: "octo" must not also admit "octo-other/".
                yield return prefix + "/";
            }
        }
    }

    // A Jira project key has no slash: its pages get a folder of their own, apart from any owner's. A GitHub
    // account may be named "jira" too, so its repositories' folder moves aside rather than share one with a project.
    private static string OwnPrefix(string provider, string container) =>
        provider == Providers.Jira ? $"jira/{container}/"
        : string.Equals(RepositoryId.Parse(container).Owner, "jira", StringComparison.OrdinalIgnoreCase) ? $"github/{container}/"
        : $"{container}/";

    private static string ProjectOf(string issueKey) => issueKey[..issueKey.LastIndexOf('-')];

}
