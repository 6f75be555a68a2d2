var app = ProductOps.LocalHost.LocalHostApp.Build(args);
var stopping = app.Lifetime.ApplicationStopping; // taken now: the services are disposed when RunAsync throws
try
{
    await app.RunAsync();
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    // Ctrl+C before the app had finished starting (e.g. while it waited for storage): the services
    // still to start see the stop and give up; that is a clean stop, not a crash.
}
