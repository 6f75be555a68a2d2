using Microsoft.Extensions.Configuration;
using Spectre.Console;

// Settings come from the environment, as in the function app: AzureWebJobsStorage, GitHub__Token, GitHub__ApiUrl...
var settings = new ConfigurationBuilder().AddEnvironmentVariables().Build();
return await ProductOps.Cli.ProductOpsCli.RunAsync(args, settings, AnsiConsole.Console, Console.Out);
