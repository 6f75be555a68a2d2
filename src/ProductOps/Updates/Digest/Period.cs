namespace ProductOps.Updates.Digest;

/// <summary>A half-open period (From, To]: an instant on the boundary belongs to the earlier digest only.</summary>
public sealed record Period(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;

    public Period Previous => new(From - Length, From);

    public bool Contains(DateTimeOffset at) => at > From && at <= To;
}
