using Microsoft.Extensions.Logging;

namespace ProductOps.Roadmap;

/// <summary>The refresher's log events (stable ids 5001-5012).</summary>
public sealed partial class RoadmapRefresher
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Roadmap of {Container}: file {Path} {Outcome}")]
    private partial void LogFile(string container, string path, string outcome);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Roadmap of {Container}: issue {Issue} body written")]
    private partial void LogIssue(string container, string issue);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Roadmap of {Container}: page {Path} written")]
    private partial void LogPage(string container, string path);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Roadmap of {Container} unchanged ({Items} open items): nothing written")]
    private partial void LogUnchanged(string container, int items);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Roadmap refresh for {Provider} {Container} failed on attempt {DequeueCount}: {ErrorType}: {Error}")]
    private partial void LogFailed(string provider, string container, long dequeueCount, string errorType, string error);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "Roadmap of {Container}: description of Jira issue {Issue} written")]
    private partial void LogJiraIssue(string container, string issue);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "Roadmap of {Provider} {Container}: the file and issue targets need a GitHub repository and are skipped")]
    private partial void LogNoRepository(string provider, string container);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Warning, Message = "Roadmap of {Provider} {Container}: a target is refused and skipped: {Reason}")]
    private partial void LogRefused(string provider, string container, string reason);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Error, Message = "Dropped an unreadable roadmap-refresh message ({Length} characters)")]
    private partial void LogUnreadable(int length);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Warning, Message = "Roadmap of {Container}: {Problem}; reported in the configuration issue, the published roadmap is left as it is")]
    private partial void LogProjectUnreadable(string container, string problem);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Roadmap of {Container}: read {Items} items of {Project}")]
    private partial void LogProjectRead(string container, int items, string project);
}
