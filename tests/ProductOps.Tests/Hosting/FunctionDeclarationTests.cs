using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Hosting;

/// <summary>
/// The Functions host only knows what functions/*/function.json and host.json declare; the app
/// must serve exactly that: each HTTP route under /api with its methods, and /&lt;name&gt; for each
/// queue or timer function.
/// </summary>
public sealed class FunctionDeclarationTests : IAsyncLifetime
{
    private Azurite azurite = null!;
    private RunningApp app = null!;

    public static TheoryData<string> Functions() =>
        [.. Directory.GetDirectories(RepositoryRoot.Combine("functions")).Select(Path.GetFileName).OfType<string>()];

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        var settings = RunningApp.Settings(azurite, github: null);
        settings["LocalQueueListener:Enabled"] = "false";
        app = await RunningApp.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Every_declared_function_is_served_by_the_app(string function)
    {
        var binding = Trigger(function);
        switch (binding["type"]!.GetValue<string>())
        {
            case "httpTrigger":
                var route = "/api/" + binding["route"]!.GetValue<string>();
                foreach (var method in binding["methods"]!.AsArray().Select(m => m!.GetValue<string>().ToUpperInvariant()))
                {
                    Assert.True(Serves(route, method), $"{function}: the app does not serve {method} {route}");
                }
                break;
            case "queueTrigger":
            case "timerTrigger":
                Assert.True(Serves("/" + function, "POST"), $"{function}: the app has no invocation endpoint POST /{function}");
                break;
            default:
                Assert.Fail($"{function}: unexpected trigger type");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Queue_triggers_name_a_queue_the_app_writes_and_bind_the_message_the_handler_reads(string function)
    {
        var binding = Trigger(function);
        if (binding["type"]!.GetValue<string>() != "queueTrigger")
        {
            return;
        }

        var queueName = binding["queueName"]!.GetValue<string>();
        var knownQueues = typeof(ProductOps.Storage.StorageNames).GetFields().Where(f => f.IsLiteral).Select(f => (string?)f.GetValue(null));
        Assert.Contains(queueName, knownQueues);
        Assert.Equal("message", binding["name"]!.GetValue<string>());
        Assert.Equal("AzureWebJobsStorage", binding["connection"]!.GetValue<string>());
    }

    [Fact]
    public void Host_json_points_at_the_handler_the_publish_script_produces_and_forwards_http()
    {
        var host = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("host.json")))!;
        var executable = host["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>();
        var publish = File.ReadAllText(RepositoryRoot.Combine("scripts", "publish.sh"));

        Assert.Equal("handler/ProductOps.FunctionApp", executable);
        Assert.Contains("-o \"$out/handler\"", publish);
        Assert.True(host["customHandler"]!["enableForwardingHttpRequest"]!.GetValue<bool>());
        Assert.Equal(5, host["extensions"]!["queues"]!["maxDequeueCount"]!.GetValue<int>());
    }

    private static JsonNode Trigger(string function) =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("functions", function, "function.json")))!["bindings"]!.AsArray()
            .Single(b => b!["direction"]!.GetValue<string>() == "in")!;

    private bool Serves(string path, string method) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Any(e =>
            "/" + e.RoutePattern.RawText!.TrimStart('/') == path &&
            (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(method) ?? true));
}
