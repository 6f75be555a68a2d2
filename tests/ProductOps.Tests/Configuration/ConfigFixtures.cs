using ProductOps.Configuration;

namespace ProductOps.Tests.Configuration;

internal static class ConfigFixtures
{
    /// <summary>A fixture file from Fixtures/config, with its file name as the path errors report.</summary>
    public static ConfigSource Source(string name) =>
        new(name, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "config", name)));

    public static ConfigLoadResult Load(params string[] names) =>
        ConfigLoader.Load(names.Select(Source).ToArray());
}
