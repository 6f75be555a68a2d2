using System.Text.Json;
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
        if (ev.EventName == "push")
        {
            return ReadPush(ev);
        }
        if (ev.EventName == "issue_comment")
        {
            return GitHubComments.Read(ev, Deserialize(ev, GitHubJson.Default.IssueCommentPayload));
        }
        if (ev.EventName != "issues")
        {
            return new IgnoredEvent($"event '{ev.EventName}' is not handled");
        }

        var payload = Deserialize(ev, GitHubJson.Default.IssuesPayload);
        if (payload.Action is null || !IssueActions.Contains(payload.Action))
        {
            return new IgnoredEvent($"issues action '{payload.Action}' is not handled");
        }
        if (payload.Issue is null || payload.Repository is null)
        {
            throw new UnreadableEventException($"issues.{payload.Action} delivery {ev.DeliveryId} has no issue or repository.");
        }
        CheckRepositoryName(payload.Repository.FullName, ev);
        // GitHub's REST API (and Octokit) number issues with 32-bit integers; a larger number can
        // never be read or written, so retrying it would only burn attempts.
        if (payload.Issue.Number is < 1 or > int.MaxValue)
        {
            throw new UnreadableEventException($"issues.{payload.Action} delivery {ev.DeliveryId} has issue number {payload.Issue.Number}, which is not a GitHub issue number.");
        }

        // labeled/unlabeled name the one label that changed; other actions do not say.
        var changed = payload.Action is "labeled" or "unlabeled" && payload.Label is { } label ? label.Name : null;
        return new ItemEvent(ToWorkItem(payload.Repository, payload.Issue, payload.Action), ev.EventName, payload.Action, Scope(payload.Installation))
        {
            AddedLabels = changed is null ? null : payload.Action == "labeled" ? [changed] : [],
            RemovedLabels = changed is null ? null : payload.Action == "unlabeled" ? [changed] : [],
        };
    }

    internal static string? Scope(GitHubInstallation? installation) => installation?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static WorkItem ToWorkItem(GitHubRepository repository, GitHubIssue issue, string action) => new()
    {
        Key = new ItemKey(Providers.GitHub, repository.FullName, issue.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Title = issue.Title ?? "",
        Body = issue.Body ?? "",
        Url = issue.HtmlUrl ?? "",
        State = action == "deleted" ? ItemState.Deleted : issue.State == "closed" ? ItemState.Closed : ItemState.Open,
        Labels = issue.Labels?.Select(l => l.Name).ToList() ?? [],
        Fields = IssueFormParser.Parse(issue.Body),
        Milestone = issue.Milestone?.Title,
        Assignees = issue.Assignees?.Select(a => a.Login).ToList() ?? [],
        CreatedAt = issue.CreatedAt,
        UpdatedAt = issue.UpdatedAt,
        CommentCount = issue.Comments,
        Author = issue.User?.Login,
    };

    public Commands.ICommandPort? CommandsFor(Commands.CommentEvent ev) => sessions.Commands(ev.Scope);

    public ITrackerSession Open(ItemEvent ev) => sessions.Open(ev.Item.Key.Container, ev.Scope);

    public ITrackerSession OpenContainer(ConfigurationChanged ev) => sessions.Open(ev.Container, ev.Scope);

    /// <summary>
    /// A push to the default branch that touches the configuration file makes every instance that
    /// sees it drop its cached copy; processing then reloads it at once, so errors are reported now.
    /// The organisation's <c>.github</c> repository holds defaults for all its repositories.
    /// </summary>
    private EventReading ReadPush(TrackerEvent ev)
    {
        var push = Deserialize(ev, GitHubJson.Default.PushPayload);
        var repository = push.Repository?.FullName;
        if (repository is null || push.Ref != $"refs/heads/{push.Repository!.DefaultBranch}")
        {
            return new IgnoredEvent("push is not to the default branch");
        }
        CheckRepositoryName(repository, ev);
        if (!(push.Commits ?? []).SelectMany(c => c.Paths).Contains(RepositoryConfigReader.Path))
        {
            return new IgnoredEvent($"push does not touch {RepositoryConfigReader.Path}");
        }

        if (repository.EndsWith("/.github", StringComparison.OrdinalIgnoreCase))
        {
            configs.InvalidateOwner(repository[..repository.IndexOf('/')]);
            return new IgnoredEvent("organisation configuration changed; every repository reloads it on its next event");
        }
        configs.Invalidate(repository);
        return new ConfigurationChanged(repository, push.Installation?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>"owner/name", as every GitHub call and storage key built from it expects.</summary>
    private static void CheckRepositoryName(string? fullName, TrackerEvent ev)
    {
        var parts = (fullName ?? "").Split('/');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0 || p.Any(char.IsWhiteSpace)))
        {
            throw new UnreadableEventException($"Delivery {ev.DeliveryId} names repository '{fullName}', which is not of the form owner/name.");
        }
    }

    private static T Deserialize<T>(TrackerEvent ev, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        if (ev.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            throw new UnreadableEventException($"Delivery {ev.DeliveryId} has no JSON object payload.");
        }
        try
        {
            return payload.Deserialize(type)
                ?? throw new UnreadableEventException($"Delivery {ev.DeliveryId} has an empty payload.");
        }
        catch (JsonException e)
        {
            throw new UnreadableEventException($"Delivery {ev.DeliveryId} is not a GitHub {ev.EventName} payload: {e.Message}", e);
        }
    }
}
