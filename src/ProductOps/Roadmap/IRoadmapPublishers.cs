namespace ProductOps.Roadmap;

/// <summary>Opens the tracker-side writer for a repository or project; null when the provider has none.</summary>
public interface IRoadmapPublishers
{
    IRoadmapPublisher? Open(string provider, string container, string? scope);
}
