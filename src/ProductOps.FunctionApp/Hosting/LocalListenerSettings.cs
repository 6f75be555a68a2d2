namespace ProductOps.FunctionApp.Hosting;

/// <summary>Settings of the app's own queue listener (only when the Functions host is absent).</summary>
public sealed class LocalListenerSettings
{
    public const string Section = "LocalQueueListener";

    /// <summary>Defaults to on when the app does not run under the Functions host.</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a message stays invisible while it is processed; after a crash it reappears then.</summary>
    public TimeSpan MessageLease { get; set; } = TimeSpan.FromMinutes(10);
}
