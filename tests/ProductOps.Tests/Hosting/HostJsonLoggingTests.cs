using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Hosting;

/// <summary>host.json's logging levels apply to the handler's own logs, so per-request framework noise stays off.</summary>
public sealed class HostJsonLoggingTests
{
    [Fact]
    public async Task Categories_host_json_sets_to_warning_do_not_log_information()
    {
        await using var azurite = await Azurite.StartAsync();
        var settings = RunningApp.Settings(azurite, github: null);
        RunningApp.WithoutTriggers(settings);
        await using var app = await RunningApp.StartAsync(settings);

        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("ProductOps.Processing.EventProcessor").IsEnabled(LogLevel.Information));
    }
}
