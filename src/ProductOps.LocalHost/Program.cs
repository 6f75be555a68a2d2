await ProductOps.LocalHost.LocalHostApp.Build(args).RunAsync();
