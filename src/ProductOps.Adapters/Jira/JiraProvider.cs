using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProductOps.Configuration;
using ProductOps.Events;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <summary>
/// Reads Jira deliveries into work-item events and opens sessions on the configured site; a dry run
/// when <c>Jira:BaseUrl</c>, <c>Jira:Email</c> and <c>Jira:ApiToken</c> are not all set.
/// </summary>
/// <remarks>
/// Webhook payloads name custom fields by id only (<c>customfield_10050</c>); the configuration names
/// them ("Reach"), so every read maps ids to names through the client's cached <c>/rest/api/3/field</c>.
/// In a dry run there is no catalogue, so custom fields are not read and only labels give inputs.
/// </remarks>
public sealed partial class JiraProvider(JiraSettings settings, JiraProjectConfigs configs, TimeProvider clock, ILoggerFactory loggers) : ITrackerProvider, Commands.ICommandPorts
{
    private readonly JiraClient? client = settings.HasCredentials
        ? JiraClient.Create(settings.ToCredentials(), new JiraRetryPolicy { MaxDelay = settings.MaxRateLimitWait }, time: clock)
        : null;

    private readonly ILogger logger = loggers.CreateLogger<JiraProvider>();

    public string Name => Providers.Jira;

    public async Task<EventReading> ReadAsync(TrackerEvent ev, CancellationToken ct)
    {
        if (ev.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            throw new UnreadableEventException($"Jira delivery {ev.DeliveryId} has no JSON object payload.");
        }

        var fieldNames = client is null
            ? new Dictionary<string, string>()
            : JiraEventTranslator.FieldNames(await JiraSession.Limited(() => client.GetFieldsAsync(ct)));
        var translator = new JiraEventTranslator(fieldNames);
        switch (translator.Translate(payload, ev.DeliveryId))
        {
            case JiraTranslation.Ignored ignored:
                return new IgnoredEvent(ignored.Reason);
            case JiraTranslation.Malformed malformed:
                throw new UnreadableEventException($"Jira delivery {ev.DeliveryId} is unreadable: {malformed.Error}");
            case JiraTranslation.Translated { Event.EventName: JiraEventTranslator.CommentUpdated } when !JiraComments.HasCommands(payload):
                // An edited comment changes nothing about the issue; only commands edited into it matter.
                return new IgnoredEvent("an edited comment without commands");
            case JiraTranslation.Translated { Event: var jiraEvent }:
                var item = jiraEvent.IsPartial ? await FetchAsync(translator, jiraEvent.Item.Key, ct) : jiraEvent.Item;
                if (item is not null && JiraComments.Read(payload, item) is { } comment)
                {
                    return comment;
                }
                return item is null
                    ? new IgnoredEvent($"{jiraEvent.EventName} for {jiraEvent.Item.Key.Id}: the issue could not be read back ({(client is null ? "dry run, no credentials" : "it no longer exists")})")
                    : new ItemEvent(Settle(item, jiraEvent), jiraEvent.EventName, Action(jiraEvent.EventName), Scope: null)
                    {
                        // The changelog names the labels this update added and removed, as GitHub's
                        // labeled/unlabeled events do; phase gates need to know which one is new.
                        AddedLabels = jiraEvent.Changes.Labels ? jiraEvent.Changes.LabelsAdded : null,
                        RemovedLabels = jiraEvent.Changes.Labels ? jiraEvent.Changes.LabelsRemoved : null,
                    };
            default:
                throw new InvalidOperationException("Unknown Jira translation.");
        }
    }

    public Commands.ICommandPort? CommandsFor(Commands.CommentEvent ev) => client is null ? null : new JiraCommandPort(client);

    /// <summary>A dry run still reads the project's configuration, so what it logs is what would be written.</summary>
    public ITrackerSession Open(ItemEvent ev) => Session();

    public ITrackerSession OpenContainer(string container, string? scope) => Session();

    /// <summary>The project's settings; their problems are logged once when loaded, never reported in Jira.</summary>
    public Task<ConfigReading> ReadConfigAsync(string container, string? scope, CancellationToken ct) => Task.FromResult(ConfigReading.Of(configs.For(container)));

    public string? PermanentFailure(Exception failure, ItemKey item) =>
        failure is JiraApiException { Status: HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden } e
            ? $"Jira refused the write on {item}: {(int)e.Status}."
            : null;

    private JiraSession Session() =>
        client is null
            ? new(new DryRunSession("no Jira credentials", loggers.CreateLogger<DryRunSession>()))
            : new(new JiraTracker(client), ReadBackAsync);

    private async Task<WorkItem?> ReadBackAsync(ItemKey key, CancellationToken ct)
    {
        var fieldNames = JiraEventTranslator.FieldNames(await JiraSession.Limited(() => client!.GetFieldsAsync(ct)));
        return await FetchAsync(new JiraEventTranslator(fieldNames), key, ct);
    }

    /// <summary>Comment events carry a reduced issue (no labels, no <c>updated</c>): read the whole issue first.</summary>
    private async Task<WorkItem?> FetchAsync(JiraEventTranslator translator, ItemKey key, CancellationToken ct)
    {
        if (client is null)
        {
            return null;
        }

        try
        {
            var issue = await JiraSession.Limited(() => client.GetIssueAsync(key.Id, ["*all"], ct));
            LogFetched(key);
            return translator.ToWorkItem(issue) with { CommentCount = CommentTotal(issue) ?? 1 };
        }
        catch (JiraApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// The order guard compares <see cref="WorkItem.UpdatedAt"/> (the issue's <c>updated</c>). A deletion
    /// is a change at the time Jira raised it, so a late update of the issue cannot bring it back. How many
    /// comments the issue has decides whether our comment is looked for; unknown counts as "some".
    /// </summary>
    private static WorkItem Settle(WorkItem item, JiraItemEvent ev)
    {
        if (item.State == ItemState.Deleted && ev.RaisedAt is { } raised && raised > item.UpdatedAt)
        {
            item = item with { UpdatedAt = raised };
        }

        return ev.IsPartial ? item : item with { CommentCount = 1 };
    }

    internal static int? CommentTotal(JiraIssue issue) =>
        issue.Fields.Other.TryGetValue("comment", out var comment) && comment.ValueKind == JsonValueKind.Object
        && comment.TryGetProperty("total", out var total) && total.TryGetInt32(out var count)
            ? count
            : null;

    private static string Action(string eventName) => eventName switch
    {
        JiraEventTranslator.IssueCreated => "created",
        JiraEventTranslator.IssueUpdated => "updated",
        JiraEventTranslator.IssueDeleted => "deleted",
        JiraEventTranslator.CommentCreated => "commented",
        JiraEventTranslator.CommentUpdated => "comment edited",
        _ => eventName,
    };

    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Read {Item} back from Jira: its comment event carries only part of the issue")]
    private partial void LogFetched(ItemKey item);
}
