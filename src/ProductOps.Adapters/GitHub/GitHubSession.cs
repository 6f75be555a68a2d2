using System.Globalization;
using Octokit;
using ProductOps.Configuration;
using ProductOps.GitHub.Http;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>The tracker port over Octokit for one repository's installation.</summary>
public sealed class GitHubSession(IGitHubClient client, GitHubIdentity identity, TimeSpan writeSettleTime, IBoardTracker board, ConfigProblemIssue problems) : ITrackerSession, IBoardTracker, IConfigReportTracker
{
    /// <summary>In the repository's "Product Ops configuration" issue.</summary>
    public Task ReportConfigAsync(string container, ConfigReport report, CancellationToken ct) => problems.ReportAsync(client, identity, container, report);

    public TimeSpan WriteSettleTime => writeSettleTime;

    public Task AddLabelsAsync(ItemKey item, IReadOnlyCollection<string> labels, CancellationToken ct)
    {
        var (owner, repo, number) = Parse(item);
        return client.Issue.Labels.AddToIssue(owner, repo, number, labels.ToArray());
    }

    public async Task RemoveLabelAsync(ItemKey item, string label, CancellationToken ct)
    {
        var (owner, repo, number) = Parse(item);
        try
        {
            await client.Issue.Labels.RemoveFromIssue(owner, repo, number, label);
        }
        catch (NotFoundException)
        {
            // Already gone: the desired state holds.
        }
    }

    /// <summary>
    /// The oldest comment with this marker written by the app's own login: a marker typed by anyone
    /// else is just text. Listed fresh, past the conditional-GET cache: this look-up decides whether
    /// a comment whose creation may have failed is written again.
    /// </summary>
    public async Task<MarkedComment?> FindCommentAsync(ItemKey item, string marker, CancellationToken ct)
    {
        var (owner, repo, number) = Parse(item);
        IReadOnlyList<IssueComment> comments;
        using (ConditionalGetHandler.Fresh())
        {
            comments = await client.Issue.Comment.GetAllForIssue(owner, repo, number);
        }
        foreach (var comment in comments)
        {
            if (CommentMarker.TryRead(comment.Body, marker, out var hash) && await identity.IsOwnAsync(comment.User?.Login))
            {
                return new MarkedComment(comment.Id.ToString(CultureInfo.InvariantCulture), hash);
            }
        }
        return null;
    }

    public async Task<string> CreateCommentAsync(ItemKey item, MarkedCommentContent content, CancellationToken ct)
    {
        var (owner, repo, number) = Parse(item);
        try
        {
            var comment = await client.Issue.Comment.Create(owner, repo, number, CommentMarker.Compose(content.Marker, content.ContentHash, content.Markdown));
            return comment.Id.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new UnansweredWriteException($"GitHub did not answer the comment create on {item}: {e.Message}", e);
        }
    }

    public async Task<bool> UpdateCommentAsync(ItemKey item, string commentId, MarkedCommentContent content, CancellationToken ct)
    {
        var (owner, repo, _) = Parse(item);
        try
        {
            await client.Issue.Comment.Update(owner, repo, long.Parse(commentId, CultureInfo.InvariantCulture), CommentMarker.Compose(content.Marker, content.ContentHash, content.Markdown));
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// GitHub issues have no number fields: <c>scoring.score-field</c> applies to Jira only
    /// (docs/configuration.md), so a repository that sets it is not failed for it.
    /// </summary>
    public Task SetNumberFieldAsync(ItemKey item, string fieldName, double? value, CancellationToken ct) => Task.CompletedTask;

    public Task<BoardCard?> ReadCardAsync(ItemKey item, Scoring.BoardConfig config, CancellationToken ct) => board.ReadCardAsync(item, config, ct);

    public Task SetNumberAsync(BoardCard card, BoardField field, double? value, CancellationToken ct) => board.SetNumberAsync(card, field, value, ct);

    public Task SetOptionAsync(BoardCard card, BoardField field, BoardOption? option, CancellationToken ct) => board.SetOptionAsync(card, field, option, ct);


    public async Task<WorkItem?> ReadItemAsync(ItemKey item, CancellationToken ct)
    {
        var (owner, repo, number) = Parse(item);
        try
        {
            Issue issue;
            using (ConditionalGetHandler.Fresh())
            {
                issue = await client.Issue.Get(owner, repo, number);
            }
            return issue.PullRequest is null ? new GitHubIssues(client, item.Container).ToWorkItem(issue) : null;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>The marker is checked first, so ordinary issues cost no look-up of the app's login.</summary>
    public async Task<bool> IsOwnItemAsync(WorkItem item, CancellationToken ct) =>
        CommentMarker.HasAnyMarker(item.Body) && await identity.IsOwnAsync(item.Author);

    private static (string Owner, string Repo, int Number) Parse(ItemKey item)
    {
        var (owner, repo) = RepositoryId.Of(item);
        return (owner, repo, int.Parse(item.Id, CultureInfo.InvariantCulture));
    }
}
