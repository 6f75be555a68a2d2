using Microsoft.Extensions.DependencyInjection;
using ProductOps.Hosting;
using ProductOps.Outcomes;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Tests.Updates;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ProductOps.Tests.Outcomes;

/// <summary>
/// A failed scheduled KPI reading is reported where the people who rely on the KPI look, not only in the log:
/// the <c>kpi-readings</c> timer run by the app's host against a KPI endpoint (WireMock on loopback) that answers
/// 503 puts "Automatic reading failed …" with the goal on the next render of the stakeholder page (a blob in
/// Azurite) and in the digest posted to a fake Slack webhook; the next successful reading takes it off the page.
/// </summary>
public sealed class KpiFailureEndToEndTests(KpiFailureEndToEndTests.Environment env) : IClassFixture<KpiFailureEndToEndTests.Environment>
{
    private const string Repo = "octo-org/kpi-failures";
    private const string Failed = "Automatic reading failed on ";

    public sealed class Environment : AppWithFakeWebhooks
    {
        public WireMockServer Endpoints { get; } = WireMockServer.Start();

        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["Roadmap:DebounceWindow"] = "00:00:01";
        }

        /// <summary>The KPI endpoint from now on answers <paramref name="status"/> with <paramref name="body"/>.</summary>
        public void Answer(int status, string body)
        {
            Endpoints.ResetMappings();
            Endpoints.Given(Request.Create().WithPath("/rate").UsingGet())
                .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        }
    }

    [Fact]
    public async Task A_503_is_on_the_next_page_and_in_the_digest_and_the_next_good_reading_takes_it_off_the_page()
    {
        env.GitHub.AddFile(Repo, ".github/product-ops.yml", $$"""
            roadmap:
              html:
                path: {{Repo}}/index.html
            goals:
              - { id: activation, title: Activation, baseline: 30, target: { value: 45, by: 2027-06-30 },
                  kpi: { name: Week-1 activation, unit: "%", source: { url: "{{env.Endpoints.Url}}/rate", pointer: /data/rate } } }
            updates:
              digest-to:
                - slack: slack
            """);
        await env.App.Services.GetRequiredService<TableDigestStates>().RememberAsync("github", Repo, null, CancellationToken.None);
        var history = env.App.Services.GetRequiredService<IKpiHistory>();

        env.Answer(200, """{"data":{"rate":43.5}}""");
        await env.App.RunTimerAsync(FunctionNames.KpiReadings);
        var page = await PageWhereAsync(p => p.Contains("now 43.5 %", StringComparison.Ordinal), "the first reading");
        Assert.DoesNotContain(Failed, page);

        env.Answer(503, """{"error":"<script>alert(1)</script> maintenance"}""");
        await env.App.RunTimerAsync(FunctionNames.KpiReadings);
        page = await PageWhereAsync(p => p.Contains(Failed, StringComparison.Ordinal), "the failed reading");
        var failure = Assert.Single(await history.ListFailuresAsync("github", Repo, CancellationToken.None));
        var lastValue = (await history.ListAsync("github", Repo, CancellationToken.None))[^1].At;
        var line = $"{Failed}{Format(failure.At, "d MMM yyyy HH:mm")} UTC: the endpoint answered 503. Last value from {Format(lastValue, "d MMM yyyy")}.";
        Assert.Contains($"<p class=\"failed\" role=\"status\">{line}</p>", page);
        Assert.DoesNotContain("maintenance", page);
        Assert.Contains(env.App.Logs.Lines, l => l.Contains($"goal activation in github:{Repo} not read", StringComparison.Ordinal) && l.Contains("answered 503", StringComparison.Ordinal));

        await env.App.RunTimerAsync(FunctionNames.StakeholderDigest);
        await Eventually.HoldsAsync(() => env.Hooks.Posts("/slack").Count >= 1, "the digest is posted to Slack");
        var slack = string.Join("\n", env.Hooks.Posts("/slack").Single()["blocks"]!.AsArray().Select(b => b!["text"]?["text"]?.GetValue<string>() ?? ""));
        Assert.Contains("  - " + line, slack);

        env.Answer(200, """{"data":{"rate":44}}""");
        await env.App.RunTimerAsync(FunctionNames.KpiReadings);
        page = await PageWhereAsync(p => p.Length > 0 && !p.Contains(Failed, StringComparison.Ordinal), "the good reading after the failure");
        Assert.Contains("<strong>Week-1 activation</strong>", page);
        Assert.Empty(await history.ListFailuresAsync("github", Repo, CancellationToken.None));
    }

    private static string Format(DateTimeOffset at, string format) => at.UtcDateTime.ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The published page once it satisfies <paramref name="holds"/> (the refresh is queued and debounced).</summary>
    private async Task<string> PageWhereAsync(Func<string, bool> holds, string what)
    {
        var blob = env.App.Services.GetRequiredService<StorageAccount>().Blobs.GetBlobContainerClient(StorageNames.WebContainer).GetBlobClient($"{Repo}/index.html");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var page = "";
        while (!holds(page))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The page never showed {what}. Last page:\n{page}");
            await Task.Delay(200);
            page = await blob.ExistsAsync() ? (await blob.DownloadContentAsync()).Value.Content.ToString() : "";
        }
        return page;
    }
}
