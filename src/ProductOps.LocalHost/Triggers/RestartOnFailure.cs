using System.Runtime.ExceptionServices;
using Microsoft.Azure.WebJobs.Host.Timers;

namespace ProductOps.LocalHost.Triggers;

/// <summary>
/// What the Functions host does when a listener fails (e.g. storage unreachable while polling): restart
/// the job host rather than end the process, which is the WebJobs SDK's own default. The failure is
/// handed to <see cref="TriggerHost"/>, which replaces the job host.
/// </summary>
internal sealed class RestartOnFailure(Action<ExceptionDispatchInfo> onFailure) : IWebJobsExceptionHandlerFactory
{
    public IWebJobsExceptionHandler Create(IHost jobHost) => new Handler(onFailure);

    private sealed class Handler(Action<ExceptionDispatchInfo> onFailure) : IWebJobsExceptionHandler
    {
        public Task OnTimeoutExceptionAsync(ExceptionDispatchInfo exceptionInfo, TimeSpan timeoutGracePeriod)
        {
            onFailure(exceptionInfo);
            return Task.CompletedTask;
        }

        public Task OnUnhandledExceptionAsync(ExceptionDispatchInfo exceptionInfo)
        {
            onFailure(exceptionInfo);
            return Task.CompletedTask;
        }
    }
}
