using Microsoft.Azure.WebJobs.Host;

namespace ProductOps.LocalHost.Triggers;

#pragma warning disable CS0618 // WebJobs marks function filters as preview; they have been stable since 3.0.
/// <summary>
/// How many trigger invocations run right now, so a caller (a test, a shutdown) can tell a quiet app
/// from one between a message's receipt and its completion.
/// </summary>
public sealed class InvocationCounter : IFunctionInvocationFilter
{
    private int running;

    public int Running => Volatile.Read(ref running);

    public Task OnExecutingAsync(FunctionExecutingContext executingContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref running);
        return Task.CompletedTask;
    }

    public Task OnExecutedAsync(FunctionExecutedContext executedContext, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref running);
        return Task.CompletedTask;
    }
}
#pragma warning restore CS0618
