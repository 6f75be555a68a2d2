using Microsoft.Extensions.Logging;
using ProductOps.Events;
using ProductOps.Queues;
using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>
/// Handles one <c>roadmap-refresh</c> message: under the roadmap's blob lease (one writer across all
/// instances) it clears the pending mark, reads the board index (never the tracker's items), renders
/// and writes each configured target whose content changed since it was last written.
/// </summary>
public sealed partial class RoadmapRefresher(
    IBoardIndex index,
    IRoadmapStates states,
    IEnumerable<IRoadmapPublishers> publishers,
    IRoadmapJiraIssues jiraIssues,
    IStaticPages pages,
    IItemLocks locks,
    RoadmapTemplates templates,
    ILogger<RoadmapRefresher> logger,
    Updates.IRoadmapChangeListener? changes = null,
    RoadmapTargetPolicy? policy = null,
    Outcomes.IKpiHistory? kpis = null,
    IRoadmapVersions? versions = null,
    ProjectRoadmapReader? projectReader = null,
    IRoadmapProjectLinks? projectLinks = null,
    TimeProvider? clock = null)
{
    /// <summary>The lock id of a roadmap: no GitHub number or Jira key looks like it.</summary>
    public const string LockId = "~roadmap";

    public async Task<MessageResult> HandleAsync(QueueDelivery delivery, CancellationToken ct)
    {
        if (RoadmapRefreshMessage.Parse(delivery.Text) is not { } message)
        {
            LogUnreadable(delivery.Text.Length);
            return MessageResult.SetAside("the message is not a roadmap refresh");
        }
        try
        {
            await RefreshAsync(message, ct);
            return MessageResult.Done;
        }
        catch (RetryLaterException e)
        {
            return MessageResult.Defer(e.Delay, $"roadmap {message.Provider}/{message.Container}: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(message.Provider, message.Container, delivery.Attempt, e.GetType().Name, e.Message);
            return MessageResult.Failed($"roadmap {message.Provider}/{message.Container}: {e.GetType().Name}: {e.Message}");
        }
    }

    public async Task<RefreshOutcome> RefreshAsync(RoadmapRefreshMessage message, CancellationToken ct)
    {
        var publisher = publishers.Select(p => p.Open(message.Provider, message.Container, message.Scope)).FirstOrDefault(p => p is not null);
        if (publisher is null)
        {
            return RefreshOutcome.NoTargets;
        }

        await using (await locks.AcquireAsync(new ItemKey(message.Provider, message.Container, LockId), ct))
        {
            await states.ClearPendingAsync(message.Provider, message.Container, ct);
            var settings = await publisher.GetConfigAsync(ct);
            // The configuration readers already drop and report refused targets; this is the last line of defence.
            var allowed = (policy ?? RoadmapTargetPolicy.OwnTargetsOnly).Apply(message.Provider, message.Container, settings.Roadmap);
            foreach (var reason in allowed.Refused)
            {
                LogRefused(message.Provider, message.Container, reason);
            }
            var config = allowed.Config;
            if (!publisher.HasRepository && (config.File is not null || config.Issue is not null))
            {
                LogNoRepository(message.Provider, message.Container);
                config = config with { File = null, Issue = null };
            }
            if (!config.HasTargets)
            {
                return RefreshOutcome.NoTargets;
            }

            if (await ReadItemsAsync(message, config, settings, publisher, ct) is not (var records, var view, var shownAs))
            {
                // The project could not be read: reported, and the roadmap last published stays as it is.
                return RefreshOutcome.Unchanged;
            }
            var kpiValues = kpis is null || settings.Outcomes.Goals.Count == 0 ? [] : await kpis.ListAsync(message.Provider, message.Container, ct);
            var kpiFailures = kpis is null || settings.Outcomes.Goals.Count == 0 ? [] : await kpis.ListFailuresAsync(message.Provider, message.Container, ct);
            var page = RoadmapBuilder.Build(records, config, shownAs,
                new RoadmapOutcomes(settings.Outcomes, kpiValues) { Failures = kpiFailures }, view);
            RoadmapVersions? newVersion = null;
            if (versions is not null)
            {
                (newVersion, var sinceLast) = RoadmapHistory.Advance(await versions.GetAsync(message.Provider, message.Container, ct), RoadmapSnapshot.Of(page), page);
                page = page with { Changes = sinceLast };
            }
            var state = await states.GetAsync(message.Provider, message.Container, ct);
            var before = state;

            var template = config.File is not null || config.Issue is not null || config.JiraIssue is not null
                ? await templates.GetAsync(publisher, message.Container, ct)
                : null;
            if (config.File is not null || config.Issue is not null)
            {
                var markdown = RoadmapRenderer.Markdown(page, model => template!.Render(model, ct));
                if (config.File is { } file && Hash(file, markdown) is var fileHash && fileHash != state.FileHash)
                {
                    var committed = await publisher.CommitFileAsync(file, markdown, ct);
                    LogFile(message.Container, file.Path, committed ? "committed" : "already current");
                    state = state with { FileHash = fileHash };
                }
                if (config.Issue is { } issue && Hash(issue, markdown) is var issueHash && issueHash != state.IssueHash)
                {
                    var id = await publisher.WriteIssueAsync(issue, state.IssueId, markdown, ct);
                    LogIssue(message.Container, id);
                    state = state with { IssueHash = issueHash, IssueId = id };
                }
            }

            if (config.JiraIssue is { } jira)
            {
                // Jira's description limit is 32,767 characters; Markdown is never shorter than the text Jira counts.
                var markdown = RoadmapRenderer.Markdown(page, model => template!.Render(model, ct), RoadmapRenderer.MaxJiraMarkdownLength);
                if (Hash(jira, markdown) is var jiraHash && jiraHash != state.JiraIssueHash && await jiraIssues.WriteDescriptionAsync(jira, markdown, ct))
                {
                    LogJiraIssue(message.Container, jira.Key);
                    state = state with { JiraIssueHash = jiraHash };
                }
            }

            if (config.Html is { } html)
            {
                var path = html.Path ?? RoadmapTargetPolicy.DefaultPagePath(message.Provider, message.Container);
                var text = RoadmapRenderer.Html(page, ct);
                if (Hash(path, text) is var htmlHash && htmlHash != state.HtmlHash)
                {
                    await pages.WriteAsync(path, text, ct);
                    LogPage(message.Container, path);
                    state = state with { HtmlHash = htmlHash };
                }
            }

            if (newVersion is not null)
            {
                // After the targets are written: a failed write repeats the same comparison on the next attempt.
                await versions!.SaveAsync(message.Provider, message.Container, newVersion, ct);
            }

            if (changes is not null)
            {
                // Before the state is saved: a refresh that fails after this repeats the same comparison.
                await changes.RefreshedAsync(message.Provider, message.Container, message.Scope, page, settings, state.IssueId, ct);
            }

            if (state == before)
            {
                LogUnchanged(message.Container, page.OpenItems);
                return RefreshOutcome.Unchanged;
            }
            await states.SaveAsync(state, ct);
            return RefreshOutcome.Written;
        }
    }

    // The target's settings are part of the hash: moving the file or renaming the issue rewrites it.
    private static string Hash(object target, string content) => Hashing.Sha256Hex(target + "\n" + content);
}
