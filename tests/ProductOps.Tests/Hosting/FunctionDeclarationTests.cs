using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.WebJobs;
using ProductOps.LocalHost;
using ProductOps.LocalHost.Triggers;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Hosting;

/// <summary>
/// The contract between the two hosts: the isolated worker's generated <c>functions.metadata</c> (what the
/// Functions host runs in Azure) declares exactly the functions the local host serves, with the same
/// routes, methods, queues, connection and schedule, and every <c>%Setting%</c> it needs is documented
/// with a default and set in the sample settings.
/// </summary>
public sealed partial class FunctionDeclarationTests
{
    private static readonly JsonArray Metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "worker", "functions.metadata")))!.AsArray();

    private static IEnumerable<string> Names => Metadata.Select(f => f!["name"]!.GetValue<string>());

    public static TheoryData<string> Declared() => [.. Names];

    [Fact]
    public void The_worker_declares_exactly_the_functions_the_local_host_serves()
    {
        var local = HttpEndpoints().Select(e => e.Name).Concat(LocalTriggers.Functions.Keys).Order();

        Assert.Equal(local, Names.Order());
    }

    [Theory]
    [MemberData(nameof(Declared))]
    public void Each_function_has_the_same_trigger_in_both_hosts(string function)
    {
        var trigger = Trigger(function);
        switch (trigger["type"]!.GetValue<string>())
        {
            case "httpTrigger":
                var endpoint = Assert.Single(HttpEndpoints(), e => e.Name == function);
                Assert.Equal("Anonymous", trigger["authLevel"]!.GetValue<string>());
                Assert.Equal("/api/" + trigger["route"]!.GetValue<string>(), endpoint.Route);
                Assert.Equal(trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>().ToUpperInvariant()).Order(), endpoint.Methods.Order());
                break;
            case "queueTrigger":
                var queue = LocalAttribute<QueueTriggerAttribute>(function);
                Assert.Equal(queue.QueueName, trigger["queueName"]!.GetValue<string>());
                Assert.Equal(queue.Connection, trigger["connection"]!.GetValue<string>());
                Assert.Contains(queue.QueueName, StorageNames.AppQueues);
                break;
            case "timerTrigger":
                Assert.Equal(LocalAttribute<TimerTriggerAttribute>(function).ScheduleExpression, trigger["schedule"]!.GetValue<string>());
                break;
            default:
                Assert.Fail($"{function}: unexpected trigger type {trigger["type"]}");
                break;
        }
    }

    [Fact]
    public void Every_setting_the_metadata_names_is_in_the_sample_settings_and_documented_with_a_default()
    {
        var names = SettingReference().Matches(Metadata.ToJsonString()).Select(m => m.Groups[1].Value).Distinct().ToList();
        var sample = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("local.settings.sample.json")))!["Values"]!.AsObject();
        var readme = File.ReadAllLines(RepositoryRoot.Combine("README.md"));

        Assert.NotEmpty(names);
        foreach (var setting in names.Select(n => n.Replace(":", "__")))
        {
            Assert.True(sample.ContainsKey(setting), $"local.settings.sample.json does not set {setting}");
            var row = readme.FirstOrDefault(l => l.StartsWith($"| `{setting}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"README's settings table has no row for {setting}");
            Assert.DoesNotContain("| none |", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_connection_every_queue_trigger_names_is_the_storage_account_the_app_uses()
    {
        Assert.All(Metadata.SelectMany(f => f!["bindings"]!.AsArray()).Where(b => b!["type"]!.GetValue<string>() == "queueTrigger"),
            b => Assert.Equal("AzureWebJobsStorage", b!["connection"]!.GetValue<string>()));
    }

    private static JsonObject Trigger(string function) =>
        Metadata.Single(f => f!["name"]!.GetValue<string>() == function)!["bindings"]!.AsArray()
            .Single(b => b!["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal))!.AsObject();

    private static T LocalAttribute<T>(string function) where T : Attribute =>
        LocalTriggers.Functions[function].GetMethods().Single(m => m.GetCustomAttribute<FunctionNameAttribute>()?.Name == function)
            .GetParameters().Select(p => p.GetCustomAttribute<T>()).Single(a => a is not null)!;

    /// <summary>The local host's HTTP function endpoints, read from the built (not started) app; the local-only setup page is not a function.</summary>
    private static IReadOnlyList<(string Name, string Route, IReadOnlyList<string> Methods)> HttpEndpoints()
    {
        var app = LocalHostApp.Build(["--contentRoot", AppContext.BaseDirectory]);
        return [.. ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName.StartsWith(ProductOps.Setup.SetupEndpoints.LocalOnlyPrefix, StringComparison.Ordinal) != true).Select(e => (
            e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
            "/" + e.RoutePattern.RawText!.TrimStart('/'),
            (IReadOnlyList<string>)[.. e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods]))];
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
