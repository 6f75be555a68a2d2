using Cronos;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Updates;

namespace ProductOps.Tests.Updates;

/// <summary>The digest's NCRONTAB schedule (with seconds, UTC), and the local scheduler that follows it without the Functions host.</summary>
public sealed class DigestScheduleTests(DigestScheduleTests.Environment env) : IClassFixture<DigestScheduleTests.Environment>
{
    public sealed class Environment : AppWithFakeGitHub
    {
        public FakeWebhooks Hooks { get; } = new();

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Updates:Webhooks:json:Url"] = Hooks.Url("/json");
            settings["Updates:DigestSchedule"] = "*/2 * * * * *";
        }
    }

    [Theory]
    [InlineData("2026-11-23T08:59:59Z", "2026-11-23T09:00:00Z")]
    [InlineData("2026-11-23T09:00:00Z", "2026-11-30T09:00:00Z")]
    [InlineData("2026-11-25T12:00:00Z", "2026-11-30T09:00:00Z")]
    public void The_default_schedule_is_Mondays_at_nine_UTC(string now, string next)
    {
        var schedule = CronExpression.Parse(new UpdatesSettings().DigestSchedule, CronFormat.IncludeSeconds);

        Assert.Equal(DateTime.Parse(next, null, System.Globalization.DateTimeStyles.AdjustToUniversal),
            schedule.GetNextOccurrence(DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal), TimeZoneInfo.Utc));
    }

    [Fact]
    public async Task Without_the_Functions_host_the_app_runs_the_digest_on_the_configured_schedule()
    {
        const string repo = "octo-org/scheduled";
        env.GitHub.AddFile(repo, ".github/product-ops.yml", "updates:\n  digest-to:\n    - webhook: json\n");
        await SaveAsync(repo);

        await Eventually.HoldsAsync(() => env.Hooks.Posts("/json").Any(p => p["container"]!.GetValue<string>() == repo), "the scheduled digest is posted", 20);
    }

    private async Task SaveAsync(string repo)
    {
        var services = env.App.Services;
        var store = (WorkItems.IItemStore)services.GetService(typeof(WorkItems.IItemStore))!;
        await store.TrySaveAsync(new WorkItems.ItemRecord
        {
            Key = new WorkItems.ItemKey("github", repo, "1"), Title = "New thing", Url = $"https://github.com/{repo}/issues/1", CreatedAt = DateTimeOffset.UtcNow.AddHours(-1),
        }, CancellationToken.None);
        await ((TableDigestStates)services.GetService(typeof(TableDigestStates))!).RememberAsync("github", repo, null, CancellationToken.None);
    }
}
