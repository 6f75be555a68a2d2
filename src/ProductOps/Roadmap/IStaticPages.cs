namespace ProductOps.Roadmap;

/// <summary>Static pages for readers without tracker access (the <c>$web</c> container).</summary>
public interface IStaticPages
{
    Task WriteAsync(string path, string html, CancellationToken ct);
}
