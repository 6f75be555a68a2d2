namespace ProductOps.WorkItems;

/// <summary>
/// A write got no answer (a timeout, a dropped connection): the tracker may have applied it, now or
/// later. Any other failure is an answer, after which nothing more happens to the write.
/// </summary>
public sealed class UnansweredWriteException(string message, Exception inner) : Exception(message, inner);
