using System.Globalization;
using Octokit;
using ProductOps.Configuration;
using ProductOps.Roadmap;
using ProductOps.Templates;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>
/// Writes a repository's roadmap through Octokit, over the shared clients (so pacing, rate limits
/// and conditional GETs apply): the Markdown file through the contents API, committed only when its
/// text differs, and the roadmap issue's body, found by its hidden marker.
/// https://docs.github.com/rest/repos/contents#create-or-update-file-contents
/// </summary>
public sealed class GitHubRoadmapPublisher(IGitHubClient client, RepositoryConfigReader configs, string repository, GitHubIdentity identity, ITemplateSource templates, string? scope, ConfigProblemIssue? problems = null) : IRoadmapPublisher
{
    public const string Marker = "roadmap";
    private readonly string owner = RepositoryId.Parse(repository).Owner;
    private readonly string name = RepositoryId.Parse(repository).Name;

    public bool HasRepository => true;

    public async Task<ProductOpsConfig> GetConfigAsync(CancellationToken ct) => (await configs.GetAsync(client, repository, ct)).Config;

    /// <summary>In the repository's "Product Ops configuration" issue, beside its configuration's report (read from the cache).</summary>
    public async Task ReportProjectProblemAsync(string? problem, CancellationToken ct)
    {
        if (problems is not null)
        {
            await problems.ReportProjectAsync(client, identity, repository, (await configs.GetAsync(client, repository, ct)).Report, problem);
        }
    }

    public Task<string?> ReadTemplateAsync(CancellationToken ct) => templates.ReadAsync(repository, scope, TemplateFiles.RoadmapMarkdown, ct);

    public async Task<bool> CommitFileAsync(RoadmapFileTarget target, string markdown, CancellationToken ct)
    {
        var current = await GetFileAsync(target);
        if (current?.Content == markdown)
        {
            return false;
        }
        if (current is null)
        {
            var create = target.Branch is null ? new CreateFileRequest(target.Message, markdown) : new CreateFileRequest(target.Message, markdown, target.Branch);
            await client.Repository.Content.CreateFile(owner, name, target.Path, create);
        }
        else
        {
            var update = target.Branch is null ? new UpdateFileRequest(target.Message, markdown, current.Sha) : new UpdateFileRequest(target.Message, markdown, current.Sha, target.Branch);
            await client.Repository.Content.UpdateFile(owner, name, target.Path, update);
        }
        return true;
    }

    public async Task<string> WriteIssueAsync(RoadmapIssueTarget target, string? knownIssue, string markdown, CancellationToken ct)
    {
        var body = CommentMarker.Compose(Marker, WorkItems.Hashing.Sha256Hex(markdown)[..16], markdown);
        if (int.TryParse(knownIssue, NumberStyles.None, CultureInfo.InvariantCulture, out var known) && await TryUpdateAsync(known, body))
        {
            return knownIssue!;
        }

        // Found again by marker among the open issues carrying the label: one page, newest first.
        var request = new RepositoryIssueRequest { State = ItemStateFilter.Open, SortProperty = IssueSort.Created, SortDirection = SortDirection.Descending };
        request.Labels.Add(target.Label);
        var candidates = await client.Issue.GetAllForRepository(owner, name, request, new ApiOptions { PageSize = 100, PageCount = 1, StartPage = 1 });
        // Only an issue the app itself opened: anyone can open one with the label and the marker.
        Issue? found = null;
        foreach (var candidate in candidates.Where(i => i.PullRequest is null && CommentMarker.TryRead(i.Body, Marker, out _)))
        {
            if (await identity.IsOwnAsync(candidate.User?.Login))
            {
                found = candidate;
                break;
            }
        }
        if (found is not null && await TryUpdateAsync(found.Number, body))
        {
            return found.Number.ToString(CultureInfo.InvariantCulture);
        }

        var issue = new NewIssue(target.Title) { Body = body };
        issue.Labels.Add(target.Label);
        var created = await client.Issue.Create(owner, name, issue);
        return created.Number.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<bool> TryUpdateAsync(int number, string body)
    {
        try
        {
            await client.Issue.Update(owner, name, number, new IssueUpdate { Body = body });
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    /// <summary>The file's sha and text; a conditional GET, so an unchanged file costs no rate limit.</summary>
    private async Task<RepositoryContent?> GetFileAsync(RoadmapFileTarget target)
    {
        var path = string.Join('/', target.Path.Split('/').Select(Uri.EscapeDataString));
        var uri = new Uri($"repos/{Uri.EscapeDataString(owner)}/{Uri.EscapeDataString(name)}/contents/{path}", UriKind.Relative);
        var parameters = target.Branch is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["ref"] = target.Branch };
        try
        {
            return await new ApiConnection(client.Connection).Get<RepositoryContent>(uri, parameters);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
