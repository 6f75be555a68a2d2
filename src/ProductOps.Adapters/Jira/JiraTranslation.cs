namespace ProductOps.Jira;

/// <summary>What a Jira webhook delivery means to Product Ops: an item event, an event we ignore, or garbage.</summary>
public abstract record JiraTranslation
{
    private JiraTranslation()
    {
    }

    public sealed record Translated(JiraItemEvent Event) : JiraTranslation;

    /// <summary>A well-formed delivery that is none of our business (an event we do not act on).</summary>
    public sealed record Ignored(string Reason) : JiraTranslation
    {
        public override string ToString() => $"ignored: {Reason}";
    }

    /// <summary>Not JSON, or not shaped like a Jira webhook payload.</summary>
    public sealed record Malformed(string Error) : JiraTranslation
    {
        public override string ToString() => $"malformed: {Error}";
    }
}
