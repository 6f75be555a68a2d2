namespace ProductOps.Tests.Jira;

internal static class Fixture
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(Path(parts));
}
