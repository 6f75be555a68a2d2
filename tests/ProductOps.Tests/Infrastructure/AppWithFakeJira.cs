using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;

namespace ProductOps.Tests.Infrastructure;

/// <summary>Azurite, a fake Jira with WSJF fields and the app wired to both, project TES configured: one per test class.</summary>
public class AppWithFakeJira : IAsyncLifetime
{
    public const string BusinessValue = "customfield_10050";
    public const string TimeCriticality = "customfield_10051";
    public const string RiskReduction = "customfield_10052";
    public const string StorySize = "customfield_10053";
    public const string WsjfScore = "customfield_10060";

    /// <summary>TES scores with WSJF, reads job size from a field named differently, and writes the score to a field.</summary>
    public const string ProjectConfig = """
        scoring:
          model: wsjf
          score-field: WSJF score
          wsjf:
            inputs:
              job-size:
                field: Story size
        """;

    public Azurite Azurite { get; private set; } = null!;

    public FakeJira Jira { get; } = new(
        (BusinessValue, "Business value"), (TimeCriticality, "Time criticality"), (RiskReduction, "Risk reduction"),
        (StorySize, "Story size"), (WsjfScore, "WSJF score"));

    public RunningApp App { get; private set; } = null!;

    public LogCapture Logs => App.Logs;

    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public async Task InitializeAsync()
    {
        Azurite = await Azurite.StartAsync();
        var settings = RunningApp.Settings(Azurite, github: null);
        settings["Jira:WebhookSecret"] = RunningApp.Secret;
        settings["Jira:BaseUrl"] = Jira.Url;
        settings["Jira:Email"] = FakeJira.Email;
        settings["Jira:ApiToken"] = FakeJira.ApiToken;
        settings["Jira:Projects:TES:Config"] = ProjectConfig;
        Configure(settings);
        App = await RunningApp.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Jira.Dispose();
        await Azurite.DisposeAsync();
    }

    public QueueClient Queue(string name) => App.Services.GetRequiredService<StorageAccount>().Queue(name);

    public async Task<int> MessagesIn(string queue) => (await Queue(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    /// <summary>Queues empty and no invocation running, several polls in a row: see <see cref="RunningApp.WaitUntilIdleAsync"/>.</summary>
    public Task WaitUntilIdleAsync(int timeoutSeconds = 60) => App.WaitUntilIdleAsync(timeoutSeconds);
}
