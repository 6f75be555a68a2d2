namespace ProductOps.Updates;

/// <summary>The names of the update templates (<c>templates/&lt;name&gt;.scriban</c>; where they live: <see cref="Templates.TemplateFiles"/>).</summary>
public static class UpdateTemplates
{
    public const string PhaseChanged = "phase-changed";
    public const string GatePassed = "gate-passed";
    public const string GateFailed = "gate-failed";
    public const string RoadmapChanged = "roadmap-changed";
    public const string Digest = "digest";

    /// <summary>The templates that announce a single change (as opposed to the scheduled digest).</summary>
    public static IReadOnlyList<string> Announcements { get; } = [PhaseChanged, GatePassed, GateFailed, RoadmapChanged];

    public static IReadOnlyList<string> All { get; } = [.. Announcements, Digest];
}
