namespace ProductOps.Roadmap;

/// <summary>The configured project cannot be read (a wrong number, no permission): a configuration problem, reported, never retried.</summary>
public sealed class RoadmapProjectUnreadableException(RoadmapProjectSource source, string reason)
    : Exception($"Product Ops cannot read {source} for the roadmap: {reason}")
{
    public RoadmapProjectSource Project { get; } = source;
}
