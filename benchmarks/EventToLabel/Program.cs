// Event to label (docs/benchmarks.md): signed issues.labeled deliveries for distinct issues at a
// steady pace into the real app (Kestrel, Azurite queue, local queue listener, Octokit) against the
// tests' WireMock fake GitHub; latency = the time WireMock received the priority label POST minus
// the time the app's 202 came back.
//   dotnet run -c Release --project benchmarks/EventToLabel -- --count 300 --rate 20 [--mutation-interval 00:00:00]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using EventToLabel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

const string Secret = "event-to-label-benchmark";
const string Repo = "octo-org/event-to-label";
string[] riceLabels = ["bug", "reach:500", "impact:high", "confidence:80%", "effort:M"];
var options = Options.Parse(args);

await using var azurite = await Azurite.StartAsync(inMemory: false);
using var github = new FakeGitHub();
var settings = new Dictionary<string, string?>
{
    ["AzureWebJobsStorage"] = azurite.ConnectionString,
    ["GitHub:WebhookSecret"] = Secret,
    ["GitHub:Token"] = "ghp_benchmark_token_value",
    ["GitHub:ApiUrl"] = github.Url,
};
if (options.MutationInterval is not null)
{
    settings["GitHub:MutationInterval"] = options.MutationInterval;
}
foreach (var (key, value) in options.Extra)
{
    settings[key] = value;
}

var app = ProductOps.LocalHost.LocalHostApp.Build(["--urls", "http://127.0.0.1:0", "--contentRoot", AppContext.BaseDirectory], builder =>
{
    builder.Configuration.AddInMemoryCollection(settings);
    // Warnings only: a console line per event would cost this 2-core machine more than the pipeline.
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
});
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using var client = new HttpClient { BaseAddress = new Uri(address + "/") };

// Warm-up on three other issues (JIT, connections, the config read; six writes fit in one
// 10 s request timeout even at the default pacing), then the measured run.
var warmup = await SendAllAsync(Enumerable.Range(100_001, 3).ToList(), rate: 10);
await WaitForLabelsAsync(warmup.Keys, TimeSpan.FromMinutes(2));

var issues = Enumerable.Range(1, options.Count).ToList();
var started = Stopwatch.StartNew();
var acknowledged = await SendAllAsync(issues, options.Rate);
var sendSeconds = started.Elapsed.TotalSeconds;
var labelled = await WaitForLabelsAsync(issues, TimeSpan.FromSeconds(120 + options.Count * 3));
var drainSeconds = started.Elapsed.TotalSeconds;

var latencies = issues.Where(labelled.ContainsKey).Select(i => (labelled[i] - acknowledged[i].At).TotalMilliseconds).ToList();
var commentsOk = issues.Count(i => github.CommentsOn(Repo, i).Count == 1);
Console.WriteLine($"deliveries: {options.Count} at {options.Rate}/s (sent in {sendSeconds:F1} s, {(labelled.Count == options.Count ? "all labelled" : "stopped waiting")} after {drainSeconds:F1} s); " +
                  $"GitHub:MutationInterval = {options.MutationInterval ?? "default (00:00:01)"}; " + string.Join("; ", options.Extra.Select(e => $"{e.Key} = {e.Value}")));
Console.WriteLine($"answers: {acknowledged.Values.Count(a => a.Status == HttpStatusCode.Accepted)} x 202; labelled: {labelled.Count}; exactly one comment: {commentsOk}");
Console.WriteLine("| measured | n | p50 ms | p90 ms | p99 ms | max ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
Console.WriteLine(Percentiles.Row("delivery sent -> 202", acknowledged.Values.Select(a => a.RoundTripMs)));
Console.WriteLine(Percentiles.Row("202 -> label POST at GitHub", latencies));
var storage = app.Services.GetRequiredService<StorageAccount>();
Console.WriteLine($"left in {StorageNames.EventsQueue}: {await MessagesIn(StorageNames.EventsQueue)}; " +
                  $"in {StorageNames.PoisonQueue(StorageNames.EventsQueue)}: {await MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue))}");

await app.StopAsync();
await app.DisposeAsync();
return labelled.Count == options.Count ? 0 : 1;

async Task<int> MessagesIn(string queue) =>
    (await storage.Queue(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount;

// Sends one delivery per issue at a fixed pace; a slow answer does not hold back the next send.
async Task<ConcurrentDictionary<int, (DateTime At, double RoundTripMs, HttpStatusCode Status)>> SendAllAsync(IReadOnlyList<int> numbers, double rate)
{
    var answers = new ConcurrentDictionary<int, (DateTime, double, HttpStatusCode)>();
    var clock = Stopwatch.StartNew();
    var sends = new List<Task>();
    for (var i = 0; i < numbers.Count; i++)
    {
        var due = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
        if (due > TimeSpan.Zero)
        {
            await Task.Delay(due);
        }
        var number = numbers[i];
        sends.Add(Task.Run(async () =>
        {
            var request = GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, number, riceLabels, DateTimeOffset.UtcNow), Secret);
            var sent = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            answers[number] = (DateTime.UtcNow, Stopwatch.GetElapsedTime(sent).TotalMilliseconds, response.StatusCode);
        }));
    }
    await Task.WhenAll(sends);
    return answers;
}

// The time WireMock logged each issue's label POST (UTC, same clock as the 202 times).
async Task<Dictionary<int, DateTime>> WaitForLabelsAsync(IEnumerable<int> numbers, TimeSpan timeout)
{
    var wanted = numbers.ToHashSet();
    var deadline = DateTime.UtcNow + timeout;
    while (true)
    {
        var found = new Dictionary<int, DateTime>();
        foreach (var entry in github.Server.LogEntries)
        {
            var request = entry.RequestMessage!;
            var prefix = $"/repos/{Repo}/issues/";
            if (request.Method == "POST" && request.AbsolutePath.StartsWith(prefix) && request.AbsolutePath.EndsWith("/labels")
                && int.TryParse(request.AbsolutePath[prefix.Length..^"/labels".Length], out var number) && wanted.Contains(number)
                && request.Body?.Contains("priority:") == true)
            {
                found.TryAdd(number, request.DateTime.Kind == DateTimeKind.Local ? request.DateTime.ToUniversalTime() : DateTime.SpecifyKind(request.DateTime, DateTimeKind.Utc));
            }
        }
        if (found.Count == wanted.Count || DateTime.UtcNow > deadline)
        {
            return found;
        }
        await Task.Delay(200);
    }
}
