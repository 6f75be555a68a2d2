using System.Globalization;
using Octokit.Webhooks.Events;
using Octokit.Webhooks.Events.Issues;
using Octokit.Webhooks.Models;
using ProductOps.Configuration;
using ProductOps.Events;
using ProductOps.WorkItems;

namespace ProductOps.GitHub;

/// <summary>Reads GitHub deliveries into work-item events and opens sessions for their installation.</summary>
public sealed class GitHubProvider(GitHubSessions sessions, RepositoryConfigReader configs) : ITrackerProvider, Commands.ICommandPorts
{
    // The actions that can change what Product Ops shows for an issue.
    private static readonly HashSet<string> IssueActions =
    [
        "opened", "edited", "labeled", "unlabeled", "reopened", "closed", "deleted",
        "milestoned", "demilestoned", "assigned", "unassigned",
    ];

    public string Name => Providers.GitHub;

    /// <summary>GitHub's issue payloads carry the whole issue, so reading them never calls GitHub; a project item is read through GraphQL.</summary>
    public Task<EventReading> ReadAsync(TrackerEvent ev, CancellationToken ct) =>
        ev.EventName == Projects.ProjectItemEvents.EventName
            ? Projects.ProjectItemEvents.ReadAsync(ev, sessions.GraphQl, ct)
            : Task.FromResult(Read(ev));

    public EventReading Read(TrackerEvent ev)
    {
        switch (ev.EventName)
        {
            case "push":
                return ReadPush(ev);
            case "issue_comment":
                return GitHubComments.Read(ev);
            case "issues":
                break;
            default:
                return new IgnoredEvent($"event '{ev.EventName}' is not handled");
        }

        var action = WebhookPayloads.Action(ev);
        if (action is null || !IssueActions.Contains(action))
        {
            return new IgnoredEvent($"issues action '{action}' is not handled");
        }
        var payload = WebhookPayloads.Read<IssuesEvent>(ev);
        if (payload.Issue is null || payload.Repository is null)
        {
            throw new UnreadableEventException($"issues.{action} delivery {ev.DeliveryId} has no issue or repository.");
        }
        CheckRepositoryName(payload.Repository.FullName, ev);
        // GitHub's REST API (and Octokit) number issues with 32-bit integers; a larger number can
        // never be read or written, so retrying it would only burn attempts.
        if (payload.Issue.Number is < 1 or > int.MaxValue)
        {
            throw new UnreadableEventException($"issues.{action} delivery {ev.DeliveryId} has issue number {payload.Issue.Number}, which is not a GitHub issue number.");
        }

        // labeled/unlabeled name the one label that changed; other actions do not say.
        return new ItemEvent(ToWorkItem(payload.Repository, payload.Issue, action), ev.EventName, action, Scope(payload.Installation))
        {
            AddedLabels = payload switch { IssuesLabeledEvent { Label.Name: { } added } => [added], IssuesUnlabeledEvent { Label.Name: not null } => [], _ => null },
            RemovedLabels = payload switch { IssuesUnlabeledEvent { Label.Name: { } removed } => [removed], IssuesLabeledEvent { Label.Name: not null } => [], _ => null },
        };
    }

    internal static string? Scope(InstallationLite? installation) => installation?.Id.ToString(CultureInfo.InvariantCulture);

    internal static WorkItem ToWorkItem(Repository repository, Issue issue, string action) => new()
    {
        Key = new ItemKey(Providers.GitHub, repository.FullName, issue.Number.ToString(CultureInfo.InvariantCulture)),
        Title = issue.Title ?? "",
        Body = issue.Body ?? "",
        Url = issue.HtmlUrl ?? "",
        State = action == "deleted" ? ItemState.Deleted : issue.State?.StringValue == "closed" ? ItemState.Closed : ItemState.Open,
        Labels = issue.Labels?.Select(l => l.Name).OfType<string>().ToList() ?? [],
        Fields = IssueFormParser.Parse(issue.Body),
        Milestone = issue.Milestone?.Title,
        Assignees = issue.Assignees?.Select(a => a.Login).OfType<string>().ToList() ?? [],
        CreatedAt = issue.CreatedAt,
        UpdatedAt = issue.UpdatedAt,
        CommentCount = (int)Math.Min(issue.Comments, int.MaxValue),
        Author = issue.User?.Login,
    };

    public Commands.ICommandPort? CommandsFor(Commands.CommentEvent ev) => sessions.Commands(ev.Scope);

    public ITrackerSession Open(ItemEvent ev) => sessions.Open(ev.Item.Key.Container, ev.Scope);

    public ITrackerSession OpenContainer(string container, string? scope) => sessions.Open(container, scope);

    public Task<ConfigReading> ReadConfigAsync(string container, string? scope, CancellationToken ct) => sessions.ReadConfigAsync(container, scope, ct);

    public string? PermanentFailure(Exception failure, ItemKey item) =>
        failure is Octokit.NotFoundException ? $"{item} does not exist or the app cannot see it." : null;

    /// <summary>
    /// A push to the default branch that touches the configuration file makes every instance that
    /// sees it drop its cached copy; processing then reloads it at once, so errors are reported now.
    /// The organisation's <c>.github</c> repository holds defaults for all its repositories.
    /// </summary>
    private EventReading ReadPush(TrackerEvent ev)
    {
        var push = WebhookPayloads.Read<PushEvent>(ev);
        var repository = push.Repository?.FullName;
        if (repository is null || push.Ref != $"refs/heads/{push.Repository!.DefaultBranch}")
        {
            return new IgnoredEvent("push is not to the default branch");
        }
        CheckRepositoryName(repository, ev);
        var paths = (push.Commits ?? []).SelectMany(c => (c.Added ?? []).Concat(c.Modified ?? []).Concat(c.Removed ?? []));
        if (!paths.Contains(RepositoryConfigReader.Path))
        {
            return new IgnoredEvent($"push does not touch {RepositoryConfigReader.Path}");
        }

        if (RepositoryId.Parse(repository) is { IsOwnerDefaults: true } defaults)
        {
            configs.InvalidateOwner(defaults.Owner);
            return new IgnoredEvent("organisation configuration changed; every repository reloads it on its next event");
        }
        configs.Invalidate(repository);
        return new ConfigurationChanged(repository, Scope(push.Installation));
    }

    /// <summary>"owner/name", as every GitHub call and storage key built from it expects.</summary>
    private static void CheckRepositoryName(string? fullName, TrackerEvent ev)
    {
        if (!RepositoryId.TryParse(fullName, out _))
        {
            throw new UnreadableEventException($"Delivery {ev.DeliveryId} names repository '{fullName}', which is not of the form owner/name.");
        }
    }
}
