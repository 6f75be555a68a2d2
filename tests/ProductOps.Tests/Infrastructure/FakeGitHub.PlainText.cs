using System.Collections.Concurrent;

namespace ProductOps.Tests.Infrastructure;

public sealed partial class FakeGitHub
{
    private readonly ConcurrentDictionary<string, bool> plainText = new();

    /// <summary>Serves a file as raw <c>text/plain; charset=utf-8</c> whatever the request asks for, as some servers and proxies do.</summary>
    public void AddPlainTextFile(string repo, string path, string text)
    {
        AddFile(repo, path, text);
        plainText[$"{repo}:{path}"] = true;
    }
}
