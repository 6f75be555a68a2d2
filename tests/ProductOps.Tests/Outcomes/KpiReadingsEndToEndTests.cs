using Microsoft.Extensions.DependencyInjection;
using ProductOps.Hosting;
using ProductOps.Outcomes;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ProductOps.Tests.Outcomes;

/// <summary>
/// KPIs read on a schedule from JSON endpoints (WireMock on loopback, so plain http is allowed): the
/// <c>kpi-readings</c> timer run by the app's host records each goal's number once per run, keeps the history,
/// and a broken endpoint (an error status, no number at the pointer, an answer too large or too slow) is logged
/// with its reason while the other goals are still read.
/// </summary>
public sealed class KpiReadingsEndToEndTests(KpiReadingsEndToEndTests.Environment env) : IClassFixture<KpiReadingsEndToEndTests.Environment>
{
    public sealed class Environment : AppWithFakeGitHub
    {
        public WireMockServer Endpoints { get; } = StartEndpoints();

        private static WireMockServer StartEndpoints()
        {
            var server = WireMockServer.Start();
            server.Given(Request.Create().WithPath("/metrics").UsingGet())
                .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"data":{"activation":{"rate":43.5}},"items":[{"tickets/100":12}]}"""));
            server.Given(Request.Create().WithPath("/down").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));
            server.Given(Request.Create().WithPath("/huge").UsingGet())
                .RespondWith(Response.Create().WithBody("{\"v\":\"" + new string('x', KpiEndpoint.MaxBytes) + "\"}"));
            server.Given(Request.Create().WithPath("/slow").UsingGet()).RespondWith(Response.Create().WithBody("{\"v\":1}").WithDelay(KpiEndpoint.Timeout + TimeSpan.FromSeconds(3)));
            return server;
        }
    }

    [Fact]
    public async Task Each_goal_is_read_from_its_endpoint_and_kept_in_its_history_while_broken_endpoints_are_reported()
    {
        const string repo = "octo-org/kpis";
        var url = env.Endpoints.Url;
        env.GitHub.AddFile(repo, ".github/product-ops.yml", $$"""
            goals:
              - { id: activation, title: Activation, baseline: 30, target: { value: 45, by: 2027-06-30 },
                  kpi: { name: Week-1 activation, unit: "%", source: { url: "{{url}}/metrics", pointer: /data/activation/rate } } }
              - { id: tickets, title: Fewer tickets, baseline: 18, target: { value: 10, by: 2027-06-30 },
                  kpi: { name: Tickets, direction: down, source: { url: "{{url}}/metrics", pointer: "/items/0/tickets~1100" } } }
              - { id: down, title: Down, baseline: 1, target: { value: 2, by: 2027-06-30 }, kpi: { name: D, source: { url: "{{url}}/down", pointer: /v } } }
              - { id: words, title: Words, baseline: 1, target: { value: 2, by: 2027-06-30 }, kpi: { name: W, source: { url: "{{url}}/metrics", pointer: /data } } }
              - { id: huge, title: Huge, baseline: 1, target: { value: 2, by: 2027-06-30 }, kpi: { name: H, source: { url: "{{url}}/huge", pointer: /v } } }
              - { id: slow, title: Slow, baseline: 1, target: { value: 2, by: 2027-06-30 }, kpi: { name: S, source: { url: "{{url}}/slow", pointer: /v } } }
            """);
        await env.App.Services.GetRequiredService<TableDigestStates>().RememberAsync("github", repo, null, CancellationToken.None);

        await env.App.RunTimerAsync(FunctionNames.KpiReadings);
        var history = env.App.Services.GetRequiredService<IKpiHistory>();
        await Eventually.HoldsAsync(async () => (await history.ListAsync("github", repo, CancellationToken.None)).Count >= 2, "the two good goals are recorded");
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains("goal slow", StringComparison.Ordinal) && l.Contains("no answer within 10 seconds", StringComparison.Ordinal)), "the slow endpoint is reported");

        var values = await history.ListAsync("github", repo, CancellationToken.None);
        Assert.Equal([("activation", 43.5, KpiPoller.Author), ("tickets", 12, KpiPoller.Author)], values.Select(v => (v.GoalId, v.Value, v.Author)).OrderBy(v => v.GoalId).ToList());
        string Problem(string goal) => env.App.Logs.Lines.Single(l => l.Contains($"goal {goal} in github:{repo} not read", StringComparison.Ordinal));
        Assert.Contains("answered 503", Problem("down"));
        Assert.Contains("the value at /data is not a number", Problem("words"));
        Assert.Contains($"longer than {KpiEndpoint.MaxBytes} bytes", Problem("huge"));

        await env.App.WaitUntilIdleAsync();
        var health = await env.App.Client.GetAsync("/api/health");
        Assert.True(health.IsSuccessStatusCode, "the app is still up");
    }
}
