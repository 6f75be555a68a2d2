using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Safety;

/// <summary>
/// The app with a one-second roadmap debounce: tests here wait until the app is idle, and a
/// debounced refresh counts as work in flight, so the default 30 s would only make them slow.
/// </summary>
public class QuickRefreshApp : AppWithFakeGitHub
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["Roadmap:DebounceWindow"] = "00:00:01";
}
