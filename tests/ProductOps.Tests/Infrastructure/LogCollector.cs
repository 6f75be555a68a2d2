using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ProductOps.Tests.Infrastructure;

/// <summary>Keeps every log line the app writes, so tests can say "ignored, with a log line".</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Collector(lines);

    public void Dispose()
    {
    }

    private sealed class Collector(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {eventId.Id}: {formatter(state, exception)}");
    }
}
