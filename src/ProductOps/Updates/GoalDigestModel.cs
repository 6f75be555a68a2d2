namespace ProductOps.Updates;

/// <summary>One goal in the digest; values carry their unit ("41 %"), the trend reads "up 3 %, better" or "no change".</summary>
public sealed record GoalDigestModel(string Id, string Title, string Kpi, string Now, string Before, string Target, string TargetDate, string Trend, IReadOnlyList<ItemModel> Shipped)
{
    /// <summary>"Automatic reading failed on …", as the page says it, or null while automatic readings succeed.</summary>
    public string? Failure { get; init; }
}
