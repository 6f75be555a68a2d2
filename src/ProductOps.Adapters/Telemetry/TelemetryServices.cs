using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ProductOps.Telemetry;

/// <summary>
/// Exports the <c>ProductOps</c> traces and metrics to Application Insights when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, and registers nothing otherwise (no
/// provider, no exporter, no background thread). Logs are not exported here: they already reach
/// Application Insights through the host's logging (the Functions host forwards the worker's logs),
/// and exporting them twice would double them.
/// Every trace is kept: Product Ops sees one trace per webhook delivery, so the exporter's default
/// rate limit (5 traces a second, which can drop the first trace after start) would only make a
/// delivery impossible to find. <c>OTEL_TRACES_SAMPLER</c>/<c>OTEL_TRACES_SAMPLER_ARG</c> still
/// choose the exporter's own sampling when set.
/// https://learn.microsoft.com/azure/azure-monitor/app/opentelemetry-configuration
/// </summary>
public static class TelemetryServices
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string SamplerSetting = "OTEL_TRACES_SAMPLER";

    public static IServiceCollection AddProductOpsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[ConnectionStringSetting] is not { Length: > 0 } connectionString)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(ProductOpsTelemetry.Name)
                .AddAzureMonitorTraceExporter(options =>
                {
                    options.ConnectionString = connectionString;
                    if (string.IsNullOrEmpty(configuration[SamplerSetting]))
                    {
                        options.SamplingRatio = 1.0f;
                        options.TracesPerSecond = null;
                    }
                }))
            .WithMetrics(metrics => metrics
                .AddMeter(ProductOpsTelemetry.Name)
                .AddAzureMonitorMetricExporter(options => options.ConnectionString = connectionString));
        return services;
    }
}
