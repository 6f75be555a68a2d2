using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Octokit;
using ProductOps.Configuration;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>
/// Reports a broken <c>.github/product-ops.yml</c> once, where the team will see it: a single open
/// issue "Product Ops configuration" (label <c>product-ops:config</c>) listing every error with file,
/// line and column, which configuration is used instead, and the targets the repository may not write
/// (docs/security.md). It is edited only when its text differs from what the open issue says (the hash in its
/// marker) and closed once nothing is left to report. The processor plans the files' report
/// (<c>ConfigReportPlanner</c>) and <see cref="GitHubSession"/> carries it out here.
/// </summary>
public sealed partial class ConfigProblemIssue(ILogger<ConfigProblemIssue> logger)
{
    public const string Label = "product-ops:config";
    public const string Title = "Product Ops configuration";
    private const string Marker = "config";
    private const string ProjectHeading = "### The roadmap's project";

    // The configuration files' report (planned by the processor, see ConfigReportPlanner) and the roadmap project's
    // problem ("" for none, found by the roadmap refresh) come at different times; each write shows both.
    private readonly ConcurrentDictionary<string, ConfigReport> fileReports = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> projectProblems = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Shows the files' report: creates the issue, edits it when its text differs, or, once nothing is left (an
    /// empty report and no project problem), closes it. Whether the report changed is the planner's to decide.
    /// </summary>
    public Task ReportAsync(IGitHubClient client, GitHubIdentity identity, string repository, ConfigReport report)
    {
        fileReports[repository] = report;
        return WriteAsync(client, identity, repository);
    }

    /// <summary>Reports the roadmap project's problem, or with null clears it; costs nothing while it stays the same.</summary>
    /// <param name="files">The files' report as last read, shown beside it.</param>
    public async Task ReportProjectAsync(IGitHubClient client, GitHubIdentity identity, string repository, ConfigReport files, string? problem)
    {
        fileReports[repository] = files;
        var known = projectProblems.TryGetValue(repository, out var before);
        projectProblems[repository] = problem ?? "";
        if (known && before == (problem ?? ""))
        {
            return;
        }
        if (problem is null && !known)
        {
            // Not known to this instance: an open report may still name a problem found before it started.
            var (owner, name) = RepositoryId.Parse(repository);
            if (await FindOpenAsync(client, identity, owner, name) is not { } open || open.Body?.Contains(ProjectHeading, StringComparison.Ordinal) != true)
            {
                return;
            }
        }
        await WriteAsync(client, identity, repository);
    }

    private async Task WriteAsync(IGitHubClient client, GitHubIdentity identity, string repository)
    {
        var report = (fileReports.GetValueOrDefault(repository) ?? ConfigReport.Empty) with
        {
            ProjectProblems = projectProblems.GetValueOrDefault(repository) is { Length: > 0 } problem ? [problem] : [],
        };
        if (report.IsEmpty)
        {
            await CloseAsync(client, identity, repository);
            return;
        }
        var markdown = Render(report);
        var hash = Hashing.Sha256Hex(markdown)[..16];
        var (owner, name) = RepositoryId.Parse(repository);
        var body = CommentMarker.Compose(Marker, hash, markdown);
        var open = await FindOpenAsync(client, identity, owner, name);
        if (open is null)
        {
            var issue = new NewIssue(Title) { Body = body };
            issue.Labels.Add(Label);
            await client.Issue.Create(owner, name, issue);
        }
        else if (!CommentMarker.TryRead(open.Body, Marker, out var openHash) || openHash != hash)
        {
            await client.Issue.Update(owner, name, open.Number, new IssueUpdate { Body = body });
        }
        LogReported(repository, report.Errors.Count, report.Refused.Count);
    }

    private async Task CloseAsync(IGitHubClient client, GitHubIdentity identity, string repository)
    {
        var (owner, name) = RepositoryId.Parse(repository);
        if (await FindOpenAsync(client, identity, owner, name) is { } open)
        {
            await client.Issue.Update(owner, name, open.Number, new IssueUpdate
            {
                Body = CommentMarker.Compose(Marker, "", "The configuration is valid and every target it names is allowed; Product Ops uses it. Closing."),
                State = Octokit.ItemState.Closed,
            });
            LogResolved(repository);
        }
    }

    /// <summary>
    /// The open report the app itself opened. Anyone who may label an issue can copy the label and the marker; such an
    /// issue is never edited or closed (docs/security.md, "Whose comments the app edits").
    /// </summary>
    private static async Task<Issue?> FindOpenAsync(IGitHubClient client, GitHubIdentity identity, string owner, string name)
    {
        var request = new RepositoryIssueRequest { State = ItemStateFilter.Open };
        request.Labels.Add(Label);
        var issues = await client.Issue.GetAllForRepository(owner, name, request, new ApiOptions { PageSize = 10, PageCount = 1 });
        foreach (var issue in issues.Where(i => CommentMarker.TryRead(i.Body, Marker, out _)))
        {
            if (await identity.IsOwnAsync(issue.User?.Login))
            {
                return issue;
            }
        }
        return null;
    }

    private static string Render(ConfigReport report)
    {
        var text = new System.Text.StringBuilder();
        if (report.Errors.Count > 0)
        {
            text.Append("### Product Ops could not use its configuration\n\n").Append(ConfigLoader.FormatErrors(report.Errors)).Append('\n');
            text.Append("Until this is fixed, Product Ops uses:\n\n");
            foreach (var line in report.InUse)
            {
                text.Append("- ").Append(line).Append('\n');
            }
            text.Append('\n');
        }
        if (report.Refused.Count > 0)
        {
            // docs/security.md: a repository's configuration writes only to itself and to targets an operator allows.
            text.Append("### Targets Product Ops will not write\n\nThese are skipped; every other target is still written.\n\n");
            foreach (var reason in report.Refused)
            {
                text.Append("- ").Append(reason).Append('\n');
            }
            text.Append('\n');
        }
        if (report.ProjectProblems.Count > 0)
        {
            text.Append(ProjectHeading).Append("\n\n");
            foreach (var problem in report.ProjectProblems)
            {
                text.Append("- ").Append(problem).Append('\n');
            }
            text.Append('\n');
        }
        return text.Append("""
            Every key and its allowed values: `docs/configuration.md` in the Product Ops repository; what a configuration may write: `docs/security.md`.
            This issue is updated when this report changes and closed when there is nothing left to report.
            """).ToString();
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Reported {Count} configuration error(s) and {Refused} refused target(s) in {Repository}'s 'Product Ops configuration' issue")]
    private partial void LogReported(string repository, int count, int refused);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Configuration of {Repository} is valid again; closed its 'Product Ops configuration' issue")]
    private partial void LogResolved(string repository);
}
