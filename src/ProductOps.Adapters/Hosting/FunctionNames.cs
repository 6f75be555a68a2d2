namespace ProductOps.Hosting;

/// <summary>
/// The functions both hosts declare (the isolated worker in Azure, the local host), their triggers'
/// settings, and nothing else: the contract test checks the worker's generated metadata against these.
/// </summary>
public static class FunctionNames
{
    public const string GitHubWebhook = "github-webhook";
    public const string JiraWebhook = "jira-webhook";
    public const string Health = "health";
    public const string ProcessEvent = "process-event";
    public const string RefreshRoadmap = "refresh-roadmap";
    public const string DeliverUpdate = "deliver-update";
    public const string StakeholderDigest = "stakeholder-digest";
    public const string KpiReadings = "kpi-readings";

    /// <summary>The app setting that holds the storage connection of every queue trigger.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>
    /// The digest timer's schedule, resolved from the app setting <c>Updates__DigestSchedule</c>. The host
    /// resolves <c>%name%</c> through its configuration, where an environment variable's <c>__</c> has become
    /// <c>:</c>, so the expression names the setting with a colon (with <c>__</c> it never resolves:
    /// https://github.com/Azure/azure-functions-host/issues/10246).
    /// </summary>
    public const string DigestSchedule = "%Updates:DigestSchedule%";

    /// <summary>The KPI endpoint timer's schedule, from the app setting <c>Outcomes__KpiSchedule</c> (named as above).</summary>
    public const string KpiSchedule = "%Outcomes:KpiSchedule%";

    /// <summary>The HTTP functions' routes, below host.json's <c>extensions.http.routePrefix</c> (<c>api</c>).</summary>
    public const string GitHubWebhookRoute = "github/webhook";
    public const string JiraWebhookRoute = "jira/webhook";
    public const string HealthRoute = "health";
}
