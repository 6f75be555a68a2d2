await ProductOps.FunctionApp.FunctionApp.Build(args).RunAsync();
