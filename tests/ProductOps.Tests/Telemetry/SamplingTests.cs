using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using ProductOps.Telemetry;

namespace ProductOps.Tests.Telemetry;

/// <summary>
/// The Azure Monitor exporter's default sampler limits traces to 5 a second and starts with an empty
/// allowance, so it dropped every delivery in the first moments after a start. Product Ops keeps them all.
/// </summary>
public sealed class SamplingTests
{
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=http://127.0.0.1:9/";

    [Fact]
    public void Every_delivery_is_traced_from_the_first_moment_after_start()
    {
        using var services = Telemetry(new() { [TelemetryServices.ConnectionStringSetting] = ConnectionString });

        var recorded = Enumerable.Range(0, 20).Count(i =>
        {
            using var ingress = ProductOpsTelemetry.StartIngress("github", "issues", $"delivery-{i}");
            return ingress?.Recorded == true;
        });

        Assert.Equal(20, recorded);
    }

    [Fact]
    public void Setting_OTEL_TRACES_SAMPLER_leaves_sampling_to_the_exporter()
    {
        using var services = Telemetry(new()
        {
            [TelemetryServices.ConnectionStringSetting] = ConnectionString,
            [TelemetryServices.SamplerSetting] = "microsoft.fixed_percentage",
            ["OTEL_TRACES_SAMPLER_ARG"] = "0",
        });

        using var ingress = ProductOpsTelemetry.StartIngress("github", "issues", "sampled-out");

        Assert.False(ingress?.Recorded ?? false);
    }

    private static ServiceProvider Telemetry(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddProductOpsTelemetry(configuration).BuildServiceProvider();
        provider.GetRequiredService<TracerProvider>();
        return provider;
    }
}
